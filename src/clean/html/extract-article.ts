// HTML page -> the article's plain text and metadata.
//
//   1. parse the page as a browser does (parse-page.ts; scripts, styles, comments are left out of the tree);
//   2. read the metadata (title, date, canonical URL, JSON-LD body) before anything changes the tree;
//   3. Readability's scoring (readable.ts) picks the article element;
//   4. prune boilerplate elements from it (captions, link lists, share boxes ...);
//   5. turn it into paragraphs and drop the paragraphs that are not prose;
//   6. when that leaves too little, fall back on the page's JSON-LD articleBody, the densest
//      block of the page, or (for a page that says it is an article) its description;
//   7. when there is still no article, the page's visible text, with a warning: only a page
//      with no visible text at all has no article.
import { paragraphsOf } from './block-text.js';
import { densestBlock } from './densest-block.js';
import { elementsNamed, type TreeElement } from './dom.js';
import { parsePage } from './parse-page.js';
import { dropParagraphs } from './drop-paragraphs.js';
import { readPageMetadata, type PageMetadata } from './metadata.js';
import { pruneBoilerplate } from './prune-boilerplate.js';
import { readableContent, readableTitle } from './readable.js';
import { totalWords } from './word-count.js';
import { visibleParagraphs } from './visible-text.js';

export interface HtmlArticle {
  text: string;
  title: string | null;
  published: string | null; // YYYY-MM-DD
  url: string | null;
  /** Set when the text is not an article block the extractor found but the page's visible text. */
  warning?: string;
}

export const NO_ARTICLE_BLOCK = 'no article block found: the text is the visible text of the whole page';
export const NO_VISIBLE_TEXT = 'is an HTML page with no visible text';
export const swallowedWarning = (element: string) =>
  `the page's <${element}> is never closed (a quote left open in it?): a browser shows nothing; the text is what it swallowed, read as HTML`;

/** Below this many words the body Readability found is too little to trust. */
const ENOUGH_WORDS = 50;
/** Below this many words the extractor found no article block. */
const MIN_ARTICLE_WORDS = 20;
/** A declared JSON-LD body this many times longer than the extracted one replaces it. */
const DECLARED_BODY_FACTOR = 2;
/** The densest block needs at least this many characters of text. */
const DENSE_BLOCK_MIN_LENGTH = 200;

/** The prose paragraphs of an article element; the element is pruned in place. */
function proseOf(element: TreeElement, title: string | null): string[] {
  const whole = paragraphsOf(element);
  pruneBoilerplate(element);
  const pruned = paragraphsOf(element);
  // Pruning that took most of the text took the article for boilerplate: keep it whole.
  const paragraphs = totalWords(pruned) * 3 < totalWords(whole) ? whole : pruned;
  return dropParagraphs(paragraphs, title);
}

/** The body a page declares in JSON-LD, one paragraph a line. */
function declaredBody(meta: PageMetadata): string[] {
  return (meta.articleBody ?? '')
    .split(/(?<!\s)\s*\n\s*/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}

/** The prose of the densest block of a page, parsed afresh: Readability has changed the first tree. */
function densestBlockProse(html: string, title: string | null): string[] {
  const { body } = parsePage(html);
  const block = body ? densestBlock(body, DENSE_BLOCK_MIN_LENGTH) : null;
  return block ? proseOf(block, title) : [];
}

/**
 * Readability's body, unless the page declares a much longer one in JSON-LD; when that is
 * still too little, the densest block of the page if it has more, and for a page that says
 * it is an article, at worst its description.
 */
function chooseBody(readableBody: string[], html: string, meta: PageMetadata, title: string | null): string[] {
  const declared = declaredBody(meta);
  let body = totalWords(declared) > DECLARED_BODY_FACTOR * totalWords(readableBody) ? declared : readableBody;
  if (totalWords(body) < ENOUGH_WORDS) {
    const dense = densestBlockProse(html, title);
    if (totalWords(dense) > totalWords(body)) body = dense;
  }
  if (totalWords(body) < MIN_ARTICLE_WORDS && meta.isArticle && meta.description) body = [meta.description];
  return body;
}

/** A page without a title: its only <h1>, if it has just one. */
function onlyHeading(root: TreeElement): string | null {
  const h1 = elementsNamed(root, 'h1');
  return h1.length === 1 ? h1[0].textContent.replace(/\s+/g, ' ').trim() || null : null;
}

export function extractArticle(html: string, pageUrl: string | null, retry = true): HtmlArticle | { error: string } {
  const page = parsePage(html);
  const meta = readPageMetadata(page.documentElement, pageUrl);
  const title = meta.title ?? onlyHeading(page.documentElement);
  const content = readableContent(page, () => parsePage(html), {
    title: readableTitle(meta.declaredTitle, meta.documentTitle, page.documentElement),
    hasAuthor: meta.hasAuthor,
    // Below this many characters the page is read again with looser rules; under ~50 words
    // (ENOUGH_WORDS) chooseBody looks at other sources anyway.
    charThreshold: 250,
  });

  const paragraphs = chooseBody(content ? proseOf(content, title) : [], html, meta, title);
  const words = totalWords(paragraphs);
  const found = { title, published: meta.published, url: meta.url };
  if (words > 0 && (words >= MIN_ARTICLE_WORDS || meta.isArticle)) return { text: paragraphs.join('\n\n'), ...found };
  // No article block: what a reader of the page sees, rather than nothing.
  const root = parsePage(html);
  const visible = visibleParagraphs(root.body ?? root.documentElement);
  const text = (totalWords(visible) > words ? visible : paragraphs).join('\n\n');
  if (text.trim()) return { text, ...found, warning: NO_ARTICLE_BLOCK };
  // A browser shows a blank page here; the markup the element swallowed is read once more, as a page.
  const swallowed = retry ? page.swallowed() : null;
  if (swallowed) {
    const inner = extractArticle(swallowed.text, pageUrl, false);
    if (!('error' in inner)) {
      return { ...inner, title: title ?? inner.title, published: meta.published ?? inner.published, url: meta.url ?? inner.url, warning: swallowedWarning(swallowed.element) };
    }
  }
  return { error: NO_VISIBLE_TEXT };
}
