// The stored articles, newest first, paged.
import { get, type ArticleSummary, type Page } from '../api.js';
import { articleLink, h } from '../dom.js';

export async function renderArticles(root: HTMLElement): Promise<void> {
  const table = h('table', { class: 'articles' }, h('thead', {}, h('tr', {}, ...['Date', 'Title', 'Positions', 'Events', 'Claims'].map((t) => h('th', {}, t)))));
  const status = h('p', { class: 'hint' });
  const more = h('button', { type: 'button', class: 'more', hidden: true }, 'More');
  root.append(h('h1', {}, 'Articles'), status, table, more);
  let offset = 0;
  const load = async () => {
    const page = await get<Page<ArticleSummary>>('articles', { limit: 100, offset });
    table.append(h('tbody', {}, ...page.items.map((a) => h('tr', {},
      h('td', { class: 'date' }, a.published ?? 'undated'), h('td', {}, h('a', { href: articleLink(a.id) }, a.title ?? a.source)),
      h('td', { class: 'num' }, a.positions_n), h('td', { class: 'num' }, a.events_n), h('td', { class: 'num' }, a.claims_n)))));
    offset += page.items.length;
    status.textContent = `${page.total} articles`;
    more.hidden = offset >= page.total;
  };
  more.addEventListener('click', () => void load());
  await load();
}
