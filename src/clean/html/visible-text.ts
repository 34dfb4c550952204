// The text a reader sees on the whole page, for a page in which no article block is found (a
// front page, a short notice, markup the scoring cannot read): the body's blocks as
// paragraphs, without what the page hides from its readers (the `hidden` attribute,
// aria-hidden="true", an inline display:none or visibility:hidden) or what is never text
// (scripts, styles, forms' drop-downs: block-text.ts skips them).
import { descendants, type TreeElement } from './dom.js';
import { paragraphsOf } from './block-text.js';

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

function hidden(el: TreeElement): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** The paragraphs of the visible text under root; root is changed (hidden elements leave it). */
export function visibleParagraphs(root: TreeElement): string[] {
  for (const el of descendants(root)) if (hidden(el)) el.remove();
  return paragraphsOf(root);
}
