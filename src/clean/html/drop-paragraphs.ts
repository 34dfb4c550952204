// Paragraph-level rules over the article's paragraphs, after the DOM rules: the headline
// repeated in the body, bare URLs, date lines, and the short scraps (section labels,
// "Comments", "Read More") before the first and after the last paragraph of prose.
import { exp } from './prune-boilerplate.js';

const words = (p: string): number => (p.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE = new RegExp(
  `\\b(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})`,
  'i',
);
const PROSE_MIN = Number(process.env.PM ?? 12);
const SCRAP_MAX = Number(process.env.SM ?? 6);

export function dropParagraphs(paragraphs: string[], title: string | null): string[] {
  const titleKey = title ? key(title) : null;
  let kept = paragraphs.filter((p) => {
    if (exp('title') && titleKey && key(p) === titleKey) return false;
    if (exp('url') && /^(https?:\/\/|www\.)\S+$/.test(p)) return false;
    if (exp('date') && words(p) <= 12 && DATE.test(p) && !/^[—–-]/.test(p)) return false;
    if (exp('copy') && words(p) <= 15 && /©|ⓒ|\bcopyright\b/i.test(p)) return false;
    if (exp('by') && words(p) <= 10 && /^by\s+\p{Lu}/iu.test(p)) return false;
    if (exp('promo') && words(p) <= 8 && /\b(subscribe|sign up|newsletters?|follow us|share|comments?|read more|advert(isement)?|trending|you may also like|related)\b/i.test(p)) return false;
    return true;
  });
  if (exp('edges')) {
    const first = kept.findIndex((p) => words(p) >= PROSE_MIN);
    let last = -1;
    for (let i = kept.length - 1; i >= 0; i--) if (words(kept[i]) >= PROSE_MIN) { last = i; break; }
    if (first >= 0) {
      const head = kept.slice(0, first).filter((p) => words(p) > SCRAP_MAX);
      const tail = kept.slice(last + 1).filter((p) => words(p) > SCRAP_MAX);
      kept = [...(exp('head') ? head : kept.slice(0, first)), ...kept.slice(first, last + 1), ...(exp('tail') ? tail : kept.slice(last + 1))];
    }
  }
  return kept;
}
