// A list item, paragraph or heading that is nothing but links is a menu entry or a
// related story: "<li><a href=…>Ceasefire talks stall in Doha</a></li>".
import { elementsNamed, textLength, type TreeElement } from './dom.js';
import type { PruneRule } from './prune-boilerplate.js';

const BLOCKS = new Set(['li', 'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd']);
/** Share of a block's text inside links from which the block is a link. */
const LINK_SHARE = 0.8;

export const dropLinkBlocks: PruneRule = {
  id: 'link-block',
  select: (root: TreeElement) =>
    elementsNamed(root, BLOCKS).filter((block) => {
      const length = textLength(block);
      if (length === 0) return false;
      let linked = 0;
      for (const a of elementsNamed(block, 'a')) linked += textLength(a);
      return linked >= LINK_SHARE * length;
    }),
};
