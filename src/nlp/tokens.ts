// Tokens and sentences from wink-nlp, turned into character spans of the document text.
// wink-nlp's output is lossless (values and preceding spaces rebuild the text), so offsets
// are the running sum of both.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Token } from '../doc/model.js';
import { joinSplitLetters } from './split-letters.js';

// Only sentences and part-of-speech tags are read: entities, negation and sentiment are not
// run (a quarter of wink-nlp's time; its tokens, tags and lemmas are the same without them).
const nlp = winkNLP(model, ['sbd', 'pos']);
// wink-nlp's typings do not accept its.* for token output; the values are strings all the same.
const its = nlp.its as unknown as Record<string, never>;

export interface Tokenised {
  tokens: Token[];
  sentences: Sentence[];
}

export function tokenise(text: string): Tokenised {
  const wdoc = nlp.readDoc(text);
  const values = wdoc.tokens().out(its.value) as string[];
  const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const norm = wdoc.tokens().out(its.normal) as string[];
  const lemma = wdoc.tokens().out(its.lemma) as string[];
  const tokens: Token[] = [];
  const tokenStart: number[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i].length;
    tokenStart.push(at);
    tokens.push({ start: at, end: at + values[i].length, pos: pos[i], norm: norm[i], lemma: lemma[i] });
    at += values[i].length;
  }
  const winkSentences = wdoc.sentences().out(its.span) as unknown as [number, number][];
  // (A text of spaces alone has a sentence but no tokens to span.)
  const rough = winkSentences.filter(([a, b]) => tokens[a] && tokens[b]).map(([a, b]) => ({ start: tokens[a].start, end: tokens[b].end }));
  const sentences = splitAtLineBreaks(text, rough);
  return { tokens: joinSplitLetters(text, tokens.filter((t) => t.pos !== 'SPACE')), sentences };
}

/**
 * wink-nlp runs sentences over line breaks ("Related Posts\n\nThis will close ..."). News
 * text puts one paragraph a line, so a line break ends a sentence unless the line clearly
 * continues (hard-wrapped text: no final punctuation and a lower-case next line).
 */
function splitAtLineBreaks(text: string, rough: { start: number; end: number }[]): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lastEnd = 0;
  for (const s of rough) {
    let start = s.start;
    for (let i = s.start; i < s.end; i++) {
      if (text.charCodeAt(i) !== 10) continue;
      const before = text.slice(start, i).trimEnd();
      const next = text.slice(i + 1, s.end).trimStart();
      const continues = before !== '' && !/[.!?:"”’)\]]$/.test(before) && /^[a-z]/.test(next) && !/\n[ \t]*\n/.test(text.slice(i - 1, i + 2 + (text.slice(i + 1).length - text.slice(i + 1).trimStart().length)));
      if (continues) continue;
      push(start, i);
      start = i + 1;
    }
    push(start, s.end);
  }
  return out;

  function push(a: number, b: number) {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b <= a) return;
    if (/\n[ \t]*\n/.test(text.slice(lastEnd, a)) && out.length) paragraph++;
    out.push({ start: a, end: b, paragraph });
    lastEnd = b;
  }
}
