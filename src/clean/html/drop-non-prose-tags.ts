// Elements that are never the article's prose by what they are: navigation, the header
// above the story (headline, byline, standfirst, lead picture), figures and their captions.
// "<figure><img><figcaption>Troops near Kherson. Photo: AP</figcaption></figure>"
import type { TreeElement } from './dom.js';
import type { PruneRule } from './prune-boilerplate.js';

export const dropNonProseTags: PruneRule = {
  id: 'non-prose-tag',
  select: (root: TreeElement) => [...root.querySelectorAll('nav, header, figure, figcaption')],
};
