// Elements whose class or id names them as boilerplate: "media-caption", "byline-date",
// "share-tools", "related-links", "sr-only" (text for screen readers: "Image copyright").
import { descendants, type TreeElement } from './dom.js';
import type { PruneRule } from './prune-boilerplate.js';

// Whole words of a class or id ("article__media-caption" has the word "caption").
const BOILERPLATE_WORD = new RegExp(
  '(?:^|[\\s_-])(?:' +
    [
      'captions?', 'credits?', 'copyright', 'bylines?', 'dateline', 'timestamp', 'breadcrumbs?', 'author',
      'related', 'share', 'sharing', 'social', 'newsletter', 'subscribe', 'subscription', 'promo',
      'advert', 'advertisement', 'ads?', 'sidebar', 'rail', 'tags',
      'sr-only', 'visually-hidden', 'screen-reader-text', 'off-?screen',
      'gallery', 'slideshow', 'carousel',
    ].join('|') +
    ')(?:$|[\\s_-])',
  'i',
);
// Parts of a word that are boilerplate wherever they appear ("mediacaption", "photogallery").
const BOILERPLATE_PART = /caption|copyright|byline|breadcrumb|newsletter|gallery|slideshow|timestamp/i;

export const dropBoilerplateClasses: PruneRule = {
  id: 'boilerplate-class',
  select: (root: TreeElement) =>
    descendants(root).filter((el) => {
      const names = `${el.className} ${el.id}`;
      return names.length > 1 && (BOILERPLATE_WORD.test(names) || BOILERPLATE_PART.test(names));
    }),
};
