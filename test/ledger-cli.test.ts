// The ledger's commands as a user meets them: an ingest, the query commands with --json and
// tables, exports a spreadsheet reads back cleanly, one clear line for a bad argument.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, readdirSync, mkdirSync, copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { toCsv } from '../src/cli/export.js';
import { formatTable } from '../src/cli/table.js';

const ROOT = join(import.meta.dirname, '..');
let dir: string;
let db: string;

function detente(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DETENTE_DB: db } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A reader for RFC 4180 CSV, as a spreadsheet reads it. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; } else field += c;
  }
  return rows;
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'detente-ledger-cli-'));
  db = join(dir, 'ledger.db');
  const r = detente(['ingest', join(ROOT, 'test/fixtures/ledger'), '--published', '2025-06-13', '--quiet']);
  assert.equal(r.code, 0, r.err);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('ledger cli: the default store is $DETENTE_DB; articles lists what ingest stored', () => {
  const r = detente(['articles', '--json']);
  assert.equal(r.code, 0, r.err);
  const articles = JSON.parse(r.out) as { source: string; aliases: string[] }[];
  assert.equal(articles.length, 7);
  assert.ok(articles.some((a) => a.aliases.length === 1 && a.aliases[0].endsWith('02-prisoner-exchange-updated.txt')));
});

test('ledger cli: export writes RFC 4180 CSV that reads back to the same rows as the JSONL', () => {
  const out = join(dir, 'events.csv');
  const r = detente(['export', 'events', '--format', 'csv', '--out', out]);
  assert.equal(r.code, 0, r.err);
  const text = readFileSync(out, 'utf8');
  assert.ok(text.startsWith('\uFEFFevent_id,event_date,event_type,sub_event_type'));
  const rows = readCsv(text.slice(1));
  const jsonl = detente(['export', 'events', '--format', 'jsonl']).out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(rows.length - 1, jsonl.length);
  assert.ok(rows.every((row) => row.length === rows[0].length));
  const evidence = rows[0].indexOf('evidence');
  assert.deepEqual(rows.slice(1).map((row) => row[evidence]), jsonl.map((e) => e.evidence));
  assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
});

test('ledger cli: positions shows the matrix and the history; a bad date is one clear line', () => {
  const matrix = detente(['positions', '--issue', 'withdrawal']);
  assert.equal(matrix.code, 0, matrix.err);
  assert.match(matrix.out, /^holder\s+withdrawal\n/);
  assert.match(matrix.out, /volodymyr-zelensky\s+(offer|reject)\*/);
  const bad = detente(['positions', '--since', 'June']);
  assert.equal(bad.code, 2);
  assert.equal(bad.err, 'detente positions: --since wants a date as YYYY-MM-DD, got "June"\n');
});

test('ledger cli: actor gathers one actor\'s positions and events; search finds the words with their facts', () => {
  const actor = detente(['actor', 'Volodymyr', 'Zelensky', '--json']);
  assert.equal(actor.code, 0, actor.err);
  const found = JSON.parse(actor.out) as { actor: { id: string }; positions: { issue: string }[]; events: unknown[] };
  assert.equal(found.actor.id, 'volodymyr-zelensky');
  assert.ok(found.positions.some((p) => p.issue === 'withdrawal'));
  const search = detente(['search', 'Rapid', 'Support']);
  assert.equal(search.code, 0, search.err);
  assert.match(search.out, /08-sudan-talks\.txt/);
  assert.match(search.out, /facts \([1-9]\d*\)/);
  const nobody = detente(['actor', 'Nobody Known']);
  assert.deepEqual([nobody.code, nobody.err], [1, 'detente actor: no actor "Nobody Known" in the store\n']);
});

test('ledger cli: an ingest on worker threads (--jobs) stores the same ledger as a serial one', () => {
  const threaded = join(dir, 'threaded.db');
  const r = detente(['ingest', join(ROOT, 'test/fixtures/ledger'), '--published', '2025-06-13', '--jobs', '1', '--db', threaded, '--json']);
  assert.equal(r.code, 0, r.err);
  const summary = JSON.parse(r.out) as Record<string, number>;
  assert.deepEqual([summary.stored, summary.same, summary.duplicate, summary.failed], [7, 0, 1, 0]);
  for (const table of ['events', 'positions']) {
    assert.equal(detente(['export', table, '--format', 'jsonl', '--db', threaded]).out, detente(['export', table, '--format', 'jsonl']).out, table);
  }
});

test('ledger cli: an ingest on worker threads reports a bad file and stores the rest', () => {
  const mixed = join(dir, 'mixed');
  mkdirSync(mixed);
  for (const f of readdirSync(join(ROOT, 'test/fixtures/ledger')).slice(0, 4)) copyFileSync(join(ROOT, 'test/fixtures/ledger', f), join(mixed, f));
  writeFileSync(join(mixed, '02b-empty.txt'), '  \n\n');
  const r = detente(['ingest', mixed, '--published', '2025-06-13', '--jobs', '2', '--db', join(dir, 'mixed.db'), '--json']);
  assert.equal(r.code, 1);
  assert.match(r.err, /02b-empty\.txt/);
  const summary = JSON.parse(r.out) as Record<string, number>;
  assert.deepEqual([summary.stored + summary.duplicate, summary.failed], [4, 1]);
});

test('ledger cli: csv quoting, and tables cut long cells', () => {
  const csv = toCsv([{ a: 'plain', b: 'with, comma', c: 'say "no"', d: 'two\nlines', e: ['x', 'y'] }], ['a', 'b', 'c', 'd', 'e']);
  assert.equal(csv, '\uFEFFa,b,c,d,e\r\nplain,"with, comma","say ""no""","two\nlines",x; y\r\n');
  assert.deepEqual(readCsv(csv.slice(1))[1], ['plain', 'with, comma', 'say "no"', 'two\nlines', 'x; y']);
  assert.equal(formatTable(['k', 'v'], [['id', 'a'.repeat(10)]], 5), 'k   v\n--  -----\nid  aaaa…\n');
});
