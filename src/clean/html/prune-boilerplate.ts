// Removes from Readability's article element the parts of a page that ride along with the
// prose: captions and credits, navigation, related-story lists, share and subscribe boxes.
// Each rule removes whole elements; none removes more than a small part of the article.

interface PruneElement {
  localName: string;
  className: string;
  id: string;
  textContent: string | null;
  parentElement: PruneElement | null;
  querySelectorAll(selector: string): Iterable<PruneElement>;
  remove(): void;
}

const EXP = new Set((process.env.EXP ?? '').split(',').filter(Boolean));
export const exp = (k: string) => EXP.has(k);

/** A rule never removes an element holding more than this share of the article's text. */
const MAX_SHARE = 0.3;

const TAGS_NOT_PROSE = () => {
  const t = ['nav', 'figcaption', 'figure'];
  if (exp('header')) t.push('header');
  if (exp('aside')) t.push('aside');
  if (exp('footer')) t.push('footer');
  return t;
};

// Class or id words of boilerplate: "media-caption", "byline-date", "share-tools", "sr-only".
const BOILERPLATE_WORD =
  /(?:^|[\s_-])(?:captions?|credits?|copyright|bylines?|dateline|timestamp|breadcrumbs?|related|share|sharing|social|newsletter|subscribe|subscription|promo|advert|advertisement|ads?|sidebar|rail|sr-only|visually-hidden|screen-reader-text|off-?screen|gallery|slideshow|carousel|author|tags)(?:$|[\s_-])/i;
const BOILERPLATE_PART = /caption|copyright|byline|breadcrumb|newsletter|gallery|slideshow|timestamp/i;

const LINK_BLOCK_MAX = Number(process.env.LBM ?? 200);
const LINK_SHARE = Number(process.env.LS ?? 0.8);
const textLength = (el: PruneElement): number => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;

export function pruneBoilerplate(root: PruneElement): void {
  const total = Math.max(1, textLength(root));
  const removable = (el: PruneElement) => textLength(el) / total <= MAX_SHARE;
  for (const el of [...root.querySelectorAll(TAGS_NOT_PROSE().join(','))]) {
    if (removable(el)) el.remove();
  }
  if (exp('class')) {
    for (const el of [...root.querySelectorAll('[class], [id]')]) {
      const names = `${el.className} ${el.id}`;
      if ((BOILERPLATE_WORD.test(names) || BOILERPLATE_PART.test(names)) && removable(el)) el.remove();
    }
  }
  if (exp('img')) {
    // A small box around a picture holds its caption and credit, not prose.
    for (const img of [...root.querySelectorAll('img, picture, video')]) {
      let box = img.parentElement;
      for (let up = 0; box && box !== root && up < Number(process.env.UP ?? 3); up++, box = box.parentElement) {
        if (box.localName === 'p' || box.localName === 'li') continue;
        const n = textLength(box);
        if (n > 0 && n < Number(process.env.CAPMAX ?? 250) && removable(box)) { box.remove(); break; }
      }
    }
  }
  if (exp('links')) {
    // A list item or paragraph that is nothing but a link: a menu entry or a related story.
    for (const el of [...root.querySelectorAll('li, p, h2, h3, h4, h5, h6, dt, dd')]) {
      const all = textLength(el);
      if (all === 0 || all > LINK_BLOCK_MAX) continue;
      let linked = 0;
      for (const a of el.querySelectorAll('a')) linked += textLength(a);
      if (linked / all >= LINK_SHARE) el.remove();
    }
  }
}
