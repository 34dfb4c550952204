// Rules over the article's paragraphs, once the DOM rules have run: the headline repeated
// in the body, a bare URL, a date line, a promo line, and the one- or two-word labels
// ("Breaking News", "Opinion") above the first paragraph of prose.
import { wordCount } from './word-count.js';

interface ParagraphContext {
  /** The headline, normalised by key(). */
  titleKey: string | null;
}

interface ParagraphRule {
  id: string;
  /** True when the paragraph (of `words` words) is not article prose. */
  drops(paragraph: string, words: number, ctx: ParagraphContext): boolean;
}

const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DATE = new RegExp(
  `\\b(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})`,
  'i',
);
const PROMO = /\b(?:subscribe|sign up|newsletters?|follow us|share|comments?|read more|advert(?:isement)?|trending|you may also like|related)\b/i;

export const PARAGRAPH_RULES: readonly ParagraphRule[] = [
  // "Talks resume in Geneva" under the headline "Talks resume in Geneva".
  {
    id: 'headline',
    drops: (p, _words, ctx) => ctx.titleKey !== null && p.length < 2 * ctx.titleKey.length + 10 && key(p) === ctx.titleKey,
  },
  // "https://example.com/news/2024/talks-resume" printed above the story.
  { id: 'bare-url', drops: (p) => /^(?:https?:\/\/|www\.)\S+$/.test(p) },
  // "Updated 10:01 pm PST, Tuesday, November 19, 2019"; a tweet's "— Name (@handle) May 3, 2024" stays.
  { id: 'date-line', drops: (p, words) => words <= 12 && DATE.test(p) && !/^[—–-]/.test(p) },
  // "Sign up for our newsletter", "Read More", "Comments".
  { id: 'promo-line', drops: (p, words) => words <= 8 && PROMO.test(p) },
];

/** A paragraph of prose has at least this many words. */
const PROSE_MIN_WORDS = 12;
/** A label above the story has at most this many words. */
const LABEL_MAX_WORDS = 2;

/** The paragraphs that are article prose, in order. */
export function dropParagraphs(paragraphs: readonly string[], title: string | null): string[] {
  const ctx: ParagraphContext = { titleKey: title ? key(title) : null };
  const kept = paragraphs
    .map((text) => ({ text, words: wordCount(text) }))
    .filter((p) => !PARAGRAPH_RULES.some((rule) => rule.drops(p.text, p.words, ctx)));
  const firstProse = kept.findIndex((p) => p.words >= PROSE_MIN_WORDS);
  // "BREAKING NEWS" or "Opinion" above the story.
  return kept.filter((p, i) => i >= firstProse || p.words > LABEL_MAX_WORDS).map((p) => p.text);
}
