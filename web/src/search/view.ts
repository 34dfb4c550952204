// Full-text search results: matching articles with a snippet and the facts that hold the words.
import { get, type SearchHit } from '../api.js';
import { articleLink, h } from '../dom.js';

export async function renderSearch(root: HTMLElement, q: string): Promise<void> {
  root.append(h('h1', {}, `Search: ${q}`));
  const { hits } = await get<{ q: string; hits: SearchHit[] }>('search', { q });
  if (hits.length === 0) { root.append(h('p', {}, 'No article holds all these words.')); return; }
  root.append(h('ul', { class: 'hits' }, ...hits.map((hit) => h('li', {},
    h('a', { href: articleLink(hit.article.id) }, hit.article.title ?? hit.article.source), ` · ${hit.article.published ?? 'undated'}`,
    h('p', { class: 'snippet' }, hit.snippet),
    h('ul', {}, ...[
      ...hit.positions.map((p) => ({ label: `${p.holder} ${p.stance} ${p.issue}`, e: p.evidence })),
      ...hit.events.map((e) => ({ label: `${e.type} ${e.status}`, e: e.evidence })),
      ...hit.claims.map((c) => ({ label: `claim (${c.hedge})`, e: c.evidence })),
    ].map((f) => h('li', {}, h('strong', {}, f.label), ' ', h('a', { href: articleLink(f.e.article, f.e.start, f.e.end) }, f.e.text))))))));
}
