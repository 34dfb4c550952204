// Reads what a page says about its article before the body is extracted (Readability
// changes the document): title, publication date, canonical URL, site name, description,
// and the JSON-LD body the extraction can fall back on. One walk over the document
// collects the tags it needs.
import { cleanTitle } from './clean-title.js';
import type { TreeElement } from './dom.js';
import { readJsonLdArticle } from './json-ld.js';
import { writtenDate } from './written-date.js';

export interface PageMetadata {
  title: string | null;
  published: string | null; // YYYY-MM-DD
  url: string | null;
  siteName: string | null;
  description: string | null;
  /** JSON-LD articleBody, as the page wrote it. */
  articleBody: string | null;
  /** The page says it is an article (og:type article, or a JSON-LD Article). */
  isArticle: boolean;
  /** The page names its author in its metadata. */
  hasAuthor: boolean;
  /** The title as the page declares it (JSON-LD, then Dublin Core, Open Graph, Twitter ... tags), uncleaned. */
  declaredTitle: string | null;
  /** The text of the page's <title>. */
  documentTitle: string | null;
}

/** The tags of a page that carry metadata. */
interface MetadataTags {
  /** meta property/name/itemprop (lower case) -> content, first one wins. */
  metas: Map<string, string>;
  jsonLd: string[];
  canonical: string | null;
  title: string | null;
  /** datetime of the first <time> inside an <article>, or marked as the publication time. */
  articleTime: string | null;
}

const collapse = (s: string | null | undefined): string | null => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t || null;
};

function collectTags(root: TreeElement): MetadataTags {
  const tags: MetadataTags = { metas: new Map(), jsonLd: [], canonical: null, title: null, articleTime: null };
  let markedTime: string | null = null;
  const visit = (el: TreeElement, inArticle: boolean, inSvg: boolean): void => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      switch (child.localName) {
        case 'meta': {
          const content = collapse(child.getAttribute('content'));
          if (!content) break;
          for (const attr of ['property', 'name', 'itemprop']) {
            const key = child.getAttribute(attr)?.trim().toLowerCase();
            if (key && !tags.metas.has(key)) tags.metas.set(key, content);
          }
          break;
        }
        case 'script':
          if (/ld\+json/i.test(child.getAttribute('type') ?? '')) tags.jsonLd.push(child.textContent ?? '');
          break;
        case 'link':
          if (tags.canonical === null && /(?:^|\s)canonical(?:\s|$)/i.test(child.getAttribute('rel') ?? '')) {
            tags.canonical = child.getAttribute('href')?.trim() || null;
          }
          break;
        case 'title':
          if (tags.title === null && !inSvg) tags.title = collapse(child.textContent);
          break;
        case 'time': {
          const datetime = child.getAttribute('datetime');
          if (datetime && inArticle && tags.articleTime === null) tags.articleTime = datetime;
          const marked = child.getAttribute('pubdate') !== null || child.getAttribute('itemprop') === 'datePublished';
          if (datetime && marked && markedTime === null) markedTime = datetime;
          break;
        }
      }
      if (child.firstElementChild) visit(child, inArticle || child.localName === 'article', inSvg || child.localName === 'svg');
    }
  };
  visit(root, false, false);
  tags.articleTime ??= markedTime;
  return tags;
}

/** Tags declaring the title, in Readability's order. */
const DECLARED_TITLE_KEYS = ['dc:title', 'dc.title', 'dcterm:title', 'og:title', 'weibo:article:title', 'weibo:webpage:title', 'title', 'twitter:title', 'parsely-title'];
/** Metadata naming the author, as Readability reads it. */
const AUTHOR_KEYS = ['dc:creator', 'dc.creator', 'dcterm:creator', 'author', 'parsely-author'];

function first(metas: Map<string, string>, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = metas.get(k);
    if (v) return v;
  }
  return null;
}

function resolveUrl(href: string | null | undefined, pageUrl: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, pageUrl ?? undefined).href;
  } catch {
    return null; // relative with no page URL to resolve it against, or not a URL at all
  }
}

export function readPageMetadata(root: TreeElement, pageUrl: string | null): PageMetadata {
  const { metas, jsonLd, canonical, title, articleTime } = collectTags(root);
  const ld = readJsonLdArticle(jsonLd);

  const siteName = first(metas, ['og:site_name', 'application-name', 'twitter:site']) ?? collapse(ld?.publisherName);
  const rawTitle = first(metas, ['og:title', 'twitter:title']) ?? collapse(ld?.headline) ?? title;
  const published =
    [
      ld?.datePublished,
      first(metas, ['article:published_time', 'og:article:published_time', 'datepublished']),
      first(metas, ['date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.issued']),
      articleTime,
    ]
      .map(writtenDate)
      .find((d) => d !== null) ?? null;
  const url = [canonical, metas.get('og:url'), ld?.url].map((u) => resolveUrl(u, pageUrl)).find((u) => u !== null) ?? null;

  return {
    title: rawTitle ? cleanTitle(rawTitle, siteName) : null,
    published,
    url,
    siteName,
    description: first(metas, ['og:description', 'description', 'twitter:description']),
    articleBody: ld?.articleBody ?? null,
    isArticle: ld !== null || /article/i.test(metas.get('og:type') ?? ''),
    declaredTitle: collapse(ld?.headline) ?? first(metas, DECLARED_TITLE_KEYS),
    documentTitle: title,
    hasAuthor: !!ld?.hasAuthor || AUTHOR_KEYS.some((k) => metas.has(k)) || /^(?!https?:)\S/.test(metas.get('article:author') ?? ''),
  };
}
