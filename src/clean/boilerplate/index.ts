// The boilerplate stage: lines that are not article prose, reported as spans (never cut).
import type { Doc, Removed } from '../../doc/model.js';
import { splitLines, sortSpans } from '../../doc/lines.js';
import { findCaptions } from './captions.js';
import { findPlugs } from './plugs.js';
import { findBylines } from './bylines.js';

const RULES = [findCaptions, findPlugs, findBylines];

export function findBoilerplate(doc: Doc): Removed[] {
  const lines = splitLines(doc.text);
  const found = RULES.flatMap((rule) => rule(lines)).filter((r) => r.end > r.start && r.start >= doc.titleEnd);
  return mergeOverlapping(sortSpans(found));
}

/** Two rules may find the same line: keep the first (longest) span, drop what it contains. */
function mergeOverlapping(spans: Removed[]): Removed[] {
  const out: Removed[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end > last.end) out[out.length - 1] = { ...last, end: s.end };
      continue;
    }
    out.push(s);
  }
  return out;
}

export const boilerplateStage = (doc: Doc): Doc => ({ ...doc, removed: findBoilerplate(doc) });
