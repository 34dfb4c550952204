// Tokens and sentences from wink-nlp, turned into character spans of the document text.
// wink-nlp's output is lossless (values and preceding spaces rebuild the text), so offsets
// are the running sum of both.
import winkNLP from 'wink-nlp';
import type { Sentence, Token } from '../doc/model.js';
import { joinSplitLetters } from './split-letters.js';
import { winkModel } from './wink-model.js';

// Only sentences and part-of-speech tags are read: entities, negation and sentiment are not
// run (a quarter of wink-nlp's time; its tokens, tags and lemmas are the same without them).
// (The model without the package's idle copy of its core: wink-model.ts.)
//
// wink-nlp adds every word its model does not know to the model's vocabulary for the life of
// the instance (the lexeme's list and hash, and its features), so a process reading a long batch
// of varied news kept every new name and number of every article: memory grew with the batch.
// What a word is given does not depend on what was read before (the features come from the word
// itself, and the tags from the features' values), so when the words added pass `winkCache.maxNew`
// the instance is made again from the model. 40,000 is below the point where the lexeme hash
// (87,593 words of the model) would double its table of 6 MB.
export const winkCache = { maxNew: 40000, rebuilds: 0 };

/* eslint-disable @typescript-eslint/no-explicit-any -- wink-nlp's model is untyped */
let lexemes: { list: unknown[]; intrinsicSize: number } | null = null;

function makeNlp() {
  const model = winkModel();
  const readCore = model.core as () => any;
  model.core = () => {
    const core = readCore();
    lexemes = core.features.lexeme;
    return core;
  };
  return winkNLP(model, ['sbd', 'pos']);
}
/* eslint-enable @typescript-eslint/no-explicit-any */

let nlp = makeNlp();
// wink-nlp's typings do not accept its.* for token output; the values are strings all the same.
const its = nlp.its as unknown as Record<string, never>;

/** Words wink-nlp has added to its model's vocabulary since the instance was made. */
export function winkAdded(): number {
  return lexemes ? lexemes.list.length - lexemes.intrinsicSize : 0;
}

export interface Tokenised {
  tokens: Token[];
  sentences: Sentence[];
}

/**
 * wink-nlp reads a run of characters between spaces in time that grows with the square of its
 * length (its abbreviation test backtracks over the whole run), so a page of 1 MB of letters with
 * no space never finishes. Words, even long URLs, are far shorter: a run longer than this is
 * handed to wink-nlp as one short stand-in word and comes back as one token over the whole run.
 */
export const MAX_RUN = 256;
const FINAL = /[.!?:"”’)\]]/;

/** /\s/.test on one UTF-16 code unit, without a regular expression: read at every character of the text. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const STAND_IN = 'xxxx';
/**
 * wink-nlp's own separators between raw tokens (its `splitter`), /[ \u00a0\u2002-\u2005\u2009\u200a\u202f\u205f\n\r\t]/,
 * tested on one UTF-16 code unit without a regular expression (read at every character).
 */
export function isSeparatorCode(c: number): boolean {
  if (c < 128) return c === 32 || c === 10 || c === 13 || c === 9;
  return c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
}

interface LongRun {
  /** Where the stand-in starts in the text wink-nlp reads. */
  at: number;
  /** The run it stands for, in the document text. */
  start: number;
  end: number;
}

/** The text with every run over MAX_RUN characters replaced by the stand-in, and where they were. */
function shieldLongRuns(text: string): { shielded: string; runs: LongRun[] } {
  const runs: LongRun[] = [];
  const parts: string[] = [];
  let copied = 0;
  let shift = 0;
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSeparatorCode(text.charCodeAt(i))) continue;
    if (i - runStart > MAX_RUN) {
      parts.push(text.slice(copied, runStart), STAND_IN);
      runs.push({ at: runStart - shift, start: runStart, end: i });
      shift += i - runStart - STAND_IN.length;
      copied = i;
    }
    runStart = i + 1;
  }
  if (!runs.length) return { shielded: text, runs };
  parts.push(text.slice(copied));
  return { shielded: parts.join(''), runs };
}

export function tokenise(text: string): Tokenised {
  const { shielded, runs } = shieldLongRuns(text);
  const wdoc = nlp.readDoc(shielded);
  const values = wdoc.tokens().out(its.value) as string[];
  const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const norm = wdoc.tokens().out(its.normal) as string[];
  const lemma = wdoc.tokens().out(its.lemma) as string[];
  const tokens: Token[] = [];
  let at = 0;
  let shift = 0;
  let run = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i].length;
    const long = runs[run];
    if (long && long.at === at - shift && values[i] === STAND_IN) {
      const value = text.slice(long.start, long.end).toLowerCase();
      tokens.push({ start: long.start, end: long.end, pos: 'X', norm: value, lemma: value });
      shift += long.end - long.start - STAND_IN.length;
      at = long.end;
      run++;
      continue;
    }
    // wink-nlp drops a few characters it counts neither as token nor as space (U+2028, U+3000,
    // U+200B ...): the token is where its value next occurs, a few characters on at most.
    if (!text.startsWith(values[i], at)) {
      const found = text.indexOf(values[i], at);
      if (found >= 0 && found - at <= 16) at = found;
    }
    tokens.push({ start: at, end: at + values[i].length, pos: pos[i], norm: norm[i], lemma: lemma[i] });
    at += values[i].length;
  }
  const winkSentences = wdoc.sentences().out(its.span) as unknown as [number, number][];
  if (winkAdded() > winkCache.maxNew) {
    nlp = makeNlp();
    winkCache.rebuilds++;
  }
  // (A text of spaces alone has a sentence but no tokens to span.)
  const rough = joinAfterTitles(text, winkSentences.filter(([a, b]) => tokens[a] && tokens[b]).map(([a, b]) => ({ start: tokens[a].start, end: tokens[b].end })));
  const notSpace: typeof tokens = [];
  for (const t of tokens) if (t.pos !== 'SPACE') notSpace.push(t);
  const words = joinSplitLetters(text, notSpace);
  return { tokens: words, sentences: capSentences(splitAtLineBreaks(text, rough), words) };
}

/**
 * Titles and ranks written short before a name, which wink-nlp sometimes takes for the end of a
 * sentence: "Maj. Gen. Zaw Min Tun", "Adm. Brad Cooper", "Amb. Mike Waltz", "Col.-Gen. ...".
 */
const TITLE_ABBREVIATION = /(?:^|[\s(\-–—"“])(?:Maj|Gen|Lt|Col|Capt|Cpt|Sgt|Cpl|Pvt|Brig|Adm|Cmdr|Cdr|Gov|Sen|Rep|Amb|Prof|Rev|Msgr|Supt|Insp|Mr|Mrs|Ms|Dr|Hon)\.$/;

/** Joins a sentence that ends in a short title to the next when the name goes on in capitals on the same line. */
function joinAfterTitles(text: string, rough: { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const s of rough) {
    const last = out[out.length - 1];
    if (last && TITLE_ABBREVIATION.test(text.slice(Math.max(last.start, last.end - 8), last.end)) && /^[ \t]*[\p{Lu}]/u.test(text.slice(last.end, s.start + 1))) {
      last.end = s.end;
      continue;
    }
    out.push({ ...s });
  }
  return out;
}

/**
 * Every rule reads a sentence at a time, and some compare each name in it with each cue, so a
 * sentence with no end (a page of words without a full stop) costs the square of its length or
 * more. News sentences are far shorter (under 400 characters in our corpus): a longer one is cut
 * at word boundaries into pieces of at most this many characters.
 */
export const MAX_SENTENCE = 1000;

function capSentences(sentences: Sentence[], tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let t = 0;
  for (const s of sentences) {
    if (s.end - s.start <= MAX_SENTENCE) { out.push(s); continue; }
    while (t < tokens.length && tokens[t].start < s.start) t++;
    let start = s.start;
    let end = s.start;
    for (; t < tokens.length && tokens[t].end <= s.end; t++) {
      if (tokens[t].end - start > MAX_SENTENCE && end > start) {
        out.push({ start, end, paragraph: s.paragraph });
        start = tokens[t].start;
      }
      end = tokens[t].end;
    }
    out.push({ start, end: s.end, paragraph: s.paragraph });
  }
  return out;
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
  // The run of spaces after a line break is read once, however many breaks it holds: where it
  // ends (the next visible character) and the last blank line (break, spaces or tabs, break)
  // that starts in it. Reading it again at every break made a page of line breaks quadratic.
  let runEnd = -1;
  let lastBlank = -1;
  for (const s of rough) {
    let start = s.start;
    let lastVisible = -1;
    for (let i = s.start; i < s.end; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10) {
        if (!isSpaceCode(c)) lastVisible = i;
        continue;
      }
      // The line so far has text, with no final punctuation, and the next line starts in
      // lower case with no blank line between: the line was hard-wrapped.
      if (lastVisible >= start && !FINAL.test(text[lastVisible])) {
        if (i >= runEnd) readSpacesAfter(i);
        if (runEnd < s.end && /[a-z]/.test(text[runEnd]) && lastBlank < i - 1) continue;
      }
      push(start, i);
      start = i + 1;
    }
    push(start, s.end);
  }
  return out;

  function readSpacesAfter(i: number) {
    runEnd = i + 1;
    while (runEnd < text.length && isSpaceCode(text.charCodeAt(runEnd))) runEnd++;
    lastBlank = -1;
    let lastBreak = -1;
    for (let p = i - 1; p < runEnd; p++) {
      const c = text[p];
      if (c === '\n') {
        if (lastBreak >= 0) lastBlank = lastBreak;
        lastBreak = p;
      } else if (c !== ' ' && c !== '\t') lastBreak = -1;
    }
  }

  function push(a: number, b: number) {
    while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
    if (b <= a) return;
    if (/\n[ \t]*\n/.test(text.slice(lastEnd, a)) && out.length) paragraph++;
    out.push({ start: a, end: b, paragraph });
    lastEnd = b;
  }
}
