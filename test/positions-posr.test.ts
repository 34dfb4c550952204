// Round posr (issue 9): frames read off the misses of a tuned half, tested on invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';
import type { ExtractRecord } from '../src/pipeline/record.js';

/** "holder stance issue" for every position, the holder by name. */
function triples(r: ExtractRecord): string[] {
  const name = (id: string) => r.actors.find((a) => a.id === id)?.name ?? id;
  return r.positions.map((p) => `${name(p.holder)} ${p.stance} ${p.issue}`).sort();
}

test('posr: signing an agreement, a deal or "anything" names the talks', () => {
  const t1 = triples(extract('Title\n\nThe Serbian president told reporters he had no intention of signing anything with Kurti in Brussels.'));
  assert.ok(t1.includes('Aleksandar Vucic reject peace_talks'), t1.join('; '));
  const t2 = triples(extract('Title\n\nKurti said on Friday that Kosovo was ready to sign the agreement next month.'));
  assert.ok(t2.includes('Kosovo offer peace_talks'), t2.join('; '));
});

test('posr: a passive\'s agent holds the step before it across a relative clause after the agent', () => {
  const t = triples(extract('Title\n\nThe Georgian president called for the country to hold early elections, a step demanded by Russia that might smooth the way to a peace deal.'));
  assert.ok(t.includes('Russia demand elections_governance'), t.join('; '));
});

test('posr: a main-clause verb followed by "that" is still the main clause\'s own stance', () => {
  const t = triples(extract('Title\n\nAfter the talks, Kyiv insisted that Russian troops withdraw from the occupied regions.'));
  assert.ok(t.includes('Ukraine demand withdrawal'), t.join('; '));
});

test('posr: "a proposal by <title> <name>" names its owner past the title and a dash parenthetical', () => {
  const t = triples(extract('Title\n\nThe Thai premier said he welcomed a proposal by Indonesian President Prabowo Subianto — who has offered to mediate — to halt hostilities along the border.'));
  assert.ok(t.some((x) => x.startsWith('Prabowo Subianto') && / (?:offer|support) ceasefire$/.test(x)), t.join('; '));
  assert.ok(!t.some((x) => x.startsWith('Prabowo Subianto') && x.endsWith('peace_talks')), t.join('; '));
});

test('posr: a passive after a participle in apposition governs the subject noun ("The plan, drawn up by ..., has been rejected by ...")', () => {
  const t = triples(extract('Title\n\nJordan floated a plan to rebuild the camps. The plan, drawn up by Amman and praised by donors, has been rejected by Israel.'));
  assert.ok(t.includes('Israel reject reconstruction'), t.join('; '));
});

test('posr: asking a third party to press another side to act is the asker\'s demand', () => {
  const t = triples(extract('Title\n\nMoldova warned it would turn to the United Nations Security Council to press Russia to withdraw its troops.'));
  assert.ok(t.includes('Moldova demand withdrawal'), t.join('; '));
  assert.ok(!t.some((x) => x.startsWith('UN Security Council') || x.startsWith('United Nations Security Council')), t.join('; '));
});
