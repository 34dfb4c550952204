// Article view: the text as plain text, every fact's span highlighted by kind; a highlight
// lists its facts with links; ?start=&end= marks and scrolls to one evidence sentence.
import { get, type Article, type CorrectionMark, type Spans } from '../api.js';
import { articleLink, clear, h } from '../dom.js';
import { issueLabel } from '../stances.js';
import { actorMentions, segments, type Fact } from './spans.js';

/** A corrected fact's label says so (its values are the corrected ones). */
const mark = (c: CorrectionMark | null) => (!c ? '' : ` · ✎ ${c.rejected ? 'rejected' : 'corrected'} by ${c.analyst}: ${c.reason}`);

const KINDS: Fact['kind'][] = ['position', 'event', 'claim', 'actor', 'removed', 'gap'];

export async function renderArticle(root: HTMLElement, id: string, focus: { start: number; end: number } | null): Promise<void> {
  // The spans the store does not keep (mentions, boilerplate, gaps) come from a re-read; without
  // it, actor names are found in the text.
  const [a, spans] = await Promise.all([get<Article>(`articles/${id}`), get<Spans>(`articles/${id}/spans`).catch(() => null)]);
  const names = new Map(a.actors.map((x) => [x.id, x.name]));
  const facts: Fact[] = [
    ...a.positions.map((p) => ({ kind: 'position' as const, start: p.evidence.start, end: p.evidence.end,
      label: `${names.get(p.holder) ?? p.holder} ${p.stance}s ${issueLabel(p.issue)}${p.target ? ` (${names.get(p.target) ?? p.target})` : ''} · ${p.hedge}${mark(p.correction)}`,
      href: `#/positions?holder=${encodeURIComponent(p.holder)}&issue=${encodeURIComponent(p.issue)}` })),
    ...a.events.map((e) => ({ kind: 'event' as const, start: e.evidence.start, end: e.evidence.end,
      label: `${e.type} ${e.status}${e.date ? ` ${e.date}` : ''}${e.location ? ` at ${e.location}` : ''}${mark(e.correction)}`, href: e.event ? `#/timeline?event=${encodeURIComponent(e.event)}` : null })),
    ...a.claims.map((c) => ({ kind: 'claim' as const, start: c.evidence.start, end: c.evidence.end,
      label: `claim by ${c.source_text ?? c.source ?? '?'} · ${c.hedge}${c.cue ? ` (“${c.cue}”)` : ''}${mark(c.correction)}`, href: null })),
    ...(spans ? spans.mentions.map((m) => ({ id: m.actor, start: m.start, end: m.end })) : actorMentions(a.text, a.actors))
      .map((m) => ({ kind: 'actor' as const, start: m.start, end: m.end, label: `actor: ${names.get(m.id) ?? m.id}`, href: `#/timeline?actor=${encodeURIComponent(m.id)}` })),
    ...(spans?.removed ?? []).map((r) => ({ kind: 'removed' as const, start: r.start, end: r.end, label: `removed as ${r.reason}`, href: null })),
    ...(spans?.gaps ?? []).map((g) => ({ kind: 'gap' as const, start: g.start, end: Math.max(g.end, g.start + 1),
      label: g.restored ? `lost name restored: ${g.restored.name} (${Math.round(g.restored.confidence * 100)}%)` : 'a name was lost here', href: null })),
  ];
  const info = h('aside', { class: 'panel', id: 'fact-panel' }, h('p', { class: 'hint' }, 'Click a highlight to see its facts.'));
  const body = h('div', { class: 'article-text', id: 'article-text' });
  let focused: HTMLElement | null = null;
  for (const seg of segments(a.text.length, facts)) {
    const text = a.text.slice(seg.start, seg.end);
    const inFocus = focus !== null && seg.start >= focus.start && seg.end <= focus.end;
    if (seg.facts.length === 0 && !inFocus) { body.append(text); continue; }
    const kinds = KINDS.filter((k) => seg.facts.some((f) => f.kind === k));
    const mark = h('mark', { class: [...kinds.map((k) => `hl-${k}`), inFocus ? 'focus' : ''].join(' ').trim(), 'data-start': seg.start, 'data-end': seg.end, tabindex: 0 }, text);
    mark.addEventListener('click', () => showFacts(info, seg.facts));
    if (inFocus && !focused) focused = mark;
    body.append(mark);
  }
  root.append(
    h('h1', {}, a.title ?? a.source),
    h('p', { class: 'meta' }, [a.published ?? 'undated', a.source, a.url].filter(Boolean).join(' · '),
      ` · ${a.positions.length} positions, ${a.events.length} events, ${a.claims.length} claims`),
    h('p', { class: 'legend' }, ...KINDS.map((k) => h('span', { class: `chip hl-${k}` }, k))),
    h('div', { class: 'split' }, body, info),
  );
  if (focused) {
    focused.scrollIntoView({ block: 'center' });
    const inside = facts.filter((f) => focus && f.start <= focus.start && f.end >= focus.end);
    showFacts(info, inside);
  }
}

function showFacts(panel: HTMLElement, facts: Fact[]): void {
  clear(panel);
  panel.append(h('h2', {}, 'Facts here'), h('ul', {}, ...facts.map((f) => h('li', {},
    h('span', { class: `chip hl-${f.kind}` }, f.kind), ' ', f.href ? h('a', { href: f.href }, f.label) : f.label,
    ' ', h('a', { href: articleLink(location.hash.split('/')[2]?.split('?')[0] ?? '', f.start, f.end), class: 'small' }, '¶')))));
}
