// The learned position filter: candidates and their features are the same on every run, the
// weights file loads (and is refused when malformed), and the model decides byte for byte the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { context } from './helpers.js';
import { runPipeline } from '../src/pipeline/run.js';
import { toRecord } from '../src/pipeline/record.js';
import { rulePositions } from '../src/extract/positions/index.js';
import { positionCandidates } from '../src/extract/positions/learned/candidates.js';
import { learnedPositions } from '../src/extract/positions/learned/apply.js';
import { readPositionModel, positionModelOf, scoreOf, type PositionModelFile } from '../src/lexicons/position-model.js';
import type { Ctx } from '../src/pipeline/context.js';

const TEXT = 'Title\n\nThe Latvian government said on Tuesday that it would never accept a ceasefire that rewards aggression. '
  + 'Estonia urged both sides to return to talks, while Finland offered to send peacekeepers.';

/** The context with the model switched off, so that the stage gives the rules' positions. */
function rulesOnly(): Ctx {
  const ctx = context();
  return { ...ctx, lexicons: { ...ctx.lexicons, positionModel: null } };
}

function docOf(ctx: Ctx) {
  return runPipeline(TEXT, { title: null, published: '2025-03-11', url: null, source: 'test' }, ctx);
}

function modelFile(weights: Record<string, number>, threshold = 0, thresholdNew = 0): PositionModelFile {
  return { schema: 'detente/position-model@1', version: 'test', enabled: true, threshold, threshold_new: thresholdNew, trained_on: [], weights };
}

test('learned positions: candidates and their features are the same on two runs, sorted and without repeats', () => {
  const ctx = rulesOnly();
  const a = docOf(ctx), b = docOf(ctx);
  const ca = positionCandidates(a, ctx, rulePositions(a, ctx));
  const cb = positionCandidates(b, ctx, rulePositions(b, ctx));
  assert.ok(ca.length > 0);
  assert.equal(JSON.stringify(ca), JSON.stringify(cb));
  for (const c of ca) {
    assert.deepEqual(c.features, [...new Set(c.features)].sort());
    assert.ok(c.features.includes('bias'));
    assert.ok(c.features.includes(`st:${c.position.stance}`) && c.features.includes(`is:${c.position.issue}`));
  }
});

test('learned positions: every rules\' position is a candidate, marked with the rule that made it', () => {
  const ctx = rulesOnly();
  const doc = docOf(ctx);
  const rules = rulePositions(doc, ctx);
  assert.ok(rules.positions.length > 0);
  const candidates = positionCandidates(doc, ctx, rules);
  rules.positions.forEach((p, i) => {
    const c = candidates.find((x) => x.rule === i);
    assert.ok(c, `no candidate for ${p.holder} ${p.stance} ${p.issue}`);
    assert.ok(c.features.includes('r:exact') && c.features.some((f) => f.startsWith('r:rule:')), c.features.join(' '));
  });
  // More candidates than rules' positions: other holders and stances of the same sentences.
  assert.ok(candidates.length > rules.positions.length);
  assert.ok(candidates.some((c) => c.rule < 0 && !c.features.includes('r:exact')));
});

test('learned positions: a model that trusts only the rules\' verdict gives the rules\' positions; a high threshold gives none', () => {
  const ctx = rulesOnly();
  const doc = docOf(ctx);
  const rules = rulePositions(doc, ctx);
  const trusting = positionModelOf(modelFile({ bias: -1, 'r:exact': 2 }));
  const kept = learnedPositions(doc, ctx, rules, trusting);
  assert.deepEqual(kept.map((p) => `${p.holder} ${p.stance} ${p.issue}`).sort(), rules.positions.map((p) => `${p.holder} ${p.stance} ${p.issue}`).sort());
  assert.deepEqual(learnedPositions(doc, ctx, rules, positionModelOf(modelFile({ bias: -1, 'r:exact': 2 }, 5, 5))), []);
});

test('learned positions: with the model on, the record is the same byte for byte on two runs', () => {
  const base = context();
  const ctx: Ctx = { ...base, lexicons: { ...base.lexicons, positionModel: positionModelOf(modelFile({ bias: -0.5, 'r:exact': 1, 'c:governs': 0.75, 'h:picked': 0.25 })) } };
  const run = () => JSON.stringify(toRecord(docOf(ctx)));
  assert.equal(run(), run());
});

test('position model: the weights load, unknown features weigh nothing, DETENTE_POSITION_MODEL overrides the switch', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-model-'));
  const path = join(dir, 'positions.json');
  writeFileSync(path, JSON.stringify({ ...modelFile({ bias: -0.5, 'r:exact': 2 }, 0.25, 1), enabled: false }));
  const model = readPositionModel(path);
  assert.ok(model);
  assert.equal(model.enabled, false);
  assert.equal(model.threshold, 0.25);
  assert.equal(model.thresholdNew, 1);
  assert.equal(scoreOf(model, ['bias', 'r:exact', 'never-seen']), 1.5);
  assert.equal(readPositionModel(path, 'on')?.enabled, true);
  assert.equal(readPositionModel(path, 'off')?.enabled, false);
  assert.equal(readPositionModel(join(dir, 'none.json')), null);
});

test('position model: a malformed weights file is refused with its path and the field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-model-'));
  const path = join(dir, 'positions.json');
  writeFileSync(path, JSON.stringify({ schema: 'detente/position-model@1', version: '1', enabled: true, threshold: 'high', threshold_new: 0, trained_on: [], weights: {} }));
  assert.throws(() => readPositionModel(path), (e: Error) => e.message.includes(path) && e.message.includes('threshold'));
  writeFileSync(path, '{ not json');
  assert.throws(() => readPositionModel(path), /not readable JSON/);
});

test('position model: the shipped weights file loads', () => {
  const model = context().lexicons.positionModel;
  assert.ok(model, 'data/models/positions.json is missing');
  assert.ok(model.weights.size > 100);
  assert.ok(Number.isFinite(model.threshold) && Number.isFinite(model.thresholdNew));
});
