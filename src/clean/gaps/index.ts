// The gaps stage: points where a scraper lost a name. Restoring them needs the knowledge
// base and the linked actors, so `restored` is filled later by link/restore-gaps.ts.
import type { Doc, Gap } from '../../doc/model.js';
import { contains } from '../../doc/lines.js';
import { GAP_RULES } from './rules.js';

export function findGaps(doc: Doc): Gap[] {
  const { text } = doc;
  const byPoint = new Map<number, string>();
  for (const rule of GAP_RULES) {
    for (const hit of rule.find(text)) if (!byPoint.has(hit.at)) byPoint.set(hit.at, hit.rule);
  }
  const gaps: Gap[] = [];
  for (const at of [...byPoint.keys()].sort((a, b) => a - b)) {
    if (at < doc.titleEnd) continue;
    // The span is the one character after the point where the lost name belongs.
    const span = { start: at, end: Math.min(text.length, at + 1) };
    if (span.end === span.start) continue;
    if (doc.removed.some((r) => contains(r, span))) continue;
    gaps.push({ ...span, context: contextAround(text, at), rule: byPoint.get(at)!, restored: null });
  }
  return gaps;
}

/** The words around the gap, within its line: "withdrawal of his troops from ." */
function contextAround(text: string, at: number): string {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) lineEnd = text.length;
  const before = text.slice(Math.max(lineStart, at - 40), at).replace(/^\S*\s/, (s) => (at - 40 > lineStart ? '' : s));
  const after = text.slice(at, Math.min(lineEnd, at + 30)).replace(/\s\S*$/, (s) => (at + 30 < lineEnd ? '' : s));
  return (before + after).trim();
}

export const gapsStage = (doc: Doc): Doc => ({ ...doc, gaps: findGaps(doc) });
