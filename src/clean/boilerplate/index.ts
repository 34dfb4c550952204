// The boilerplate stage: lines that are not article prose, reported as spans (never cut).
// The line rules run first; the page-edge rule then reads what they left.
import type { Doc, Removed } from '../../doc/model.js';
import { splitLines, sortSpans } from '../../doc/lines.js';
import { findCaptions } from './captions.js';
import { findPlugs, findPleaBlocks } from './plugs.js';
import { findBylines } from './bylines.js';
import { findStamps } from './stamps.js';
import { findRelatedBlocks } from './related-blocks.js';
import { findPageEdges, findRepeatedStandfirst } from './page-edges.js';
import { findBareCaptions } from './bare-captions.js';

const RULES = [findCaptions, findPlugs, findPleaBlocks, findBylines, findStamps, findRelatedBlocks, findRepeatedStandfirst];

export function findBoilerplate(doc: Doc): Removed[] {
  const lines = splitLines(doc.text);
  const inBody = (r: Removed) => r.end > r.start && r.start >= doc.titleEnd;
  // A bare caption is read only on a file as scraped: on text from HTML the DOM rules took the
  // figure captions, and a line with no full stop there is a subheading of the article.
  const scraped = doc.titleEnd > 0;
  const found = [...RULES, ...(scraped ? [findBareCaptions] : [])].flatMap((rule) => rule(lines)).filter(inBody);
  // A text with a title line is a file as scraped; a page read from HTML has none (ingest/to-articles.ts).
  const edges = findPageEdges(lines, found, doc.titleEnd, doc.meta.title, doc.titleEnd === 0).filter(inBody);
  return mergeOverlapping(sortSpans([...found, ...edges]));
}

/** Two rules may find the same line: keep the first (longest) span, drop what it contains. */
function mergeOverlapping(spans: Removed[]): Removed[] {
  const out: Removed[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      // A span that holds the last one whole from its start is the line's own reason: a teaser
      // of another story is "related", not the "byline" of the dateline it opens with.
      if (s.end > last.end) out[out.length - 1] = s.start === last.start ? s : { ...last, end: s.end };
      continue;
    }
    out.push(s);
  }
  return out;
}

export const boilerplateStage = (doc: Doc): Doc => ({ ...doc, removed: findBoilerplate(doc) });
