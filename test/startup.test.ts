// Work done once at start-up (or at build time) instead of in every worker: the shipped data
// files checked by the build (src/kb/checked-file.ts, scripts/build-data-cache.mjs) and the cue
// automaton built once over every lexicon's literals (primeCues in src/lexicons/index.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readChecked, cacheEntryOf, cachePathOf, checkJson, DATA_DIR, KbError } from '../src/kb/checked-file.js';
import { kbSchemas } from '../src/kb/schema.js';
import { lexiconSchemas } from '../src/lexicons/schema.js';
import { positionModelSchema as makePositionModelSchema } from '../src/lexicons/position-model.js';

const { kbFileSchema } = kbSchemas();
const { issueLexiconSchema, stanceLexiconSchema, eventLexiconSchema, hedgeLexiconSchema } = lexiconSchemas();
const positionModelSchema = makePositionModelSchema();
import { loadLexicons, findCues, literalAutomatonBuilds } from '../src/lexicons/index.js';
import { loadKb, writeBuiltKb } from '../src/kb/index.js';
import { NameTrie, nameTrie } from '../src/link/name-trie.js';
import { serialize } from 'node:v8';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const kbFiles = readdirSync(join(DATA_DIR, 'kb')).filter((f) => f.endsWith('.json')).sort().map((f) => join(DATA_DIR, 'kb', f));
const states = join(DATA_DIR, 'kb', 'states.json');

test('data cache: every shipped file cached is the object its schema makes of it (defaults filled in, a JSON round trip loses nothing)', () => {
  const shipped: [string, Parameters<typeof cacheEntryOf>[1], Parameters<typeof cacheEntryOf>[2]][] = [
    ...kbFiles.map((f) => [f, kbFileSchema, 'kb'] as [string, typeof kbFileSchema, 'kb']),
    [join(DATA_DIR, 'lexicons', 'issues.json'), issueLexiconSchema, 'issues'],
    [join(DATA_DIR, 'lexicons', 'stances.json'), stanceLexiconSchema, 'stances'],
    [join(DATA_DIR, 'lexicons', 'events.json'), eventLexiconSchema, 'events'],
    [join(DATA_DIR, 'lexicons', 'hedges.json'), hedgeLexiconSchema, 'hedges'],
    [join(DATA_DIR, 'models', 'positions.json'), positionModelSchema, 'position-model'],
  ];
  for (const [path, schema, name] of shipped) {
    const entry = JSON.parse(cacheEntryOf(path, schema, name)) as { key: string; data: unknown };
    assert.match(entry.key, /^[0-9a-f]{64}$/);
    assert.deepStrictEqual(entry.data, checkJson(path, readFileSync(path), schema), path);
  }
});

test('data cache: a matching entry is read instead of checking, a fresh object each time; a stale key is checked again', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-cache-'));
  try {
    const out = cachePathOf(states, dir)!;
    mkdirSync(dirname(out), { recursive: true });
    const entry = JSON.parse(cacheEntryOf(states, kbFileSchema, 'kb')) as { key: string; data: { states: { aliases: string[] }[] } };
    // A marker only the cache holds shows which way the file was read.
    entry.data.states[0].aliases.push('From The Cache');
    writeFileSync(out, JSON.stringify(entry));
    const first = readChecked(states, kbFileSchema, 'kb', dir);
    assert.ok(first.states[0].aliases.includes('From The Cache'));
    first.states[0].aliases.push('changed by a caller');
    assert.ok(!readChecked(states, kbFileSchema, 'kb', dir).states[0].aliases.includes('changed by a caller'));
    // Another schema's name, or another key (the file or the schemas changed): checked as before.
    assert.ok(!readChecked(states, kbFileSchema, 'issues', dir).states[0].aliases.includes('From The Cache'));
    writeFileSync(out, JSON.stringify({ ...entry, key: '0'.repeat(64) }));
    assert.ok(!readChecked(states, kbFileSchema, 'kb', dir).states[0].aliases.includes('From The Cache'));
    // A cache file that is not JSON is no entry.
    writeFileSync(out, '{');
    assert.deepStrictEqual(readChecked(states, kbFileSchema, 'kb', dir), checkJson(states, readFileSync(states), kbFileSchema));
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('data cache: a file outside data/ is always checked, and a bad one still names the field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-cache-'));
  try {
    const bad = join(dir, 'mine.json');
    writeFileSync(bad, JSON.stringify({ schema: 'detente/kb@1', people: [{ id: 'x-y', name: 'X Y', kind: 'person', country: 'Ukraine' }] }));
    assert.equal(cachePathOf(bad, dir), null);
    assert.throws(() => readChecked(bad, kbFileSchema, 'kb', dir), (e: unknown) => e instanceof KbError && e.message.includes('mine.json') && e.message.includes('people.0.country'));
    // The schema given as a function that makes it (how the loaders pass it): called, and the same error.
    let made = 0;
    assert.throws(() => readChecked(bad, () => { made++; return kbFileSchema; }, 'kb', dir), (e: unknown) => e instanceof KbError && e.message.includes('people.0.country'));
    assert.equal(made, 1);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('data cache: a cached read never makes the schema; the built tree extracts without loading zod', { skip: !existsSync(join(root, 'dist', 'data-cache')) && 'no dist/ (npm run build)' }, () => {
  const states = join(DATA_DIR, 'kb', 'states.json');
  const cacheDir = join(root, 'dist', 'data-cache');
  // Under src/ the key names .ts schema modules, so write this tree's own entry for the file first.
  const dir = mkdtempSync(join(tmpdir(), 'detente-cache-'));
  try {
    const out = cachePathOf(states, dir)!;
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, cacheEntryOf(states, kbFileSchema, 'kb'));
    let made = 0;
    const read = readChecked(states, () => { made++; return kbFileSchema; }, 'kb', dir);
    assert.equal(made, 0);
    assert.deepStrictEqual(read, checkJson(states, readFileSync(states), kbFileSchema));
  } finally { rmSync(dir, { recursive: true, force: true }); }
  assert.ok(existsSync(cacheDir));
  // Every module the built CLI loads to extract an article, as a loader hook sees them: no zod.
  const hook = 'data:text/javascript,' + encodeURIComponent('export async function load(u, c, next) { process.stderr.write("LOADED " + u + "\\n"); return next(u, c); }');
  // and what require() loaded (the schemas load zod with require), as a preloaded script sees it at exit.
  const work = mkdtempSync(join(tmpdir(), 'detente-zod-'));
  try {
    const article = join(work, 'a.txt');
    writeFileSync(article, 'Talks in Geneva\n\nUkraine and Russia agreed on Monday to exchange prisoners, officials said.\n');
    const preload = join(work, 'preload.cjs');
    writeFileSync(preload, 'process.on("exit", () => { for (const k of Object.keys(require.cache)) process.stderr.write("REQUIRED " + k + "\\n"); });');
    const run = spawnSync(process.execPath, ['--no-warnings', '--require', preload, '--experimental-loader', hook, join(root, 'dist', 'cli', 'main.js'), 'extract', article, '--jsonl', '--quiet', '--jobs', '0'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const loaded = run.stderr.split('\n').filter((l) => l.startsWith('LOADED ') || l.startsWith('REQUIRED '));
    assert.ok(loaded.some((l) => l.startsWith('LOADED ') && l.includes('/dist/pipeline/run.js')), 'the hook saw the pipeline load');
    assert.ok(loaded.some((l) => l.startsWith('REQUIRED ') && l.includes('wink')), 'the preload saw the model load');
    assert.deepStrictEqual(loaded.filter((l) => l.includes('/node_modules/zod/')), []);
    assert.ok(run.stdout.includes('"schema":"detente/extract@1"'));
  } finally { rmSync(work, { recursive: true, force: true }); }
});

test('data cache: the build script writes the same bytes twice, and the built tree reads every shipped file from it as its schema would', { skip: !existsSync(join(root, 'dist', 'kb', 'checked-file.js')) && 'no dist/ (npm run build)' }, () => {
  const script = join(root, 'scripts', 'build-data-cache.mjs');
  const cacheDir = join(root, 'dist', 'data-cache');
  const snapshot = () => {
    const files: Record<string, string> = {};
    for (const sub of readdirSync(cacheDir)) for (const f of readdirSync(join(cacheDir, sub))) files[`${sub}/${f}`] = readFileSync(join(cacheDir, sub, f), 'utf8');
    return files;
  };
  assert.equal(spawnSync(process.execPath, [script], { encoding: 'utf8' }).status, 0);
  const once = snapshot();
  assert.equal(spawnSync(process.execPath, [script], { encoding: 'utf8' }).status, 0);
  assert.deepStrictEqual(snapshot(), once);
  assert.equal(Object.keys(once).length, kbFiles.length + 7); // and the built knowledge base, the compiled cues
  // In the built tree the keys match: read from the cache, the same objects as checked.
  const check = `
    const m = await import(${JSON.stringify(join(root, 'dist/kb/checked-file.js'))});
    const { kbFileSchema } = (await import(${JSON.stringify(join(root, 'dist/kb/schema.js'))})).kbSchemas();
    const { readFileSync } = await import('node:fs');
    const { isDeepStrictEqual } = await import('node:util');
    let hits = 0;
    for (const f of ${JSON.stringify(kbFiles)}) {
      const entry = JSON.parse(readFileSync(m.cachePathOf(f), 'utf8'));
      const read = m.readChecked(f, kbFileSchema, 'kb');
      if (!isDeepStrictEqual(read, m.checkJson(f, readFileSync(f), kbFileSchema))) throw new Error('differs: ' + f);
      if (isDeepStrictEqual(read, entry.data)) hits++;
    }
    console.log(hits);`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', check], { encoding: 'utf8' });
  assert.equal(run.stderr, '');
  assert.equal(run.stdout.trim(), String(kbFiles.length));
});

test('lexicons: loading them builds the cue automaton once, and searching every lexicon list builds no other', () => {
  const lex = loadLexicons();
  assert.ok(loadKb().actors.size > 0);
  const builds = literalAutomatonBuilds();
  const lists = [
    ...lex.issues.issues.flatMap((e) => [e.cues, e.not]), ...lex.stances.stances.map((e) => e.cues),
    lex.stances.negators, lex.stances.conditions, ...lex.events.events.map((e) => e.cues),
    lex.hedges.reporting, lex.hedges.alleged, lex.hedges.speculative, lex.hedges.unnamed_sources,
  ];
  let hits = 0;
  for (const list of lists) hits += findCues('Officials said the rebels refused to withdraw troops and demanded a ceasefire before talks.', list).length;
  assert.ok(hits > 3);
  assert.equal(literalAutomatonBuilds(), builds);
  // A cue no lexicon has brings a new literal: the automaton is built again, and finds it.
  assert.deepEqual(findCues('a zyzzyva ceasefire', ['zyzzyva']).map((h) => [h.start, h.end]), [[2, 9]]);
  assert.equal(literalAutomatonBuilds(), builds + 1);
});

test('built knowledge base: loadKb reads the copy the build made when its key matches (the same object as a fresh build), and builds anew on a stale key or a file of the user', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-built-kb-'));
  try {
    const file = join(dir, 'built-kb.bin');
    const none = join(dir, 'none.bin');
    const built = loadKb([], none);
    writeBuiltKb(file, (kb) => ({ nameTrie: new NameTrie(kb).parts() }));
    const cachedKb = loadKb([], file);
    assert.deepStrictEqual(cachedKb, built);
    // Its name trie comes with it, over its own names, the same tables as one built anew.
    const trie = nameTrie(cachedKb);
    assert.equal(trie.names, cachedKb.names);
    assert.deepStrictEqual(trie, new NameTrie(built));
    // A marker only the cached copy holds shows which way the knowledge base was made.
    const key = readFileSync(file).subarray(0, 64);
    const marked = loadKb([], none);
    marked.metonyms.set('from the cache', 'UA');
    writeFileSync(file, Buffer.concat([key, serialize({ kb: marked, derived: {} })]));
    assert.equal(loadKb([], file).metonyms.get('from the cache'), 'UA');
    // Two loads never share objects (callers may add to what they get).
    loadKb([], file).actors.clear();
    assert.equal(loadKb([], file).actors.size, built.actors.size);
    // A user's file on top: built from the files, as before.
    const extra = join(dir, 'extra.json');
    writeFileSync(extra, JSON.stringify({ schema: 'detente/kb@1' }));
    assert.equal(loadKb([extra], file).metonyms.get('from the cache'), undefined);
    // Another key (the files, the schemas, this code or the runtime changed), or a broken file: built anew.
    writeFileSync(file, Buffer.concat([Buffer.from('0'.repeat(64), 'latin1'), serialize({ kb: marked, derived: {} })]));
    assert.equal(loadKb([], file).metonyms.get('from the cache'), undefined);
    assert.deepStrictEqual(loadKb([], file), built);
    writeFileSync(file, Buffer.concat([key, Buffer.from('not v8')]));
    assert.deepStrictEqual(loadKb([], file), built);
    writeFileSync(file, Buffer.concat([key, serialize(marked)]));
    assert.deepStrictEqual(loadKb([], file), built);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('compiled cues: the built tree takes the stored cues and automaton (no automaton built), and finds what a fresh compile finds', { skip: !existsSync(join(root, 'dist', 'lexicons', 'index.js')) && 'no dist/ (npm run build)' }, () => {
  const run = (primed: string) => {
    const script = `
      const m = await import(${JSON.stringify(join(root, 'dist/lexicons/index.js'))});
      const lex = m.loadLexicons([], undefined, ${JSON.stringify(primed)});
      const lists = [
        ...lex.issues.issues.flatMap((e) => [e.cues, e.not]), ...lex.stances.stances.map((e) => e.cues),
        lex.stances.negators, lex.stances.conditions, ...lex.events.events.map((e) => e.cues),
        lex.hedges.reporting, lex.hedges.alleged, lex.hedges.speculative, lex.hedges.unnamed_sources,
      ];
      const texts = ['Officials said the rebels refused to withdraw troops and demanded a ceasefire before talks.',
        'The ministry denied it had shelled the town, but residents said drones struck a market on Tuesday.',
        'Both sides agreed in principle to a prisoner exchange, according to a source familiar with the talks.'];
      const hits = lists.map((l) => texts.map((t) => m.findCues(t, l)));
      console.log(JSON.stringify({ builds: m.literalAutomatonBuilds(), hits }));`;
    const out = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.equal(out.stderr, '');
    return JSON.parse(out.stdout) as { builds: number; hits: unknown };
  };
  const cached = run(join(root, 'dist', 'data-cache', 'lexicons', 'primed-cues.bin'));
  const fresh = run(join(root, 'dist', 'data-cache', 'lexicons', 'no-such-file.bin'));
  assert.equal(cached.builds, 0);
  assert.equal(fresh.builds, 1);
  assert.ok(JSON.stringify(fresh.hits).length > 500);
  assert.deepStrictEqual(cached.hits, fresh.hits);
});
