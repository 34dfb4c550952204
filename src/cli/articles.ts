// `detente articles [--json]`: the stored articles, with their fact counts, the pipeline
// version that made their record and the other sources (near-duplicates) kept as aliases.
import { parse, UsageError } from './args.js';
import { withStore } from './store-option.js';
import { queryArticles } from '../store/queries.js';
import { formatTable, tail } from './table.js';
import { writeOut } from './output.js';

export async function runArticles(args: string[]): Promise<number> {
  let opts;
  try {
    opts = parse(args, { db: { type: 'string' }, json: { type: 'boolean' } });
    if (opts.positionals.length) throw new UsageError(`unexpected argument "${opts.positionals[0]}"`);
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`detente articles: ${e.message}\n`); return 2; }
    throw e;
  }
  return withStore('articles', opts.values.db, async (store) => {
    const rows = await queryArticles(store);
    if (opts.values.json) { await writeOut(JSON.stringify(rows, null, 2) + '\n'); return 0; }
    await writeOut(formatTable(['id', 'published', 'title', 'source', 'pos', 'ev', 'claims', 'aliases'],
      rows.map((r) => [r.id, r.published, r.title, tail(r.source), r.positions, r.events, r.claims, r.aliases.length]), 40)
      + `${rows.length} article${rows.length === 1 ? '' : 's'}\n`);
    return 0;
  });
}
