// Word counts for the length thresholds of the cleaning rules. A run of letters or digits is
// a word; in Chinese and Japanese, written without spaces, each character counts as one, so
// that a paragraph of 40 characters is not taken for a two-word label (one that follows a
// letter of another script continues that word).

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The class of each character of the Basic Multilingual Plane once it has been asked for (3: not yet). */
const BMP_CLASS = new Uint8Array(0x10000).fill(3);

/** 0 for a separator, 1 for a letter or digit, 2 for a character that is a word by itself. */
function classOf(c: number, s: string, i: number): number {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) return classOfText(s.slice(i, i + 2));
  const known = BMP_CLASS[c];
  if (known !== 3) return known;
  return (BMP_CLASS[c] = classOfText(s[i]));
}

function classOfText(ch: string): 0 | 1 | 2 {
  if (HAN_OR_KANA.test(ch)) return 2;
  return LETTER_OR_DIGIT.test(ch) ? 1 : 0;
}

export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = classOf(c, text, i);
    if (c >= 0xd800 && c <= 0xdbff) i++; // the second half of a surrogate pair
    if (k === 2) {
      // A character of its own, unless it continues a run of letters ("aの" is one word).
      if (!inWord) n++;
    } else if (k === 1) {
      if (!inWord) n++;
      inWord = true;
    } else inWord = false;
  }
  return n;
}

export const totalWords = (paragraphs: readonly string[]): number => paragraphs.reduce((n, p) => n + wordCount(p), 0);
