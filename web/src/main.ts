// The dashboard: a hash router over five views and the search; each view fetches what it shows.
import { clear, h } from './dom.js';
import { renderMatrix } from './matrix/view.js';
import { renderTimeline } from './timeline/view.js';
import { renderArticle } from './article/view.js';
import { renderArticles } from './article/list.js';
import { renderSearch } from './search/view.js';

async function route(): Promise<void> {
  const root = document.getElementById('view')!;
  const [path, query = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const params = new URLSearchParams(query);
  const [view = 'positions', arg] = path.split('/');
  for (const a of document.querySelectorAll<HTMLAnchorElement>('nav a')) a.classList.toggle('active', a.dataset.view === view);
  clear(root);
  root.setAttribute('aria-busy', 'true');
  try {
    switch (view) {
      case 'timeline': await renderTimeline(root, params); break;
      case 'network': await (await import('./network/view.js')).renderNetwork(root); break;
      case 'map': await (await import('./map/view.js')).renderMap(root); break;
      case 'articles': await renderArticles(root); break;
      case 'search': await renderSearch(root, params.get('q') ?? ''); break;
      case 'article': {
        const start = Number(params.get('start'));
        const end = Number(params.get('end'));
        await renderArticle(root, arg ?? '', params.has('start') && end > start ? { start, end } : null);
        break;
      }
      default: await renderMatrix(root, params.has('holder') && params.has('issue') ? { holder: params.get('holder')!, issue: params.get('issue')! } : null, params.has('all'));
    }
  } catch (e) {
    root.append(h('p', { class: 'error', role: 'alert' }, `Could not load this view: ${(e as Error).message}`));
  } finally {
    root.setAttribute('aria-busy', 'false');
    root.dataset.view = view;
  }
}

document.getElementById('search')!.addEventListener('submit', (e) => {
  e.preventDefault();
  const q = String(new FormData(e.target as HTMLFormElement).get('q') ?? '').trim();
  if (q.length >= 2) location.hash = `#/search?q=${encodeURIComponent(q)}`;
});
window.addEventListener('hashchange', () => void route());
void route();
