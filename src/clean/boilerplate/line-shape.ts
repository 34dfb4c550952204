// The shape of a line, which most page-debris rules read: prose is a sentence (it ends in
// sentence punctuation and has words enough); widgets, labels and headlines of other stories
// are short and end in no full stop.

const SENTENCE_END = /[.!;"”’'»)\]…。！]$/;
const BULLET = /^(?:[*•·▪◦-]|\d{1,2}[.)])\s+\S/;

export function words(text: string): string[] {
  return text.trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** A sentence of article prose: "The talks resumed on Monday." (not "Related Topics", not a headline). */
export function isProse(text: string): boolean {
  const t = text.trim();
  return (words(t).length >= 6 && SENTENCE_END.test(t) && /\p{Ll}/u.test(t)) || isCjkSentence(t);
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Chinese, Japanese or Korean prose, written without spaces or case: "交渉は月曜日に再開された。" (twelve such characters or more, a full stop). */
export function isCjkSentence(text: string): boolean {
  const t = text.trim();
  return /[。！？.!?」』）)]$/u.test(t) && (t.match(CJK)?.length ?? 0) >= 12;
}

/** A bullet or numbered list item: the summary points of a wire story are prose, not debris. */
export function isBullet(text: string): boolean {
  return BULLET.test(text.trim());
}

/** A short label: "Asia Pacific", "Ukraine War Latest", "Save", "+": few words, no full stop. */
export function isLabel(text: string, maxWords = 5): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 40 && words(t).length <= maxWords && !/[.!;:,。！]$/u.test(t) && !isBullet(t) && !SIGNED_SENTENCE.test(t);
}

/** A headline of another story: one line of up to 22 words that is not a sentence of prose. */
export function isHeadline(text: string): boolean {
  const t = text.trim();
  const n = words(t).length;
  return n >= 1 && n <= 22 && t.length <= 180 && !/[.;:,]$/.test(t) && !isBullet(t) && !SIGNED_SENTENCE.test(t);
}

/** A sentence with a one-word sign-off in brackets after its full stop: "Further details are awaited. (ANI)". */
const SIGNED_SENTENCE = /[.!?] ?\([\p{Lu}][\p{L}]{1,11}\)$/u;
