// Timeline of ledger events with filters (actor, type, country, dates) and casualties.
import { actorNames, get, nameOf, type LedgerEvent, type Page } from '../api.js';
import { articleLink, clear, h } from '../dom.js';

const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const PAGE = 100;

export function casualties(e: LedgerEvent): string {
  if (e.fatalities_low === null && e.fatalities_high === null) return '';
  if (e.fatalities_low === e.fatalities_high) return `${e.fatalities_low} killed`;
  return `${e.fatalities_low ?? '?'}–${e.fatalities_high ?? '?'} killed`;
}

export async function renderTimeline(root: HTMLElement, initial: URLSearchParams = new URLSearchParams()): Promise<void> {
  const actors = await actorNames();
  const select = (name: string, options: [string, string][]) =>
    h('select', { name, 'aria-label': name }, h('option', { value: '' }, `any ${name}`), ...options.map(([v, l]) => h('option', { value: v }, l)));
  const form = h('form', { class: 'filters', id: 'timeline-filters' },
    select('actor', [...actors.values()].sort((a, b) => a.name.localeCompare(b.name)).map((a) => [a.id, a.name])),
    select('type', TYPES.map((t) => [t, t])),
    h('input', { name: 'country', placeholder: 'country (UA)', size: 6, maxlength: 2, pattern: '[A-Za-z]{2}', 'aria-label': 'country' }),
    h('label', {}, 'from ', h('input', { type: 'date', name: 'since' })),
    h('label', {}, 'to ', h('input', { type: 'date', name: 'until' })),
    h('button', { type: 'submit' }, 'Filter'));
  const status = h('p', { class: 'hint', id: 'timeline-status' });
  const list = h('table', { class: 'timeline' });
  const more = h('button', { type: 'button', class: 'more', hidden: true }, 'More');
  root.append(h('h1', {}, 'Timeline'), form, status, list, more);
  for (const name of ['actor', 'type', 'country', 'since', 'until']) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (field && initial.get(name)) field.value = initial.get(name)!;
  }
  // One event asked for (from an article): shown above the list with all its reports.
  const asked = initial.get('event');
  if (asked) {
    try {
      const e = await get<LedgerEvent>(`events/${encodeURIComponent(asked)}`);
      root.insertBefore(h('section', { class: 'panel', id: 'event-detail' },
        h('h2', {}, `${e.type}${e.mode ? ` ${e.mode}` : ''} · ${e.date ?? 'undated'}${e.location ? ` · ${e.location}` : ''} ${casualties(e)}`),
        h('p', {}, e.actors.map((a) => nameOf(actors as never, a)).join(', '), ` · reported by ${e.source_count} article${e.source_count === 1 ? '' : 's'}`),
        h('ul', {}, ...e.reports.map((r) => h('li', {}, `${r.published ?? 'undated'} · `, h('a', { href: articleLink(r.article, r.evidence.start, r.evidence.end) }, r.evidence.text))))), form);
    } catch { /* an unknown event: the list alone */ }
  }

  let offset = 0;
  const params = () => {
    const fd = new FormData(form);
    const p: Record<string, string> = {};
    for (const [k, v] of fd) if (String(v)) p[k] = k === 'country' ? String(v).toUpperCase() : String(v);
    return p;
  };
  const load = async (append: boolean) => {
    if (!append) { offset = 0; clear(list); list.append(h('thead', {}, h('tr', {}, ...['Date', 'Event', 'Actors', 'Place', 'Casualties', 'Reports'].map((t) => h('th', {}, t))))); }
    try {
      const page = await get<Page<LedgerEvent>>('events', { ...params(), limit: PAGE, offset });
      const body = h('tbody');
      for (const e of page.items) body.append(row(e, actors));
      list.append(body);
      offset += page.items.length;
      status.textContent = `${page.total} event${page.total === 1 ? '' : 's'}${offset < page.total ? `, showing ${offset}` : ''}`;
      more.hidden = offset >= page.total;
    } catch (err) {
      status.textContent = (err as Error).message;
    }
  };
  form.addEventListener('submit', (e) => { e.preventDefault(); void load(false); });
  form.addEventListener('change', () => void load(false));
  more.addEventListener('click', () => void load(true));
  await load(false);
}

function row(e: LedgerEvent, actors: Map<string, { name: string }>): HTMLElement {
  const first = e.reports[0];
  return h('tr', { class: `event type-${e.type.toLowerCase()}`, 'data-type': e.type },
    h('td', { class: 'date' }, e.date ?? h('span', { class: 'hint', title: 'no date in the text: the date of the first article reporting it' }, `undated (reported ${first?.published ?? '?'})`)),
    h('td', {}, h('strong', {}, e.type), e.mode ? ` ${e.mode}` : '', e.corrected ? h('span', { class: 'corrected-mark', title: 'an analyst corrected a report of this event' }, ' ✎') : '', e.status !== 'occurred' ? h('em', {}, ` (${e.status})`) : '',
      first ? h('div', { class: 'evidence' }, h('a', { href: articleLink(first.article, first.evidence.start, first.evidence.end) }, first.evidence.text)) : ''),
    h('td', {}, e.actors.map((a) => nameOf(actors as never, a)).join(', ')),
    h('td', {}, [e.location, e.country].filter(Boolean).join(', ')),
    h('td', { class: 'casualties' }, casualties(e)),
    h('td', { class: 'num', title: 'articles reporting it' }, String(e.source_count)));
}
