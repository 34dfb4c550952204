// Near-duplicate articles: the same story re-published with a changed headline, a trailing line
// or another outlet's boilerplate is stored once. MinHash over the word 5-shingles of the body
// (the text less a headline line) estimates the
// Jaccard similarity of two texts; LSH bands find the candidates without comparing every pair.
// "Kyiv and Moscow swap 200 prisoners" re-run as "Prisoner swap: Kyiv, Moscow trade 200" with the
// same body shares over 90% of its shingles: a duplicate. Two outlets' own stories stay apart.

export const SHINGLE_WORDS = 5;
export const SIGNATURE_SIZE = 64;
export const BANDS = 16;
const ROWS = SIGNATURE_SIZE / BANDS;
/** Estimated Jaccard similarity from which two articles are one. */
export const DUPLICATE_THRESHOLD = 0.8;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Fixed odd multipliers and offsets (a small LCG from a constant seed): the same on every run. */
const SEEDS: [number, number][] = (() => {
  let x = 0x9e3779b9;
  const next = () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0);
  return Array.from({ length: SIGNATURE_SIZE }, () => [next() | 1, next()] as [number, number]);
})();

export function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  if (words.length < SHINGLE_WORDS) { if (words.length) out.add(words.join(' ')); return out; }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return out;
}

/** The text without a first line set apart as its headline: a new headline is the same story. */
export function bodyOf(text: string): string {
  const m = /^[^\n]+\n[ \t]*\n/.exec(text);
  return m && text.length > m[0].length ? text.slice(m[0].length) : text;
}

export function minhash(text: string): number[] {
  const sig = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (const s of shingles(bodyOf(text))) {
    const h = fnv1a(s);
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = (Math.imul(SEEDS[i][0], h) + SEEDS[i][1]) >>> 0;
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

export function similarity(a: number[], b: number[]): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** One key per band ("3:0f2a..."): two articles sharing any key are candidates. */
export function bandKeys(sig: number[]): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    keys.push(`${b}:${sig.slice(b * ROWS, (b + 1) * ROWS).map((v) => v.toString(16).padStart(8, '0')).join('')}`);
  }
  return keys;
}

export const encodeSignature = (sig: number[]): string => sig.map((v) => v.toString(16).padStart(8, '0')).join('');
export const decodeSignature = (s: string): number[] => Array.from({ length: s.length / 8 }, (_, i) => parseInt(s.slice(i * 8, i * 8 + 8), 16));

/** The first candidate (in the order given) similar enough to be the same article, or null. */
export function findDuplicate(sig: number[], candidates: { id: string; signature: string }[]): string | null {
  for (const c of candidates) if (similarity(sig, decodeSignature(c.signature)) >= DUPLICATE_THRESHOLD) return c.id;
  return null;
}
