// A worker's loop: take one job, do it, mark it done, take the next; when the queue is empty,
// wait a poll interval. (pg-boss's own work() waits a poll interval after every batch, even a
// full one: at tens of milliseconds an article that would idle a worker most of the time.)
// A job that throws is failed and pg-boss retries it later, on any worker; a worker that dies
// leaves its job taken until the job expires, then another takes it. Doing an article twice
// is harmless: storing is idempotent (an article already stored is recognised by its text).
import type PgBoss from 'pg-boss';
import { QUEUE_NAME } from './settings.js';
import type { Queue } from './boss.js';

export interface WorkOptions {
  /** Return once no job is left waiting, retrying or taken (anywhere): a queue drained. */
  drain: boolean;
  /** Aborted: finish the job in hand, then return. */
  stop: AbortSignal;
  /** Does the job; what it returns is kept as the job's output. Throws to fail it. */
  handle(job: PgBoss.Job<unknown>): Promise<object>;
  /** Called when a poll finds the queue empty (the ledger is brought up to date there). */
  idle(): Promise<void>;
  /** The job in hand, or null: a second signal fails it at once, for another worker to retry without waiting for it to expire. */
  holding(jobId: string | null): void;
  onError(message: string): void;
}

export async function work(queue: Queue, o: WorkOptions): Promise<void> {
  const { boss, settings } = queue;
  while (!o.stop.aborted) {
    try {
      const [job] = await boss.fetch<unknown>(QUEUE_NAME, { batchSize: 1 });
      if (!job) {
        await o.idle();
        if (o.drain && (await boss.getQueueSize(QUEUE_NAME, { before: 'completed' })) === 0) return;
        await sleep(settings.pollSeconds * 1000, o.stop);
        continue;
      }
      o.holding(job.id);
      let output: object;
      try {
        output = await o.handle(job);
      } catch (e) {
        o.holding(null);
        await boss.fail(QUEUE_NAME, job.id, { message: (e as Error).message ?? String(e) });
        continue;
      }
      o.holding(null);
      await boss.complete(QUEUE_NAME, job.id, output);
    } catch (e) {
      // The database went away or refused: say so, wait, and try again.
      o.onError((e as Error).message ?? String(e));
      await sleep(settings.pollSeconds * 1000, o.stop);
    }
  }
}

export function sleep(ms: number, stop: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (stop.aborted) { resolve(); return; }
    const done = () => { clearTimeout(timer); stop.removeEventListener('abort', done); resolve(); };
    const timer = setTimeout(done, ms);
    stop.addEventListener('abort', done);
  });
}
