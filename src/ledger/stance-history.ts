// Positions become a history per (holder, issue): the statements in publication order, the
// same stance in a row folded into one entry with its first and last evidence and the articles
// behind it. When the stance moves in a later article ("Kyiv rejects a buffer zone" after "Kyiv
// could accept a buffer zone"), the new entry is flagged as a change, with the evidence of both.
// Two stances in one article (a demand and, further down, a refusal of the same issue) are kept
// as two entries but not flagged: one article's nuance is no move over time.
import type { PositionFact, LedgerStance } from './types.js';
import { byCodePoint, byNullableDate, mostCommon } from './order.js';

const factOrder = (a: PositionFact, b: PositionFact) =>
  byCodePoint(a.holder, b.holder) || byCodePoint(a.issue, b.issue) ||
  byNullableDate(a.published, b.published) || byCodePoint(a.article, b.article) || a.idx - b.idx;

export function stanceHistory(facts: PositionFact[]): LedgerStance[] {
  const sorted = [...facts].sort(factOrder);
  const runs: PositionFact[][] = [];
  for (const f of sorted) {
    const last = runs[runs.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && prev.holder === f.holder && prev.issue === f.issue && prev.stance === f.stance) last.push(f);
    else runs.push([f]);
  }
  const out: LedgerStance[] = [];
  for (const run of runs) {
    const first = run[0];
    const last = run[run.length - 1];
    const before = out[out.length - 1];
    const sameCell = before !== undefined && before.holder === first.holder && before.issue === first.issue;
    const changed = sameCell && !before.articles.includes(first.article);
    out.push({
      ord: out.length,
      holder: first.holder,
      issue: first.issue,
      seq: sameCell ? before.seq + 1 : 0,
      stance: first.stance,
      target: mostCommon(run.map((f) => f.target).filter((t): t is string => t !== null)),
      condition: run.find((f) => f.condition !== null)?.condition ?? null,
      first_seen: first.published,
      last_seen: last.published,
      articles: [...new Set(run.map((f) => f.article))],
      first_evidence: first.evidence,
      last_evidence: last.evidence,
      changed,
      previous_stance: sameCell ? before.stance : null,
      previous_evidence: sameCell ? before.last_evidence : null,
    });
  }
  return out;
}

/** The actors x issues matrix: the latest entry of each (holder, issue). */
export function latestStances<T extends { holder: string; issue: string }>(history: T[]): T[] {
  return history.filter((s, i) => {
    const next = history[i + 1];
    return !next || next.holder !== s.holder || next.issue !== s.issue;
  });
}
