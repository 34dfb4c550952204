import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadLexicons, findCues } from '../src/lexicons/index.js';
import { loadKb, KbError } from '../src/kb/index.js';
import { runPipeline } from '../src/pipeline/run.js';

test('lexicons: a cue with "..." spans up to four words, "*" any ending, on word boundaries', () => {
  const hits = findCues('Kyiv wants to join the NATO alliance; withdrawals began. Unjoin.', ['join ... nato', 'withdraw*', 'join']);
  assert.deepEqual(hits.map((h) => h.cue), ['join ... nato', 'join', 'withdraw*']);
});

test('lexicons: a user file adds cues to an issue, and the positions use them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-lex-'));
  const file = join(dir, 'water.json');
  writeFileSync(file, JSON.stringify({ schema: 'detente/issues@1', issues: [{ issue: 'economic', cues: ['dam water'] }] }));
  const text = 'Title\n\nTajikistan demanded a larger share of dam water from Kyrgyzstan.';
  const meta = { title: null, published: '2025-01-01', url: null, source: 't' };
  const kb = loadKb();
  const before = runPipeline(text, meta, { kb, lexicons: loadLexicons() });
  const after = runPipeline(text, meta, { kb, lexicons: loadLexicons([file]) });
  assert.equal(before.positions.filter((p) => p.issue === 'economic').length, 0);
  assert.deepEqual(after.positions.filter((p) => p.issue === 'economic').map((p) => [p.holder, p.stance]), [['tajikistan', 'demand']]);
});

test('lexicons: a file of an unknown kind is refused with its name', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-lex-'));
  const file = join(dir, 'x.json');
  writeFileSync(file, JSON.stringify({ schema: 'detente/other@1' }));
  assert.throws(() => loadLexicons([file]), (e: unknown) => e instanceof KbError && e.message.includes('x.json'));
});
