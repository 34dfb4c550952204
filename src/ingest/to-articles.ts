// Raw input -> one or more articles (text + metadata): text files as read, HTML pages through
// the article extractor, feeds item by item. The last step of ingest: what leaves it is an
// article the pipeline turns into a document (ingest -> pipeline -> doc, one way).
import { decodeText, sniffKind } from './decode.js';
import { InputError, type RawInput } from './read-input.js';
import { parseFeed, FeedTooDeep, MAX_FEED_DEPTH, type FeedItem } from './feed.js';
import { extractArticle } from '../clean/html/extract-article.js';
import { paragraphsOf } from '../clean/html/block-text.js';
import { parsePage } from '../clean/html/parse-page.js';
import type { DocMeta } from '../doc/model.js';

export interface Article {
  text: string;
  meta: DocMeta;
  /** Whether a first line followed by a blank line is the title (text files). */
  titleLine: boolean;
  /** A feed item: the page its link points to may hold the whole story. */
  itemLink?: string;
  /** Something the user should know about how the text was read (stderr, never the record). */
  warning?: string;
}

export function toArticles(raw: RawInput): Article[] {
  const decoded = decodeText(raw.source, raw.bytes);
  const kind = raw.hint === 'sniff' || raw.hint === 'feed' ? sniffKind(decoded) : raw.hint;
  if (kind === 'feed') return fromFeed(raw.source, decoded);
  if (kind === 'html') return [fromHtml(raw.source, decoded, /^https?:/.test(raw.source) ? raw.source : null)];
  if (raw.hint === 'feed') throw new InputError(raw.source, 'is not an RSS or Atom feed');
  return [{ text: decoded, meta: { title: null, published: null, url: null, source: raw.source }, titleLine: true }];
}

function fromHtml(source: string, html: string, pageUrl: string | null): Article {
  const page = extractArticle(html, pageUrl);
  if ('error' in page) throw new InputError(source, page.error);
  const article: Article = { text: page.text, meta: { title: page.title, published: page.published, url: page.url, source }, titleLine: false };
  if (page.warning) article.warning = page.warning;
  return article;
}

function fromFeed(source: string, xml: string): Article[] {
  let items: FeedItem[] | null;
  try {
    items = parseFeed(xml);
  } catch (e) {
    if (e instanceof FeedTooDeep) throw new InputError(source, `is a feed nested deeper than ${MAX_FEED_DEPTH} elements: not read`);
    throw e;
  }
  if (!items) throw new InputError(source, 'looks like XML but is not an RSS or Atom feed');
  if (items.length === 0) throw new InputError(source, 'is a feed with no items');
  const out: Article[] = [];
  for (const item of items) {
    const content = item.content ?? '';
    const meta = { title: item.title, published: item.published, url: item.link, source };
    if (hasTag(content)) {
      const page = extractArticle(`<html><head><title>${escapeHtml(item.title ?? '')}</title></head><body><article>${content}</article></body></html>`, item.link);
      // An item too short to hold an article block is read as it is, below (no page-wide fallback).
      if (!('error' in page) && !page.warning && page.text.trim()) { out.push({ text: page.text, meta: { ...meta, title: item.title ?? page.title }, titleLine: false, itemLink: item.link ?? undefined }); continue; }
    }
    // Too short for the article extractor (a summary of a line or two): its paragraphs as they are.
    const text = hasTag(content) ? paragraphsOf(parsePage(`<html><body>${content}</body></html>`).documentElement).join('\n\n') : content.replace(/\r\n?/g, '\n').trim();
    if (text) out.push({ text, meta, titleLine: false, itemLink: item.link ?? undefined });
  }
  return out;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** Whether the text holds a tag: a "<" and a letter with a ">" later (/<[a-z][\s\S]*>/i), found in one pass. */
function hasTag(s: string): boolean {
  const open = /<[a-z]/i.exec(s);
  return open !== null && s.indexOf('>', open.index + 2) >= 0;
}
