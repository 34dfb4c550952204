// The ledger's merge rules, pure: facts in, ledger rows out, no store.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeActors } from '../src/ledger/same-actor.js';
import { mergeEvents, EVENT_WINDOW_DAYS } from '../src/ledger/same-event.js';
import { stanceHistory, latestStances } from '../src/ledger/stance-history.js';
import { minhash, similarity, bandKeys, DUPLICATE_THRESHOLD } from '../src/ledger/near-duplicate.js';
import type { EventFact, PositionFact, ActorFact } from '../src/ledger/types.js';

const ev = (text: string, article = 'a1') => ({ article, start: 0, end: text.length, text });

function event(over: Partial<EventFact>): EventFact {
  return {
    article: 'a1', published: '2025-06-14', idx: 0, type: 'ASSAULT', mode: 'aerial', status: 'occurred',
    actors: ['russia'], source_actor: 'russia', target_actor: null, date: '2025-06-12', location: 'Odesa', country: 'UA',
    lat: 46.48, lon: 30.72, killed: null, evidence: ev('Drones struck Odesa.', over.article ?? 'a1'), ...over,
  };
}

function position(over: Partial<PositionFact>): PositionFact {
  return {
    article: 'a1', published: '2025-06-01', idx: 0, holder: 'volodymyr-zelensky', stance: 'reject', issue: 'withdrawal',
    target: null, condition: null, evidence: ev('Zelensky ruled out a pullback.', over.article ?? 'a1'), ...over,
  };
}

test('ledger: the same strike in two articles is one event with both sources and the low and high death tolls', () => {
  const [e, ...rest] = mergeEvents([
    event({ article: 'a1', killed: 4 }),
    event({ article: 'a2', mode: null, actors: ['russia', 'ukraine'], date: '2025-06-13', killed: 6 }),
  ]);
  assert.equal(rest.length, 0);
  assert.deepEqual(e.sources, ['a1', 'a2']);
  assert.equal(e.source_count, 2);
  assert.deepEqual([e.fatalities_low, e.fatalities_low_source, e.fatalities_high, e.fatalities_high_source], [4, 'a1', 6, 'a2']);
  assert.deepEqual(e.actors, ['russia', 'ukraine']);
  assert.equal(e.mode, 'aerial');
});

test('ledger: events stay apart when type, actors, days, mode or place differ, and within one article', () => {
  const apart = (b: Partial<EventFact>) => assert.equal(mergeEvents([event({ article: 'a1' }), event({ article: 'a2', ...b })]).length, 2, JSON.stringify(b));
  apart({ type: 'CONSULT' });
  apart({ actors: ['israel'], source_actor: 'israel' });
  apart({ date: '2025-06-20' });
  apart({ mode: 'shelling' });
  apart({ location: 'Kharkiv' });
  apart({ country: 'RU', location: null });
  apart({ article: 'a1', idx: 1 });
  assert.equal(mergeEvents([event({ article: 'a1' }), event({ article: 'a2', date: `2025-06-${12 + EVENT_WINDOW_DAYS}` })]).length, 1);
});

test('ledger: a report dated only by its article needs two actors, or one and the same place, in common', () => {
  const undated = { date: null, published: '2025-06-12' };
  assert.equal(mergeEvents([event({ article: 'a1', location: null }), event({ article: 'a2', ...undated, location: null })]).length, 2);
  assert.equal(mergeEvents([event({ article: 'a1' }), event({ article: 'a2', ...undated })]).length, 1);
  assert.equal(mergeEvents([event({ article: 'a1', location: null, actors: ['russia', 'ukraine'] }), event({ article: 'a2', ...undated, location: null, actors: ['ukraine', 'russia'] })]).length, 1);
});

test('ledger: a place and its region ("Kharkiv", "Kharkiv Oblast") are compatible', () => {
  const merged = mergeEvents([event({ location: 'Kharkiv' }), event({ article: 'a2', location: 'Kharkiv Oblast' })]);
  assert.equal(merged.length, 1);
});

test('ledger: a scheduled meeting later reported as held is one event, now occurred', () => {
  const meeting = { type: 'CONSULT', mode: 'meeting', actors: ['russia', 'ukraine'], location: 'Istanbul', country: 'TR', date: '2025-06-16' };
  const merged = mergeEvents([
    event({ ...meeting, article: 'a1', published: '2025-06-12', status: 'scheduled' }),
    event({ ...meeting, article: 'a2', published: '2025-06-16', status: 'occurred' }),
  ]);
  assert.equal(merged.length, 1);
  assert.equal(merged[0].status, 'occurred');
});

test('ledger: undated reports never merge, and the timeline is ordered by date with unknown dates last', () => {
  const merged = mergeEvents([
    event({ article: 'a1', date: null, published: null }),
    event({ article: 'a2', date: null, published: null }),
    event({ article: 'a3', date: '2025-01-02' }),
  ]);
  assert.equal(merged.length, 3);
  assert.equal(merged[0].date, '2025-01-02');
  assert.deepEqual(merged.map((e) => e.ord), [0, 1, 2]);
});

test('ledger: merging does not depend on the order the facts come in', () => {
  const facts = [event({ article: 'a1', killed: 4 }), event({ article: 'a2', killed: 6 }), event({ article: 'a3', type: 'CONSULT', date: null })];
  assert.deepEqual(mergeEvents(facts), mergeEvents([...facts].reverse()));
});

test('ledger: a chain of partial matches does not snowball: a report must match every report in the event', () => {
  // A and B share russia, B and C share ukraine, A and C share no actor: the old rule tested C
  // against the event's grown actor list {russia, ukraine} and made all three one event.
  const kyiv = { location: 'Kyiv', lat: 50.45, lon: 30.52 };
  const facts = [
    event({ ...kyiv, article: 'a1', actors: ['russia'], source_actor: 'russia' }),
    event({ ...kyiv, article: 'a2', actors: ['russia', 'ukraine'] }),
    event({ ...kyiv, article: 'a3', actors: ['ukraine'], source_actor: 'ukraine' }),
  ];
  const merged = mergeEvents(facts);
  assert.equal(merged.length, 2);
  assert.deepEqual(merged.map((e) => e.sources).sort(), [['a1', 'a2'], ['a3']]);
  assert.deepEqual(mergeEvents([...facts].reverse()), merged);
  // Days chain the same way: each report within the window of the next is not enough.
  const days = ['2025-06-10', '2025-06-12', '2025-06-14'].map((date, i) => event({ article: `d${i}`, date }));
  assert.deepEqual(mergeEvents(days).map((e) => e.source_count), [2, 1]);
});

test('ledger: a stance that moves in a later article is flagged with both pieces of evidence', () => {
  const history = stanceHistory([
    position({ article: 'a1', published: '2025-06-01' }),
    position({ article: 'a2', published: '2025-06-03' }),
    position({ article: 'a3', published: '2025-06-10', stance: 'offer', target: 'russia' }),
  ]);
  assert.equal(history.length, 2);
  assert.deepEqual([history[0].stance, history[0].articles, history[0].first_seen, history[0].last_seen], ['reject', ['a1', 'a2'], '2025-06-01', '2025-06-03']);
  assert.equal(history[0].changed, false);
  assert.deepEqual([history[1].stance, history[1].changed, history[1].previous_stance], ['offer', true, 'reject']);
  assert.equal(history[1].previous_evidence?.article, 'a2');
  assert.equal(history[1].first_evidence.article, 'a3');
  assert.deepEqual(latestStances(history).map((s) => s.stance), ['offer']);
});

test('ledger: two stances in one article are two entries but no change', () => {
  const history = stanceHistory([position({ idx: 0 }), position({ idx: 1, stance: 'demand' })]);
  assert.equal(history.length, 2);
  assert.equal(history[1].changed, false);
});

test('ledger: histories are kept per holder and issue, in code-point order', () => {
  const history = stanceHistory([position({ holder: 'russia', issue: 'territory', stance: 'demand' }), position({ issue: 'ceasefire', stance: 'support' }), position({})]);
  assert.deepEqual(history.map((s) => `${s.holder}/${s.issue}`), ['russia/territory', 'volodymyr-zelensky/ceasefire', 'volodymyr-zelensky/withdrawal']);
  assert.ok(history.every((s) => !s.changed));
});

test('ledger: the same actor id in two articles is one actor, with the name and country most articles give', () => {
  const fact = (article: string, over: Partial<ActorFact> = {}): ActorFact => ({ article, id: 'colonel-ivan-petrenko', name: 'Ivan Petrenko', kind: 'person', country: 'UA', role: null, mentions: 2, ...over });
  const actors = mergeActors([fact('a1'), fact('a2', { name: 'Colonel Ivan Petrenko' }), fact('a3', { country: null }), fact('a1', { id: 'russia', name: 'Russia', kind: 'state', country: 'RU' })]);
  assert.equal(actors.length, 2);
  assert.deepEqual(actors.map((a) => a.id), ['colonel-ivan-petrenko', 'russia']);
  assert.deepEqual([actors[0].name, actors[0].country, actors[0].article_count, actors[0].mention_count], ['Ivan Petrenko', 'UA', 3, 6]);
});

const STORY = 'Russia and Ukraine exchanged 150 prisoners of war on Friday, the defence ministry said. The swap was brokered by the United Arab Emirates. '
  + 'Officials said the returning soldiers would receive medical care and that further exchanges were planned for the coming weeks. '
  + 'Negotiators met twice in Abu Dhabi before the deal was agreed, and both sides thanked the mediators for their patience.';

test('ledger: a story re-published with a new headline and a trailing line is a near-duplicate', () => {
  const a = minhash(`Kyiv and Moscow trade prisoners\n\n${STORY}`);
  const b = minhash(`Prisoner swap: each side frees 150\n\n${STORY}\n\nThis story has been updated.`);
  assert.ok(similarity(a, b) >= DUPLICATE_THRESHOLD, String(similarity(a, b)));
  assert.ok(bandKeys(a).some((k) => bandKeys(b).includes(k)));
});

test('ledger: two outlets writing their own stories on the same news are not duplicates', () => {
  const a = minhash(STORY);
  const b = minhash('Ukraine said 150 of its soldiers came home on Friday in a swap with Russia mediated by the Emirates. '
    + 'The men were taken to hospitals for checks. Kyiv hopes for more releases soon, a spokesman told reporters in the capital.');
  assert.ok(similarity(a, b) < 0.3, String(similarity(a, b)));
  assert.deepEqual(minhash(STORY), a);
});
