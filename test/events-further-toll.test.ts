// A toll counted on top of one told before ("another six people", "five others were killed") is a
// further attack, not the first told again; a parenthesis about the group ("six people, including a
// child, were killed") keeps its count; the body whose spokesman spoke in the sentence before is no
// doer of the next deed. The sentences are invented for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

const assaults = (body: string) => extract(`Title\n\n${body}`, '2025-07-02').events.filter((e) => e.type === 'ASSAULT');

test('a count with a parenthesis about the group between it and its verb is kept', () => {
  const got = assaults('Medics said nine people, including three children, were killed in a Russian drone strike on Sumy on Tuesday.');
  assert.equal(got.length, 1);
  assert.equal(got[0].quantities.killed, 9);
});

test('"another" and "others" tolls on the same day are further attacks', () => {
  const body = 'Medics said four people were killed in a Russian drone strike on Sumy on Tuesday. '
    + 'Another four people were killed in a second Russian drone strike on Sumy on Tuesday.';
  assert.equal(assaults(body).length, 2, JSON.stringify(assaults(body).map((e) => e.quantities)));
  const told = assaults('Medics said four people were killed in a Russian drone strike on Sumy on Tuesday. Four people died in the Russian drone strike on Sumy on Tuesday, officials said.');
  assert.equal(told.length, 1, 'the same toll told again is one attack');
});

test('a body whose spokesman spoke in the sentence before is not the next deed\'s doer', () => {
  const body = 'UNHCR spokesman William Spindler said aid convoys had been blocked for a week. '
    + 'Three civilians were killed in an air strike on a market in El Fasher on Monday.';
  const got = assaults(body);
  assert.equal(got.length, 1);
  assert.ok(!got[0].actors.includes('unhcr'), got[0].actors.join(','));
});

test('a monitor\'s running count in the thousands is the war\'s toll, a day\'s count stays an event', () => {
  assert.equal(assaults('OHCHR has documented more than 13,300 civilians killed, and says the real figure is higher.').length, 0);
  const day = assaults('Health officials have confirmed 14 people killed in a Russian missile strike on Dnipro on Monday.');
  assert.equal(day.length, 1);
});
