// A small DOM for the article extractor: elements and text nodes in a linked tree, built by
// parse-page.ts from parse5's HTML5 tree builder. A general-purpose DOM builds an object, an
// event target and attribute nodes for every node; this one builds what the cleaning rules
// read, which is most of the extractor's speed. Comments, doctypes and processing
// instructions are not kept.

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export type TreeNode = TreeElement | TreeText;

abstract class NodeBase {
  parentElement: TreeElement | null = null;
  previousSibling: TreeNode | null = null;
  nextSibling: TreeNode | null = null;

  /** Takes the node out of the tree (a no-op for a node that is not in one). */
  remove(this: TreeNode): void {
    const parent = this.parentElement;
    if (!parent) return;
    if (this.previousSibling) this.previousSibling.nextSibling = this.nextSibling;
    else parent.firstChild = this.nextSibling;
    if (this.nextSibling) this.nextSibling.previousSibling = this.previousSibling;
    else parent.lastChild = this.previousSibling;
    this.parentElement = this.previousSibling = this.nextSibling = null;
  }
}

/** How a text counts in a trimmed, space-collapsed length (see textLength). */
interface TextMeasure {
  /** The string measured: a changed `data` is measured again. */
  data: string;
  /** Characters once trimmed and collapsed; 0 for spaces only. */
  inner: number;
  startsWithSpace: boolean;
  endsWithSpace: boolean;
}

export class TreeText extends NodeBase {
  readonly nodeType = TEXT_NODE;
  readonly localName = undefined;
  /** Kept because the scoring measures the same text once for every ancestor: a long text under deep nesting would cost depth x length. */
  private measured: TextMeasure | null = null;
  constructor(public data: string) {
    super();
  }
  get textContent(): string {
    return this.data;
  }
  measure(): TextMeasure {
    if (this.measured?.data === this.data) return this.measured;
    const s = this.data;
    let inner = 0;
    let pendingSpace = false;
    for (let i = 0; i < s.length; i++) {
      if (isSpace(s.charCodeAt(i))) pendingSpace = true;
      else {
        if (pendingSpace && inner > 0) inner++;
        pendingSpace = false;
        inner++;
      }
    }
    this.measured = { data: s, inner, startsWithSpace: s.length > 0 && isSpace(s.charCodeAt(0)), endsWithSpace: pendingSpace };
    return this.measured;
  }
}

export class TreeElement extends NodeBase {
  readonly nodeType = ELEMENT_NODE;
  firstChild: TreeNode | null = null;
  lastChild: TreeNode | null = null;

  constructor(
    public localName: string,
    readonly attributes: Record<string, string> = {},
  ) {
    super();
  }

  get className(): string {
    return this.getAttribute('class') ?? '';
  }
  get id(): string {
    return this.getAttribute('id') ?? '';
  }
  getAttribute(name: string): string | null {
    const value = Object.hasOwn(this.attributes, name) ? this.attributes[name] : undefined;
    return typeof value === 'string' ? value : null;
  }
  hasAttribute(name: string): boolean {
    return this.getAttribute(name) !== null;
  }

  get firstElementChild(): TreeElement | null {
    let n = this.firstChild;
    while (n && n.nodeType !== ELEMENT_NODE) n = n.nextSibling;
    return n;
  }
  get nextElementSibling(): TreeElement | null {
    let n = this.nextSibling;
    while (n && n.nodeType !== ELEMENT_NODE) n = n.nextSibling;
    return n;
  }
  /** The element children, as a fresh array. */
  get children(): TreeElement[] {
    const out: TreeElement[] = [];
    for (let n = this.firstChild; n; n = n.nextSibling) if (n.nodeType === ELEMENT_NODE) out.push(n);
    return out;
  }
  get childElementCount(): number {
    let count = 0;
    for (let n = this.firstChild; n; n = n.nextSibling) if (n.nodeType === ELEMENT_NODE) count++;
    return count;
  }

  /** Appends node as the last child, taking it out of where it was. */
  appendChild(node: TreeNode): TreeNode {
    node.remove();
    node.parentElement = this;
    node.previousSibling = this.lastChild;
    if (this.lastChild) this.lastChild.nextSibling = node;
    else this.firstChild = node;
    this.lastChild = node;
    return node;
  }
  /** Inserts node just before reference, a child of this element, taking node out of where it was. */
  insertBefore(node: TreeNode, reference: TreeNode): void {
    if (node === reference || reference.parentElement !== this) return;
    node.remove();
    node.parentElement = this;
    node.previousSibling = reference.previousSibling;
    node.nextSibling = reference;
    if (reference.previousSibling) reference.previousSibling.nextSibling = node;
    else this.firstChild = node;
    reference.previousSibling = node;
  }
  /** Puts node where child is; child leaves the tree. */
  replaceChild(node: TreeNode, child: TreeNode): void {
    if (node === child || child.parentElement !== this) return;
    node.remove();
    node.parentElement = this;
    node.previousSibling = child.previousSibling;
    node.nextSibling = child.nextSibling;
    if (child.previousSibling) child.previousSibling.nextSibling = node;
    else this.firstChild = node;
    if (child.nextSibling) child.nextSibling.previousSibling = node;
    else this.lastChild = node;
    child.parentElement = child.previousSibling = child.nextSibling = null;
  }

  /** All the text under the element, as written (no spaces added between blocks). */
  get textContent(): string {
    const parts: string[] = [];
    collectText(this, parts);
    return parts.join('');
  }
}

function collectText(el: TreeElement, parts: string[]): void {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === TEXT_NODE) parts.push(n.data);
    else collectText(n, parts);
  }
}

/** Every element under root (root excluded), in document order. */
export function descendants(root: TreeElement): TreeElement[] {
  const out: TreeElement[] = [];
  const visit = (el: TreeElement): void => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== ELEMENT_NODE) continue;
      out.push(n);
      if (n.firstChild) visit(n);
    }
  };
  visit(root);
  return out;
}

/** The elements under root (root excluded) with one of the given names, in document order. */
export function elementsNamed(root: TreeElement, names: ReadonlySet<string> | string): TreeElement[] {
  const out: TreeElement[] = [];
  const wanted = typeof names === 'string' ? null : names;
  const visit = (el: TreeElement): void => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== ELEMENT_NODE) continue;
      if (wanted ? wanted.has(n.localName) : n.localName === names) out.push(n);
      if (n.firstChild) visit(n);
    }
  };
  visit(root);
  return out;
}

/** Whether c is a character JavaScript's \s matches (and String.prototype.trim removes). */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0x2000 && c <= 0x200a) ||
    c === 0xa0 || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Length of an element's text with leading and trailing spaces trimmed and every run of
 * spaces inside counted as one character — without building the string.
 */
export function textLength(node: TreeNode): number {
  const state = { chars: 0, pendingSpace: false };
  if (node.nodeType === TEXT_NODE) countText(node, state);
  else countElement(node, state);
  return state.chars;
}

function countElement(el: TreeElement, state: { chars: number; pendingSpace: boolean }): void {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === TEXT_NODE) countText(n, state);
    else if (n.firstChild) countElement(n, state);
  }
}

function countText(node: TreeText, state: { chars: number; pendingSpace: boolean }): void {
  if (node.data.length === 0) return;
  const m = node.measure();
  if (m.inner === 0) {
    state.pendingSpace = true;
    return;
  }
  if ((m.startsWithSpace || state.pendingSpace) && state.chars > 0) state.chars++;
  state.chars += m.inner;
  state.pendingSpace = m.endsWithSpace;
}

/** Whether there is any text but spaces under node (stops at the first such character). */
export function hasText(node: TreeNode): boolean {
  if (node.nodeType === TEXT_NODE) {
    for (let i = 0; i < node.data.length; i++) if (!isSpace(node.data.charCodeAt(i))) return true;
    return false;
  }
  for (let n = node.firstChild; n; n = n.nextSibling) if (hasText(n)) return true;
  return false;
}

export interface ParsedPage {
  /** The <html> element. */
  documentElement: TreeElement;
  /** The <body> (a frameset page has none). */
  body: TreeElement | null;
  /**
   * An element read as text to its end tag (a <title>, a <style>) that held the body's markup:
   * its end tag was lost, as in `<title lang="en>...</title>`, and a browser shows a blank page.
   */
  swallowed(): { element: string; text: string } | null;
}
