// wink-nlp cuts words at letters beyond Latin-1: "Vučić" comes out as "Vu" "č" "i" "ć",
// "Erdoğan" as "Erdo" "ğ" "an". Pieces with nothing between them, joined at such a letter,
// are one word again, so that names in their native spelling read as one name.
import type { Token } from '../doc/model.js';

/** A letter (or combining mark) outside ASCII and Latin-1: the letters wink-nlp cuts at. */
const FOREIGN = /[\u0100-\u024f\u0300-\u036f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff]/u;
const LETTER = /[\p{L}\p{M}]/u;

export function joinSplitLetters(text: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  let pieces: Token[] = [];
  const flush = () => {
    if (!pieces.length) return;
    out.push(pieces.length === 1 ? pieces[0] : joined(text, pieces));
    pieces = [];
  };
  for (const t of tokens) {
    const prev = pieces[pieces.length - 1];
    if (prev && prev.end === t.start && splitAt(text, prev.end)) pieces.push(t);
    else { flush(); pieces.push(t); }
  }
  flush();
  return out;
}

/** The text is cut at `at` inside a word, next to a letter wink-nlp does not know. */
function splitAt(text: string, at: number): boolean {
  const before = text[at - 1] ?? '';
  const after = text[at] ?? '';
  return LETTER.test(before) && LETTER.test(after) && (FOREIGN.test(before) || FOREIGN.test(after));
}

function joined(text: string, pieces: Token[]): Token {
  const start = pieces[0].start;
  const end = pieces[pieces.length - 1].end;
  const value = text.slice(start, end);
  // A capitalised word or any piece read as a proper noun: a name; otherwise the first piece's tag.
  const pos = /^\p{Lu}/u.test(value) || pieces.some((p) => p.pos === 'PROPN') ? 'PROPN' : pieces.find((p) => p.pos !== 'X')?.pos ?? 'NOUN';
  const norm = value.toLowerCase();
  return { start, end, pos, norm, lemma: norm };
}
