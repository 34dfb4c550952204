// Runs extraction over many sources on worker threads, handing the results back in the order of
// the sources, so that the output is the same bytes as a serial run.
//
// Why two workers once gave no speed-up on two cores, and what this file does about it:
// - A worker held one source at a time, so after each article it sat idle until the main
//   thread (itself waiting for a core behind both workers and V8's helper threads) woke up and
//   posted the next one. Each worker now holds `depth` sources: one in hand, the next already
//   queued in its port.
// - Results came back as whole record objects that the main thread copied out of the message
//   and then turned into text; for `extract` the worker now sends the text itself.
// - Sources are taken from an iterator only when a worker has room, and no more than `window`
//   sources are ever out (sent and not yet written): a slow article holds the others in a
//   buffer of bounded size, and a slow reader of stdout stops the feeding instead of growing it.
// - With `local`, the main thread is one of the streams (`extract --processes`): it extracts a
//   source of its own between two turns of the event loop, in which it takes the workers'
//   answers, writes in source order and refills them (they hold `depth` 4 then, so that a long
//   source of the main thread's does not leave them idle). With worker threads it cost more CPU
//   and memory than a worker of its own (docs/performance.md, perf19), so threads do not use it.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import { availableParallelism } from 'node:os';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { InputError } from '../ingest/read-input.js';
import { readSharedGazetteer, useSharedGazetteer } from '../link/gazetteer.js';

export type Outcome<R> = { result: R } | { error: InputError };

/** What goes to a worker: the source's place in the batch, the source, and per-source options. */
export interface Task {
  index: number;
  source: string;
  opts: unknown;
}

/** What a worker answers: the result, an input's error (the batch goes on), or a bug (it stops). */
export interface Reply<R> {
  index: number;
  result?: R;
  error?: { source: string; message: string };
  fatal?: string;
}

/** The part of a Worker the pool uses (a fake one in tests). */
export type WorkerLike = Pick<Worker, 'postMessage' | 'on' | 'terminate'>;

export interface PoolOptions<R = unknown> {
  size: number;
  /**
   * Starts one worker; by default worker.ts (which loads the knowledge once) with `workerData`,
   * and when size >= 2 with SHARED_WORKER_LIMITS and one copy of the gazetteer for all (its `gazetteer`).
   */
  spawn?: () => WorkerLike;
  workerData?: unknown;
  /**
   * Workers as child processes (child_process.fork) instead of threads: each has its own heap,
   * allocator and gazetteer, so two of them do not contend in one process (more memory, more speed
   * on two cores: docs/performance.md).
   */
  processes?: boolean;
  /** Sources a worker holds at once, the one in hand included. */
  depth?: number;
  /** Most sources sent and not yet handed to onOutcome. */
  window?: number;
  /**
   * Extracts one source on this thread (an input's error thrown as InputError, anything else is
   * a bug that stops the batch): the main thread is then one of the `size` streams, beside
   * `size - 1` workers, and hands out and writes between its own sources.
   */
  local?: (source: string, opts: unknown) => Promise<R>;
}

/** The most the pool ever held, for tests that memory stays bounded. */
export interface PoolStats {
  sent: number;
  /** Most outcomes waiting for an earlier source at once. */
  maxWaiting: number;
  /** Most sources out (sent, not yet handed on) at once. */
  maxOut: number;
  /** Sources the main thread extracted itself (`local`). */
  local: number;
}

/**
 * Streams of extraction for a batch of `sources` when none are asked for, or 0 for the main
 * thread alone. Each worker loads its own knowledge base and has its own heap (about a second
 * and a half of CPU and 150-200 MB), so a pool is worth it from a handful of sources on. On two
 * cores two worker threads take about a quarter more CPU in all than the main thread alone
 * (docs/performance.md, perf19), so there the default stays on the main thread; from three
 * cores on, one worker a core (the main thread only hands out sources and writes).
 */
export function poolSize(sources: number): number {
  const cores = availableParallelism();
  return sources >= 8 && cores > 2 ? Math.min(cores, 8) : 0;
}

/** The worker script; under tsx (the tests) this module is TypeScript, and so is the worker, which tsx must load. */
export function spawnExtractWorker(workerData: unknown, resourceLimits?: ResourceLimits): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { workerData, resourceLimits });
  const url = new URL('./worker.ts', import.meta.url).href;
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); });`, { workerData, eval: true, resourceLimits });
}

/**
 * The worker script in a child process, as a WorkerLike: messages go over the IPC channel with
 * the structured clone ("advanced" serialization), the knowledge's file names in the environment.
 * The child writes nothing to stdout (the records come back as messages); its stderr is ours.
 */
export function spawnExtractProcess(workerData: unknown): WorkerLike {
  const ts = import.meta.url.endsWith('.ts');
  const child = fork(fileURLToPath(new URL(ts ? './worker.ts' : './worker.js', import.meta.url)), [], {
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    // (Machine code for regular expressions at once, as main.ts sets for its own isolates.)
    execArgv: [...(ts ? ['--import', 'tsx'] : []), ...(process.execArgv.some((a) => a.replace(/_/g, '-').replace(/^--no-/, '--').startsWith('--regexp-tier-up')) ? [] : ['--no-regexp-tier-up'])],
    env: { ...process.env, DETENTE_WORKER_DATA: JSON.stringify(workerData) },
  });
  const like = {
    postMessage: (m: unknown) => { child.send(m as object); },
    on: (event: string, fn: (...a: unknown[]) => void) => {
      // A process that exits on a signal has no code: the pool sees it as a stop all the same.
      if (event === 'exit') child.on('exit', (code, signal) => fn(code ?? (signal ? 128 : 1)));
      else child.on(event, fn);
      return like;
    },
    terminate: () => new Promise<number>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) { resolve(child.exitCode ?? 1); return; }
      child.once('exit', (code) => resolve(code ?? 1));
      child.kill();
    }),
  };
  return like as unknown as WorkerLike;
}

/**
 * A worker's young generation when several share the process: 12 MB instead of V8's 48 MB.
 * Over 1,040 articles at two jobs 24 MB took the peak from 383 to 338 MB, 12 MB to 326 MB
 * (against 349 MB at 24 MB in the same hour), the same records and CPU within the noise
 * (docs/performance.md). One worker keeps V8's default: it stays under 300 MB without it.
 */
export const SHARED_WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 12 };

/**
 * Several workers: V8 favours memory over speed in every isolate made from here on
 * (`--optimize-for-size`: smaller heaps and young generations, less code), the main thread's
 * too, which only reads, hands out and writes. Over 1,040 articles at two jobs it took the peak
 * from 320 to 287-289 MB, under the 300 MB of issue 12, for about 8% more CPU (29.0 -> 31.5 s,
 * measured under load, docs/performance.md). `ingest` sets it before the ledger's rebuild.
 * An `--optimize-for-size` given to node wins.
 */
export function favourMemory(): void {
  if (!process.execArgv.some((a) => a.replace(/_/g, '-').replace(/^--no-/, '--').startsWith('--optimize-for-size'))) setFlagsFromString('--optimize-for-size');
}

/**
 * Several worker threads: TurboFan compiles on the thread that runs the code instead of on V8's
 * helper threads. Each of those threads allocates its compiles' zones in its own glibc arena and
 * keeps what it frees: at two jobs over 1,040 articles the arenas held 66-100 MB at the peak with
 * background compiles and 43 MB without (docs/performance.md). The compile work is the same;
 * at two jobs on two cores the helper threads took their core from the workers anyway. Only
 * isolates made from here on (the workers) compile this way. A `--concurrent-recompilation`
 * given to node wins.
 */
export function compileInWorkers(): void {
  if (!process.execArgv.some((a) => a.replace(/_/g, '-').replace(/^--no-/, '--').startsWith('--concurrent-recompilation'))) setFlagsFromString('--no-concurrent-recompilation');
}

export async function runPool<R>(
  sources: Iterable<string> | AsyncIterable<string>,
  optsFor: (source: string) => unknown,
  onOutcome: (index: number, source: string, outcome: Outcome<R>) => Promise<void>,
  options: PoolOptions<R>,
): Promise<PoolStats> {
  const local = options.local;
  const count = local ? options.size - 1 : options.size; // worker threads or processes
  const depth = options.depth ?? (local ? 4 : 2);
  const window = Math.max(options.window ?? options.size * depth * 2, options.size * depth);
  const shared = options.spawn || options.processes || options.size < 2 ? null : { ...(options.workerData as object), gazetteer: readSharedGazetteer() };
  if (shared) {
    favourMemory();
    compileInWorkers();
    // The main thread extracting too looks its cities up in the same copy.
    if (local) useSharedGazetteer(shared.gazetteer);
  }
  const spawn = options.spawn ?? (() => (options.processes ? spawnExtractProcess(options.workerData) : shared ? spawnExtractWorker(shared, SHARED_WORKER_LIMITS) : spawnExtractWorker(options.workerData)));
  const iterator = (Symbol.asyncIterator in sources ? sources[Symbol.asyncIterator]() : sources[Symbol.iterator]()) as AsyncIterator<string> | Iterator<string>;
  const workers: { worker: WorkerLike; held: number }[] = [];
  const names = new Map<number, string>(); // sources out, by index
  const waiting = new Map<number, Outcome<R>>(); // done, not yet handed on
  const stats: PoolStats = { sent: 0, maxWaiting: 0, maxOut: 0, local: 0 };
  let emitted = 0;
  let exhausted = false;
  let failure: unknown = null;

  try {
    await new Promise<void>((resolve, reject) => {
      const fail = (e: unknown) => { failure ??= e; reject(e); };
      let taking: Promise<unknown> = Promise.resolve();
      let emitting = false;
      let localBusy = false;
      // The main thread's stream waits here when the window is full, until an outcome is handed on.
      let wake: (() => void) | null = null;
      const finishIfDone = () => { if (exhausted && emitted === stats.sent && !localBusy && !failure) resolve(); };
      const room = () => !exhausted && !failure && stats.sent - emitted < window;

      // The next source and its index, or null when there is none or no room; one taker at a
      // time, so indices follow the iterator's order.
      const take = (): Promise<Task | null> => {
        const next = taking.then(async (): Promise<Task | null> => {
          if (!room()) return null;
          const item = await iterator.next();
          if (item.done) { exhausted = true; return null; }
          const index = stats.sent++;
          names.set(index, item.value);
          stats.maxOut = Math.max(stats.maxOut, stats.sent - emitted);
          return { index, source: item.value, opts: optsFor(item.value) };
        });
        taking = next.catch(() => undefined);
        return next;
      };

      const settle = (index: number, outcome: Outcome<R>) => {
        waiting.set(index, outcome);
        stats.maxWaiting = Math.max(stats.maxWaiting, waiting.size);
        void emit();
      };

      // Sends sources while some worker has room and the window allows.
      let pumping = false;
      const pump = async () => {
        if (pumping || workers.length === 0) return;
        pumping = true;
        try {
          while (room()) {
            const slot = workers.reduce((a, b) => (b.held < a.held ? b : a));
            if (slot.held >= depth) break;
            slot.held++;
            const task = await take();
            if (!task) { slot.held--; break; }
            slot.worker.postMessage(task);
          }
        } catch (e) { fail(e); } finally { pumping = false; }
        finishIfDone();
      };

      // The main thread's own stream: between two sources of its own it lets the event loop
      // turn, so that the workers' answers are taken in, outcomes written and workers refilled.
      const runLocal = async () => {
        localBusy = true;
        try {
          while (!failure) {
            await pump();
            if (exhausted || failure) break;
            if (!room()) { await new Promise<void>((r) => { wake = r; }); continue; }
            const task = await take();
            if (!task) continue;
            let outcome: Outcome<R>;
            try {
              outcome = { result: await local!(task.source, task.opts) };
            } catch (e) {
              if (!(e instanceof InputError)) throw e;
              outcome = { error: e };
            }
            stats.local++;
            settle(task.index, outcome);
            await new Promise((r) => setImmediate(r));
          }
        } catch (e) { fail(e); } finally { localBusy = false; }
        finishIfDone();
      };

      // Hands outcomes on in source order, each awaited (stdout's back-pressure reaches the feeding).
      const emit = async () => {
        if (emitting) return;
        emitting = true;
        try {
          while (!failure && waiting.has(emitted)) {
            const outcome = waiting.get(emitted)!;
            waiting.delete(emitted);
            const source = names.get(emitted)!;
            names.delete(emitted);
            await onOutcome(emitted, source, outcome);
            emitted++;
            if (wake) { const w = wake; wake = null; w(); }
            void pump();
          }
        } catch (e) { fail(e); } finally { emitting = false; }
        finishIfDone();
      };

      for (let i = 0; i < count; i++) {
        const slot = { worker: spawn(), held: 0 };
        workers.push(slot);
        slot.worker.on('error', fail);
        slot.worker.on('exit', (code: number) => { if (!failure && !(exhausted && emitted === stats.sent)) fail(new Error(`a worker ${options.processes ? 'process' : 'thread'} stopped (exit code ${code}) before the batch was done`)); });
        slot.worker.on('message', (m: Reply<R>) => {
          if (m.fatal !== undefined) { fail(new Error(m.fatal)); return; }
          slot.held--;
          settle(m.index, m.error ? { error: new InputError(m.error.source, m.error.message) } : { result: m.result as R });
          void pump();
        });
      }
      if (local) void runLocal();
      else void pump();
    });
  } finally {
    exhausted = true;
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }
  return stats;
}
