// `detente search TEXT [--json]`: the articles holding every word (full-text index of the
// store), with their facts whose evidence holds the words too.
import { parse, UsageError } from './args.js';
import { withStore } from './store-option.js';
import { searchArticles, searchFacts, queryArticles } from '../store/queries.js';
import { formatTable, tail } from './table.js';
import { writeOut } from './output.js';

export async function runSearch(args: string[]): Promise<number> {
  let opts;
  try {
    opts = parse(args, { db: { type: 'string' }, json: { type: 'boolean' } });
    if (opts.positionals.length === 0) throw new UsageError('search needs TEXT');
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`detente search: ${e.message}\n`); return 2; }
    throw e;
  }
  const text = opts.positionals.join(' ');
  return withStore('search', opts.values.db, async (store) => {
    const articles = await queryArticles(store, await searchArticles(store, text));
    const facts = await searchFacts(store, articles.map((a) => a.id), text);
    if (opts.values.json) {
      await writeOut(JSON.stringify({ articles: articles.map(({ id, title, published, source }) => ({ id, title, published, source })), facts }, null, 2) + '\n');
      return 0;
    }
    if (articles.length === 0) { await writeOut(`no article holds "${text}"\n`); return 0; }
    await writeOut(formatTable(['article', 'published', 'title', 'source'], articles.map((a) => [a.id, a.published, a.title, tail(a.source)]))
      + `\nfacts (${facts.length})\n`
      + (facts.length ? formatTable(['article', 'kind', 'fact', 'evidence'], facts.map((f) => [f.article, f.kind, f.summary, f.evidence]), 60) : ''));
    return 0;
  });
}
