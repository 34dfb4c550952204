// Runs extraction over many sources on worker threads (one a core), handing the results back
// in the order of the sources, so that the output is the same bytes as a serial run.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { ExtractRecord } from '../pipeline/record.js';
import type { ExtractOptions } from '../pipeline/extract-source.js';
import { InputError } from '../ingest/read-input.js';

/** A source's records and the warnings to print for it, or why it failed. */
export type Outcome = { records: ExtractRecord[]; warnings: string[] } | { error: InputError };

/** Worth it only for a batch: each worker loads the knowledge base (about half a second). */
export function poolSize(sources: number): number {
  const cores = availableParallelism();
  // On two cores the main thread and one worker would share them: no gain measured, so a pool needs three.
  return sources >= 8 && cores > 2 ? Math.min(cores - 1, 8) : 0;
}

/** The worker script; under tsx (the tests) this module is TypeScript, and so is the worker, which tsx must load. */
function newWorker(options: ConstructorParameters<typeof Worker>[1]): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), options);
  const url = new URL('./worker.ts', import.meta.url).href;
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); });`, { ...options, eval: true });
}

export async function runPool(
  sources: string[], size: number, kbFiles: string[], lexiconFiles: string[], optsFor: (source: string) => ExtractOptions,
  onOutcome: (index: number, outcome: Outcome) => Promise<void>,
): Promise<void> {
  const options = { workerData: { kbFiles, lexiconFiles } };
  const workers = Array.from({ length: Math.min(size, sources.length) }, () => newWorker(options));
  const done = new Map<number, Outcome>();
  let next = 0;
  let emitted = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let chain = Promise.resolve();
      const feed = (w: Worker) => {
        if (next < sources.length) { const index = next++; w.postMessage({ index, source: sources[index], opts: optsFor(sources[index]) }); }
      };
      for (const w of workers) {
        w.on('error', reject);
        w.on('message', (m: { index: number; records?: ExtractRecord[]; warnings?: string[]; error?: { source: string; message: string }; fatal?: string }) => {
          if (m.fatal) { reject(new Error(m.fatal)); return; }
          done.set(m.index, m.records ? { records: m.records, warnings: m.warnings ?? [] } : { error: new InputError(m.error!.source, m.error!.message) });
          feed(w);
          // Emit in source order as soon as the next one in line is done.
          chain = chain.then(async () => {
            while (done.has(emitted)) {
              const outcome = done.get(emitted)!;
              done.delete(emitted);
              await onOutcome(emitted++, outcome);
            }
            if (emitted === sources.length) resolve();
          }).catch(reject);
        });
        feed(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
