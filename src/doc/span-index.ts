// Looking up the spans of a document near a place in its text, in time that does not grow with
// the document. Rules ask, for each sentence or cue, "which dates lie in this sentence", "which
// claim holds it": filtering the whole list each time made a page of 100,000 short sentences
// quadratic. Each list is indexed once (by where its spans start, the index kept as long as the
// list lives) and answers keep the list's own order, so that they equal the filter they replace.
import type { Span } from './model.js';

interface SpanIndex {
  /** Positions in the list, ordered by span start (ties: list order). */
  byStart: number[];
  /** The longest span: one starting further back than this cannot reach a place. */
  longest: number;
}

const indexes = new WeakMap<readonly Span[], SpanIndex>();

// (The comparators are functions of the module, not closures made at each call: V8 compiled such
// a closure again after every full collection; docs/performance.md, twentieth session.)
let sorting: readonly Span[] = [];
const byStartThenPosition = (a: number, b: number): number => sorting[a].start - sorting[b].start || a - b;
const ascending = (a: number, b: number): number => a - b;

function indexOf(spans: readonly Span[]): SpanIndex {
  let index = indexes.get(spans);
  if (!index) {
    const byStart: number[] = [];
    for (let i = 0; i < spans.length; i++) byStart.push(i);
    sorting = spans;
    try { byStart.sort(byStartThenPosition); } finally { sorting = []; }
    let longest = 0;
    for (const s of spans) longest = Math.max(longest, s.end - s.start);
    index = { byStart, longest };
    indexes.set(spans, index);
  }
  return index;
}

/** The first position in `byStart` whose span starts at or after `at`. */
function firstFrom(spans: readonly Span[], byStart: number[], at: number): number {
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[byStart[mid]].start < at) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The spans that start in [from, to), in list order: `spans.filter((s) => s.start >= from && s.start < to)`. */
export function spansStartingIn<T extends Span>(spans: readonly T[], from: number, to: number): T[] {
  const { byStart } = indexOf(spans);
  const found: number[] = [];
  for (let k = firstFrom(spans, byStart, from); k < byStart.length && spans[byStart[k]].start < to; k++) found.push(byStart[k]);
  found.sort(ascending);
  const out: T[] = [];
  for (const i of found) out.push(spans[i]);
  return out;
}

/** The spans inside [from, to], in list order: `spans.filter((s) => s.start >= from && s.end <= to)`. */
export function spansWithin<T extends Span>(spans: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (const s of spansStartingIn(spans, from, Math.max(from, to) + 1)) if (s.end <= to) out.push(s);
  return out;
}

/** The spans that end in (from, to], in list order: `spans.filter((s) => s.end > from && s.end <= to)`. */
export function spansEndingIn<T extends Span>(spans: readonly T[], from: number, to: number): T[] {
  const { longest } = indexOf(spans);
  const out: T[] = [];
  for (const s of spansStartingIn(spans, from - longest, to + 1)) if (s.end > from && s.end <= to) out.push(s);
  return out;
}

/** The position in the list of the first span holding [from, to] (start <= from, to <= end), or -1. */
export function firstHolding(spans: readonly Span[], from: number, to: number): number {
  const { byStart, longest } = indexOf(spans);
  let best = -1;
  for (let k = firstFrom(spans, byStart, from + 1) - 1; k >= 0 && spans[byStart[k]].start >= to - longest; k--) {
    const i = byStart[k];
    if (to <= spans[i].end && (best < 0 || i < best)) best = i;
  }
  return best;
}
