// A job is one article, whole: its text and what the pipeline needs besides (title, date, URL,
// source, whether the first line is a title). The enqueuer reads the inputs (files on its own
// disk, URLs, feeds) and cleans HTML; a worker needs nothing but the database, on any machine.
// Jobs are JSON in PostgreSQL; a worker checks each one it takes, as input from outside.
import { z } from 'zod';
import type { Article } from '../ingest/to-articles.js';

export const ARTICLE_JOB_VERSION = 1;

export const articleJobSchema = z.object({
  v: z.literal(ARTICLE_JOB_VERSION),
  text: z.string().min(1),
  title: z.string().nullable(),
  /** YYYY-MM-DD: the --published of the enqueuer, else the page's or the feed item's date. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  url: z.string().nullable(),
  source: z.string().min(1),
  titleLine: z.boolean(),
});

export type ArticleJob = z.infer<typeof articleJobSchema>;

export function toJob(article: Article, published: string | null): ArticleJob {
  const m = article.meta;
  return { v: ARTICLE_JOB_VERSION, text: article.text, title: m.title, published: published ?? m.published, url: m.url, source: m.source, titleLine: article.titleLine };
}

/** The article a job holds, or why it is not one. */
export function fromJob(data: unknown): Article | { error: string } {
  const parsed = articleJobSchema.safeParse(data);
  if (!parsed.success) return { error: `not an article job (${parsed.error.issues.map((i) => `${i.path.join('.') || 'job'}: ${i.message}`).join('; ')})` };
  const j = parsed.data;
  return { text: j.text, meta: { title: j.title, published: j.published, url: j.url, source: j.source }, titleLine: j.titleLine };
}
