// The worker pool of `extract` and `ingest`, with small stand-in workers (no knowledge loaded):
// outcomes come back in source order whatever order the workers finish in, a bad input is
// reported and the batch goes on, a bug stops it, and what the pool holds stays bounded.
import test from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { runPool, type Outcome } from '../src/cli/pool.js';
import { JsonListWriter } from '../src/cli/record-format.js';
import { InputError } from '../src/ingest/read-input.js';

/**
 * A stand-in worker: answers each source after a delay it reads from the source ("a/7" waits
 * 7 ms), an input error for sources starting with "bad", a bug for "bug". Like worker.ts it
 * takes its sources one at a time, in the order they came.
 */
const ECHO = `
const { parentPort } = require('node:worker_threads');
const queue = []; let busy = false;
async function work() {
  busy = true;
  for (let t = queue.shift(); t; t = queue.shift()) {
    await new Promise((r) => setTimeout(r, Number(t.source.split('/')[1] ?? 0)));
    if (t.source.startsWith('bug')) parentPort.postMessage({ index: t.index, fatal: 'a bug in ' + t.source });
    else if (t.source.startsWith('bad')) parentPort.postMessage({ index: t.index, error: { source: t.source, message: 'is not an article' } });
    else parentPort.postMessage({ index: t.index, result: t.source.toUpperCase() + ':' + t.opts.tag });
  }
  busy = false;
}
parentPort.on('message', (t) => { queue.push(t); if (!busy) work(); });
`;
const spawn = () => new Worker(ECHO, { eval: true });

async function collect(sources: Iterable<string> | AsyncIterable<string>, size: number, onEach?: () => Promise<void>) {
  const seen: { index: number; source: string; outcome: Outcome<string> }[] = [];
  const stats = await runPool<string>(sources, () => ({ tag: 't' }), async (index, source, outcome) => {
    seen.push({ index, source, outcome });
    await onEach?.();
  }, { size, spawn });
  return { seen, stats };
}

test('pool: outcomes come in source order though workers finish out of order', async () => {
  // Slow and fast sources mixed: the second worker finishes its fast ones before the first's slow one.
  const sources = Array.from({ length: 40 }, (_, i) => `s${i}/${(i * 7) % 5 === 0 ? 15 : 1}`);
  const { seen } = await collect(sources, 3);
  assert.deepEqual(seen.map((s) => s.index), sources.map((_, i) => i));
  assert.deepEqual(seen.map((s) => s.source), sources);
  assert.deepEqual(seen.map((s) => ('result' in s.outcome ? s.outcome.result : null)), sources.map((s) => `${s.toUpperCase()}:t`));
});

test('pool: an input that fails is reported in its place and the batch goes on', async () => {
  const { seen } = await collect(['a/1', 'bad-one/3', 'b/1', 'c/0'], 2);
  assert.deepEqual(seen.map((s) => ('error' in s.outcome ? `error ${s.outcome.error.source}: ${s.outcome.error.message}` : s.outcome.result)),
    ['A/1:t', 'error bad-one/3: is not an article', 'B/1:t', 'C/0:t']);
});

test('pool: a bug in a worker stops the batch with its message', async () => {
  await assert.rejects(collect(['a/0', 'bug/1', ...Array.from({ length: 20 }, (_, i) => `x${i}/1`)], 2), /a bug in bug\/1/);
});

test('pool: sources are taken from an async iterator only as workers have room', async () => {
  let taken = 0;
  let emitted = 0;
  let maxAhead = 0;
  async function* sources() {
    for (let i = 0; i < 200; i++) { taken++; maxAhead = Math.max(maxAhead, taken - emitted); yield `g${i}/0`; }
  }
  const { seen } = await collect(sources(), 2, async () => { emitted++; });
  assert.equal(seen.length, 200);
  // Two workers holding two sources each, within a window of eight: never the whole batch.
  assert.ok(maxAhead <= 9, `took ${maxAhead} sources ahead of the output`);
});

test('pool: a slow first source and a slow reader keep the buffers bounded over a large batch', async () => {
  // 2,000 small sources; the first is slow, so the others wait for it; the output is slow too.
  const sources = ['first/40', ...Array.from({ length: 2000 }, (_, i) => `s${i}/0`)];
  let written = 0;
  const { seen, stats } = await collect(sources, 2, async () => { if (++written % 100 === 0) await new Promise((r) => setTimeout(r, 5)); });
  assert.equal(seen.length, 2001);
  assert.equal(stats.sent, 2001);
  assert.ok(stats.maxOut <= 8, `held ${stats.maxOut} sources at once`);
  assert.ok(stats.maxWaiting <= 8, `buffered ${stats.maxWaiting} outcomes at once`);
});

test('pool: an empty batch ends at once', async () => {
  const { seen, stats } = await collect([], 2);
  assert.deepEqual([seen.length, stats.sent], [0, 0]);
});

/**
 * The main thread's own stream, like extract's: the source's answer computed on this thread, busy
 * for the delay the source names (no await inside, as the pipeline runs), input errors thrown.
 */
const busyLocal = async (source: string, opts: unknown) => {
  const until = performance.now() + Number(source.split('/')[1] ?? 0);
  while (performance.now() < until) { /* on this thread, as an extraction is */ }
  if (source.startsWith('bug')) throw new Error('a bug in ' + source);
  if (source.startsWith('bad')) throw new InputError(source, 'is not an article');
  return source.toUpperCase() + ':' + (opts as { tag: string }).tag;
};

async function collectLocal(sources: Iterable<string>, size: number, onEach?: () => Promise<void>, depth?: number) {
  const seen: { index: number; source: string; outcome: Outcome<string> }[] = [];
  const stats = await runPool<string>(sources, () => ({ tag: 't' }), async (index, source, outcome) => {
    seen.push({ index, source, outcome });
    await onEach?.();
  }, { size, spawn, local: busyLocal, depth });
  return { seen, stats };
}

const shown = (seen: { outcome: Outcome<string> }[]) => seen.map((s) => ('error' in s.outcome ? `error ${s.outcome.error.source}: ${s.outcome.error.message}` : s.outcome.result));

test('pool: the main thread extracts as one of the streams, and the outcomes still come in source order', async () => {
  const sources = Array.from({ length: 60 }, (_, i) => `s${i}/${(i * 7) % 5 === 0 ? 12 : 1}`);
  const { seen, stats } = await collectLocal(sources, 2);
  assert.deepEqual(seen.map((s) => s.index), sources.map((_, i) => i));
  assert.deepEqual(shown(seen), sources.map((s) => `${s.toUpperCase()}:t`));
  // Both streams took a share: the main thread and the one worker.
  assert.ok(stats.local > 0 && stats.local < sources.length, `the main thread took ${stats.local} of ${sources.length}`);
});

test('pool: one stream is the main thread alone, no worker started', async () => {
  let started = 0;
  const seen: string[] = [];
  const stats = await runPool<string>(['a/0', 'bad-x/0', 'b/1'], () => ({ tag: 'u' }), async (_, __, o) => { seen.push('error' in o ? `error ${o.error.source}` : o.result); }, {
    size: 1, spawn: () => { started++; return spawn(); }, local: busyLocal,
  });
  assert.deepEqual(seen, ['A/0:u', 'error bad-x/0', 'B/1:u']);
  assert.deepEqual([started, stats.local], [0, 3]);
});

test('pool: with the main thread as a stream, an input error is reported in its place and a bug stops the batch', async () => {
  // One source a worker: the first goes to the worker, the main thread takes the next.
  const { seen, stats } = await collectLocal(['a/1', 'bad-one/3', 'b/1', 'bad-two/0', 'c/0', 'd/2'], 2, undefined, 1);
  assert.deepEqual(shown(seen), ['A/1:t', 'error bad-one/3: is not an article', 'B/1:t', 'error bad-two/0: is not an article', 'C/0:t', 'D/2:t']);
  assert.ok(stats.local > 0);
  // A bug on either stream stops the batch.
  await assert.rejects(collectLocal(['a/0', 'bug/1', ...Array.from({ length: 20 }, (_, i) => `x${i}/1`)], 2, undefined, 1), /a bug in bug\/1/);
  await assert.rejects(collectLocal(['bug/0', ...Array.from({ length: 20 }, (_, i) => `x${i}/1`)], 2, undefined, 1), /a bug in bug\/0/);
});

test('pool: with the main thread as a stream, a slow source of its own and a slow reader keep the buffers bounded', async () => {
  const sources = ['w/0', 'first/60', ...Array.from({ length: 1500 }, (_, i) => `s${i}/0`)];
  let written = 0;
  const { seen, stats } = await collectLocal(sources, 2, async () => { if (++written % 100 === 0) await new Promise((r) => setTimeout(r, 5)); });
  assert.equal(seen.length, sources.length);
  assert.deepEqual(seen.map((s) => s.index), sources.map((_, i) => i));
  assert.ok(stats.maxOut <= 16, `held ${stats.maxOut} sources at once`);
  assert.ok(stats.maxWaiting <= 16, `buffered ${stats.maxWaiting} outcomes at once`);
  assert.ok(stats.local > 0);
});

test('pool: with the main thread as a stream, an empty batch ends at once', async () => {
  for (const size of [1, 2]) {
    const { seen, stats } = await collectLocal([], size);
    assert.deepEqual([seen.length, stats.sent, stats.local], [0, 0, 0]);
  }
});

test('extract --json: a list written record by record is JSON.stringify of the whole list', async () => {
  const records = [{ a: 1, b: [1, { c: 'x\ny' }], d: {} }, { a: 2, b: [], d: { e: null } }, { a: 3, b: ['z'], d: {} }];
  for (const n of [0, 1, 2, 3]) {
    let out = '';
    const list = new JsonListWriter(async (chunk) => { out += chunk; });
    for (const r of records.slice(0, n)) await list.add(JSON.stringify(r, null, 2));
    await list.end(true);
    const whole = n === 1 ? records[0] : records.slice(0, n);
    assert.equal(out, JSON.stringify(whole, null, 2) + '\n', `${n} records`);
  }
  let none = '';
  const failed = new JsonListWriter(async (chunk) => { none += chunk; });
  await failed.end(false);
  assert.equal(none, '');
});

test('pool: the limits for workers that share the process cap their young generation at two 4 MB semi-spaces', async () => {
  const { spawnExtractWorker, SHARED_WORKER_LIMITS } = await import('../src/cli/pool.js');
  const script = `const v8 = require('node:v8'); require('node:worker_threads').parentPort.postMessage(v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_available_size + v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_used_size);`;
  const youngOf = async (limits?: typeof SHARED_WORKER_LIMITS) => {
    const w = new Worker(script, { eval: true, resourceLimits: limits });
    const size = await new Promise<number>((resolve) => w.on('message', resolve));
    await w.terminate();
    return size;
  };
  assert.equal(SHARED_WORKER_LIMITS.maxYoungGenerationSizeMb, 12);
  assert.ok(await youngOf(SHARED_WORKER_LIMITS) <= 4 * 1048576, 'a semi-space of at most 4 MB');
  assert.equal(typeof spawnExtractWorker, 'function');
});
