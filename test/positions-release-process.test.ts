// A named person released or freed is a prisoner ("demanded the release of their former leader
// <name>"), and a process, track or format named after its venue is the talks ("rejected the
// Ankara process"). Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

const positionsOf = (body: string) => extract(`Title\n\n${body}`, '2025-07-02').positions.map((p) => `${p.holder} ${p.stance} ${p.issue}`);

test('freeing a named person is the prisoners issue, whatever the noun before the name', () => {
  assert.ok(positionsOf('ECOWAS urged the junta to free the ousted president Mohamed Bazoum.').includes('ecowas support prisoners'));
  assert.ok(positionsOf('Georgia demanded the release of its former president Mikheil Saakashvili.').includes('georgia demand prisoners'));
});

test('a released statement or a person freed by someone is no prisoner', () => {
  const got = positionsOf('Hamas released a statement by Khalil al-Hayya welcoming the talks.');
  assert.ok(!got.some((p) => p.endsWith(' prisoners')), got.join(' | '));
});

test('a process named after its venue is the talks', () => {
  assert.deepEqual(positionsOf('Ethiopia rejected the Ankara process.'), ['ethiopia reject peace_talks']);
  assert.deepEqual(positionsOf('Sudan welcomed the Jeddah track.'), ['sudan support peace_talks']);
});

test('an electoral or legal process is not talks', () => {
  const got = positionsOf('The opposition rejected the Electoral process and Iran rejected the Budget process.');
  assert.ok(!got.some((p) => p.endsWith('peace_talks')), got.join(' | '));
});
