// The edges of a scraped page: above the first paragraph of prose sit section labels,
// author names and share buttons ("Asia Pacific", "Olena Marchenko", "Save"), and the
// headline again; below the last one, under the page's furniture, topic labels and headlines
// of other stories. A label is a short line with no full stop; list items are left alone.
import type { Removed } from '../../doc/model.js';
import { type Line, trimmed } from '../../doc/lines.js';
import { isHeadline, isLabel, isProse, words } from './line-shape.js';

/** Stamps and times also open a list of dates: they do not mark the page's foot. */
const WEAK = new Set(['date-stamp', 'liveblog-timestamp', 'posted-dateline']);

const FURNITURE = new Set(['byline', 'credit', 'caption', 'navigation']);

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * `pruned`: the text comes from an HTML page whose furniture the DOM rules already took
 * (clean/html), so a short line at its edges is more likely the article's own (a list, a
 * table); only labels next to furniture that is still there go.
 */
export function findPageEdges(lines: Line[], taken: readonly Removed[], titleEnd: number, title: string | null, pruned: boolean): Removed[] {
  // Taken: every character but white space lies in spans of other rules (a caption and its credit).
  const isTaken = (l: Line) => [...l.text].every((ch, k) => /\s/.test(ch) || taken.some((r) => r.start <= l.start + k && l.start + k < r.end));
  const body = lines.filter((l) => !l.blank && l.start >= titleEnd && l.end > titleEnd);
  const open = body.filter((l) => !isTaken(l));
  const out: Removed[] = [];
  const push = (l: Line, rule: string) => out.push({ ...trimmed(l), reason: 'navigation', rule });
  // The page's head ends at the first line of prose (on text from HTML, also at any line of
  // eight words or more), and within ten lines.
  const titleNorm = title ? norm(title) : null;
  const head = open.slice(0, 10).filter((l) => {
    if (titleNorm && norm(l.text) === titleNorm) push(l, 'repeated-headline');
    else return true;
    return false;
  });
  const found = head.findIndex((l) => isProse(l.text) || (pruned && words(l.text).length >= 8));
  const headEnd = found < 0 ? (head.length ? head[head.length - 1].end : titleEnd) : head[found].start;
  // Labels above the page's furniture (a byline, a stamp, a credit): "Asia Pacific" over "By ...".
  const furniture = taken.filter((r) => r.start < headEnd && FURNITURE.has(r.reason)).map((r) => r.start);
  const lastFurniture = furniture.length ? Math.max(...furniture) : -1;
  for (const l of head.slice(0, found < 0 ? head.length : found)) if ((!pruned || l.start < lastFurniture) && isLabel(l.text)) push(l, 'page-head-label');
  // Below the last paragraph of prose, after a line another rule took ("Related Topics",
  // "Comments (12)", a copyright line): labels and headlines. A list that ends the article
  // with nothing of the page's furniture above it stays.
  let lastProse = open.length - 1;
  while (lastProse >= 0 && !isProse(open[lastProse].text)) lastProse--;
  const tailStart = lastProse >= 0 ? open[lastProse].end : titleEnd;
  const firstTaken = taken.filter((r) => r.start >= tailStart && !WEAK.has(r.rule)).map((r) => r.start).sort((a, b) => a - b)[0];
  for (const l of open.slice(lastProse + 1)) {
    if ((!pruned || (firstTaken !== undefined && l.start > firstTaken)) && (isLabel(l.text) || isHeadline(l.text))) push(l, 'page-foot-label');
  }
  return out;
}
