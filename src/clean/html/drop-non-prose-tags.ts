// Elements that are never the article's prose by what they are: navigation, the header
// above the story (headline, byline, standfirst, lead picture), figures and their captions,
// and a date standing on its own line.
// "<figure><img><figcaption>Troops near Kherson. Photo: AP</figcaption></figure>"
import { elementsNamed, textLength, type TreeElement } from './dom.js';
import type { PruneRule } from './prune-boilerplate.js';

const NON_PROSE = new Set(['nav', 'header', 'figure', 'figcaption']);

/** Containers in which a <time> is a line of its own rather than a word of a sentence. */
const LINE_CONTAINERS = new Set(['div', 'section', 'article', 'main', 'header', 'footer', 'aside']);

/** "<time datetime=…>12 March 2024</time>" on its own line; "on <time>Monday</time>" in a sentence stays. */
function isDateLine(time: TreeElement): boolean {
  const parent = time.parentElement;
  if (!parent) return false;
  return LINE_CONTAINERS.has(parent.localName) || textLength(parent) === textLength(time);
}

export const dropNonProseTags: PruneRule = {
  id: 'non-prose-tag',
  select: (root: TreeElement) => [
    ...elementsNamed(root, NON_PROSE),
    ...elementsNamed(root, 'time').filter(isDateLine),
  ],
};
