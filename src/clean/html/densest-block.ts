// The fallback body when the Readability scoring finds none: the element with the most text outside
// links, counting its own text and that of its direct child blocks ("<div><p>…</p><p>…</p></div>"
// or "<td>text<br>text</td>").
import { TEXT_NODE, textLength, type TreeElement } from './dom.js';

const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'br', 'wbr']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'head']);

/** Text length of el's own text (not in child blocks), links not counted. */
function ownText(el: TreeElement, inLink: boolean): number {
  let n = 0;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      if (!inLink) n += textLength(child);
    } else if (INLINE.has(child.localName)) {
      n += ownText(child, inLink || child.localName === 'a');
    }
  }
  return n;
}

/** The densest block under root, or null when no block has minLength characters of text. */
export function densestBlock(root: TreeElement, minLength: number): TreeElement | null {
  const own = new Map<TreeElement, number>();
  const visit = (el: TreeElement): void => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (SKIP.has(child.localName) || INLINE.has(child.localName)) continue;
      own.set(child, ownText(child, false));
      visit(child);
    }
  };
  visit(root);
  let best: TreeElement | null = null;
  let bestScore = minLength - 1;
  for (const [el, text] of own) {
    let score = text;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) score += own.get(child) ?? 0;
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}
