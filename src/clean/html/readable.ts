// Picks the element of a page that holds the article: a port of the content-scoring part of
// Mozilla Readability 0.6 (Apache License 2.0, © 2010 Arc90 Inc; see NOTICE) to the small
// DOM of dom.ts. What is kept is what decides which text is the article:
//   - hidden nodes, dialogs, the first byline, the header repeating the title and "unlikely
//     candidates" (comment, sidebar, related ... in class or id) are dropped;
//   - <div>s holding only phrasing content count as paragraphs;
//   - every paragraph scores 1 + its commas + a point per 100 characters (up to 3), given to
//     its parent in full, its grandparent by half and further ancestors by level × 3;
//   - a candidate's score is scaled by 1 − its link density; the best one is moved up the
//     tree while that finds more content, and its siblings that score well join it;
//   - the result is cleaned "conditionally" of link lists, forms, image boxes, share widgets;
//   - with under charThreshold characters it is tried again with looser rules.
// Left out, as they change no text: URL fixing, style and class cleaning, lazy images,
// text direction and the excerpt. Text lengths are counted, not built (dom.ts textLength),
// and a page is re-parsed for a retry instead of re-serialised.
import { ELEMENT_NODE, TEXT_NODE, TreeElement, elementsNamed, hasText, isSpace, textLength, type ParsedPage, type TreeNode } from './dom.js';
import { matchesOf } from '../../doc/matches.js';

const FLAG_STRIP_UNLIKELYS = 1;
const FLAG_WEIGHT_CLASSES = 2;
const FLAG_CLEAN_CONDITIONALLY = 4;

const UNLIKELY_CANDIDATES =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE_CANDIDATE = /and|article|body|column|content|main|shadow/i;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
const BYLINE = /byline|author|dateline|writtenby|p-author/i;
const VIDEOS = /\/\/(www\.)?((dailymotion|youtube|youtube-nocookie|player\.vimeo|v\.qq)\.com|(archive|upload\.wikimedia)\.org|player\.twitch\.tv)/i;
const SHARE_ELEMENTS = /(\b|_)(share|sharedaddy)(\b|_)/i;
const COMMAS = /\u002C|\u060C|\uFE50|\uFE10|\uFE11|\u2E41|\u2E34|\u2E32|\uFF0C/g;
const AD_WORDS = /^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$/iu;
const LOADING_WORDS = /^((loading|正在加载|Загрузка|chargement|cargando)(…|\.\.\.)?)$/iu;
const IMAGE_FILE = /\.(jpg|jpeg|png|webp)/i;

const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);
const TAGS_TO_SCORE = new Set(['section', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'pre']);
const DIV_TO_P_ELEMS = new Set(['blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul']);
const ALTER_TO_DIV_EXCEPTIONS = new Set(['div', 'article', 'section', 'p', 'ol', 'ul']);
const EMPTY_IF_NO_CONTENT = new Set(['div', 'section', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const PHRASING_ELEMS = new Set([
  'abbr', 'audio', 'b', 'bdo', 'br', 'button', 'cite', 'code', 'data', 'datalist', 'dfn', 'em', 'embed', 'i', 'img', 'input',
  'kbd', 'label', 'mark', 'math', 'meter', 'noscript', 'object', 'output', 'progress', 'q', 'ruby', 'samp', 'script', 'select',
  'small', 'span', 'strong', 'sub', 'sup', 'textarea', 'time', 'var', 'wbr',
]);
const TEXTISH_TAGS = new Set(['span', 'li', 'td', ...DIV_TO_P_ELEMS]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const EMBEDS = new Set(['object', 'embed', 'iframe']);
const N_TOP_CANDIDATES = 5;
const MINIMUM_TOPCANDIDATES = 3;
const SHARE_ELEMENT_THRESHOLD = 500;

export interface ReadableOptions {
  /** The page's title, for dropping the header that repeats it. */
  title: string | null;
  /** Whether the page names its author in its metadata (then no byline is looked for). */
  hasAuthor: boolean;
  /** Below this many characters of text the page is tried again with looser rules. */
  charThreshold: number;
}

/**
 * The article element of the page: a <div> holding what Readability would keep, or null when
 * nothing is found. `page` is changed; `reparse` gives a fresh copy for a retry.
 */
export function readableContent(page: ParsedPage, reparse: () => ParsedPage, options: ReadableOptions): TreeElement | null {
  const attempts: { content: TreeElement; length: number }[] = [];
  const state: GrabState = { flags: FLAG_STRIP_UNLIKELYS | FLAG_WEIGHT_CLASSES | FLAG_CLEAN_CONDITIONALLY, bylineFound: options.hasAuthor, bodyScored: false };
  let current: ParsedPage | null = page;
  for (;;) {
    const doc: ParsedPage = current ?? reparse();
    current = null;
    if (!doc.body) return null;
    prepDocument(doc);
    const content = new Grabber(doc, doc.body, options.title, state).grab();
    const length = textLength(content);
    if (length >= options.charThreshold) return content;
    attempts.push({ content, length });
    if (state.flags & FLAG_STRIP_UNLIKELYS) state.flags &= ~FLAG_STRIP_UNLIKELYS;
    else if (state.flags & FLAG_WEIGHT_CLASSES) state.flags &= ~FLAG_WEIGHT_CLASSES;
    else if (state.flags & FLAG_CLEAN_CONDITIONALLY) state.flags &= ~FLAG_CLEAN_CONDITIONALLY;
    else {
      // The longest of the attempts; the first of equals, as a stable sort leaves it.
      const best = attempts.reduce((a, b) => (b.length > a.length ? b : a));
      return best.length ? best.content : null;
    }
  }
}

/**
 * The title Readability compares headers with: the declared one, else the document's <title>
 * without a site-name part (Readability's _getArticleTitle).
 */
export function readableTitle(declared: string | null, documentTitle: string | null, root: TreeElement): string {
  if (declared) return declared;
  const original = (documentTitle ?? '').trim();
  let title = original;
  let hierarchical = false;
  const words = (s: string) => s.split(/\s+/).length;
  if (/ [|\-\\/>»] /.test(title)) {
    hierarchical = / [\\/>»] /.test(title);
    const separators = [...matchesOf(original, / [|\-\\/>»] /gi)];
    title = original.substring(0, separators[separators.length - 1].index);
    if (words(title) < 3) title = original.replace(/^[^|\-\\/>»]*[|\-\\/>»]/gi, '');
  } else if (title.includes(': ')) {
    const headings = elementsNamed(root, new Set(['h1', 'h2']));
    if (!headings.some((h) => h.textContent.trim() === title.trim())) {
      title = original.substring(original.lastIndexOf(':') + 1);
      if (words(title) < 3) title = original.substring(original.indexOf(':') + 1);
      else if (words(original.substring(0, original.indexOf(':'))) > 5) title = original;
    }
  } else if (title.length > 150 || title.length < 15) {
    const h1s = elementsNamed(root, 'h1');
    if (h1s.length === 1) title = innerText(h1s[0]);
  }
  title = title.trim().replace(/\s{2,}/g, ' ');
  const count = words(title);
  if (count <= 4 && (!hierarchical || count !== words(original.replace(/[|\-\\/>»]+/g, '')) - 1)) title = original;
  return title;
}

// ---------------------------------------------------------------------------------------------
// Preparing the document

/** Scripts, styles and images with no source go; <br><br> runs become paragraphs; <font> is a <span>. */
function prepDocument(doc: ParsedPage): void {
  for (const el of elementsNamed(doc.documentElement, new Set(['script', 'noscript', 'style']))) el.remove();
  for (const img of elementsNamed(doc.documentElement, 'img')) {
    const keep = Object.entries(img.attributes).some(
      ([name, value]) => name === 'src' || name === 'srcset' || name === 'data-src' || name === 'data-srcset' || IMAGE_FILE.test(value),
    );
    if (!keep) img.remove();
  }
  if (doc.body) replaceBrs(doc.body);
  for (const font of elementsNamed(doc.documentElement, 'font')) font.localName = 'span';
}

const isElement = (n: TreeNode | null, name: string): n is TreeElement => !!n && n.nodeType === ELEMENT_NODE && n.localName === name;

function isWhitespaceText(n: TreeNode): boolean {
  return n.nodeType === TEXT_NODE && !hasText(n);
}

/** From node on, the first node that is an element or text with more than spaces. */
function nextNode(node: TreeNode | null): TreeNode | null {
  let next = node;
  while (next && next.nodeType !== ELEMENT_NODE && isWhitespaceText(next)) next = next.nextSibling;
  return next;
}

function isWhitespace(n: TreeNode): boolean {
  return isWhitespaceText(n) || isElement(n, 'br');
}

function isPhrasingContent(n: TreeNode): boolean {
  if (n.nodeType === TEXT_NODE) return true;
  if (PHRASING_ELEMS.has(n.localName)) return true;
  if (n.localName === 'a' || n.localName === 'del' || n.localName === 'ins') {
    for (let c = n.firstChild; c; c = c.nextSibling) if (!isPhrasingContent(c)) return false;
    return true;
  }
  return false;
}

/** "foo<br>bar<br> <br><br>abc" -> "foo<br>bar<p>abc</p>". */
function replaceBrs(body: TreeElement): void {
  for (const br of elementsNamed(body, 'br')) {
    let next: TreeNode | null = br.nextSibling;
    let replaced = false;
    while ((next = nextNode(next)) && isElement(next, 'br')) {
      replaced = true;
      const brSibling: TreeNode | null = next.nextSibling;
      next.remove();
      next = brSibling;
    }
    if (!replaced || !br.parentElement) continue;
    const p = new TreeElement('p');
    const parent = br.parentElement;
    parent.replaceChild(p, br);
    next = p.nextSibling;
    while (next) {
      if (isElement(next, 'br')) {
        const nextElem = nextNode(next.nextSibling);
        if (nextElem && isElement(nextElem, 'br')) break;
      }
      if (!isPhrasingContent(next)) break;
      const sibling: TreeNode | null = next.nextSibling;
      p.appendChild(next);
      next = sibling;
    }
    while (p.lastChild && isWhitespace(p.lastChild)) p.lastChild.remove();
    if (p.parentElement?.localName === 'p') p.parentElement.localName = 'div';
  }
}

// ---------------------------------------------------------------------------------------------
// Walking and measuring

/** The next element in document order; with ignoreSelfAndKids, the next one after node's subtree. */
function nextElement(node: TreeElement, ignoreSelfAndKids = false): TreeElement | null {
  if (!ignoreSelfAndKids) {
    const child = node.firstElementChild;
    if (child) return child;
  }
  let n: TreeElement | null = node;
  while (n) {
    const sibling = n.nextElementSibling;
    if (sibling) return sibling;
    n = n.parentElement;
  }
  return null;
}

function removeAndGetNext(node: TreeElement): TreeElement | null {
  const next = nextElement(node, true);
  node.remove();
  return next;
}

function ancestorsOf(node: TreeElement, maxDepth = 0): TreeElement[] {
  const out: TreeElement[] = [];
  for (let p = node.parentElement; p; p = p.parentElement) {
    out.push(p);
    if (maxDepth && out.length === maxDepth) break;
  }
  return out;
}

function hasAncestorTag(node: TreeElement, tag: string, maxDepth = 3, filter?: (el: TreeElement) => boolean): boolean {
  let depth = 0;
  for (let n = node; n.parentElement; n = n.parentElement, depth++) {
    if (maxDepth > 0 && depth > maxDepth) return false;
    if (n.parentElement.localName === tag && (!filter || filter(n.parentElement))) return true;
  }
  return false;
}

/** The text Readability reads: trimmed, runs of two or more spaces made one. */
function innerText(el: TreeElement): string {
  return el.textContent.trim().replace(/\s{2,}/g, ' ');
}

function linkDensity(el: TreeElement): number {
  const length = textLength(el);
  if (length === 0) return 0;
  let linked = 0;
  for (const a of elementsNamed(el, 'a')) {
    const href = a.getAttribute('href');
    linked += textLength(a) * (href && /^#.+/.test(href) ? 0.3 : 1);
  }
  return linked / length;
}

/** Share of el's text inside its descendants named in tags (nested ones counted again, as Readability does). */
function textDensity(el: TreeElement, tags: ReadonlySet<string>): number {
  const length = textLength(el);
  if (length === 0) return 0;
  let inside = 0;
  for (const child of elementsNamed(el, tags)) inside += textLength(child);
  return inside / length;
}

function hasSingleTagInside(el: TreeElement, tag: string): boolean {
  let only: TreeElement | null = null;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === TEXT_NODE) {
      if (n.data.length > 0 && !isSpace(n.data.charCodeAt(n.data.length - 1))) return false;
    } else if (only) return false;
    else only = n;
  }
  return !!only && only.localName === tag;
}

function hasChildBlockElement(el: TreeElement): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === ELEMENT_NODE && (DIV_TO_P_ELEMS.has(n.localName) || hasChildBlockElement(n))) return true;
  }
  return false;
}

function isElementWithoutContent(el: TreeElement): boolean {
  if (hasText(el)) return false;
  const children = el.childElementCount;
  return children === 0 || children === elementsNamed(el, 'br').length + elementsNamed(el, 'hr').length;
}

function isProbablyVisible(el: TreeElement): boolean {
  const style = el.getAttribute('style');
  if (style && (/(?:^|;)\s*display\s*:\s*none\s*(?:;|$)/.test(style) || /(?:^|;)\s*visibility\s*:\s*hidden\s*(?:;|$)/.test(style))) return false;
  if (el.hasAttribute('hidden')) return false;
  return el.getAttribute('aria-hidden') !== 'true' || el.className.includes('fallback-image');
}

function isValidByline(el: TreeElement, matchString: string): boolean {
  const itemprop = el.getAttribute('itemprop');
  if (!(el.getAttribute('rel') === 'author' || (!!itemprop && itemprop.includes('author')) || BYLINE.test(matchString))) return false;
  // (The text only of an element that may be a byline: building it for every element walked each subtree again.)
  const length = el.textContent.trim().length;
  return length > 0 && length < 100;
}

/** 1 = the same words, 0 = none in common (Readability's _textSimilarity). */
function textSimilarity(a: string, b: string): number {
  const tokensA = a.toLowerCase().split(/\W+/g).filter(Boolean);
  const tokensB = b.toLowerCase().split(/\W+/g).filter(Boolean);
  if (!tokensA.length || !tokensB.length) return 0;
  const uniqB = tokensB.filter((t) => !tokensA.includes(t));
  return 1 - uniqB.join(' ').length / tokensB.join(' ').length;
}

// ---------------------------------------------------------------------------------------------
// Scoring and choosing

/** What carries over from one attempt at a page to the next. */
interface GrabState {
  flags: number;
  /** A byline was dropped, or the metadata names the author: no (other) byline is dropped. */
  bylineFound: boolean;
  /**
   * The body was scored in an earlier attempt. Readability restores the body's content for a
   * retry but not the body itself, which keeps its score: it is then never a candidate.
   */
  bodyScored: boolean;
}

class Grabber {
  private readonly scores = new Map<TreeElement, number>();
  private readonly dataTables = new Set<TreeElement>();

  private readonly flags: number;

  constructor(
    private readonly doc: ParsedPage,
    private readonly page: TreeElement,
    private readonly title: string | null,
    private readonly state: GrabState,
  ) {
    this.flags = state.flags;
    if (state.bodyScored) this.initialize(page);
  }

  private classWeight(el: TreeElement): number {
    if (!(this.flags & FLAG_WEIGHT_CLASSES)) return 0;
    let weight = 0;
    const className = el.className;
    if (className) {
      if (NEGATIVE.test(className)) weight -= 25;
      if (POSITIVE.test(className)) weight += 25;
    }
    const id = el.id;
    if (id) {
      if (NEGATIVE.test(id)) weight -= 25;
      if (POSITIVE.test(id)) weight += 25;
    }
    return weight;
  }

  private initialize(el: TreeElement): void {
    let score = 0;
    switch (el.localName) {
      case 'div': score += 5; break;
      case 'pre': case 'td': case 'blockquote': score += 3; break;
      case 'address': case 'ol': case 'ul': case 'dl': case 'dd': case 'dt': case 'li': case 'form': score -= 3; break;
      case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th': score -= 5; break;
    }
    this.scores.set(el, score + this.classWeight(el));
  }

  private headerDuplicatesTitle(el: TreeElement): boolean {
    if (el.localName !== 'h1' && el.localName !== 'h2') return false;
    return textSimilarity(this.title ?? '', el.textContent.trim()) > 0.75;
  }

  /** The first pass: drops what cannot be content and lists the elements to score. */
  private prepareNodes(): TreeElement[] {
    const toScore: TreeElement[] = [];
    const stripUnlikelys = !!(this.flags & FLAG_STRIP_UNLIKELYS);
    let shouldRemoveTitleHeader = true;
    let node: TreeElement | null = this.doc.documentElement;
    while (node) {
      const matchString = `${node.className} ${node.id}`;
      if (!isProbablyVisible(node) || (node.getAttribute('aria-modal') === 'true' && node.getAttribute('role') === 'dialog')) {
        node = removeAndGetNext(node);
        continue;
      }
      if (!this.state.bylineFound && isValidByline(node, matchString)) {
        this.state.bylineFound = true;
        node = removeAndGetNext(node);
        continue;
      }
      if (shouldRemoveTitleHeader && this.headerDuplicatesTitle(node)) {
        shouldRemoveTitleHeader = false;
        node = removeAndGetNext(node);
        continue;
      }
      if (stripUnlikelys) {
        if (
          UNLIKELY_CANDIDATES.test(matchString) && !MAYBE_CANDIDATE.test(matchString) &&
          !hasAncestorTag(node, 'table') && !hasAncestorTag(node, 'code') && node.localName !== 'body' && node.localName !== 'a'
        ) {
          node = removeAndGetNext(node);
          continue;
        }
        if (UNLIKELY_ROLES.has(node.getAttribute('role') ?? '')) {
          node = removeAndGetNext(node);
          continue;
        }
      }
      if (EMPTY_IF_NO_CONTENT.has(node.localName) && isElementWithoutContent(node)) {
        node = removeAndGetNext(node);
        continue;
      }
      if (TAGS_TO_SCORE.has(node.localName)) toScore.push(node);
      if (node.localName === 'div') node = this.divToParagraphs(node, toScore);
      node = nextElement(node);
    }
    return toScore;
  }

  /** Phrasing runs of a <div> go into paragraphs; a <div> that is a paragraph becomes a <p>. */
  private divToParagraphs(div: TreeElement, toScore: TreeElement[]): TreeElement {
    let p: TreeElement | null = null;
    let child = div.firstChild;
    while (child) {
      const next: TreeNode | null = child.nextSibling;
      if (isPhrasingContent(child)) {
        if (p !== null) p.appendChild(child);
        else if (!isWhitespace(child)) {
          p = new TreeElement('p');
          div.replaceChild(p, child);
          p.appendChild(child);
        }
      } else if (p !== null) {
        while (p.lastChild && isWhitespace(p.lastChild)) p.lastChild.remove();
        p = null;
      }
      child = next;
    }
    if (hasSingleTagInside(div, 'p') && linkDensity(div) < 0.25) {
      const only = div.firstElementChild!;
      div.parentElement?.replaceChild(only, div);
      toScore.push(only);
      return only;
    }
    if (!hasChildBlockElement(div)) {
      div.localName = 'p';
      toScore.push(div);
    }
    return div;
  }

  /** Scores the paragraphs into their ancestors; returns the candidates in the order met. */
  private scoreParagraphs(toScore: TreeElement[]): TreeElement[] {
    const candidates: TreeElement[] = [];
    for (const el of toScore) {
      if (!el.parentElement) continue;
      const text = innerText(el);
      if (text.length < 25) continue;
      const ancestors = ancestorsOf(el, 5);
      if (ancestors.length === 0) continue;
      const score = 1 + text.split(COMMAS).length + Math.min(Math.floor(text.length / 100), 3);
      ancestors.forEach((ancestor, level) => {
        if (!ancestor.parentElement) return;
        if (!this.scores.has(ancestor)) {
          this.initialize(ancestor);
          candidates.push(ancestor);
        }
        const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
        this.scores.set(ancestor, this.scores.get(ancestor)! + score / divider);
      });
    }
    return candidates;
  }

  grab(): TreeElement {
    const toScore = this.prepareNodes();
    const candidates = this.scoreParagraphs(toScore);
    if (this.scores.has(this.page)) this.state.bodyScored = true;
    const scores = this.scores;
    const score = (el: TreeElement): number => scores.get(el) ?? 0;

    const top: TreeElement[] = [];
    for (const candidate of candidates) {
      const scaled = score(candidate) * (1 - linkDensity(candidate));
      scores.set(candidate, scaled);
      for (let t = 0; t < N_TOP_CANDIDATES; t++) {
        if (!top[t] || scaled > score(top[t])) {
          top.splice(t, 0, candidate);
          if (top.length > N_TOP_CANDIDATES) top.pop();
          break;
        }
      }
    }

    let topCandidate: TreeElement | null = top[0] ?? null;
    if (topCandidate === null || topCandidate.localName === 'body') {
      // No candidate: the whole page, in a <div> of its own.
      topCandidate = new TreeElement('div');
      while (this.page.firstChild) topCandidate.appendChild(this.page.firstChild);
      this.page.appendChild(topCandidate);
      this.initialize(topCandidate);
    } else {
      // A common ancestor of three or more near-best candidates holds the article.
      const alternatives = top.slice(1).filter((c) => score(c) / score(topCandidate!) >= 0.75).map((c) => ancestorsOf(c));
      if (alternatives.length >= MINIMUM_TOPCANDIDATES) {
        for (let parent = topCandidate.parentElement; parent && parent.localName !== 'body'; parent = parent.parentElement) {
          let containing = 0;
          for (let i = 0; i < alternatives.length && containing < MINIMUM_TOPCANDIDATES; i++) containing += Number(alternatives[i].includes(parent));
          if (containing >= MINIMUM_TOPCANDIDATES) {
            topCandidate = parent;
            break;
          }
        }
      }
      if (!scores.has(topCandidate)) this.initialize(topCandidate);
      // A parent scoring higher than its child, not far up, has more of the content.
      let lastScore = score(topCandidate);
      const threshold = lastScore / 3;
      for (let parent = topCandidate.parentElement; parent && parent.localName !== 'body'; parent = parent.parentElement) {
        if (!scores.has(parent)) continue;
        const parentScore = score(parent);
        if (parentScore < threshold) break;
        if (parentScore > lastScore) {
          topCandidate = parent;
          break;
        }
        lastScore = parentScore;
      }
      // An only child: its parent, so that the siblings below are the parent's.
      for (let parent = topCandidate.parentElement; parent && parent.localName !== 'body' && parent.childElementCount === 1; parent = parent.parentElement) {
        topCandidate = parent;
      }
      if (!scores.has(topCandidate)) this.initialize(topCandidate);
    }

    const content = this.gatherSiblings(topCandidate);
    this.prepArticle(content);
    const page = new TreeElement('div', { id: 'readability-page-1', class: 'page' });
    while (content.firstChild) page.appendChild(content.firstChild);
    content.appendChild(page);
    return content;
  }

  /** The top candidate with the siblings that look like part of the same article. */
  private gatherSiblings(topCandidate: TreeElement): TreeElement {
    const content = new TreeElement('div');
    const parent = topCandidate.parentElement;
    if (!parent) {
      content.appendChild(topCandidate);
      return content;
    }
    const topScore = this.scores.get(topCandidate) ?? 0;
    const threshold = Math.max(10, topScore * 0.2);
    for (const sibling of parent.children) {
      let append = false;
      if (sibling === topCandidate) append = true;
      else {
        const bonus = sibling.className === topCandidate.className && topCandidate.className !== '' ? topScore * 0.2 : 0;
        const siblingScore = this.scores.get(sibling);
        if (siblingScore !== undefined && siblingScore + bonus >= threshold) append = true;
        else if (sibling.localName === 'p') {
          const density = linkDensity(sibling);
          const text = innerText(sibling);
          if (text.length > 80 && density < 0.25) append = true;
          else if (text.length < 80 && text.length > 0 && density === 0 && text.search(/\.( |$)/) !== -1) append = true;
        }
      }
      if (!append) continue;
      if (!ALTER_TO_DIV_EXCEPTIONS.has(sibling.localName)) sibling.localName = 'div';
      content.appendChild(sibling);
    }
    return content;
  }

  // -------------------------------------------------------------------------------------------
  // Cleaning the article

  private prepArticle(content: TreeElement): void {
    this.markDataTables(content);
    this.cleanConditionally(content, 'form');
    this.cleanConditionally(content, 'fieldset');
    for (const tag of ['object', 'embed', 'footer', 'link', 'aside']) clean(content, tag);
    for (const child of content.children) {
      const end = nextElement(child, true);
      let next = nextElement(child);
      while (next && next !== end) {
        if (SHARE_ELEMENTS.test(`${next.className} ${next.id}`) && next.textContent.length < SHARE_ELEMENT_THRESHOLD) next = removeAndGetNext(next);
        else next = nextElement(next);
      }
    }
    for (const tag of ['iframe', 'input', 'textarea', 'select', 'button']) clean(content, tag);
    for (const heading of elementsNamed(content, new Set(['h1', 'h2'])).reverse()) if (this.classWeight(heading) < 0) heading.remove();
    this.cleanConditionally(content, 'table');
    this.cleanConditionally(content, 'ul');
    this.cleanConditionally(content, 'div');
    for (const h1 of elementsNamed(content, 'h1')) h1.localName = 'h2';
    for (const p of elementsNamed(content, 'p').reverse()) {
      if (!p.parentElement) continue;
      if (elementsNamed(p, new Set(['img', 'embed', 'object', 'iframe'])).length === 0 && p.textContent.trim() === '') p.remove();
    }
    for (const br of elementsNamed(content, 'br')) {
      const next = nextNode(br.nextSibling);
      if (next && isElement(next, 'p')) br.remove();
    }
    // A table of one cell is that cell.
    for (const table of elementsNamed(content, 'table')) {
      const body = hasSingleTagInside(table, 'tbody') ? table.firstElementChild! : table;
      if (!hasSingleTagInside(body, 'tr')) continue;
      const row = body.firstElementChild!;
      if (!hasSingleTagInside(row, 'td')) continue;
      const cell = row.firstElementChild!;
      let phrasing = true;
      for (let n = cell.firstChild; n && phrasing; n = n.nextSibling) phrasing = isPhrasingContent(n);
      cell.localName = phrasing ? 'p' : 'div';
      table.parentElement?.replaceChild(cell, table);
    }
  }

  private markDataTables(root: TreeElement): void {
    for (const table of elementsNamed(root, 'table')) {
      if (table.getAttribute('role') === 'presentation' || table.getAttribute('datatable') === '0') continue;
      if (table.getAttribute('summary')) {
        this.dataTables.add(table);
        continue;
      }
      const caption = elementsNamed(table, 'caption')[0];
      if (caption && caption.firstChild) {
        this.dataTables.add(table);
        continue;
      }
      if (elementsNamed(table, new Set(['col', 'colgroup', 'tfoot', 'thead', 'th'])).length > 0) {
        this.dataTables.add(table);
        continue;
      }
      if (elementsNamed(table, 'table').length > 0) continue;
      let rows = 0;
      let columns = 0;
      for (const tr of elementsNamed(table, 'tr')) {
        rows += parseInt(tr.getAttribute('rowspan') ?? '', 10) || 1;
        let inRow = 0;
        for (const td of elementsNamed(tr, 'td')) inRow += parseInt(td.getAttribute('colspan') ?? '', 10) || 1;
        columns = Math.max(columns, inRow);
      }
      if (columns === 1 || rows === 1) continue;
      if (rows >= 10 || columns > 4 || rows * columns > 10) this.dataTables.add(table);
    }
  }

  /** Removes the elements named tag under root that look like anything but prose. */
  private cleanConditionally(root: TreeElement, tag: string): void {
    if (!(this.flags & FLAG_CLEAN_CONDITIONALLY)) return;
    const nodes = elementsNamed(root, tag);
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i];
      if (node.parentElement && this.shouldClean(node, tag)) node.remove();
    }
  }

  private shouldClean(node: TreeElement, tag: string): boolean {
    const isData = (t: TreeElement) => this.dataTables.has(t);
    const length = textLength(node);
    let isList = tag === 'ul' || tag === 'ol';
    if (!isList) {
      let listLength = 0;
      for (const list of elementsNamed(node, new Set(['ul', 'ol']))) listLength += textLength(list);
      isList = listLength / length > 0.9;
    }
    if (tag === 'table' && isData(node)) return false;
    if (hasAncestorTag(node, 'table', -1, isData)) return false;
    if (hasAncestorTag(node, 'code')) return false;
    if (elementsNamed(node, 'table').some(isData)) return false;

    const weight = this.classWeight(node);
    if (weight < 0) return true;
    const text = innerText(node);
    if (text.split(',').length - 1 >= 10) return false;

    const p = elementsNamed(node, 'p').length;
    const img = elementsNamed(node, 'img').length;
    const li = elementsNamed(node, 'li').length - 100;
    const input = elementsNamed(node, 'input').length;
    const headingDensity = textDensity(node, HEADINGS);
    let embedCount = 0;
    for (const embed of elementsNamed(node, EMBEDS)) {
      if (Object.values(embed.attributes).some((v) => VIDEOS.test(v))) return false;
      embedCount++;
    }
    if (AD_WORDS.test(text) || LOADING_WORDS.test(text)) return true;
    const contentLength = text.length;
    const density = linkDensity(node);
    const textish = textDensity(node, TEXTISH_TAGS);
    const isFigureChild = hasAncestorTag(node, 'figure');

    const remove =
      (!isFigureChild && img > 1 && p / img < 0.5) ||
      (!isList && li > p) ||
      input > Math.floor(p / 3) ||
      (!isList && !isFigureChild && headingDensity < 0.9 && contentLength < 25 && (img === 0 || img > 2) && density > 0) ||
      (!isList && weight < 25 && density > 0.2) ||
      (weight >= 25 && density > 0.5) ||
      (embedCount === 1 && contentLength < 75) ||
      embedCount > 1 ||
      (img === 0 && textish === 0);

    // A simple list of images stays.
    if (isList && remove) {
      for (const child of node.children) if (child.childElementCount > 1) return remove;
      if (img === elementsNamed(node, 'li').length) return false;
    }
    return remove;
  }
}

/** Removes every element named tag under root, except embedded videos. */
function clean(root: TreeElement, tag: string): void {
  const isEmbed = EMBEDS.has(tag);
  const nodes = elementsNamed(root, tag);
  for (let i = nodes.length - 1; i >= 0; i--) {
    const el = nodes[i];
    if (isEmbed && Object.values(el.attributes).some((v) => VIDEOS.test(v))) continue;
    el.remove();
  }
}
