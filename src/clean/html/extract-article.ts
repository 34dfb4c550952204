// HTML page -> the article's plain text and metadata.
//
//   1. slim the HTML (drop scripts, styles, comments) and parse it with linkedom;
//   2. read the metadata (title, date, canonical URL, JSON-LD body) before anything changes the DOM;
//   3. Readability picks the article element;
//   4. prune boilerplate elements from it (captions, link lists, share boxes ...);
//   5. turn it into paragraphs and drop the paragraphs that are not prose;
//   6. when that leaves too little, fall back on the page's JSON-LD articleBody, the densest
//      block of the page, or (for a page that says it is an article) its description.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { paragraphsOf } from './block-text.js';
import { densestBlock } from './densest-block.js';
import type { TreeElement } from './dom.js';
import { dropParagraphs } from './drop-paragraphs.js';
import { readPageMetadata, type PageMetadata } from './metadata.js';
import { pruneBoilerplate } from './prune-boilerplate.js';
import { slimHtml } from './slim-html.js';

export interface HtmlArticle {
  text: string;
  title: string | null;
  published: string | null; // YYYY-MM-DD
  url: string | null;
}

/** Below this many words the body Readability found is too little to trust. */
const ENOUGH_WORDS = 50;
/** Below this many words there is no article. */
const MIN_ARTICLE_WORDS = 20;
/** A declared JSON-LD body this many times longer than the extracted one replaces it. */
const DECLARED_BODY_FACTOR = 2;
/** The densest block needs at least this many characters of text. */
const DENSE_BLOCK_MIN_LENGTH = 200;

const wordCount = (paragraphs: readonly string[]): number =>
  paragraphs.reduce((n, p) => n + (p.match(/[\p{L}\p{N}]+/gu) ?? []).length, 0);

/** The prose paragraphs of an article element; the element is pruned in place. */
function proseOf(element: TreeElement, title: string | null): string[] {
  const whole = paragraphsOf(element);
  pruneBoilerplate(element);
  const pruned = paragraphsOf(element);
  // Pruning that took most of the text took the article for boilerplate: keep it whole.
  const paragraphs = wordCount(pruned) * 3 < wordCount(whole) ? whole : pruned;
  return dropParagraphs(paragraphs, title);
}

/** The body a page declares in JSON-LD, one paragraph a line. */
function declaredBody(meta: PageMetadata): string[] {
  return (meta.articleBody ?? '')
    .split(/\s*\n\s*/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}

function densestBlockProse(html: string, title: string | null): string[] {
  const { document } = parseHTML(slimHtml(html));
  const body = document.body as unknown as TreeElement | null;
  const block = body ? densestBlock(body, DENSE_BLOCK_MIN_LENGTH) : null;
  return block ? proseOf(block, title) : [];
}

const longest = (candidates: string[][]): string[] =>
  candidates.reduce((best, c) => (wordCount(c) > wordCount(best) ? c : best), [] as string[]);

export function extractArticle(html: string, pageUrl: string | null): HtmlArticle | { error: string } {
  const { document } = parseHTML(slimHtml(html));
  const meta = readPageMetadata(document, pageUrl);
  const readable = new Readability<TreeElement>(document as unknown as Document, {
    serializer: (el) => el as unknown as TreeElement,
    keepClasses: true, // the boilerplate rules read class names
  }).parse();
  const title = meta.title ?? (readable?.title?.replace(/\s+/g, ' ').trim() || null);

  let paragraphs = readable?.content ? proseOf(readable.content, title) : [];
  const declared = declaredBody(meta);
  if (wordCount(declared) > DECLARED_BODY_FACTOR * wordCount(paragraphs)) paragraphs = declared;
  if (wordCount(paragraphs) < ENOUGH_WORDS) {
    paragraphs = longest([paragraphs, densestBlockProse(html, title)]);
  }
  if (wordCount(paragraphs) < MIN_ARTICLE_WORDS && meta.isArticle && meta.description) {
    paragraphs = [meta.description];
  }
  if (paragraphs.length === 0 || (wordCount(paragraphs) < MIN_ARTICLE_WORDS && !meta.isArticle)) {
    return { error: 'no article text found in the page' };
  }
  return { text: paragraphs.join('\n\n'), title, published: meta.published, url: meta.url };
}
