// The job queue is pg-boss on the store's own PostgreSQL database (its tables in the schema
// "pgboss"): taking a job is a SELECT ... FOR UPDATE SKIP LOCKED, so any number of workers on
// any number of machines never take the same job at once, and a job whose worker died is put
// back once it has been taken for longer than its expiry. This file only wraps it thinly.
import PgBoss from 'pg-boss';
import pg from 'pg';
import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import { isPostgresUrl } from '../store/open.js';
import { QUEUE_NAME, type QueueSettings } from './settings.js';
import type { ArticleJob } from './job.js';

export class QueueError extends Error {}

export interface Queue {
  boss: PgBoss;
  settings: QueueSettings;
  /** Puts articles on the queue, in one statement; `db` makes it part of that transaction. */
  enqueue(jobs: ArticleJob[], db?: PgBoss.Db): Promise<number>;
  close(): Promise<void>;
}

/**
 * `supervise`: this process takes part in putting lost jobs back (workers do, enqueuers need not).
 * pg-boss creates or upgrades its schema on start, under its own lock.
 */
export async function openQueue(url: string, settings: QueueSettings, { supervise = false } = {}): Promise<Queue> {
  if (!isPostgresUrl(url)) throw new QueueError(`the queue lives in PostgreSQL: --db wants a postgres://user@host/db URL, got "${url}"`);
  const boss = new PgBoss({
    connectionString: url, max: 2, application_name: 'detente-queue',
    supervise, schedule: false, maintenanceIntervalSeconds: settings.maintenanceSeconds,
    pollingIntervalSeconds: settings.pollSeconds,
  });
  // pg-boss reports maintenance and connection errors as events; without a listener Node would crash.
  boss.on('error', (e: Error) => process.stderr.write(`detente: queue: ${e.message}\n`));
  try {
    // Two workers starting on a new database at once would both create the queue (a partition of
    // pg-boss's job table), and PostgreSQL found them deadlocked (seen in the queue tests; reported
    // with pg-boss elsewhere too, e.g. supabase/storage#703): one process at a time does it.
    await oneAtATime(url, async () => {
      await boss.start();
      if (!(await boss.getQueue(QUEUE_NAME))) {
        await boss.createQueue(QUEUE_NAME, {
          name: QUEUE_NAME, retryLimit: settings.retryLimit, retryDelay: settings.retryDelaySeconds, expireInSeconds: settings.expireSeconds,
        });
      }
    });
  } catch (e) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    throw new QueueError(`cannot open the queue at ${url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')}: ${(e as Error).message}`);
  }
  return {
    boss, settings,
    async enqueue(jobs, db) {
      if (jobs.length === 0) return 0;
      // Expiry and retries travel with each job: the enqueuer's settings hold for its jobs.
      await boss.insert(jobs.map((data) => ({
        name: QUEUE_NAME, data, retryLimit: settings.retryLimit, retryDelay: settings.retryDelaySeconds, expireInSeconds: settings.expireSeconds,
      })), db ? { db } : {});
      return jobs.length;
    },
    close: () => boss.stop({ graceful: false, close: true }),
  };
}

/** An arbitrary constant: the bytes of "detq" as a 64-bit key. */
const SETUP_LOCK = 0x64657471;

/** Runs `setup` holding a session-level advisory lock on a connection of its own. */
async function oneAtATime(url: string, setup: () => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: url, application_name: 'detente-queue-setup' });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [SETUP_LOCK]);
    await setup();
  } finally {
    await client.end(); // ending the session releases the lock
  }
}

/** A Kysely transaction as pg-boss's connection: jobs enqueued through it commit or roll back with it. */
export function bossDb<DB>(trx: Kysely<DB> | Transaction<DB>): PgBoss.Db {
  return {
    async executeSql(text, values) {
      const result = await trx.executeQuery(CompiledQuery.raw(text, values ?? []));
      return { rows: result.rows as unknown[] as never[] };
    },
  };
}
