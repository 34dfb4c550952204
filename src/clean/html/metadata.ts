// Reads what a page says about its article before the body is extracted (Readability
// changes the document): title, publication date, canonical URL, site name, and the
// JSON-LD body and description that the body extraction can fall back on.
import { readJsonLdArticle } from './json-ld.js';
import { cleanTitle } from './clean-title.js';
import { writtenDate } from './written-date.js';

export interface PageMetadata {
  title: string | null;
  published: string | null;
  url: string | null;
  siteName: string | null;
  description: string | null;
  /** JSON-LD articleBody, as the page wrote it. */
  articleBody: string | null;
  /** The page says it is an article (og:type article, or a JSON-LD Article). */
  isArticle: boolean;
}

/** The minimal DOM surface the reader needs (linkedom's Document provides it). */
type Doc = Pick<Document, 'querySelectorAll' | 'querySelector'>;

const collapse = (s: string | null | undefined): string | null => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t || null;
};

/** meta[property|name|itemprop=key] content, first key that has a non-empty value. */
function metaContent(metas: Map<string, string>, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = metas.get(k);
    if (v) return v;
  }
  return null;
}

function readMetas(doc: Doc): Map<string, string> {
  const metas = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta')) {
    const content = collapse(el.getAttribute('content'));
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !metas.has(key)) metas.set(key, content);
    }
  }
  return metas;
}

function resolveUrl(href: string | null, pageUrl: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, pageUrl ?? undefined).href;
  } catch {
    return null; // relative with no page URL to resolve it against, or not a URL at all
  }
}

function timeInArticle(doc: Doc): string | null {
  const el =
    doc.querySelector('article time[datetime]') ??
    doc.querySelector('time[pubdate][datetime], time[itemprop="datePublished"][datetime]');
  return el?.getAttribute('datetime') ?? null;
}

export function readPageMetadata(doc: Doc, pageUrl: string | null): PageMetadata {
  const metas = readMetas(doc);
  const scripts = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '');
  const ld = readJsonLdArticle(scripts);

  const siteName = metaContent(metas, ['og:site_name', 'application-name', 'twitter:site']) ?? collapse(ld?.publisherName);
  const rawTitle =
    metaContent(metas, ['og:title', 'twitter:title']) ?? collapse(ld?.headline) ?? collapse(doc.querySelector('title')?.textContent);

  const published = [
    ld?.datePublished,
    metaContent(metas, ['article:published_time', 'og:article:published_time', 'datepublished']),
    metaContent(metas, ['date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.issued', 'sailthru.date', 'parsely-pub-date']),
    timeInArticle(doc),
  ]
    .map(writtenDate)
    .find((d) => d !== null) ?? null;

  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href')?.trim() || null;
  const url = [canonical, metaContent(metas, ['og:url']), ld?.url]
    .map((u) => resolveUrl(u ?? null, pageUrl))
    .find((u) => u !== null) ?? null;

  return {
    title: rawTitle ? cleanTitle(rawTitle, siteName) : null,
    published,
    url,
    siteName,
    description: metaContent(metas, ['og:description', 'description', 'twitter:description']),
    articleBody: ld?.articleBody ?? null,
    isArticle: ld !== null || /article/i.test(metas.get('og:type') ?? ''),
  };
}
