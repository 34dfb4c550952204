// One source (file, URL, stdin) to its records: read, split into articles, run the pipeline.
// Shared by the command line and its worker threads.
import { readSource, type ReadOptions } from '../ingest/read-input.js';
import { toArticles } from './article.js';
import { runPipeline } from './run.js';
import { toRecord, type ExtractRecord } from './record.js';
import type { Ctx } from './context.js';

export interface ExtractOptions extends ReadOptions {
  /** --published: overrides the date the page gives. */
  published: string | null;
}

export async function extractSource(source: string, opts: ExtractOptions, ctx: Ctx): Promise<ExtractRecord[]> {
  const raw = await readSource(source, opts);
  return toArticles(raw).map((article) => {
    const meta = { ...article.meta, published: opts.published ?? article.meta.published };
    return toRecord(runPipeline(article.text, meta, ctx, article.titleLine));
  });
}
