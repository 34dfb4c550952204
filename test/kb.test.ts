import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { importWikidata } from '../src/kb/wikidata.js';
import { loadKb, readKbFile, rolesOn, KbError, officeHolders } from '../src/kb/index.js';
import { runPipeline } from '../src/pipeline/run.js';
import { loadLexicons } from '../src/lexicons/index.js';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'kb', 'wikidata-sample.json');

test('kb import: a Wikidata person becomes a person with country, aliases and a dated role', () => {
  const { kbFile, skipped } = importWikidata(JSON.parse(readFileSync(FIXTURE, 'utf8')));
  const p = kbFile.people.find((x) => x.name === 'Ivanna Kovalenko');
  assert.ok(p);
  assert.equal(p!.id, 'ivanna-kovalenko');
  assert.equal(p!.country, 'UA');
  assert.deepEqual(p!.aliases, ['Kovalenko', 'Ivanna Kovalenko-Marchuk']);
  assert.deepEqual(p!.roles.map((r) => [r.title, r.office, r.country, r.start, r.end]), [['Deputy Minister of Foreign Affairs of Ukraine', 'foreign_minister', 'UA', '2024-03-05', '2025-07']]);
  assert.equal(skipped, 2); // the office and the country are entities, not actors
});

test('kb import: an armed group takes its country from the country entity\'s ISO code (P297)', () => {
  const { kbFile } = importWikidata(JSON.parse(readFileSync(FIXTURE, 'utf8')));
  const b = kbFile.bodies.find((x) => x.name === 'Northern Shield Brigade');
  assert.equal(b?.kind, 'armed_group');
  assert.equal(b?.country, 'MD');
});

test('kb: a user file adds people the text then links, and its role ends on its date', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-kb-'));
  const file = join(dir, 'mine.json');
  writeFileSync(file, JSON.stringify({ ...importWikidata(JSON.parse(readFileSync(FIXTURE, 'utf8'))).kbFile }));
  const kb = loadKb([file]);
  const person = kb.actors.get('ivanna-kovalenko')!;
  assert.equal(rolesOn(person, '2024-06-01').length, 1);
  assert.equal(rolesOn(person, '2025-09-01').length, 0);
  const doc = runPipeline('Talks\n\nKovalenko said the talks would resume.', { title: null, published: '2024-06-01', url: null, source: 't' }, { kb, lexicons: loadLexicons() });
  assert.equal(doc.actors.find((a) => a.id === 'ivanna-kovalenko')?.role, 'Deputy Minister of Foreign Affairs of Ukraine');
});

test('kb: a knowledge file that breaks the schema is refused with the file and the field named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-kb-'));
  const file = join(dir, 'bad.json');
  writeFileSync(file, JSON.stringify({ schema: 'detente/kb@1', people: [{ id: 'x', name: 'X', kind: 'person', country: 'Russia' }] }));
  assert.throws(() => readKbFile(file), (e: unknown) => e instanceof KbError && e.message.includes('bad.json') && e.message.includes('people.0.country'));
});

test('kb: the shipped knowledge holds 300+ people, every state, and one holder of an office on a date', () => {
  const kb = loadKb();
  const people = [...kb.actors.values()].filter((a) => a.kind === 'person');
  assert.ok(people.length >= 300, `${people.length} people`);
  assert.ok(kb.stateOf.size >= 193);
  assert.deepEqual(officeHolders(kb, 'head_of_state', 'UA', '2025-03-11').map((a) => a.name), ['Volodymyr Zelensky']);
  assert.deepEqual(officeHolders(kb, 'head_of_state', 'US', '2024-03-11').map((a) => a.name), ['Joe Biden']);
});
