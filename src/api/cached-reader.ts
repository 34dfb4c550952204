// The ledger changes only when articles are ingested, and then every ledger table is rebuilt.
// So answers are kept, keyed by the question, and all dropped as soon as the store's
// fingerprint (article and ledger row counts, the stale mark) moves: one tiny query a request.
import { sql } from 'kysely';
import type { Store } from '../store/open.js';
import type { LedgerReader } from './reader.js';

const MAX_ENTRIES = 500;

export async function storeFingerprint(store: Store): Promise<string> {
  const { rows } = await sql<{ a: number; s: number; e: number; r: number; st: string | null }>`select
    (select count(*) from articles) as a, (select count(*) from ledger_stances) as s,
    (select count(*) from ledger_events) as e, (select count(*) from ledger_event_reports) as r,
    (select value from state where key = 'ledger_stale') as st`.execute(store.db);
  const f = rows[0];
  return `${f.a}:${f.s}:${f.e}:${f.r}:${f.st ?? ''}`;
}

type Method = Exclude<keyof LedgerReader, 'close'>;

export function cachedReader(inner: LedgerReader, fingerprint: () => Promise<string>): LedgerReader {
  const answers = new Map<string, Promise<unknown>>();
  let seen = '';
  const ask = async (method: Method, args: unknown[]): Promise<unknown> => {
    const now = await fingerprint();
    if (now !== seen) { answers.clear(); seen = now; }
    const key = `${method}\u0000${JSON.stringify(args)}`;
    let answer = answers.get(key);
    if (!answer) {
      answer = (inner[method] as (...a: unknown[]) => Promise<unknown>).apply(inner, args);
      answer.catch(() => answers.delete(key));
      if (answers.size >= MAX_ENTRIES) answers.delete(answers.keys().next().value!);
      answers.set(key, answer);
    }
    return answer;
  };
  const methods: Method[] = ['articles', 'article', 'actors', 'actor', 'matrix', 'cellHistory', 'events', 'event', 'claims', 'network', 'search'];
  const reader = Object.fromEntries(methods.map((m) => [m, (...args: unknown[]) => ask(m, args)])) as unknown as LedgerReader;
  reader.close = () => inner.close();
  return reader;
}
