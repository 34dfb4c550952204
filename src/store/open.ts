// Opens a store: an SQLite file (better-sqlite3, WAL) or a PostgreSQL database (pg), both behind
// one Kysely instance, and brings its schema to the latest migration.
import { Kysely, Migrator, SqliteDialect, PostgresDialect, type Migration } from 'kysely';
import type SQLite from 'better-sqlite3';
import type { Database } from './schema.js';
import { migrations, type Dialect } from './migrations.js';

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** What the user named (a path or a URL without its password). */
  where: string;
  close(): Promise<void>;
}

export class StoreError extends Error {}

/**
 * A failure of the store as a whole, not of one article: a read-only file or database, a full
 * disk. Each says what to do; a write that fails so has rolled back (one transaction an article).
 * Null for any other error.
 */
export function storeProblem(e: unknown, where: string): StoreError | null {
  const code = String((e as { code?: unknown })?.code ?? '');
  if (/^SQLITE_READONLY/.test(code) || code === '25006' || code === '42501') {
    return new StoreError(`the store ${where} is read-only (${code}): give this user write access to it, or name another with --db; nothing was written`);
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === '53100' || /^SQLITE_IOERR/.test(code)) {
    return new StoreError(`the store ${where} could not be written (${code}: ${(e as Error).message}): free disk space and run the same command again; the article being written was not stored`);
  }
  return null;
}

export const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//i.test(url);

/** `create: false`: an SQLite file that does not exist is an error, not a new empty store. */
export async function openStore(url: string, { create = true }: { create?: boolean } = {}): Promise<Store> {
  const dialect: Dialect = isPostgresUrl(url) ? 'postgres' : 'sqlite';
  const where = dialect === 'postgres' ? url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@') : url;
  let db: Kysely<Database>;
  if (dialect === 'sqlite') {
    // Each driver is loaded only for its own dialect (pg alone takes a quarter of a second).
    const { default: Sqlite } = await import('better-sqlite3');
    let file: SQLite.Database;
    try {
      file = new Sqlite(url.replace(/^sqlite:(\/\/)?/i, ''), { fileMustExist: !create });
    } catch (e) {
      const missing = !create && /does not exist|unable to open/i.test((e as Error).message);
      throw new StoreError(missing ? `no store at ${where} (make one with \`detente ingest PATH --db ${where}\`)` : `cannot open the SQLite file ${where}: ${(e as Error).message}`);
    }
    // WAL: a killed writer loses only its open transaction; readers never see half of one.
    try {
      file.pragma('journal_mode = WAL');
      file.pragma('synchronous = NORMAL');
      file.pragma('busy_timeout = 10000');
    } catch (e) {
      file.close();
      throw storeProblem(e, where) ?? new StoreError(`cannot open the SQLite file ${where}: ${(e as Error).message}`);
    }
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: file }) });
  } else {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    pool.on('error', () => {}); // an idle client's error must not crash the process; the next query reports it
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  try {
    await migrate(db, migrations(dialect));
  } catch (e) {
    await db.destroy();
    throw storeProblem(e, where) ?? new StoreError(`cannot prepare the store ${where}: ${(e as Error).message}`);
  }
  return { db, dialect, where, close: () => db.destroy() };
}

async function migrate(db: Kysely<Database>, list: Record<string, Migration>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => list } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`${failed ? `migration ${failed.migrationName}: ` : ''}${(error as Error).message ?? String(error)}`);
  }
}
