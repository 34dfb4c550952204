// Files as scrapers leave them: symbolic-link loops, links to nothing, files and folders that
// cannot be read, folders named like files, named pipes, names with spaces, line breaks,
// bytes that are not UTF-8 or a leading dash. Each bad one is one line on stderr naming it,
// the batch goes on with the rest, and the exit code says something failed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { readSource } from '../src/ingest/read-input.js';

const ROOT = join(import.meta.dirname, '..');
const STORY = 'Talks resume\n\nSergey Lavrov said on Monday that Moscow was ready for talks with Ukraine.\n';
let dir: string;
let batch: string;
let hasFifo = false;

// chmod 000 stops every user but root: as root, the command runs as "nobody" so that the
// unreadable files are unreadable to it too.
const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

function detente(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), join(ROOT, 'src/cli/main.ts'), ...args], { cwd, encoding: 'utf8', ...asUser });
  return { code: r.status, out: r.stdout, err: r.stderr, lines: r.stderr.split('\n').filter((l) => l.startsWith('detente: ') && !/^detente: \d+\/\d+ /.test(l)) };
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'detente-files-'));
  chmodSync(dir, 0o755);
  batch = join(dir, 'batch');
  mkdirSync(batch);
  writeFileSync(join(batch, 'good.txt'), STORY);
  writeFileSync(join(batch, 'with space.txt'), STORY);
  writeFileSync(join(batch, 'new\nline.txt'), STORY);
  writeFileSync(join(batch, '-dash.txt'), STORY);
  symlinkSync('.', join(batch, 'loop')); // a folder holding a link to itself
  symlinkSync('self.txt', join(batch, 'self.txt')); // a link to itself
  symlinkSync('missing.txt', join(batch, 'dangling.txt'));
  writeFileSync(join(batch, 'locked.txt'), STORY);
  chmodSync(join(batch, 'locked.txt'), 0o000);
  mkdirSync(join(batch, 'locked'));
  writeFileSync(join(batch, 'locked', 'inside.txt'), STORY);
  chmodSync(join(batch, 'locked'), 0o000);
  mkdirSync(join(batch, 'a.txt')); // a folder named like a file: read as the folder it is
  writeFileSync(join(batch, 'a.txt', 'inner.txt'), STORY);
  writeFileSync(Buffer.concat([Buffer.from(join(batch, 'caf')), Buffer.from([0xe9]), Buffer.from('.txt')]), STORY); // Latin-1 "café.txt"
  hasFifo = spawnSync('mkfifo', [join(batch, 'pipe.txt')]).status === 0;
  mkdirSync(join(dir, 'empty.txt'));
});
after(() => {
  chmodSync(join(batch, 'locked'), 0o755);
  rmSync(dir, { recursive: true, force: true });
});

let folderRun: ReturnType<typeof detente> | null = null;
const runFolder = () => (folderRun ??= detente(['extract', batch, '--jsonl', '--quiet', '--jobs', '0']));
const lineFor = (r: ReturnType<typeof detente>, name: string) => {
  const found = r.lines.filter((l) => l.startsWith(`detente: ${name}: `));
  assert.equal(found.length, 1, `one line for ${name} in:\n${r.err}`);
  return found[0];
};

test('files: a folder with bad entries is read whole: every good file gives its record, the exit code is 1', () => {
  const r = runFolder();
  assert.equal(r.code, 1, r.err);
  const sources = r.out.trim().split('\n').map((l) => JSON.parse(l).document.source);
  assert.deepEqual(sources.sort(), [
    join(batch, '-dash.txt'), join(batch, 'a.txt', 'inner.txt'), join(batch, 'good.txt'), join(batch, 'new\nline.txt'), join(batch, 'with space.txt'),
  ].sort());
  assert.doesNotMatch(r.err, /\bat \S+:\d+:\d+|ELOOP:|EACCES:/, 'no stack trace, no raw system error');
  assert.match(r.err, new RegExp(`detente: ${hasFifo ? 7 : 6} inputs failed`));
});

test('files: a folder holding a symbolic link to itself is reported once and not followed', () => {
  assert.match(lineFor(runFolder(), join(batch, 'loop')), /is a symbolic link back to a folder above it \(a loop\): skipped$/);
});

test('files: a symbolic link to itself and a link to nothing are each one clear line', () => {
  assert.match(lineFor(runFolder(), join(batch, 'self.txt')), /is a symbolic link that leads back to itself/);
  assert.match(lineFor(runFolder(), join(batch, 'dangling.txt')), /is a symbolic link to nothing/);
});

test('files: an unreadable file and an unreadable folder are each one line naming them', () => {
  assert.match(lineFor(runFolder(), join(batch, 'locked.txt')), /cannot be read: permission denied/);
  assert.match(lineFor(runFolder(), join(batch, 'locked')), /cannot be read: permission denied/);
});

test('files: a name that is not UTF-8 is reported, quoted, on one line', () => {
  assert.match(lineFor(runFolder(), JSON.stringify(join(batch, 'caf\ufffd.txt'))), /has a name that is not valid UTF-8: skipped/);
});

test('files: a name with a line break is read, and shown quoted on one line when it fails', () => {
  const r = runFolder();
  assert.ok(r.out.includes(JSON.stringify(join(batch, 'new\nline.txt'))), 'its record is written');
  writeFileSync(join(dir, 'bad\nname.txt'), '');
  const bad = detente(['extract', join(dir, 'bad\nname.txt'), '--json', '--quiet']);
  assert.equal(bad.code, 1);
  assert.equal(bad.err, `detente: ${JSON.stringify(join(dir, 'bad\nname.txt'))}: is empty\ndetente: 1 input failed\n`);
});

test('files: a named pipe is refused without being opened (reading it would wait forever)', (t) => {
  if (!hasFifo) return t.skip('mkfifo is not available');
  assert.match(lineFor(runFolder(), join(batch, 'pipe.txt')), /is a named pipe, not a file: skipped/);
});

test('files: named on the command line, each bad path is one line and the good file still gives its record', () => {
  const r = detente(['extract', join(batch, 'self.txt'), join(batch, 'locked.txt'), join(dir, 'empty.txt'), join(batch, 'good.txt'), '--jsonl', '--quiet']);
  assert.equal(r.code, 1);
  assert.equal(r.out.trim().split('\n').length, 1);
  assert.match(lineFor(r, join(batch, 'self.txt')), /symbolic link that leads back to itself/);
  assert.match(lineFor(r, join(batch, 'locked.txt')), /permission denied/);
  assert.match(lineFor(r, join(dir, 'empty.txt')), /the folder holds no \.txt, \.md, \.html or feed file/);
});

test('files: a file whose name starts with a dash is read after --, and without it the error says so', () => {
  const ok = detente(['extract', '--json', '--quiet', '--', '-dash.txt'], batch);
  assert.equal(ok.code, 0, ok.err);
  assert.equal(JSON.parse(ok.out).document.source, '-dash.txt');
  const refused = detente(['extract', '-dash.txt', '--json'], batch);
  assert.equal(refused.code, 2);
  assert.match(refused.err, /"-dash\.txt" is read as an option; for a file of that name put -- before it \(-- -dash\.txt\) or write \.\/-dash\.txt/);
});

test('files: ingest reports the same bad entries and stores the good files', () => {
  mkdirSync(join(dir, 'store'));
  chmodSync(join(dir, 'store'), 0o777); // the command may run as another user (above)
  const db = join(dir, 'store', 'articles.db');
  const r = detente(['ingest', batch, '--db', db, '--quiet', '--jobs', '0']);
  assert.equal(r.code, 1, r.err);
  assert.match(lineFor(r, join(batch, 'loop')), /a loop/);
  assert.match(lineFor(r, join(batch, 'locked.txt')), /permission denied/);
  assert.ok(r.lines.every((l) => !l.includes('\n')));
  const listed = detente(['articles', '--db', db, '--json']);
  // The five good files hold the same story: one article, the others kept as its aliases.
  const articles = JSON.parse(listed.out) as { aliases: unknown[] }[];
  assert.equal(articles.length, 1);
  assert.equal(articles[0].aliases.length, 4);
});

test('files: a folder handed to the reader where a file was expected is "a folder, not a file"', async () => {
  await assert.rejects(readSource(join(batch, 'a.txt'), { maxBytes: 1 << 20, timeoutMs: 1000 }), { source: join(batch, 'a.txt'), message: 'is a folder, not a file' });
});
