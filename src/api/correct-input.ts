// Writes through the API (and `detente correct`): an analyst's correction of one fact. The fact
// is looked up as stored now; the correction keeps its sentence and identity fields (so that it
// finds the fact again after `reprocess`), who made it, when and why. Then the ledger is rebuilt.
import type { Store } from '../store/open.js';
import { inWriteQueue } from './write-queue.js';
import { ACTOR_PATTERN } from './schemas.js';
import { EVENT_TYPES, HEDGES, ISSUES, STANCES } from '../lexicons/schema.js';
import { insertCorrection, readCorrections } from '../store/corrections.js';
import { markLedgerStale } from '../store/state.js';
import { rebuildLedger } from '../store/rebuild-ledger.js';
import { CORRECTABLE, IDENTITY, matchCorrections, type Correction, type CorrectionAction, type FactKind } from '../ledger/corrections.js';

export interface CorrectionInput {
  fact: { kind: FactKind; article: string; idx: number };
  action: CorrectionAction;
  changes?: Record<string, string | null>;
  reason: string;
  analyst: string;
}

/** A correction as the API lists it: the stored row, and the fact it lands on now (null: its sentence no longer holds that fact). */
export type CorrectionRow = Correction & { applies_to: number | null };

/** Bad input from the analyst: the API answers 400 (or 404 for a fact that does not exist). */
export class CorrectionError extends Error {
  constructor(message: string, readonly status: 400 | 404 = 400) { super(message); }
}

const TABLE = { position: 'positions', event: 'events', claim: 'claims' } as const;
const CLOSED: Record<string, readonly string[]> = {
  stance: STANCES, issue: ISSUES, type: EVENT_TYPES, hedge: HEDGES, status: ['occurred', 'scheduled', 'ongoing'],
};
const ACTOR = new RegExp(ACTOR_PATTERN, 'u');

/** What is wrong with a new value (the API's schema says the same; the CLI comes through here only). */
function valueProblem(field: string, value: string | null): string | null {
  if (value === null) return ['target', 'date', 'source'].includes(field) ? null : 'cannot be null';
  if (CLOSED[field] && !CLOSED[field].includes(value)) return `must be one of ${CLOSED[field].join(', ')}`;
  if (['holder', 'target', 'source'].includes(field) && !ACTOR.test(value)) return 'must be an actor id, e.g. vladimir-putin';
  const day = new Date(`${value}T00:00:00Z`);
  if (field === 'date' && !(/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value))) return 'must be a date as YYYY-MM-DD';
  return null;
}

async function factOf(store: Store, kind: FactKind, article: string, idx: number): Promise<Record<string, unknown> | undefined> {
  return store.db.selectFrom(TABLE[kind]).selectAll().where('article_id', '=', article).where('idx', '=', idx).executeTakeFirst() as Promise<Record<string, unknown> | undefined>;
}

/** Checks the input against the fact as stored and says what to keep; throws CorrectionError. */
export async function prepareCorrection(store: Store, input: CorrectionInput, now: () => Date): Promise<Omit<Correction, 'id'>> {
  const { kind, article, idx } = input.fact;
  const changes = input.changes ?? {};
  const fields = Object.keys(changes);
  if (input.action === 'reject' && fields.length) throw new CorrectionError('body: a rejection takes no changes (send action "set" to change fields)');
  if (input.action === 'set' && !fields.length) throw new CorrectionError('body: action "set" needs at least one field in changes');
  const wrong = fields.filter((f) => !CORRECTABLE[kind].includes(f));
  if (wrong.length) throw new CorrectionError(`body: a ${kind} can have ${CORRECTABLE[kind].join(', ')} corrected, not ${wrong.join(', ')}`);
  for (const [f, v] of Object.entries(changes)) {
    const problem = valueProblem(f, v);
    if (problem) throw new CorrectionError(`body: changes.${f} ${problem}`);
  }
  const fact = await factOf(store, kind, article, idx);
  if (!fact) throw new CorrectionError(`no ${kind} ${idx} in article ${article}`, 404);
  const original: Record<string, string | null> = {};
  for (const k of IDENTITY[kind]) original[k] = (fact[k] ?? null) as string | null;
  return {
    kind, article, idx, start: fact.ev_start as number, end: fact.ev_end as number, original, action: input.action,
    changes, reason: input.reason, analyst: input.analyst, created_at: now().toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}

/** Stores the correction and rebuilds the ledger in the caller's write queue. */
export async function storeCorrection(store: Store, input: CorrectionInput, now: () => Date = () => new Date()): Promise<CorrectionRow> {
  const c = await prepareCorrection(store, input, now);
  const id = await store.db.transaction().execute(async (trx) => {
    const id = await insertCorrection(trx, c);
    await markLedgerStale(trx);
    return id;
  });
  await rebuildLedger(store);
  return { id, ...c, applies_to: c.idx };
}

/** The stored corrections, newest first, each with the fact it lands on now. */
export async function listCorrections(store: Store, filter: { article?: string; kind?: FactKind; limit: number; offset: number }) {
  let q = store.db.selectFrom('corrections');
  if (filter.article) q = q.where('article_id', '=', filter.article);
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  const { n } = await q.select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const ids = (await q.select('id').orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute()).map((r) => Number(r.id));
  const all = ids.length ? (await readCorrections(store.db)).filter((c) => ids.includes(c.id)) : [];
  const landed = new Map<number, number>();
  for (const kind of ['position', 'event', 'claim'] as const) {
    const mine = all.filter((c) => c.kind === kind);
    if (!mine.length) continue;
    const facts = await store.db.selectFrom(TABLE[kind]).select(['article_id', 'idx', 'ev_start', 'ev_end', ...IDENTITY[kind]] as never[])
      .where('article_id', 'in', [...new Set(mine.map((c) => c.article))]).execute() as unknown as Record<string, unknown>[];
    const shaped = facts.map((f) => ({ ...f, article: f.article_id as string, idx: f.idx as number, evidence: { start: f.ev_start as number, end: f.ev_end as number } }));
    for (const [id, f] of matchCorrections(kind, shaped, mine)) landed.set(id, f.idx);
  }
  const items: CorrectionRow[] = all.sort((a, b) => b.id - a.id).map((c) => ({ ...c, applies_to: landed.get(c.id) ?? null }));
  return { total: Number(n), limit: filter.limit, offset: filter.offset, items };
}

/** The API's corrector: one write at a time with the ingests of the same store. */
export function makeCorrector(store: Store): (input: CorrectionInput) => Promise<CorrectionRow> {
  return (input) => inWriteQueue(store, () => storeCorrection(store, input));
}
