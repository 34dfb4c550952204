// A cue compiled to pieces and matched by a scan of the text instead of a regular expression.
//
// The scan gives the matches that the expression the cues used to compile to gave
//   (?<![\w\u00C0-\u024F]) w1 \s+ w2* (?:[\s,]+[\w\u00C0-\u024F'’-]+){0,4} [\s,]+ w3 (?![\w\u00C0-\u024F])
// (flags "i", a `'` of a cue matching ' and ’), in time linear in the text: the expression
// backtracked quadratically over a long run of word characters ("w'w'w'…", a star retried from
// every word start inside it). In that expression only a `...` gap has a real choice (how many
// words it takes, most first); a star takes the whole run of word characters, and each run of
// separators is taken whole, since what follows them can never start with one of their own
// characters (the one exception, a word after a gap that starts with a comma, is tried shorter too).

/** A word of a cue: its lower-case letters (a `'` stands for ' and ’) and whether it ends in `*`. */
interface Word { kind: 'word'; text: string; star: boolean; }
/** A run of `...`: up to `max` words (four a `...`), each after a run of spaces and commas. */
interface Gap { kind: 'gap'; max: number; }
export type CuePiece = Word | Gap;

export function cuePieces(cue: string): CuePiece[] {
  const pieces: CuePiece[] = [];
  for (const w of cue.trim().split(/\s+/)) {
    const last = pieces[pieces.length - 1];
    if (w === '...') {
      if (last?.kind === 'gap') last.max += 4; else pieces.push({ kind: 'gap', max: 4 });
    } else {
      const star = w.endsWith('*');
      pieces.push({ kind: 'word', text: star ? w.slice(0, -1) : w, star });
    }
  }
  return pieces;
}

// Character classes, as the expression's flag "i" reads them (one UTF-16 unit at a time).
const WORD = 1; // [\w\u00C0-\u024F]: a cue starts and ends where the text's word does
const RUN = 2; // [\w\u00C0-\u024F'’-]: what a star and a gap's words take
const SPACE = 4; // \s: between two words of a cue
const SEP = 8; // [\s,]: before and inside a gap
// [\w\u00C0-\u024F'’.-]: a gap's words, with the dots of an abbreviation ("asked the U.N. Security Council to")
const GAP_WORD = 16;
const classOf = new Uint8Array(0x10000);
const known = new Uint8Array(0x10000);
const tests: [number, RegExp][] = [[WORD, /[\w\u00C0-\u024F]/i], [RUN, /[\w\u00C0-\u024F'’-]/i], [SPACE, /\s/i], [SEP, /[\s,]/i], [GAP_WORD, /[\w\u00C0-\u024F'’.-]/i]];

function classes(code: number): number {
  if (!known[code]) {
    const ch = String.fromCharCode(code);
    let bits = 0;
    for (const [bit, re] of tests) if (re.test(ch)) bits |= bit;
    classOf[code] = bits;
    known[code] = 1;
  }
  return classOf[code];
}

const canonical = new Map<number, number>();

/** The code unit a case-insensitive expression without flag "u" compares (ECMA-262 Canonicalize). */
function canon(code: number): number {
  if (code < 0x61) return code;
  if (code <= 0x7a) return code - 0x20;
  if (code < 0x80) return code;
  let c = canonical.get(code);
  if (c === undefined) {
    const upper = String.fromCharCode(code).toUpperCase();
    c = upper.length !== 1 || upper.charCodeAt(0) < 0x80 ? code : upper.charCodeAt(0);
    canonical.set(code, c);
  }
  return c;
}

const APOSTROPHE = 0x27;
const CURLY_APOSTROPHE = 0x2019;

/**
 * A text read by cue patterns: where each run of a class ends, filled as runs are first met, so
 * that the many starts inside one long run do not each walk it again.
 */
export class CueText {
  private readonly ends = new Map<number, Int32Array>();
  constructor(readonly text: string) {}

  /** The end of the run of `cls` characters that starts at `at` (`at` itself when there is none). */
  runEnd(cls: number, at: number): number {
    const text = this.text;
    let ends = this.ends.get(cls);
    if (!ends) { ends = new Int32Array(text.length + 1); this.ends.set(cls, ends); }
    let i = at;
    while (i < text.length && classes(text.charCodeAt(i)) & cls) {
      if (ends[i]) { i = ends[i]; break; }
      i++;
    }
    for (let j = at; j < i && !ends[j]; j++) ends[j] = i;
    return i;
  }

  isWordAt(at: number): boolean {
    return at >= 0 && at < this.text.length && (classes(this.text.charCodeAt(at)) & WORD) !== 0;
  }
}

/** Where the cue's match starting exactly at `at` ends, or -1 (no test of the character before `at`). */
export function matchPiecesAt(pieces: CuePiece[], t: CueText, at: number): number {
  return matchFrom(pieces, 0, t, at);
}

function matchFrom(pieces: CuePiece[], k: number, t: CueText, pos: number): number {
  if (k === pieces.length) return t.isWordAt(pos) ? -1 : pos;
  const piece = pieces[k];
  if (piece.kind === 'gap') {
    // (?:[\s,]+[word chars]+){0,max}, greedy: the most words first.
    const after: number[] = [pos];
    let p = pos;
    while (after.length <= piece.max) {
      const sep = t.runEnd(SEP, p);
      if (sep === p) break;
      const word = t.runEnd(GAP_WORD, sep);
      if (word === sep) break;
      after.push(p = word);
    }
    for (let i = after.length - 1; i >= 0; i--) {
      const end = matchFrom(pieces, k + 1, t, after[i]);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (k === 0) return matchWord(pieces, k, t, pos);
  // \s+ after a word, [\s,]+ after a gap: taken whole, unless the word could start inside the run.
  const cls = pieces[k - 1].kind === 'gap' ? SEP : SPACE;
  const sepEnd = t.runEnd(cls, pos);
  if (sepEnd === pos) return -1;
  const mayStartInRun = piece.text.length === 0 || (classes(piece.text.charCodeAt(0)) & cls) !== 0;
  for (let q = sepEnd; q > pos; q--) {
    const end = matchWord(pieces, k, t, q);
    if (end >= 0 || !mayStartInRun) return end;
  }
  return -1;
}

function matchWord(pieces: CuePiece[], k: number, t: CueText, pos: number): number {
  const word = pieces[k] as Word;
  const text = t.text;
  if (pos + word.text.length > text.length) return -1;
  for (let i = 0; i < word.text.length; i++) {
    const want = word.text.charCodeAt(i);
    const got = text.charCodeAt(pos + i);
    if (want === APOSTROPHE ? got !== APOSTROPHE && got !== CURLY_APOSTROPHE : canon(got) !== canon(want)) return -1;
  }
  const end = word.star ? t.runEnd(RUN, pos + word.text.length) : pos + word.text.length;
  return matchFrom(pieces, k + 1, t, end);
}
