// Stance cues written as whole paradigms (every inflected form of a verb frame, its nominal and
// adjectival forms), not as the single phrases seen in an article. Sentences are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';
import type { ExtractRecord } from '../src/pipeline/record.js';

function triples(r: ExtractRecord): string[] {
  const name = (id: string) => r.actors.find((a) => a.id === id)?.name ?? id;
  return r.positions.map((p) => `${name(p.holder)} ${p.stance} ${p.issue}`).sort();
}
const has = (text: string, want: string) => {
  const t = triples(extract(`Title\n\n${text}`));
  assert.ok(t.includes(want), `${want} not in: ${t.join('; ')}`);
};

test('paradigms: demand frames in every form ("held out for", "standing firm on", "seeking to obtain")', () => {
  has('Kyiv held out for binding security guarantees from its allies.', 'Ukraine demand security_guarantees');
  has('Moscow is standing firm on the lifting of sanctions.', 'Russia demand sanctions');
  has('Israel was seeking to obtain the release of all hostages.', 'Israel demand hostages');
  has('Qatar is appealing for humanitarian access to the north of the strip.', 'Qatar demand humanitarian');
});

test('paradigms: reject frames in every form ("brushing aside", "walked away from", "scoffs at", "turning ... down")', () => {
  has('Hamas walked away from the truce proposal on Monday.', 'Hamas reject ceasefire');
  has('The Kremlin scoffs at the idea of European peacekeepers.', 'Russia reject peacekeepers');
  has('Azerbaijan is brushing aside calls for international monitors in Karabakh.', 'Azerbaijan reject territory');
  has('Tehran kept turning the IAEA inspections down.', 'Iran reject nuclear');
});

test('paradigms: "not averse to" is the negation of a reject cue, so it supports', () => {
  has('Russia is not averse to a prisoner exchange.', 'Russia support prisoners');
});

test('paradigms: support frames in every form ("voicing support", "stood behind", "commended", "spoke in favour of")', () => {
  has('Germany is voicing support for the special tribunal on aggression.', 'Germany support accountability');
  has('France stood behind the plan for a ceasefire.', 'France support ceasefire');
  has('Egypt commended the prisoner exchange.', 'Egypt support prisoners');
  has('Turkey spoke in favour of direct negotiations.', 'Türkiye support peace_talks');
});

test('paradigms: issue verbs in every form ("hands over ... territory", "giving up ... weapons", "resuming talks")', () => {
  has('Moscow demands that Kyiv hands over the remaining territory in the east.', 'Russia demand territory');
  has('Hezbollah rejected giving up its weapons.', 'Hezbollah reject demilitarisation');
  has('Qatar urged resuming talks between the two sides.', 'Qatar support peace_talks');
  has('Egypt called for stopping the fighting at once.', 'Egypt support ceasefire');
});

test('paradigms: membership of the alliance said as integration or entry ("NATO integration", "into NATO")', () => {
  has('Kyiv insists on its NATO integration.', 'Ukraine demand nato_membership');
  has('The Kremlin rejected any admission of Ukraine into NATO.', 'Russia reject nato_membership');
});

test('paradigms: implicit negators turn the stance ("declined to endorse", "stopped short of backing", "has yet to accept")', () => {
  has('Israel declined to endorse the truce.', 'Israel reject ceasefire');
  has('Hamas stopped short of endorsing the truce.', 'Hamas reject ceasefire');
  has('Kyiv has yet to accept the truce.', 'Ukraine reject ceasefire');
  const t = triples(extract('Title\n\nThe spokesman declined to comment on the truce.'));
  assert.deepEqual(t, []);
});

test('paradigms: membership of the European Union said in full ("European Union membership")', () => {
  has('Russia does not oppose European Union membership for Ukraine.', 'Russia support nato_membership');
});
