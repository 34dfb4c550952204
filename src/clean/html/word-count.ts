// Word counts for the length thresholds of the cleaning rules. A run of letters or digits is
// a word; in Chinese and Japanese, written without spaces, each character counts as one, so
// that a paragraph of 40 characters is not taken for a two-word label.

const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu;

export function wordCount(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}

export const totalWords = (paragraphs: readonly string[]): number => paragraphs.reduce((n, p) => n + wordCount(p), 0);
