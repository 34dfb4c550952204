// The two stores the store tests run against: a temporary SQLite file and a database of its
// own, created and dropped, on the machine's PostgreSQL (DETENTE_TEST_PG, else the local
// server as postgres). Never a mock.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const PG_ADMIN = process.env.DETENTE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface Backend {
  name: 'sqlite' | 'postgres';
  /** A fresh, empty store; the URL to open it with. */
  create(): Promise<string>;
  /** Removes every store this backend created. */
  dropAll(): Promise<void>;
}

export function sqliteBackend(): Backend {
  const dirs: string[] = [];
  return {
    name: 'sqlite',
    async create() {
      const dir = mkdtempSync(join(tmpdir(), 'detente-store-'));
      dirs.push(dir);
      return join(dir, 'ledger.db');
    },
    async dropAll() { for (const d of dirs) rmSync(d, { recursive: true, force: true }); },
  };
}

export function postgresBackend(): Backend {
  const names: string[] = [];
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: PG_ADMIN });
    await client.connect();
    try { await client.query(statement); } finally { await client.end(); }
  };
  return {
    name: 'postgres',
    async create() {
      const name = `detente_test_${process.pid}_${randomBytes(4).toString('hex')}`;
      await admin(`create database ${name}`);
      names.push(name);
      const url = new URL(PG_ADMIN);
      url.pathname = `/${name}`;
      return url.toString();
    },
    async dropAll() { for (const n of names) await admin(`drop database if exists ${n} with (force)`); },
  };
}

export const BACKENDS = [sqliteBackend, postgresBackend];
