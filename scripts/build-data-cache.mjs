#!/usr/bin/env node
// Checks the shipped knowledge, lexicons and position model against their schemas once, at
// build time, and writes what the schemas made of them to dist/data-cache/ (src/kb/checked-file.ts
// says how readers use it). Run by `npm run build` and `prepare` after tsc; needs dist/.
// The same files give the same bytes. A file that fails its check stops the build.
import { readdirSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { cacheEntryOf, cachePathOf, DATA_DIR, DATA_CACHE_DIR } = await import(join(root, 'dist/kb/checked-file.js'));
const { kbFileSchema } = (await import(join(root, 'dist/kb/schema.js'))).kbSchemas();
const lex = (await import(join(root, 'dist/lexicons/schema.js'))).lexiconSchemas();
const positionModelSchema = (await import(join(root, 'dist/lexicons/position-model.js'))).positionModelSchema();

const kbDir = join(DATA_DIR, 'kb');
const files = [
  ...readdirSync(kbDir).filter((f) => f.endsWith('.json')).sort().map((f) => [join(kbDir, f), kbFileSchema, 'kb']),
  [join(DATA_DIR, 'lexicons', 'issues.json'), lex.issueLexiconSchema, 'issues'],
  [join(DATA_DIR, 'lexicons', 'stances.json'), lex.stanceLexiconSchema, 'stances'],
  [join(DATA_DIR, 'lexicons', 'events.json'), lex.eventLexiconSchema, 'events'],
  [join(DATA_DIR, 'lexicons', 'hedges.json'), lex.hedgeLexiconSchema, 'hedges'],
  [join(DATA_DIR, 'models', 'positions.json'), positionModelSchema, 'position-model'],
];
rmSync(DATA_CACHE_DIR, { recursive: true, force: true });
for (const [path, schema, name] of files) {
  const out = cachePathOf(path);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, cacheEntryOf(path, schema, name));
}
// The knowledge base built from the checked files (and its name trie), for loadKb (src/kb/index.ts): after them, which it reads.
// So are the shipped lexicons' compiled cues and literal automaton, for loadLexicons (src/lexicons/index.ts).
const { writeBuiltKb } = await import(join(root, 'dist/kb/index.js'));
const { NameTrie } = await import(join(root, 'dist/link/name-trie.js'));
writeBuiltKb(undefined, (kb) => ({ nameTrie: new NameTrie(kb).parts() }));
const { writePrimedCues } = await import(join(root, 'dist/lexicons/index.js'));
writePrimedCues();
process.stdout.write(`data cache: ${files.length} checked files, the built knowledge base and the compiled cues in ${DATA_CACHE_DIR}\n`);
