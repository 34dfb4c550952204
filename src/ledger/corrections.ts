// An analyst's corrections laid over the extracted facts before the merge rules run. The
// extraction output is never changed: a correction is its own row (who, when, why) naming the
// fact by its article, its kind and its evidence sentence (UTF-16 offsets), plus the values the
// fact had when it was corrected. Re-extraction (`reprocess`) renumbers facts, but the sentence
// stays where it is, so the correction finds its fact again by the sentence.
//
// Example: "Kyiv could accept a buffer zone" read as `reject withdrawal`; the analyst sets the
// stance to `offer`. The matrix, the cell's history, the exports and the timeline all take the
// corrected fact; the record in `positions` keeps saying `reject`.

export type FactKind = 'position' | 'event' | 'claim';
export type CorrectionAction = 'reject' | 'set';

/** The fields an analyst may change, per kind of fact. */
export const CORRECTABLE: Record<FactKind, readonly string[]> = {
  position: ['holder', 'stance', 'issue', 'target'],
  event: ['type', 'date', 'status'],
  claim: ['source', 'hedge'],
};

/** The fields that tell one fact of a sentence from another (two positions in one sentence differ in them). */
export const IDENTITY: Record<FactKind, readonly string[]> = {
  position: ['holder', 'issue', 'stance'],
  event: ['type'],
  claim: ['source'],
};

export interface Correction {
  id: number;
  kind: FactKind;
  article: string;
  /** The fact's index when it was corrected (informative: matching goes by the sentence). */
  idx: number;
  start: number;
  end: number;
  /** The fact's identity fields when it was corrected. */
  original: Record<string, string | null>;
  action: CorrectionAction;
  changes: Record<string, string | null>;
  reason: string;
  analyst: string;
  created_at: string;
}

export interface CorrectableFact {
  article: string;
  idx: number;
  evidence: { start: number; end: number };
}

type Fields = Record<string, unknown>;

const spanKey = (article: string, start: number, end: number) => `${article}\u0000${start}\u0000${end}`;
export const factKey = (article: string, idx: number) => `${article}\u0000${idx}`;

/**
 * Which fact each correction of one kind lands on: among the facts of its article with the same
 * evidence span, the one whose identity fields are still those recorded; failing that, the only
 * fact of that span (the sentence re-read differently). A correction with no fact is left out.
 */
export function matchCorrections<F extends CorrectableFact>(kind: FactKind, facts: F[], corrections: Correction[]): Map<number, F> {
  const bySpan = new Map<string, F[]>();
  for (const f of facts) {
    const key = spanKey(f.article, f.evidence.start, f.evidence.end);
    const list = bySpan.get(key);
    if (list) list.push(f); else bySpan.set(key, [f]);
  }
  const out = new Map<number, F>();
  for (const c of corrections) {
    if (c.kind !== kind) continue;
    const candidates = bySpan.get(spanKey(c.article, c.start, c.end)) ?? [];
    const same = candidates.find((f) => IDENTITY[kind].every((k) => ((f as unknown as Fields)[k] ?? null) === (c.original[k] ?? null)));
    const fact = same ?? (candidates.length === 1 ? candidates[0] : undefined);
    if (fact) out.set(c.id, fact);
  }
  return out;
}

export interface Corrected<F> {
  /** The facts as the ledger should see them: rejected ones left out, changed fields replaced. */
  facts: F[];
  /** The corrections that landed on each fact (by article and index), oldest first. */
  byFact: Map<string, Correction[]>;
}

/** Applies the corrections of one kind, oldest first: a later change of a field wins, a rejection removes the fact. */
export function applyCorrections<F extends CorrectableFact>(kind: FactKind, facts: F[], corrections: Correction[]): Corrected<F> {
  const ordered = corrections.filter((c) => c.kind === kind).sort((a, b) => a.id - b.id);
  const landed = matchCorrections(kind, facts, ordered);
  const byFact = new Map<string, Correction[]>();
  for (const c of ordered) {
    const f = landed.get(c.id);
    if (!f) continue;
    const key = factKey(f.article, f.idx);
    const list = byFact.get(key);
    if (list) list.push(c); else byFact.set(key, [c]);
  }
  const out: F[] = [];
  for (const f of facts) {
    const list = byFact.get(factKey(f.article, f.idx));
    if (!list) { out.push(f); continue; }
    if (list.some((c) => c.action === 'reject')) continue;
    const changed: Fields = { ...(f as unknown as Fields) };
    for (const c of list) for (const [k, v] of Object.entries(c.changes)) if (CORRECTABLE[kind].includes(k)) changed[k] = v;
    out.push(changed as unknown as F);
  }
  return { facts: out, byFact };
}

/** A fact as shown to a reader: its corrected values and the corrections behind them (a rejected fact stays, marked). */
export function showCorrected<F extends CorrectableFact>(kind: FactKind, facts: F[], corrections: Correction[]): (F & { correction: CorrectionMark | null })[] {
  const { byFact } = applyCorrections(kind, facts, corrections);
  return facts.map((f) => {
    const list = byFact.get(factKey(f.article, f.idx));
    if (!list) return { ...f, correction: null };
    const changed: Fields = { ...(f as unknown as Fields) };
    const original: Record<string, string | null> = {};
    for (const c of list) {
      for (const [k, v] of Object.entries(c.changes)) {
        if (!CORRECTABLE[kind].includes(k)) continue;
        if (!(k in original)) original[k] = ((f as unknown as Fields)[k] ?? null) as string | null;
        changed[k] = v;
      }
    }
    const last = list[list.length - 1];
    return {
      ...(changed as unknown as F),
      correction: {
        ids: list.map((c) => c.id), rejected: list.some((c) => c.action === 'reject'), original,
        reason: last.reason, analyst: last.analyst, created_at: last.created_at,
      },
    };
  });
}

/** What a reader is told about a corrected fact: which corrections, whether it was rejected, the values it had. */
export interface CorrectionMark {
  ids: number[];
  rejected: boolean;
  /** The extracted value of each changed field. */
  original: Record<string, string | null>;
  reason: string;
  analyst: string;
  created_at: string;
}
