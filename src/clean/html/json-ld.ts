// Reads the schema.org objects a page declares in <script type="application/ld+json">:
// the article's headline, dates, canonical url and sometimes its whole body.

/** The fields of a page's JSON-LD article object that the extractor uses. */
export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  url: string | null;
  articleBody: string | null;
  publisherName: string | null;
  /** The article names an author (a person or organisation with a name). */
  hasAuthor: boolean;
}

type JsonObject = Record<string, unknown>;

// "NewsArticle", "ReportageNewsArticle", "BlogPosting", "LiveBlogPosting", "Report" ...
const ARTICLE_TYPE = /Article$|^BlogPosting$|^LiveBlogPosting$|^SocialMediaPosting$|^Report$/;

const asString = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return asString(v[0]);
  return null;
};

const typesOf = (o: JsonObject): string[] => {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
};

/** Every object of a JSON-LD value, flattening arrays and @graph, depth first. */
function collectObjects(value: unknown, into: JsonObject[], depth: number): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collectObjects(v, into, depth + 1);
    return;
  }
  const o = value as JsonObject;
  into.push(o);
  if (o['@graph'] !== undefined) collectObjects(o['@graph'], into, depth + 1);
  // An article can sit under mainEntity / mainEntityOfPage of a WebPage.
  for (const k of ['mainEntity', 'mainEntityOfPage', 'hasPart']) {
    if (o[k] !== null && typeof o[k] === 'object') collectObjects(o[k], into, depth + 1);
  }
}

function parseScript(source: string): unknown {
  // Some sites wrap the JSON in HTML comments or CDATA, or leave control characters in strings.
  const cleaned = source
    .replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[)/, '')
    .replace(/(-->|\/\/\s*\]\]>)\s*$/, '')
    .replace(/[\u0000-\u001f]+/g, ' ');
  try {
    return JSON.parse(cleaned);
  } catch {
    return undefined;
  }
}

function urlOf(o: JsonObject): string | null {
  const own = asString(o.url);
  if (own) return own;
  const page = o.mainEntityOfPage;
  if (typeof page === 'string') return page.trim() || null;
  if (page && typeof page === 'object' && !Array.isArray(page)) return asString((page as JsonObject)['@id']);
  return null;
}

/** The article object of the page's JSON-LD, or null when the page declares none. */
export function readJsonLdArticle(scripts: readonly string[]): JsonLdArticle | null {
  const objects: JsonObject[] = [];
  for (const s of scripts) collectObjects(parseScript(s), objects, 0);
  const articles = objects.filter((o) => typesOf(o).some((t) => ARTICLE_TYPE.test(t)));
  if (articles.length === 0) return null;
  // The one with a body, else the first declared.
  const main = articles.find((o) => asString(o.articleBody)) ?? articles[0];
  const publisher = main.publisher;
  const publisherName =
    publisher && typeof publisher === 'object' && !Array.isArray(publisher)
      ? asString((publisher as JsonObject).name)
      : null;
  const authors = Array.isArray(main.author) ? main.author : [main.author];
  const hasAuthor = authors.some((a) => a !== null && typeof a === 'object' && typeof (a as JsonObject).name === 'string');
  return {
    headline: asString(main.headline) ?? asString(main.name),
    datePublished: asString(main.datePublished) ?? asString(main.dateCreated),
    url: urlOf(main),
    articleBody: asString(main.articleBody),
    publisherName,
    hasAuthor,
  };
}
