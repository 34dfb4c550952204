// The pure rules of analysts' corrections (src/ledger/corrections.ts): which fact a correction
// lands on, and what the ledger then sees. Invented facts, no store.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyCorrections, matchCorrections, showCorrected, type Correction } from '../src/ledger/corrections.js';

const fact = (idx: number, start: number, holder: string, issue: string, stance: string) =>
  ({ article: 'a1', idx, holder, issue, stance, evidence: { article: 'a1', start, end: start + 40, text: 'x'.repeat(40) } });

const correction = (id: number, over: Partial<Correction>): Correction => ({
  id, kind: 'position', article: 'a1', idx: 0, start: 0, end: 40, original: { holder: 'ukraine', issue: 'withdrawal', stance: 'reject' },
  action: 'set', changes: { stance: 'offer' }, reason: 'the sentence is an offer', analyst: 'ana', created_at: '2025-06-01T10:00:00Z', ...over,
});

test('corrections: a change replaces the field; the extracted fact is not modified', () => {
  const facts = [fact(0, 0, 'ukraine', 'withdrawal', 'reject'), fact(1, 50, 'russia', 'ceasefire', 'demand')];
  const { facts: out, byFact } = applyCorrections('position', facts, [correction(1, {})]);
  assert.equal(out[0].stance, 'offer');
  assert.equal(facts[0].stance, 'reject', 'the input is left alone');
  assert.equal(out[1].stance, 'demand');
  assert.equal(byFact.size, 1);
});

test('corrections: a rejected fact leaves the ledger; a later change of the same field wins', () => {
  const facts = [fact(0, 0, 'ukraine', 'withdrawal', 'reject'), fact(1, 50, 'russia', 'ceasefire', 'demand')];
  const rejected = applyCorrections('position', facts, [correction(1, { start: 50, end: 90, original: { holder: 'russia', issue: 'ceasefire', stance: 'demand' }, action: 'reject', changes: {} })]);
  assert.deepEqual(rejected.facts.map((f) => f.idx), [0]);
  const twice = applyCorrections('position', facts, [correction(2, { changes: { stance: 'support' } }), correction(1, {})]);
  assert.equal(twice.facts[0].stance, 'support', 'applied by id: 1 then 2');
});

test('corrections: after re-extraction renumbers the facts, a correction finds its fact by sentence and identity', () => {
  // Reprocess put a new fact in front: idx 0 is now another sentence, and the corrected one is idx 1.
  const reread = [fact(0, 200, 'russia', 'ceasefire', 'demand'), fact(1, 0, 'ukraine', 'withdrawal', 'reject'), fact(2, 0, 'ukraine', 'territory', 'reject')];
  const landed = matchCorrections('position', reread, [correction(1, {})]);
  assert.equal(landed.get(1)?.idx, 1, 'two facts share the sentence: the one with the recorded holder, issue and stance');
  // The sentence re-read with another issue and alone in its span: still that fact.
  const alone = [fact(0, 0, 'ukraine', 'territory', 'reject')];
  assert.equal(matchCorrections('position', alone, [correction(1, {})]).get(1)?.idx, 0);
  // The sentence no longer holds a position: the correction lands nowhere and changes nothing.
  const gone = [fact(0, 300, 'ukraine', 'withdrawal', 'reject')];
  assert.equal(matchCorrections('position', gone, [correction(1, {})]).size, 0);
  assert.equal(applyCorrections('position', gone, [correction(1, {})]).facts[0].stance, 'reject');
});

test('corrections: a reader sees the corrected values with the original ones and who, when, why', () => {
  const [shown, other] = showCorrected('position', [fact(0, 0, 'ukraine', 'withdrawal', 'reject'), fact(1, 50, 'russia', 'ceasefire', 'demand')], [correction(7, {})]);
  assert.equal(shown.stance, 'offer');
  assert.deepEqual(shown.correction, { ids: [7], rejected: false, original: { stance: 'reject' }, reason: 'the sentence is an offer', analyst: 'ana', created_at: '2025-06-01T10:00:00Z' });
  assert.equal(other.correction, null);
});

test('corrections: only the fields a kind allows are changed', () => {
  const events = [{ article: 'a1', idx: 0, type: 'ASSAULT', date: '2025-01-02', status: 'occurred', location: 'Kharkiv', evidence: { start: 0, end: 40 } }];
  const c: Correction = { ...correction(1, {}), kind: 'event', original: { type: 'ASSAULT' }, changes: { date: '2025-01-03', location: 'Kyiv' } };
  const [out] = applyCorrections('event', events, [c]).facts;
  assert.equal(out.date, '2025-01-03');
  assert.equal(out.location, 'Kharkiv', 'location is not a correctable field of an event');
});
