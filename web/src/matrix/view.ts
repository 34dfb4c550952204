// Positions matrix: actors x issues, each cell the latest stance (colour + letter), hedge and
// change marked; a click opens the cell's history with every evidence sentence.
import { get, serverConfig, type History, type Matrix, type Position } from '../api.js';
import { correctionForm } from './correct.js';
import { articleLink, clear, h } from '../dom.js';
import { issueLabel, STANCES, WEAK_HEDGES } from '../stances.js';

export async function renderMatrix(root: HTMLElement, open: { holder: string; issue: string } | null = null, showAll = false): Promise<void> {
  const m = await get<Matrix>('positions');
  const cells = new Map(m.cells.map((c) => [`${c.holder}\u0000${c.issue}`, c]));
  const panel = h('aside', { class: 'panel', id: 'history', 'aria-live': 'polite' }, h('p', { class: 'hint' }, 'Click a cell to see how that stance moved, with the sentence behind each statement.'));
  const legend = h('p', { class: 'legend' },
    ...Object.entries(STANCES).map(([id, s]) => h('span', { class: `chip stance-${id}` }, `${s.letter} ${s.label}`)),
    h('span', { class: 'chip hedged' }, '? reported or hedged'), h('span', { class: 'chip' }, 'Δ changed'), h('span', { class: 'chip' }, '✎ corrected by an analyst'));
  if (m.cells.length === 0) {
    root.append(h('h1', {}, 'Positions'), h('p', {}, 'No positions in the store yet.'));
    return;
  }
  // The most active holders first; the rest on demand, so that a big ledger stays readable.
  const TOP = 40;
  const holders = m.holders.length > TOP && !showAll ? m.holders.slice(0, TOP) : m.holders;
  const table = h('table', { class: 'matrix' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Actor'), ...m.issues.map((i) => h('th', { scope: 'col', class: 'issue' }, h('span', {}, issueLabel(i)))))),
    h('tbody', {}, ...holders.map((a) => h('tr', {},
      h('th', { scope: 'row', title: [a.kind, a.country, a.role].filter(Boolean).join(' · ') }, a.name),
      ...m.issues.map((issue) => {
        const c = cells.get(`${a.id}\u0000${issue}`);
        if (!c) return h('td', { class: 'empty' });
        const s = STANCES[c.stance] ?? { letter: '?', label: c.stance };
        const weak = WEAK_HEDGES.has(c.hedge);
        const label = `${a.name} ${s.label} ${issueLabel(issue)}${c.target ? ` (${c.target})` : ''}; ${c.hedge}; ${c.history} stance${c.history > 1 ? 's' : ''}; last seen ${c.last_seen ?? 'undated'}${c.corrected ? '; corrected by an analyst' : ''}`;
        return h('td', { class: `cell stance-${c.stance}${weak ? ' hedged' : ''}${c.corrected ? ' corrected' : ''}` },
          h('button', {
            type: 'button', title: label, 'aria-label': label, 'data-holder': a.id, 'data-issue': issue,
            onclick: () => showHistory(panel, a.id, issue),
          }, s.letter, weak ? '?' : '', c.changed ? 'Δ' : '', c.corrected ? '✎' : ''));
      })))));
  const all = holders.length < m.holders.length
    ? h('button', { type: 'button', class: 'more', onclick: () => { location.hash = '#/positions?all=1'; } }, `Show all ${m.holders.length} actors`)
    : null;
  root.append(h('h1', {}, 'Positions'), legend, h('div', { class: 'split' }, h('div', { class: 'scroll' }, table, all), panel));
  if (open) await showHistory(panel, open.holder, open.issue);
}

/** How an analyst corrected a statement: what it was, who, when and why. */
function correctionNote(st: Position): HTMLElement | null {
  const c = st.correction;
  if (!c) return null;
  const was = Object.entries(c.original).map(([k, v]) => `${k} was ${v ?? '—'}`).join(', ');
  return h('p', { class: 'correction-note' }, h('strong', {}, c.rejected ? '✎ Rejected' : '✎ Corrected'),
    ` by ${c.analyst} on ${c.created_at.slice(0, 10)}${was ? ` (${was})` : ''}: `, c.reason);
}

async function showHistory(panel: HTMLElement, holder: string, issue: string): Promise<void> {
  clear(panel);
  panel.append(h('p', { class: 'hint' }, 'Loading…'));
  const [hist, config] = await Promise.all([get<History>('positions/history', { holder, issue }), serverConfig()]);
  const reload = () => { location.hash = `#/positions?holder=${encodeURIComponent(holder)}&issue=${encodeURIComponent(issue)}&t=${Date.now()}`; };
  clear(panel);
  const name = hist.holder?.name ?? holder;
  panel.append(
    h('h2', {}, `${name} on ${issueLabel(issue)}`),
    h('ol', { class: 'stances' }, ...hist.stances.map((s) => h('li', { class: s.changed ? 'changed' : '' },
      h('span', { class: `chip stance-${s.stance}` }, `${STANCES[s.stance]?.letter ?? '?'} ${s.stance}`),
      ` ${s.first_seen ?? '?'} → ${s.last_seen ?? '?'}`, s.target ? ` · target ${s.target}` : '', s.condition ? ` · if ${s.condition}` : '',
      ` · ${s.articles.length} article${s.articles.length === 1 ? '' : 's'}`,
      s.changed ? h('strong', {}, ` · changed from ${s.previous_stance ?? '?'}`) : ''))),
    h('h3', {}, 'Statements'),
    h('ul', { class: 'statements' }, ...hist.statements.map((st) => {
      const form = h('div', { class: 'correct-slot' });
      return h('li', { class: st.correction?.rejected ? 'rejected' : st.correction ? 'corrected' : '' },
        h('div', { class: 'meta' }, `${st.published ?? 'undated'} · `, h('span', { class: `chip stance-${st.stance}` }, st.stance), ` · ${st.hedge} · `, st.title ?? st.article),
        h('blockquote', {}, st.evidence.text),
        correctionNote(st),
        h('a', { href: articleLink(st.article, st.evidence.start, st.evidence.end), class: 'evidence-link' }, 'Show in the article →'),
        config.writable ? ' · ' : null,
        config.writable ? h('button', { type: 'button', class: 'link correct-open', onclick: () => { clear(form); form.append(correctionForm(st, reload)); } }, 'Correct…') : null,
        form);
    })),
  );
}
