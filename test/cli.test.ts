// The command line as a user meets it: bad input gets one clear line and a non-zero exit,
// a batch goes on, stdout carries only records.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import { checkRecord } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
let dir: string;

function detente(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, encoding: 'utf8', input });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'detente-cli-'));
  writeFileSync(join(dir, 'good.txt'), 'Talks resume\n\nSergey Lavrov said on Monday that Moscow was ready for talks with Ukraine.\n');
  writeFileSync(join(dir, 'empty.txt'), '  \n\n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 talks in Gen\xe8ve', 'latin1'));
  writeFileSync(join(dir, 'no-article.html'), '<!doctype html><html><head><title>x</title></head><body><nav><a href="/">Home</a></nav></body></html>');
  writeFileSync(join(dir, 'no-text.html'), '<!doctype html><html><head><title>x</title></head><body><script>var a = "<p>not shown</p>";</script><div hidden>not shown</div></body></html>');
  writeFileSync(join(dir, 'big.txt'), 'Title\n\n' + 'Long text. '.repeat(200000));
  mkdirSync(join(dir, 'folder'));
  writeFileSync(join(dir, 'folder', 'b.txt'), 'B\n\nTrump met Putin.\n');
  writeFileSync(join(dir, 'folder', 'a.txt'), 'A\n\nZelensky met Macron.\n');
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('cli: --json prints one schema-valid record for one article, nothing else on stdout', () => {
  const r = detente(['extract', join(dir, 'good.txt'), '--json', '--published', '2025-02-10']);
  assert.equal(r.code, 0, r.err);
  const record = JSON.parse(r.out);
  checkRecord(record);
  assert.equal(record.document.published, '2025-02-10');
  assert.equal(record.document.title, 'Talks resume');
});

test('cli: a batch with bad inputs goes on, names each failure on one line, and exits non-zero', () => {
  const names = ['missing.txt', 'empty.txt', 'binary.txt', 'latin1.txt', 'no-text.html', 'good.txt'];
  const r = detente(['extract', ...names.map((n) => join(dir, n)), '--jsonl', '--quiet']);
  assert.equal(r.code, 1);
  const records = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(records.length, 1);
  assert.match(records[0].document.source, /good\.txt$/);
  const lines = r.err.trim().split('\n');
  assert.match(lines.find((l) => l.includes('missing.txt'))!, /no such file/);
  assert.match(lines.find((l) => l.includes('empty.txt'))!, /empty/);
  assert.match(lines.find((l) => l.includes('binary.txt'))!, /binary/);
  assert.match(lines.find((l) => l.includes('latin1.txt'))!, /not valid UTF-8/);
  assert.match(lines.find((l) => l.includes('no-text.html'))!, /no visible text/);
  assert.ok(!/\bat \S+:\d+:\d+/.test(r.err), 'no stack trace');
});

test('cli: a page with no article block gives its visible text and a warning on stderr, not an error', () => {
  const r = detente(['extract', join(dir, 'no-article.html'), '--json', '--quiet']);
  assert.equal(r.code, 0, r.err);
  assert.equal(JSON.parse(r.out).document.text, 'Home');
  assert.match(r.err, /no-article\.html: warning: no article block found: the text is the visible text of the whole page/);
});

test('cli: an input over the size limit is refused with the limit named', () => {
  const r = detente(['extract', join(dir, 'big.txt'), '--json', '--max-size', '1']);
  assert.equal(r.code, 1);
  assert.match(r.err, /big\.txt: is 2\.1 MB, over the 1\.0 MB limit/);
  assert.equal(r.out, '');
});

test('cli: an unreachable URL is a clear error', async () => {
  const server: Server = createServer();
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((res) => server.close(() => res()));
  const r = detente(['extract', `http://127.0.0.1:${port}/article`, '--json', '--timeout', '3', '--allow-private']);
  assert.equal(r.code, 1);
  assert.match(r.err, new RegExp(`127\\.0\\.0\\.1:${port}/article: could not be reached \\(ECONNREFUSED\\)`));
});

test('cli: a URL on loopback is refused with a message naming --allow-private; with the flag it is read', async () => {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('Talks resume\n\nSergey Lavrov said on Monday that Moscow was ready for talks with Ukraine.\n');
  });
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/article`;
  try {
    const run = (args: string[]) => new Promise<{ code: number | null; out: string; err: string }>((done) => {
      // Asynchronous: the server answers from this process while the command runs.
      const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT });
      let out = '', err = '';
      child.stdout.on('data', (d) => { out += d; });
      child.stderr.on('data', (d) => { err += d; });
      child.on('close', (code) => done({ code, out, err }));
    });
    const refused = await run(['extract', url, '--json', '--timeout', '5']);
    assert.equal(refused.code, 1);
    assert.equal(refused.out, '');
    assert.match(refused.err, /127\.0\.0\.1:\d+\/article: points to 127\.0\.0\.1, a loopback address.*--allow-private/);
    const allowed = await run(['extract', url, '--json', '--timeout', '5', '--allow-private']);
    assert.equal(allowed.code, 0, allowed.err);
    assert.equal(JSON.parse(allowed.out).document.title, 'Talks resume');
  } finally {
    await new Promise<void>((res) => server.close(() => res()));
  }
});

test('cli: a folder is read recursively in a stable order; --json gives an array', () => {
  const r = detente(['extract', join(dir, 'folder'), '--json', '--quiet']);
  assert.equal(r.code, 0, r.err);
  const records = JSON.parse(r.out);
  assert.deepEqual(records.map((x: { document: { title: string } }) => x.document.title), ['A', 'B']);
});

test('cli: stdin is read with -, and the same input gives the same bytes twice', () => {
  const text = 'Strike\n\nRussian drones struck Kharkiv on Monday, killing two people, officials said.\n';
  const a = detente(['extract', '-', '--json', '--published', '2025-05-06'], text);
  const b = detente(['extract', '-', '--json', '--published', '2025-05-06'], text);
  assert.equal(a.code, 0, a.err);
  assert.equal(a.out, b.out);
  assert.ok(JSON.parse(a.out).events.length > 0);
});

test('cli: a bad flag value is a usage error with exit code 2', () => {
  const r = detente(['extract', join(dir, 'good.txt'), '--published', '11/03/2025']);
  assert.equal(r.code, 2);
  assert.match(r.err, /--published wants a date as YYYY-MM-DD/);
});

test('cli: code prints one coded line per sentence', () => {
  const input = [
    JSON.stringify({ id: 'a', text: 'Israeli aircraft bombed targets in Gaza on Tuesday.' }),
    JSON.stringify({ id: 'b', text: 'The weather was fine.' }),
  ].join('\n');
  const f = join(dir, 'sentences.jsonl');
  writeFileSync(f, input);
  const r = detente(['code', f]);
  assert.equal(r.code, 0, r.err);
  const rows = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(rows[0].id, 'a');
  assert.equal(rows[0].type, 'ASSAULT');
  assert.equal(rows[1].type, null);
});

test('cli: kb import turns a Wikidata export into a knowledge file that kb check accepts', () => {
  const out = join(dir, 'imported.json');
  const r = detente(['kb', 'import', join(ROOT, 'test/fixtures/kb/wikidata-sample.json'), '--out', out]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /1 people, 1 organisations/);
  const counts = (out: string) => Object.fromEntries([...out.matchAll(/(\d+) (person|armed_group)\b/g)].map((m) => [m[2], Number(m[1])]));
  const shipped = detente(['kb', 'check']);
  const check = detente(['kb', 'check', out]);
  assert.equal(check.code, 0, check.err);
  assert.deepEqual(counts(check.out), { person: counts(shipped.out).person + 1, armed_group: counts(shipped.out).armed_group + 1 });
});

test('cli: worker threads (--jobs 2) give the same bytes, in the same order, as one thread', () => {
  const one = detente(['extract', join(dir, 'folder'), join(dir, 'missing.txt'), '--jsonl', '--quiet', '--jobs', '0']);
  const two = detente(['extract', join(dir, 'folder'), join(dir, 'missing.txt'), '--jsonl', '--quiet', '--jobs', '2']);
  assert.equal(two.code, 1);
  assert.equal(two.out, one.out);
  assert.deepEqual(two.out.trim().split('\n').map((l) => JSON.parse(l).document.title), ['A', 'B']);
});

test('cli: worker processes (--jobs 2 --processes) give the same bytes, in the same order, and the same reports as one thread', () => {
  const inputs = [join(dir, 'folder'), join(dir, 'empty.txt'), join(dir, 'good.txt'), join(dir, 'missing.txt')];
  const one = detente(['extract', ...inputs, '--jsonl', '--quiet', '--jobs', '0']);
  const two = detente(['extract', ...inputs, '--jsonl', '--quiet', '--jobs', '2', '--processes']);
  assert.equal(one.code, 1);
  assert.deepEqual([two.code, two.out, two.err], [one.code, one.out, one.err]);
  assert.deepEqual(two.out.trim().split('\n').map((l) => JSON.parse(l).document.title), ['A', 'B', 'Talks resume']);
});

test('cli: --json and the summary on worker threads are the same bytes as on the main thread, a bad file in the batch or not', () => {
  const inputs = [join(dir, 'folder'), join(dir, 'empty.txt'), join(dir, 'good.txt'), join(dir, 'folder', 'a.txt')];
  for (const format of [['--json'], []]) {
    const one = detente(['extract', ...inputs, ...format, '--quiet', '--jobs', '0']);
    const two = detente(['extract', ...inputs, ...format, '--quiet', '--jobs', '2']);
    assert.equal(one.code, 1);
    assert.deepEqual([two.code, two.out, two.err], [one.code, one.out, one.err]);
  }
  const list = JSON.parse(detente(['extract', ...inputs, '--json', '--quiet', '--jobs', '2']).out) as { document: { title: string } }[];
  assert.deepEqual(list.map((r) => r.document.title), ['A', 'B', 'Talks resume', 'A']);
});

test('cli: --version prints the version of the package; an unknown command exits 2 with the usage', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const r = detente(['--version']);
  assert.equal(r.code, 0);
  assert.equal(r.out, `detente ${pkg.version}\n`);
  const bad = detente(['extrat']);
  assert.equal(bad.code, 2);
  assert.equal(bad.out, '');
  assert.match(bad.err, /unknown command "extrat"[\s\S]*Usage:/);
});
