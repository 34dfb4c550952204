// HTML page -> the article's plain text and metadata. Readability (on linkedom) chooses the
// body; block-text turns it into paragraphs.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { paragraphsOf } from './block-text.js';
import { readPageMetadata } from './metadata.js';
import { slimHtml } from './slim-html.js';
import { pruneBoilerplate } from './prune-boilerplate.js';
import { dropParagraphs } from './drop-paragraphs.js';

export interface HtmlArticle {
  text: string;
  title: string | null;
  published: string | null; // YYYY-MM-DD
  url: string | null;
}

export function extractArticle(html: string, pageUrl: string | null): HtmlArticle | { error: string } {
  const { document } = parseHTML(slimHtml(html));
  const meta = readPageMetadata(document, pageUrl);
  const parsed = new Readability<Element>(document as unknown as Document, { serializer: (el) => el as Element, keepClasses: true, nbTopCandidates: Number(process.env.NTC ?? 5), charThreshold: Number(process.env.CT ?? 500), linkDensityModifier: Number(process.env.LDM ?? 0) } as never).parse();
  if (parsed?.content) pruneBoilerplate(parsed.content as never);
  const title = meta.title ?? (parsed?.title?.trim() || null);
  const paragraphs = dropParagraphs(parsed?.content ? paragraphsOf(parsed.content as never) : [], title);
  if (paragraphs.length === 0) return { error: 'no article text found in the page' };
  return {
    text: paragraphs.join('\n\n'),
    title,
    published: meta.published,
    url: meta.url,
  };
}
