// RSS 2.0, RSS 1.0 (RDF) and Atom feeds -> their items, in the feed's order. fast-xml-parser
// reads the XML; this file knows where each format keeps an item's link, title, date and
// content (content:encoded, content, description, summary: the fullest first).
import { XMLParser } from 'fast-xml-parser';

export interface FeedItem {
  link: string | null;
  title: string | null;
  published: string | null; // YYYY-MM-DD
  content: string | null; // HTML or text of the item
}

type XmlNode = Record<string, unknown>;

/** The XML parser refuses elements nested deeper than this (its default, kept: no feed needs more). */
export const MAX_FEED_DEPTH = 100;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false, // a title "2024" stays a string
  htmlEntities: true, // &nbsp; and friends in descriptions
  // Atom content can be XHTML markup: kept as written instead of parsed into objects.
  stopNodes: ['*.content', '*.summary', '*.atom:content', '*.atom:summary'],
  isArray: (name) => ['item', 'entry', 'link', 'atom:entry', 'atom:link'].includes(name),
  maxNestedTags: MAX_FEED_DEPTH,
});

// What may come before the root element: a BOM, the XML declaration, processing
// instructions (stylesheets), comments and a DOCTYPE.
const PROLOG = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\]\s*)?>)*/i;
const FEED_ROOT = /^<(?:rss|(?:[\w.-]+:)?feed|(?:[\w.-]+:)?RDF)[\s>/]/i;

/** Whether the text starts like an RSS, RDF or Atom document (looks at the first 4 KB only). */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  const prolog = PROLOG.exec(head)?.[0] ?? '';
  return FEED_ROOT.test(head.slice(prolog.length));
}

/** A feed nested deeper than MAX_FEED_DEPTH: refused by the XML parser before it could overflow anything. */
export class FeedTooDeep extends Error {}

/**
 * The feed's items, or null when the text is not an RSS 2.0, RSS 1.0 (RDF) or Atom feed.
 * Throws FeedTooDeep for XML nested deeper than MAX_FEED_DEPTH.
 */
export function parseFeed(xml: string): FeedItem[] | null {
  let doc: XmlNode;
  try {
    doc = parser.parse(xml.replace(/^\uFEFF/, '')) as XmlNode;
  } catch (e) {
    if (/nested tags/i.test((e as Error).message)) throw new FeedTooDeep((e as Error).message);
    return null; // not well-formed enough to read
  }
  for (const [name, root] of Object.entries(doc)) {
    if (!isNode(root)) continue;
    if (name === 'rss') return rssItems(firstNode(root.channel)?.item);
    if (/(?:^|:)RDF$/.test(name)) return rssItems(root.item ?? firstNode(root.channel)?.item);
    if (/(?:^|:)feed$/.test(name)) return atomItems(root, name.slice(0, name.indexOf(':') + 1));
  }
  return null;
}

// ---- RSS 2.0 and RSS 1.0 -------------------------------------------------------------

function rssItems(items: unknown): FeedItem[] {
  return asArray(items).filter(isNode).map((item) => ({
    link: rssLink(item),
    title: plainTitle(textOf(item.title)),
    published: feedDate(textOf(item.pubDate) ?? textOf(item['dc:date']) ?? textOf(item['dcterms:issued'])),
    content: nonEmpty(textOf(item['content:encoded'])) ?? nonEmpty(textOf(item.description)),
  }));
}

function rssLink(item: XmlNode): string | null {
  for (const link of asArray(item.link)) {
    const href = nonEmpty(textOf(link));
    if (href) return href;
  }
  // RSS 2.0: a guid is the item's URL unless isPermaLink="false".
  const guid = item.guid;
  const guidText = nonEmpty(textOf(guid));
  if (guidText && /^https?:\/\//i.test(guidText) && !(isNode(guid) && guid['@_isPermaLink'] === 'false')) return guidText;
  return nonEmpty(typeof item['@_rdf:about'] === 'string' ? item['@_rdf:about'] : null);
}

// ---- Atom ----------------------------------------------------------------------------

function atomItems(root: XmlNode, prefix: string): FeedItem[] {
  return asArray(root[`${prefix}entry`]).filter(isNode).map((entry) => {
    const field = (name: string) => entry[prefix + name];
    const date = textOf(field('published')) ?? textOf(field('updated')) ?? textOf(field('issued')) ?? textOf(field('modified'));
    return {
      link: atomLink(asArray(field('link'))),
      title: plainTitle(textOf(field('title'))),
      published: feedDate(date),
      content: atomContent(field('content')) ?? atomContent(field('summary')),
    };
  });
}

function atomLink(links: unknown[]): string | null {
  const hrefs = links.filter(isNode).filter((l) => typeof l['@_href'] === 'string');
  const rel = (l: XmlNode) => (typeof l['@_rel'] === 'string' ? l['@_rel'] : 'alternate');
  const alternate = hrefs.filter((l) => rel(l) === 'alternate');
  const best = alternate.find((l) => l['@_type'] === undefined || /html/i.test(String(l['@_type']))) ?? alternate[0] ?? hrefs[0];
  return best ? nonEmpty(String(best['@_href'])) : null;
}

/** Atom content or summary, kept raw by the parser: XHTML as written, html and text decoded once. */
function atomContent(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const raw = typeof value === 'string' ? value : isNode(value) && typeof value['#text'] === 'string' ? value['#text'] : '';
  const type = isNode(value) && typeof value['@_type'] === 'string' ? value['@_type'] : 'text';
  return nonEmpty(/xhtml/i.test(type) ? raw : decodeRawText(raw));
}

// ---- text and dates ------------------------------------------------------------------

const isNode = (v: unknown): v is XmlNode => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const firstNode = (v: unknown): XmlNode | undefined => asArray(v).find(isNode);

function nonEmpty(s: string | null | undefined): string | null {
  const t = s?.trim();
  return t ? t : null;
}

/** The text of a parsed element: a string, its #text, or the text of its children (XHTML). */
function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    for (const v of value) {
      const t = textOf(v);
      if (t !== null) return t;
    }
    return null;
  }
  if (!isNode(value)) return null;
  if (value['#text'] !== undefined) return textOf(value['#text']);
  const parts = Object.entries(value)
    .filter(([k]) => !k.startsWith('@_'))
    .map(([, v]) => textOf(v))
    .filter((t): t is string => t !== null);
  return parts.length > 0 ? parts.join(' ') : null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Raw element text: CDATA sections as written, entities elsewhere decoded. */
function decodeRawText(raw: string): string {
  return splitCdata(raw)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeEntities(part)))
    .join('');
}

/** A title as plain text: tags of an HTML title dropped, entities left escaped decoded, spaces collapsed. */
function plainTitle(title: string | null): string | null {
  if (title === null) return null;
  return nonEmpty(decodeEntities(stripTags(title)).replace(/\s+/g, ' '));
}

/**
 * raw.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/) in one pass: text and whole sections in turn. (The
 * expression tries every later "<![CDATA[" again when one is left open: quadratic on a long line.)
 */
function splitCdata(raw: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (;;) {
    const open = raw.indexOf('<![CDATA[', from);
    const close = open < 0 ? -1 : raw.indexOf(']]>', open + 9);
    if (close < 0) break; // an open section without its end: no later one has an end either
    parts.push(raw.slice(from, open), raw.slice(open, close + 3));
    from = close + 3;
  }
  parts.push(raw.slice(from));
  return parts;
}

/** s.replace(/<[^>]*>/g, '') in one pass: each "<" up to the next ">" dropped. */
function stripTags(s: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = s.indexOf('<', from);
    const close = open < 0 ? -1 : s.indexOf('>', open + 1);
    if (close < 0) break; // no ">" after this "<", so none after a later one
    out += s.slice(from, open);
    from = close + 1;
  }
  return out + s.slice(from);
}

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
// RFC 822 zone names (and the usual North American ones) in hours from UTC.
const ZONES: Record<string, number> = { UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7 };

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * A feed date as YYYY-MM-DD: for ISO 8601 (Atom, dc:date) the date as written; for RFC 822
 * (RSS pubDate, "Tue, 19 Nov 2019 23:30:00 -0500") the UTC date of the instant it states.
 */
export function feedDate(value: string | null): string | null {
  const s = value?.trim();
  if (!s) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return validDate(+iso[1], +iso[2], +iso[3]) ? iso[0] : null;
  const rfc = /^(?:[a-z]+,?\s*)?(\d{1,2})[\s-]+([a-z]{3})[a-z]*\.?[\s-]+(\d{4}|\d{2})(?!\d)(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{2}:?\d{2}|[a-z]{1,4})?/i.exec(s);
  if (!rfc) return null;
  const month = MONTHS[rfc[2].toLowerCase()];
  let year = +rfc[3];
  if (rfc[3].length === 2) year += year < 50 ? 2000 : 1900;
  const day = +rfc[1];
  if (!month || !validDate(year, month, day)) return null;
  const zone = rfc[7] ?? 'GMT';
  let offsetMinutes = 0;
  if (/^[+-]/.test(zone)) {
    const digits = zone.replace(':', '');
    offsetMinutes = (zone[0] === '-' ? -1 : 1) * (+digits.slice(1, 3) * 60 + +digits.slice(3, 5));
  } else {
    offsetMinutes = (ZONES[zone.toUpperCase()] ?? 0) * 60;
  }
  const instant = Date.UTC(year, month - 1, day, +(rfc[4] ?? 0), +(rfc[5] ?? 0), +(rfc[6] ?? 0)) - offsetMinutes * 60_000;
  const utc = new Date(instant);
  return `${utc.getUTCFullYear()}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}`;
}
