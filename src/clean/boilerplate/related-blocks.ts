// A block of other stories under its heading: "Recommended Stories" / "list 1 of 4" / a
// headline / ... / "end of list", or "Related News" and the headlines below it. The block
// runs while its lines look like headlines, stamps or list markers, and ends at prose.
import type { Removed } from '../../doc/model.js';
import { type Line, trimmed } from '../../doc/lines.js';
import { RELATED_HEADING } from './plugs.js';
import { isHeadline, isProse } from './line-shape.js';
import { isStamp } from './stamps.js';
import { datelineEnd } from './bylines.js';

const LIST_MARKER = /^(?:list of \d+ items?|list \d+ of \d+|end of list|\d{1,2}[.)]?)$/i;

/** A table of contents' heading: its entries (the article's crossheads, maybe numbered) follow, up to the prose. */
const TOC_HEADING = /^(?:table of contents|contents|in this (?:article|story)|on this page|jump to(?: section)?)\s*:?$/i;

/** A summary's heading ("Summary", "Highlights", "Key points"): its points follow. */
const SUMMARY_HEADING = /^(?:what you need to know|key points|summary|highlights|story highlights|key takeaways|at a glance)\s*:?$/i;

/** The points under a summary's heading: up to five short lines with no full stop, ending at the first long one (the article's first paragraph). */
function summaryPoints(lines: Line[], i: number): Removed[] {
  const out: Removed[] = [];
  for (let j = i + 1; j < lines.length && out.length <= 5; j++) {
    if (lines[j].blank) break;
    const t = lines[j].text.trim();
    if (t.length > 160) return out;
    if (t.length > 120 || /[.!?]$/.test(t)) break;
    out.push({ ...trimmed(lines[j]), reason: 'navigation', rule: 'summary-points' });
  }
  return [];
}

/** A headline that ends in its closing quote, no stop inside it: "Minister says talks 'entering final phase'". */
const QUOTE_ENDED = /[^\s.!?,;:…]['’"”]$/u;

/**
 * Another story's teaser opening with its own wire dateline, between headlines of the block: the
 * line after it is another headline (or a teaser, or nothing), not more of an article's prose.
 */
function datelineTeaser(lines: Line[], j: number): boolean {
  if (datelineEnd(lines[j].text) < 0) return false;
  let k = j + 1;
  while (k < lines.length && lines[k].blank) k++;
  if (k >= lines.length) return true;
  const next = lines[k].text.trim();
  return datelineEnd(next) >= 0 || (isHeadline(next) && !isProse(next));
}

export function findRelatedBlocks(lines: Line[]): Removed[] {
  const out: Removed[] = [];
  for (let i = 0; i < lines.length; i++) if (!lines[i].blank && SUMMARY_HEADING.test(lines[i].text.trim())) out.push(...summaryPoints(lines, i));
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text.trim();
    const toc = TOC_HEADING.test(t);
    if (lines[i].blank || t.length > 60 || !(RELATED_HEADING.test(t) || toc)) continue;
    // Below the article's prose, another story's teaser opening with its own wire dateline
    // ("TEHRAN, Feb. 21 (DID) – The foreign ministers discussed ...") is the block's too.
    let proseAbove = false;
    for (let k = 0; k < i && !proseAbove; k++) proseAbove = !lines[k].blank && isProse(lines[k].text.trim());
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j];
      if (line.blank) continue;
      const text = line.text.trim();
      // "1. Gaza ceasefire collapses as ...": a numbered headline of a "Most Read" list.
      const headline = text.replace(/^\d{1,2}[.)]\s+(?=\p{Lu})/u, '');
      if (LIST_MARKER.test(text) || isStamp(text) || (proseAbove && !toc && j > i + 1 && datelineTeaser(lines, j)) || (isHeadline(headline) && (!isProse(headline) || QUOTE_ENDED.test(headline)))) {
        out.push({ ...trimmed(line), reason: toc ? 'navigation' : 'related', rule: toc ? 'contents-block' : 'related-block' });
      } else break;
    }
    i = j - 1;
  }
  return out;
}
