// A worker of `extract` and `ingest`, a thread (worker_threads) or a child process (`--processes`,
// child_process.fork): loads the knowledge once, then extracts the sources the main thread sends, one at a time in the order they came (the pool keeps the next one
// queued here so that this thread never waits for it), and posts back for each source either
// its records (ingest stores them) or their text as `extract` prints it, or the input's error.
import { parentPort, workerData } from 'node:worker_threads';
import { extractSource, type ExtractOptions } from '../pipeline/extract-source.js';
import { InputError } from '../ingest/read-input.js';
import { loadContext } from './context.js';
import { formatRecord, type RecordFormat } from './record-format.js';
import type { Task, Reply } from './pool.js';
import { useSharedGazetteer, type SharedGazetteer } from '../link/gazetteer.js';

export interface ExtractWorkerData {
  kbFiles: string[];
  lexiconFiles: string[];
  /** "records": the objects themselves; otherwise each record as text in that format. */
  format: RecordFormat | 'records';
  /** Set by the pool when several workers share the process (pool.ts). */
  gazetteer?: SharedGazetteer;
}

/** The channel to the pool: the thread's port, or the IPC channel of a forked process. */
const post = parentPort ? (m: Reply<unknown>) => parentPort!.postMessage(m) : (m: Reply<unknown>) => { process.send!(m); };
const onTask = (fn: (task: Task) => void) => { if (parentPort) parentPort.on('message', fn); else process.on('message', fn as (m: unknown) => void); };
if (!parentPort && !process.send) throw new Error('worker.js is started by the pool (a worker thread or a forked process), not on its own');
// A forked process whose parent is gone has no one to answer: it stops instead of lingering.
if (!parentPort) process.on('disconnect', () => process.exit(0));

const { kbFiles, lexiconFiles, format, gazetteer } = (parentPort ? workerData : JSON.parse(process.env.DETENTE_WORKER_DATA ?? '{}')) as ExtractWorkerData;
if (gazetteer) useSharedGazetteer(gazetteer);
const ctx = loadContext(kbFiles, lexiconFiles);
const queue: Task[] = [];
let busy = false;

async function work(): Promise<void> {
  busy = true;
  for (let task = queue.shift(); task; task = queue.shift()) {
    const { index, source, opts } = task;
    let reply: Reply<unknown>;
    try {
      const { records, warnings } = await extractSource(source, opts as ExtractOptions, ctx);
      reply = { index, result: { items: format === 'records' ? records : records.map((r) => formatRecord(r, format)), warnings } };
    } catch (e) {
      if (e instanceof InputError) reply = { index, error: { source: e.source, message: e.message } };
      else reply = { index, fatal: (e as Error).stack ?? String(e) };
    }
    post(reply);
  }
  busy = false;
}

onTask((task: Task) => {
  queue.push(task);
  if (!busy) void work();
});
