// National armies by their acronyms and demonym forms (data/kb/bodies-armed-forces.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

const bodies = (text: string) => extract(text, '2026-03-12').actors.filter((a) => a.kind === 'organisation').map((a) => `${a.name}/${a.country}`).sort();

test('kb: a national army is named by its acronym or its demonym ("the UPDF", "the Kenyan army", "the TSK")', () => {
  assert.deepEqual(bodies('Title\n\nThe UPDF said its troops had killed rebels in Ituri. The Kenyan army said two soldiers died. The TSK struck targets in northern Iraq.'),
    ['Kenya Defence Forces/KE', 'Turkish Armed Forces/TR', "Uganda People's Defence Force/UG"]);
});

test('kb: an army whose name ends in another\'s ("the Syrian Arab Army") is the longer name\'s', () => {
  assert.deepEqual(bodies('Title\n\nThe Syrian Arab Army shelled Idlib on Monday.').filter((b) => b.endsWith('/JO')), []);
});
