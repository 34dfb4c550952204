// Where the article lies in a page scraped whole: the stretch of lines between its first and
// last paragraph of prose. Around it sit the page's menus, headlines of other stories, teasers
// and footers: "World", "Politics", "Plea deal set for gunman's friend", "Vikings come back to
// beat the Broncos (145)". Paragraphs of prose come in runs; a sentence-shaped line alone among
// labels (a promo, a teaser, a cookie notice) is not where an article is.
import { type Line } from '../../doc/lines.js';
import { isCjkSentence, words } from './line-shape.js';

/**
 * A paragraph of prose, strictly: eight words or more, lower-case words among them, ending in a
 * full stop, "!" or "?" (maybe inside a closing quote or bracket); not a teaser cut short with
 * "..." and not a headline with a count in brackets ("... fined (145)").
 * "The talks resumed in Geneva on Monday after a pause of two weeks."
 */
export function isParagraph(text: string): boolean {
  const t = text.trim();
  if (isCjkSentence(t)) return true;
  const w = words(t);
  if (w.length < 8) return false;
  if (/(?:\.\.\.|…)["”’')\]]?$/u.test(t)) return false;
  if (!/[.!?]["”’'»)\]]{0,2}$/u.test(t)) return false;
  const lower = w.filter((x) => /^\p{Ll}/u.test(x)).length;
  return lower * 4 >= w.length;
}

/** A short sentence alone between two paragraphs: a quote, "Thank you." */
const SENTENCE_LIKE = /[.!?]["”’'»)\]]{0,2}$/u;

/**
 * How many items the list under body[k] has, or 0 when it is none: a sentence of six words or more
 * (half in lower case) that ends in a colon, then one to twelve short lines no rule took, then a
 * paragraph of prose ("The group listed its demands:" / "Guarantees for its negotiators" / ... /
 * "The talks resume on Monday."). A teaser cut at its colon has a headline of another story
 * under it, then its author and date.
 */
function listUnder(body: readonly Line[], k: number, isOpen: (l: Line) => boolean): number {
  const t = body[k].text.trim();
  if (!t.endsWith(':') || !isOpen(body[k])) return 0;
  const w = words(t);
  if (w.length < 6 || w.filter((x) => /^\p{Ll}/u.test(x)).length * 2 < w.length) return 0;
  let j = k + 1;
  while (j < body.length && j - k <= 12 && isOpen(body[j]) && !isParagraph(body[j].text) && body[j].text.trim().length <= 120) j++;
  return j > k + 1 && j < body.length && j - k <= 12 && isOpen(body[j]) && isParagraph(body[j].text) ? j - k - 1 : 0;
}

/** Lines that are no paragraph between two paragraphs of one run: a crosshead, a caption, a pull quote or two. */
export const MAX_GAP = 4;

/**
 * What a line of the page's furniture marks: readers' comments below ('comments': "Leave a Reply"),
 * a heading that may open them or sit in a share bar ('comments-heading': "Comments"), the page's
 * foot ('foot': a copyright line), or any other widget.
 */
export type Furniture = 'comments' | 'comments-heading' | 'foot' | 'widget';

export interface ArticleSpan {
  /** Index (into `lines`) of the article's first and last paragraph. */
  first: number;
  last: number;
}

/**
 * The article's stretch: runs of paragraphs (at most MAX_GAP other lines between two, and no
 * widget of the page), the run
 * with the most characters of prose, widened to every other run that holds a tenth of its prose
 * and two paragraphs one right after the other (teasers of other stories, a headline, a summary
 * and a time each, never do), and that lies before the page's foot (its copyright line). `isOpen` says which lines other rules left (taken lines are no prose).
 * Null when the page has no paragraph.
 */
export function findArticleSpan(lines: readonly Line[], from: number, isOpen: (l: Line) => boolean, furniture: (l: Line) => Furniture | null = () => null): ArticleSpan | null {
  const body = lines.filter((l) => !l.blank && l.start >= from);
  const runs: Run[] = [];
  let gap = 0;
  let foot = false;
  let comments = false;
  let heading = -1;
  let linked = true;
  const at = new Map<number, number>();
  body.forEach((l, k) => at.set(l.index, k));
  // A list inside the article: a sentence ending in a colon, short lines no rule took, then a paragraph.
  const listIntro = new Set<number>();
  const listItem = new Set<number>();
  body.forEach((_, k) => {
    const items = listUnder(body, k, isOpen);
    if (items > 0) {
      listIntro.add(k);
      for (let j = k + 1; j <= k + items; j++) listItem.add(j);
    }
  });
  for (const [k, l] of body.entries()) {
    // A widget ("Share", "3 Comments", "Related") ends a run; what follows is the article again
    // only when two of its paragraphs follow each other.
    const kind = furniture(l);
    if (kind) gap = MAX_GAP + 1;
    if (kind === 'foot' || kind === 'comments') foot = true;
    if (kind === 'comments') comments = true;
    if (kind === 'comments-heading') heading = l.index;
    if (listItem.has(k)) continue;
    if (!(isOpen(l) && (isParagraph(l.text) || listIntro.has(k)))) {
      gap++;
      // A line of the page left between two paragraphs that is no sentence (a headline of another
      // story) unlinks them: the teasers of other stories have one each.
      if (isOpen(l) && !SENTENCE_LIKE.test(l.text.trim())) linked = false;
      continue;
    }
    const run = runs[runs.length - 1];
    const size = l.text.trim().length;
    if (run && gap <= MAX_GAP) {
      run.last = l.index; run.paragraphs++; run.chars += size;
      // Right after each other, or with only what other rules took (a live page's times, a
      // caption), short sentences (a quote alone) or a list the first opened between them.
      if (gap === 0 || linked) run.adjacent = true;
    } else runs.push({ first: l.index, last: l.index, paragraphs: 1, chars: size, adjacent: false, afterFoot: foot, afterComments: comments, heading });
    gap = 0;
    linked = true;
  }
  if (!runs.length) return null;
  // Runs below the heading of readers' comments are the article only when nothing above it is.
  const above = runs.filter((r) => !r.afterComments);
  const main = (above.length ? above : runs).reduce((a, b) => (b.chars > a.chars ? b : a));
  const kept: Run[] = [];
  for (const r of runs) {
    const below = r.first > main.last;
    // Below the article, a run with "Comments" between it and the article's last run, more than a
    // share bar's length below that, is readers' comments or the rules of the comment form; right
    // after the article, "Comments" is a share bar's button.
    const prev = kept[kept.length - 1];
    const commentsBetween = below && r.heading > prev.last && at.get(r.heading)! - at.get(prev.last)! > MAX_GAP;
    if (r === main || (r.adjacent && r.chars * 10 >= main.chars && !(below && (r.afterFoot || commentsBetween)))) kept.push(r);
  }
  return { first: kept[0].first, last: kept[kept.length - 1].last };
}

interface Run {
  first: number;
  last: number;
  paragraphs: number;
  chars: number;
  /** Two of its paragraphs follow each other with no other line between. */
  adjacent: boolean;
  /** It starts below a line that marks the page's foot. */
  afterFoot: boolean;
  /** It starts below the heading of readers' comments ("Leave a Reply"). */
  afterComments: boolean;
  /** Index of the last line above it that may head readers' comments ("Comments"), or -1. */
  heading: number;
}
