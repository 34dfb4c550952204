// A small box around a picture holds its caption and credit, not prose:
// "<div><img src=…><p>Rescuers search the rubble in Odesa.</p><span>Reuters</span></div>".
import { elementsNamed, textLength, type TreeElement } from './dom.js';
import type { PruneRule } from './prune-boilerplate.js';

const PICTURES = new Set(['img', 'picture', 'video']);
/** How many levels above a picture the box may be. */
const MAX_LEVELS = 3;
/** A box with more text than this is prose with a picture in it. */
const MAX_CAPTION_LENGTH = 500;

export const dropPictureBoxes: PruneRule = {
  id: 'picture-box',
  select: (root: TreeElement) => {
    const boxes: TreeElement[] = [];
    for (const picture of elementsNamed(root, PICTURES)) {
      let box = picture.parentElement;
      for (let level = 0; box && box !== root && level < MAX_LEVELS; level++, box = box.parentElement) {
        // A paragraph or list item that starts with a picture is still prose.
        if (box.localName === 'p' || box.localName === 'li') continue;
        const length = textLength(box);
        if (length > 0 && length < MAX_CAPTION_LENGTH) {
          boxes.push(box);
          break;
        }
      }
    }
    return boxes;
  },
};
