// `detente reprocess [--db URL]`: re-extracts the stored articles whose record an older
// pipeline made (another version of the code or the knowledge), one transaction an article,
// then rebuilds the ledger. The stored text is the source: nothing is read again.
import { parse, UsageError } from './args.js';
import { runPipeline } from '../pipeline/run.js';
import { toRecord } from '../pipeline/record.js';
import { loadContext } from './context.js';
import { progress } from './progress.js';
import { withStore } from './store-option.js';
import { pipelineVersion } from './pipeline-version.js';
import { writeFacts, deleteFacts } from '../store/write-article.js';
import { markLedgerStale } from '../store/state.js';
import { rebuildLedger } from '../store/rebuild-ledger.js';

export async function runReprocess(args: string[]): Promise<number> {
  let opts;
  try {
    opts = parse(args, { db: { type: 'string' }, kb: { type: 'string', multiple: true }, lexicon: { type: 'string', multiple: true }, quiet: { type: 'boolean', short: 'q' } });
    if (opts.positionals.length) throw new UsageError('reprocess takes no PATH (it re-extracts what the store holds)');
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`detente reprocess: ${e.message}\n`); return 2; }
    throw e;
  }
  const v = opts.values;
  return withStore('reprocess', v.db, async (store) => {
    const version = pipelineVersion();
    const stale = await store.db.selectFrom('articles').select('id').where('pipeline_version', '!=', version).orderBy('id').execute();
    const bar = progress(stale.length, !!v.quiet);
    const ctx = stale.length ? loadContext(v.kb ?? [], v.lexicon ?? []) : null;
    for (const { id } of stale) {
      const a = await store.db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      // A title taken from the first line is found again from the text; a page's title is given.
      const meta = { title: a.title_line ? null : a.title, published: a.published, url: a.url, source: a.source };
      const record = toRecord(runPipeline(a.text, meta, ctx!, a.title_line === 1));
      await store.db.transaction().execute(async (trx) => {
        await deleteFacts(trx, id);
        await writeFacts(trx, record);
        await trx.updateTable('articles').set({
          pipeline_version: version, title: record.document.title, actors_n: record.actors.length, claims_n: record.claims.length,
          positions_n: record.positions.length, events_n: record.events.length,
        }).where('id', '=', id).execute();
        await markLedgerStale(trx);
      });
      bar.tick(a.source);
    }
    bar.done();
    await rebuildLedger(store);
    if (!v.quiet) process.stderr.write(`detente: ${stale.length} article${stale.length === 1 ? '' : 's'} re-extracted with pipeline ${version}\n`);
    return 0;
  });
}
