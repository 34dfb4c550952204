// Removes from Readability's article element the parts of a page that ride along with the
// prose: captions and credits, navigation, related-story lists, share and subscribe boxes.
// The rules run in order; each names elements, and an element is removed only when it
// holds a small part of the article's text, so that no rule can take the article away.
import { textLength, type TreeElement } from './dom.js';
import { dropNonProseTags } from './drop-non-prose-tags.js';
import { dropBoilerplateClasses } from './drop-boilerplate-classes.js';
import { dropPictureBoxes } from './drop-picture-boxes.js';
import { dropLinkBlocks } from './drop-link-blocks.js';

export interface PruneRule {
  id: string;
  /** The elements of root the rule takes for boilerplate. */
  select(root: TreeElement): TreeElement[];
}

export const PRUNE_RULES: readonly PruneRule[] = [dropNonProseTags, dropBoilerplateClasses, dropPictureBoxes, dropLinkBlocks];

/** No element holding more than this share of the article's text is removed. */
const MAX_SHARE = 0.3;

/** Removes the boilerplate elements from root, in place; returns how many it removed. */
export function pruneBoilerplate(root: TreeElement, rules: readonly PruneRule[] = PRUNE_RULES): number {
  const limit = MAX_SHARE * textLength(root);
  let removed = 0;
  for (const rule of rules) {
    for (const el of rule.select(root)) {
      if (textLength(el) <= limit) {
        el.remove();
        removed++;
      }
    }
  }
  return removed;
}
