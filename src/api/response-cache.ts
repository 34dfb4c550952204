// The ledger changes only when articles are ingested, and then every ledger table is rebuilt.
// So the body of each successful GET /api/ answer is kept, keyed by its URL, and all are dropped
// as soon as the store's fingerprint (the stale mark, the count of ledger rebuilds, the count of
// article sources) moves: one tiny query a request instead of the reads and the JSON serialisation.
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/open.js';

const MAX_ENTRIES = 500;

export async function storeFingerprint(store: Store): Promise<string> {
  // Every article write marks the ledger stale and every rebuild counts itself, so the state
  // rows say when anything changed; article_sources also counts an alias added to a known article.
  const { rows } = await sql<{ src: number; st: string | null; g: string | null }>`select
    (select count(*) from article_sources) as src,
    (select value from state where key = 'ledger_stale') as st, (select value from state where key = 'ledger_generation') as g`.execute(store.db);
  const f = rows[0];
  return `${f.src}:${f.st ?? ''}:${f.g ?? ''}`;
}

export function registerResponseCache(app: FastifyInstance, fingerprint: () => Promise<string>): void {
  const bodies = new Map<string, string>();
  let seen = '';
  const cacheable = (method: string, url: string) => method === 'GET' && url.startsWith('/api/') && !url.startsWith('/api/openapi.json');
  app.addHook('onRequest', async (req, reply) => {
    if (!cacheable(req.method, req.url)) return;
    const now = await fingerprint();
    if (now !== seen) { bodies.clear(); seen = now; }
    const body = bodies.get(req.url);
    if (body !== undefined) {
      reply.header('x-detente-cache', 'hit');
      return reply.type('application/json; charset=utf-8').send(body);
    }
  });
  app.addHook('onSend', async (req, reply, payload) => {
    if (cacheable(req.method, req.url) && reply.statusCode === 200 && typeof payload === 'string' && !reply.hasHeader('x-detente-cache')) {
      if (bodies.size >= MAX_ENTRIES) bodies.delete(bodies.keys().next().value!);
      bodies.set(req.url, payload);
    }
    return payload;
  });
}
