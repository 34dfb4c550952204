// The lookup structures behind cue and name matching: the Aho-Corasick automaton over cue
// literals, findCues on top of it, and the knowledge base's name trie. Each must find what a
// scan would (the automaton what `includes` finds; the trie every length a key lookup could hit).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Automaton } from '../src/lexicons/automaton.js';
import { findCues, CueTable } from '../src/lexicons/index.js';
import { eventHits, type EventEntry } from '../src/extract/events/lexicon.js';
import { NameTrie, signature, type WordSig } from '../src/link/name-trie.js';
import { normName, type KbActor } from '../src/kb/index.js';
import { extract } from './helpers.js';

test('automaton: overlapping patterns are all found, longer first where two end together', () => {
  const a = new Automaton(['he', 'she', 'his', 'hers']);
  assert.deepEqual(a.findAll('ushers').map((h) => [a.patterns[h.pattern], h.start, h.end]), [['she', 1, 4], ['hers', 2, 6], ['he', 2, 4]]);
  assert.deepEqual([...a.present('ushers')], [1, 1, 0, 1]);
  assert.deepEqual(a.occurring('ushers').ids.map((id) => a.patterns[id]), ['she', 'he', 'hers']);
});

test('automaton: a pattern inside another, repeated and overlapping occurrences, letters beyond ASCII', () => {
  const a = new Automaton(['cease', 'ceasefire', 'fire', 'aa', 'vučić']);
  assert.deepEqual(a.findAll('ceasefire aaa vučić').map((h) => [a.patterns[h.pattern], h.start]), [
    ['ceasefire', 0], ['cease', 0], ['fire', 5], ['aa', 10], ['aa', 11], ['vučić', 14],
  ]);
});

test('automaton: no patterns, empty patterns and duplicates', () => {
  const none = new Automaton([]);
  assert.deepEqual([...none.present('anything at all')], []);
  assert.deepEqual(none.findAll('anything'), []);
  const odd = new Automaton(['', 'war', 'war']);
  assert.deepEqual([...odd.present('war')], [0, 1, 1]);
  assert.deepEqual([...odd.present('peace')], [0, 0, 0]);
});

test('automaton: a pattern is present exactly when String.includes finds it', () => {
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'é', '’'), minLength: 1, maxLength: 5 });
  fc.assert(fc.property(fc.array(word, { maxLength: 12 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'é', '’'), maxLength: 40 }), (patterns, text) => {
    const flags = new Automaton(patterns).present(text);
    patterns.forEach((p, i) => assert.equal(flags[i] === 1, text.includes(p), `${JSON.stringify(p)} in ${JSON.stringify(text)}`));
  }), { numRuns: 300 });
});

test('findCues: overlapping cues are each reported, sorted by start and longer first', () => {
  const hits = findCues('The ceasefire held; a cease-fire too.', ['ceasefire', 'cease*', 'fire', 'cease-fire']);
  assert.deepEqual(hits.map((h) => [h.cue, h.start, h.end]), [
    ['cease*', 4, 13], ['ceasefire', 4, 13], ['cease*', 22, 32], ['cease-fire', 22, 32], ['fire', 28, 32],
  ]);
});

test('findCues: case and curly apostrophes fold as before; a literal inside a word does not start a cue', () => {
  assert.deepEqual(findCues('Kyiv WON’T join NATO.', ["won't join", 'nato']).map((h) => h.cue), ["won't join", 'nato']);
  assert.deepEqual(findCues('Unjoined, they rejoin.', ['join*']), []);
  // A capital letter that lower-cases to two code units: the whole-text expression path.
  assert.deepEqual(findCues('İstanbul talks: a ceasefire.', ['ceasefire']).map((h) => h.start), [18]);
});

test('findCues: an empty list finds nothing; a list compiled after a text was seen still finds its cues', () => {
  const text = 'Delegates discussed a prisoner swap and grain corridors.';
  assert.deepEqual(findCues(text, []), []);
  assert.deepEqual(findCues(text, ['prisoner swap']).map((h) => h.cue), ['prisoner swap']);
  // New literals rebuild the automaton; the text prepared above must be read again.
  assert.deepEqual(findCues(text, ['grain corrid*', 'zebra crossing']).map((h) => h.cue), ['grain corrid*']);
});

test('findCues: a cue of several words is tried only when all its words occur, "..." spans words', () => {
  const text = 'Moscow refused to even consider joining the talks.';
  assert.deepEqual(findCues(text, ['refuse* ... consider', 'refuse* ... accept']).map((h) => [h.cue, text.slice(h.start, h.end)]), [['refuse* ... consider', 'refused to even consider']]);
});

test('cue tables: the longest of two overlapping event cues wins', () => {
  const strike: EventEntry = { type: 'ASSAULT', mode: null, verbal: false, cues: ['drone', 'drone attack'] };
  const table = new CueTable<EventEntry>(strike.cues.map((c) => [c, strike]));
  const hits = eventHits('A drone attack hit the port.', 0, table);
  assert.deepEqual(hits.map((h) => [h.start, h.end]), [[2, 14]]);
});

/** A knowledge base of a few names, as NameTrie reads it. */
function tinyKb(entries: [name: string, kind: KbActor['kind']][]) {
  const names = new Map<string, string[]>();
  const actors = new Map<string, KbActor>();
  entries.forEach(([name, kind], i) => {
    const id = `a${i}`;
    actors.set(id, { id, name, kind, country: null, roles: [], aliases: [] });
    names.set(normName(name), [...(names.get(normName(name)) ?? []), id]);
  });
  return { names, actors };
}

const sigs = (...words: string[]): WordSig[] => words.map(signature);

test('name trie: multi-word names, longest first; a run of words no name starts gives nothing', () => {
  const trie = new NameTrie(tinyKb([['Sergey Lavrov', 'person'], ['Lavrov', 'person'], ['Coalition of the Willing', 'organisation'], ['Coalition', 'organisation']]));
  assert.deepEqual(trie.lengthsAt(sigs('Sergey', 'Lavrov', 'said'), 0, 3), [2]);
  assert.deepEqual(trie.lengthsAt(sigs('Lavrov', 'said'), 0, 2), [1]);
  assert.deepEqual(trie.lengthsAt(sigs('coalition', 'of', 'the', 'willing', 'met'), 0, 5), [4, 1]);
  assert.deepEqual(trie.lengthsAt(sigs('Talks', 'resumed'), 0, 2), []);
  // Tokens split at hyphens and full stops join into one name's letters: "al-Qaeda", "U.S.".
  const more = new NameTrie(tinyKb([['al-Qaeda', 'organisation'], ['U.S.', 'state']]));
  assert.deepEqual(more.lengthsAt(sigs('al', '-', 'Qaeda', 'fighters'), 0, 4), [3]);
  // The signature drops "s" (so that a possessive reads as the name): "U", "U.", "U.S" and "U.S." all spell "u" and stay candidates.
  assert.deepEqual(more.lengthsAt(sigs('U', '.', 'S', '.', 'envoy'), 0, 5), [4, 3, 2, 1]);
});

test('name trie: accents and case fold as normName does; "the" may be dropped; a state\'s possessive keeps every longer length', () => {
  const trie = new NameTrie(tinyKb([['Aleksandar Vucic', 'person'], ['Hague', 'place'], ['Russia', 'state'], ['Ministry of Defence of Russia', 'organisation']]));
  assert.deepEqual(trie.lengthsAt(sigs('ALEKSANDAR', 'Vučić'), 0, 2), [2]);
  assert.deepEqual(trie.lengthsAt(sigs('The', 'Hague'), 0, 2), [2]);
  // "Russia's Ministry of Defence" is looked up as "Ministry of Defence of Russia": the trie cannot tell, so it keeps the lengths.
  assert.deepEqual(trie.lengthsAt(sigs('Russia', "'s", 'Ministry', 'of', 'Defence'), 0, 5), [5, 4, 3, 2, 1]);
  assert.deepEqual(trie.lengthsAt(sigs('Russia', 'said'), 0, 2), [1]);
});

test('name trie: an empty knowledge base names nothing', () => {
  const trie = new NameTrie(tinyKb([]));
  assert.deepEqual(trie.lengthsAt(sigs('Sergey', 'Lavrov'), 0, 2), []);
});

test('names: the matcher over the trie still takes the longest known name, possessives and native spellings', () => {
  const r = extract('Talks\n\nSergey Lavrov met Aleksandar Vučić. Gaza\'s health ministry said Russia\'s Ministry of Defence denied it.');
  assert.deepEqual(r.actors.map((a) => [a.name, a.mentions.map((m) => m.text)]), [
    ['Sergei Lavrov', ['Sergey Lavrov']],
    ['Aleksandar Vucic', ['Aleksandar Vučić']],
    ['Gaza Health Ministry', ["Gaza's health ministry"]],
    ['Russian Defence Ministry', ["Russia's Ministry of Defence"]],
  ]);
});
