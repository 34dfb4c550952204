// The small part of the DOM interface the cleaning rules use. linkedom's elements (and a
// browser's) provide it; naming it keeps the rules free of linkedom's types.

export interface TreeNode {
  nodeType: number;
  localName?: string;
  nodeValue: string | null;
  textContent: string | null;
  parentElement: TreeElement | null;
  firstChild: TreeNode | null;
  nextSibling: TreeNode | null;
}

export interface TreeElement extends TreeNode {
  localName: string;
  className: string;
  id: string;
  firstElementChild: TreeElement | null;
  nextElementSibling: TreeElement | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): Iterable<TreeElement>;
  remove(): void;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Every element under root (root excluded), in document order. */
export function descendants(root: TreeElement): TreeElement[] {
  const out: TreeElement[] = [];
  const visit = (el: TreeElement): void => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      out.push(child);
      visit(child);
    }
  };
  visit(root);
  return out;
}

/** Length of an element's text with runs of whitespace counted once. */
export function textLength(node: TreeNode): number {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}
