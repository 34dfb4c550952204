// The API's guards that the endpoint tests do not show: the token check compares hashes (so a
// token of any length costs the same comparison), `serve` listens on loopback unless told, and
// an ingest body is as strict as a correction's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { bearerMatches } from '../src/api/auth.js';
import type { Store } from '../src/store/open.js';
import { cleanup, demoStore, serve, type Served } from './api-fixture.js';

const ROOT = join(import.meta.dirname, '..');
const TOKEN = 'hardening-token-0123456789';
let store: Store;
let dir: string;
let api: Served;

before(async () => {
  ({ store, dir } = await demoStore());
  api = await serve(store, dir, TOKEN);
});
after(async () => {
  await api.close();
  await cleanup(store, dir);
});

test('auth: only "Bearer <the token>" matches; a prefix, a longer token, another scheme or none do not', () => {
  assert.equal(bearerMatches(`Bearer ${TOKEN}`, TOKEN), true);
  assert.equal(bearerMatches(`bearer   ${TOKEN} `, TOKEN), true, 'the scheme is case-insensitive, spaces around are allowed');
  for (const header of [undefined, '', 'Bearer', `Bearer ${TOKEN.slice(0, -1)}`, `Bearer ${TOKEN}0`, `Basic ${TOKEN}`, `Bearer ${TOKEN} extra`, TOKEN]) {
    assert.equal(bearerMatches(header, TOKEN), false, String(header));
  }
});

test('auth: the comparison is over equal-length digests, never the raw strings', async () => {
  // timingSafeEqual throws on buffers of different lengths: a raw comparison would throw (or
  // return early) for a shorter token. Over SHA-256 digests every length compares the same way.
  for (const sent of ['x', 'y'.repeat(10_000), '']) assert.doesNotThrow(() => bearerMatches(`Bearer ${sent}`, TOKEN));
  const source = (await import('node:fs')).readFileSync(join(ROOT, 'src/api/auth.ts'), 'utf8');
  assert.match(source, /timingSafeEqual\(digest\(sent\), digest\(token\)\)/);
  assert.doesNotMatch(source, /sent\s*===\s*token|token\s*===\s*sent/);
});

test('api: an ingest body with an unknown field is a 400 that names it, and a correction body must be JSON', async () => {
  const res = await fetch(`${api.url}/api/articles`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ text: 'Title\n\nSome text here.', script: '<script>alert(1)</script>' }),
  });
  assert.equal(res.status, 400);
  assert.match((await res.json() as { message: string }).message, /body: unknown parameter "script"/);
  const form = await fetch(`${api.url}/api/corrections`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${TOKEN}` }, body: 'a=1',
  });
  assert.equal(form.status, 415);
});

test('api: the config says whether the server takes writes', async () => {
  assert.deepEqual(await (await fetch(`${api.url}/api/config`)).json(), { writable: true });
});

test('serve: listens on 127.0.0.1 unless --host is given', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'serve', '--db', join(dir, 'demo.db'), '--port', '0'], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DETENTE_TOKEN: '' },
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d) => { out += d; const m = /^(http:\/\/\S+)\n/m.exec(out); if (m) resolve(m[1]); });
      child.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
    });
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const write = await fetch(`${url}api/corrections`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    assert.equal(write.status, 403, 'no DETENTE_TOKEN: read-only');
    assert.deepEqual(await (await fetch(`${url}api/config`)).json(), { writable: false });
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
});

test('cli: `detente correct` stores a correction the API then shows, and says what is wrong with bad input', async () => {
  const { spawnSync } = await import('node:child_process');
  const db = join(dir, 'demo.db');
  const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'correct', ...args, '--db', db], { cwd: ROOT, encoding: 'utf8' });
  const [summary] = (await (await fetch(`${api.url}/api/articles?limit=1&offset=2`)).json() as { items: { id: string }[] }).items;
  const article = await (await fetch(`${api.url}/api/articles/${summary.id}`)).json() as { events: { idx: number }[] };
  const idx = String(article.events[0].idx);
  const bad = cli('event', summary.id, idx, '--set', 'type=BOMBING', '--reason', 'wrong type', '--analyst', 'D');
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /changes\.type must be one of AGREE, CONSULT/);
  assert.equal(cli('event', summary.id, idx, '--reason', 'no action given', '--analyst', 'D').status, 2);
  const ok = cli('event', summary.id, idx, '--set', 'date=2025-11-11', '--reason', 'the text gives the 11th', '--analyst', 'D');
  assert.equal(ok.status, 0, ok.stderr);
  const listed = cli('--list');
  assert.match(listed.stdout, new RegExp(`event ${summary.id}/${idx} date=2025-11-11 \\(the text gives the 11th\\)`));
  const shown = await (await fetch(`${api.url}/api/articles/${summary.id}`)).json() as { events: { idx: number; date: string; correction: { analyst: string } | null }[] };
  const e = shown.events.find((x) => x.idx === Number(idx))!;
  assert.equal(e.date, '2025-11-11');
  assert.equal(e.correction?.analyst, 'D');
});
