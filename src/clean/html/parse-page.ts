// HTML page -> the tree of dom.ts, parsed as a browser parses it: parse5 runs the WHATWG
// tokenizer and tree builder (implied html/head/body, misnested tags, tables, raw-text
// elements such as <script> whose "</div>" is text), and this tree adapter builds the small
// tree the extractor reads. There is no pass over the raw text before it: a quote left open in
// a tag near the top swallows what a browser's would swallow, and the page keeps its body.
//
// What never becomes article text is left out of the tree as it is built (never attached to
// it): comments, the doctype, scripts other than JSON-LD, styles, inline SVG and MathML,
// iframes, drop-down lists, template contents and <link>s other than the canonical one.
import { html as spec, type Token, type TreeAdapter, type TreeAdapterTypeMap } from 'parse5';
import { parseRuns } from './run-tokenizer.js';
import { ELEMENT_NODE, TEXT_NODE, TreeElement, TreeText, elementsNamed, type ParsedPage, type TreeNode } from './dom.js';

/** A comment or doctype: parse5 makes them, the tree never holds them. */
interface Ignored {
  readonly ignored: true;
}
const IGNORED: Ignored = { ignored: true };

type Node = TreeNode | Ignored;

type TreeTypes = TreeAdapterTypeMap<Node, TreeElement, Node, TreeElement, TreeElement, TreeElement, Ignored, TreeText, TreeElement, Ignored>;

/** Elements whose content is never article text: built, never attached. */
const UNSEEN = new Set(['style', 'svg', 'math', 'iframe', 'select', 'template', 'frameset', 'noembed', 'noframes']);

function unseen(el: TreeElement): boolean {
  const name = el.localName;
  if (UNSEEN.has(name)) return true;
  // JSON-LD stays: the metadata reader takes the title, the date and the body from it.
  if (name === 'script') return !/ld\+json/i.test(el.getAttribute('type') ?? '');
  if (name === 'link') return !/canonical/i.test(el.getAttribute('rel') ?? '');
  return false;
}

const isTree = (node: Node): node is TreeNode => node !== IGNORED;

/** Namespaces of elements, kept aside: only SVG and MathML elements have another than HTML's. */
const namespaces = new WeakMap<TreeElement, spec.NS>();
const templateContents = new WeakMap<TreeElement, TreeElement>();

function attach(parent: TreeElement, node: Node, before: Node | null): void {
  if (!isTree(node)) return;
  if (node.nodeType === ELEMENT_NODE && unseen(node)) return;
  if (before && isTree(before) && before.parentElement === parent) parent.insertBefore(node, before);
  else parent.appendChild(node);
}

function addText(parent: TreeElement, text: string, before: Node | null): void {
  const ref = before && isTree(before) && before.parentElement === parent ? before : null;
  const prev = ref ? ref.previousSibling : parent.lastChild;
  if (prev && prev.nodeType === TEXT_NODE) prev.data += text;
  else if (ref) parent.insertBefore(new TreeText(text), ref);
  else parent.appendChild(new TreeText(text));
}

/** Elements whose content the tokenizer reads as text up to their own end tag. */
const RAW_TEXT = new Set(['title', 'textarea', 'style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
/** Markup of a page's body seen inside such an element: its end tag was lost (often in a quote left open). */
const SWALLOWED = /<body[\s>]|<\/html\s*>/i;
/** The raw-text elements of the page being parsed, in the order they were made (parsing is synchronous). */
let rawTextElements: TreeElement[] = [];

const adapter: TreeAdapter<TreeTypes> = {
  createDocument: () => new TreeElement('#document'),
  createDocumentFragment: () => new TreeElement('#document-fragment'),
  createElement(tagName: string, namespaceURI: spec.NS, attrs: Token.Attribute[]) {
    const attributes: Record<string, string> = Object.create(null);
    for (const a of attrs) attributes[a.prefix ? `${a.prefix}:${a.name}` : a.name] = a.value;
    const el = new TreeElement(tagName, attributes);
    if (namespaceURI !== spec.NS.HTML) namespaces.set(el, namespaceURI);
    if (RAW_TEXT.has(tagName)) rawTextElements.push(el);
    return el;
  },
  createCommentNode: () => IGNORED,
  createTextNode: (value: string) => new TreeText(value),
  appendChild: (parent, node) => attach(parent, node, null),
  insertBefore: (parent, node, reference) => attach(parent, node, reference),
  // A template's content is inert until a script uses it: kept aside, never part of the page's text.
  setTemplateContent: (template, content) => void templateContents.set(template, content),
  getTemplateContent: (template) => templateContents.get(template) ?? new TreeElement('#document-fragment'),
  setDocumentType() {},
  setDocumentMode() {},
  getDocumentMode: () => spec.DOCUMENT_MODE.NO_QUIRKS,
  detachNode(node) {
    if (isTree(node)) node.remove();
  },
  insertText: (parent, text) => addText(parent, text, null),
  insertTextBefore: (parent, text, reference) => addText(parent, text, reference),
  adoptAttributes(recipient, attrs) {
    for (const a of attrs) if (!Object.hasOwn(recipient.attributes, a.name)) recipient.attributes[a.name] = a.value;
  },
  getFirstChild: (node) => node.firstChild,
  getChildNodes(node) {
    const out: Node[] = [];
    for (let n = node.firstChild; n; n = n.nextSibling) out.push(n);
    return out;
  },
  getParentNode: (node) => (isTree(node) ? node.parentElement : null),
  getAttrList: (el) => Object.entries(el.attributes).map(([name, value]) => ({ name, value })),
  getTagName: (el) => el.localName,
  getNamespaceURI: (el) => namespaces.get(el) ?? spec.NS.HTML,
  getTextNodeContent: (node) => node.data,
  getCommentNodeContent: () => '',
  getDocumentTypeNodeName: () => '',
  getDocumentTypeNodePublicId: () => '',
  getDocumentTypeNodeSystemId: () => '',
  isTextNode: (node): node is TreeText => isTree(node) && node.nodeType === TEXT_NODE,
  isCommentNode: (node): node is Ignored => !isTree(node),
  isDocumentTypeNode: (_node): _node is Ignored => false,
  isElementNode: (node): node is TreeElement => isTree(node) && node.nodeType === ELEMENT_NODE,
  setNodeSourceCodeLocation() {},
  getNodeSourceCodeLocation: () => undefined,
  updateNodeSourceCodeLocation() {},
};

/**
 * Elements nested deeper than this are read as if their tags were not there (their text is
 * kept): the tree's walks are recursive, and browsers cap nesting the same way (Chromium at 512).
 */
export const MAX_DEPTH = 400;

/** Parses an HTML page into the tree. Never throws: any string gives a tree with an <html> root. */
export function parsePage(html: string): ParsedPage {
  rawTextElements = [];
  const document = parseRuns<TreeTypes>(html, { treeAdapter: adapter, scriptingEnabled: true });
  const rawText = rawTextElements;
  rawTextElements = [];
  let root = document.firstElementChild;
  if (!root) {
    // parse5 always builds <html>; kept for the type's sake.
    root = new TreeElement('html');
    document.appendChild(root);
  }
  root.remove();
  flattenBelow(root, MAX_DEPTH);
  let body: TreeElement | null = null;
  for (let el = root.firstElementChild; el && !body; el = el.nextElementSibling) if (el.localName === 'body') body = el;
  body ??= elementsNamed(root, 'body')[0] ?? null;
  return { documentElement: root, body, swallowed: () => swallowedBy(rawText) };
}

/**
 * The first raw-text element whose text holds the markup of a page's body, its text and name;
 * looked for only when asked (a page with no visible text): it reads all script and style text.
 */
function swallowedBy(elements: readonly TreeElement[]): { element: string; text: string } | null {
  for (const el of elements) {
    const text = el.textContent;
    if (SWALLOWED.test(text)) return { element: el.localName, text };
  }
  return null;
}

/**
 * Every element at depth `max` keeps its text but loses the elements under it, so that no walk
 * of the tree goes deeper. Iterative: the tree may be far deeper than the call stack allows.
 */
function flattenBelow(root: TreeElement, max: number): void {
  const stack: [TreeElement, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth >= max) {
      if (el.firstElementChild) flattenInto(el);
      continue;
    }
    for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === ELEMENT_NODE && n.firstChild) stack.push([n, depth + 1]);
  }
}

/** Replaces the children of el with the text under it, in document order. */
function flattenInto(el: TreeElement): void {
  const parts: string[] = [];
  const pending: TreeNode[] = [];
  for (let n = el.lastChild; n; n = n.previousSibling) pending.push(n);
  while (pending.length > 0) {
    const n = pending.pop()!;
    if (n.nodeType === TEXT_NODE) parts.push(n.data);
    else for (let c = n.lastChild; c; c = c.previousSibling) pending.push(c);
  }
  while (el.firstChild) el.firstChild.remove();
  if (parts.length > 0) el.appendChild(new TreeText(parts.join('')));
}
