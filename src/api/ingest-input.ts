// Writes through the API and the demo: text, HTML or a URL -> articles -> the store, then the
// ledger rebuilt. The per-article steps are those of `detente ingest` (the same dedup by text and
// MinHash, the same pipeline version); they live here because the ingest command keeps its own private.
import { createHash } from 'node:crypto';
import { readSource, InputError, type RawInput } from '../ingest/read-input.js';
import { toArticles, type Article } from '../ingest/to-articles.js';
import { runPipeline } from '../pipeline/run.js';
import { toRecord } from '../pipeline/record.js';
import type { Ctx } from '../pipeline/context.js';
import { pipelineVersion } from '../cli/pipeline-version.js';
import { findStored, addAlias, storeArticle } from '../store/write-article.js';
import { minhash } from '../ledger/near-duplicate.js';
import { rebuildLedger } from '../store/rebuild-ledger.js';
import type { Store } from '../store/open.js';
import type { IngestInput, Ingestor } from './server.js';
import { inWriteQueue } from './write-queue.js';

export type StoredKind = 'stored' | 'same' | 'duplicate';

/** Stores one article (unless it is stored already) and says which it was. */
export async function storeOne(store: Store, article: Article, published: string | null, ctx: () => Ctx): Promise<{ id: string; kind: StoredKind }> {
  const id = createHash('sha256').update(article.text).digest('hex').slice(0, 16);
  const meta = { ...article.meta, published: published ?? article.meta.published };
  const sig = minhash(article.text);
  const known = await findStored(store.db, id, sig);
  if (known) {
    await addAlias(store.db, known.id, meta.source, meta.url, known.similarity);
    return { id: known.id, kind: known.id === id ? 'same' : 'duplicate' };
  }
  const record = toRecord(runPipeline(article.text, meta, ctx(), article.titleLine));
  const stored = await storeArticle(store, record, article.titleLine, pipelineVersion(), sig);
  return { id: stored.id, kind: stored.kind };
}

const MAX_BYTES = 5 * 1048576;

/** The API's writer: one ingest at a time (SQLite has one writer), the ledger rebuilt after each. */
export function makeIngestor(store: Store, ctx: () => Ctx): Ingestor {
  const run = async (input: IngestInput) => {
    let raw: RawInput;
    if (input.url) raw = await readSource(input.url, { maxBytes: MAX_BYTES, timeoutMs: 20_000 });
    else raw = { source: input.source ?? 'api', bytes: new TextEncoder().encode(input.text ?? input.html ?? ''), hint: input.html !== undefined ? 'html' : 'text' };
    const articles = toArticles(raw);
    const ids: string[] = [];
    let duplicates = 0;
    for (const article of articles) {
      const r = await storeOne(store, article, input.published ?? null, ctx);
      ids.push(r.id);
      if (r.kind !== 'stored') duplicates++;
    }
    await rebuildLedger(store);
    return { ids, duplicates };
  };
  return (input) => inWriteQueue(store, () => run(input)).catch((e: unknown) => {
    if (e instanceof InputError) throw new Error(`${e.source}: ${e.message}`);
    throw e;
  });
}
