// One source (file, URL, stdin) to its records: read, split into articles, run the pipeline.
// Shared by the command line and its worker threads.
import { readSource, InputError, type ReadOptions } from '../ingest/read-input.js';
import { fetchUrl } from '../ingest/fetch-url.js';
import { toArticles, type Article } from '../ingest/to-articles.js';
import { runPipeline } from './run.js';
import { toRecord, type ExtractRecord } from './record.js';
import type { Ctx } from './context.js';

export interface ExtractOptions extends ReadOptions {
  /** --published: overrides the date the page gives. */
  published: string | null;
  /** Fetch the page of each feed item; its own content is kept when the page can't be read. */
  fetchLinks: boolean;
}

export interface Extracted {
  records: ExtractRecord[];
  /** One line each for stderr (e.g. a page read as its visible text); never part of a record. */
  warnings: string[];
}

export async function extractSource(source: string, opts: ExtractOptions, ctx: Ctx): Promise<Extracted> {
  const raw = await readSource(source, opts);
  const records: ExtractRecord[] = [];
  const warnings: string[] = [];
  for (let article of toArticles(raw)) {
    if (article.itemLink && opts.fetchLinks) article = await itemPage(article, opts);
    if (article.warning) warnings.push(article.warning);
    const meta = { ...article.meta, published: opts.published ?? article.meta.published };
    records.push(toRecord(runPipeline(article.text, meta, ctx, article.titleLine)));
  }
  return { records, warnings };
}

/**
 * The whole story behind a feed item, with the item's title and date where the page lacks them.
 * A feed is not trusted: its links are fetched as URLs (http(s), public addresses), never read as files.
 */
async function itemPage(item: Article, opts: ExtractOptions): Promise<Article> {
  try {
    const [page] = toArticles(await fetchUrl(item.itemLink!, opts)).filter((a) => !a.itemLink);
    // A page with no article block (its whole visible text) is no better than the item's own text.
    if (!page || page.warning || page.text.length <= item.text.length) return item;
    return { ...page, meta: { ...page.meta, title: page.meta.title ?? item.meta.title, published: page.meta.published ?? item.meta.published, url: page.meta.url ?? item.meta.url, source: item.meta.source } };
  } catch (e) {
    if (e instanceof InputError) return item;
    throw e;
  }
}
