// Small pure helpers of the API's reads: the latest stance of each cell, the kind of a network
// edge, search terms and a text snippet.
import type { StanceRow } from './reader.js';

const compare = new Intl.Collator().compare;

/** The last stance (highest seq) of each (holder, issue), in holder then issue order. */
export function latestStances(rows: StanceRow[]): StanceRow[] {
  const last = new Map<string, StanceRow>();
  for (const r of rows) {
    const key = `${r.holder}\u0000${r.issue}`;
    const prev = last.get(key);
    if (!prev || r.seq > prev.seq) last.set(key, r);
  }
  return [...last.values()].sort((a, b) => compare(a.holder, b.holder) || compare(a.issue, b.issue));
}

/** Meetings and attacks have their own edge kind; other event types keep their PLOVER name. */
export function eventEdgeKind(type: string): string {
  if (type === 'CONSULT') return 'meeting';
  if (type === 'ASSAULT') return 'attack';
  return type.toLowerCase();
}

/** The words of a search ("prisoner swap" -> prisoner, swap): letters and digits only, so no query syntax leaks through. */
export function searchTerms(q: string): string[] {
  return [...new Set(q.match(/[\p{L}\p{N}]+/gu) ?? [])].slice(0, 8);
}

/** About 200 characters of text around the first term found. */
export function snippetOf(text: string, terms: string[]): string {
  const lower = text.toLowerCase();
  let at = -1;
  for (const t of terms) {
    const i = lower.indexOf(t.toLowerCase());
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) return text.slice(0, 200);
  const start = Math.max(0, at - 80);
  return `${start > 0 ? '…' : ''}${text.slice(start, at + 120)}${at + 120 < text.length ? '…' : ''}`;
}
