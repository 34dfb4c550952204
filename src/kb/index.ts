// The knowledge base: states (world-countries plus data/kb/states.json), people, bodies and
// places from data/kb/*.json and the user's own files, indexed for linking.
import { readdirSync, readFileSync } from 'node:fs';
import { join, basename, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { ActorKind } from '../doc/model.js';
import { readChecked, keyOf, readKeyed, writeKeyed, RUNTIME_KEY, KbError, DATA_DIR, DATA_CACHE_DIR } from './checked-file.js';
import { kbSchemas, type KbFile, type Person, type Role, type Office, type Place } from './schema.js';

const require = createRequire(import.meta.url);

export interface KbActor {
  id: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  roles: Role[];
  aliases: string[];
  media?: boolean;
}

export interface KbPlace {
  name: string;
  country: string;
  lat: number;
  lon: number;
  type: string;
  population: number;
}

export interface Kb {
  actors: Map<string, KbActor>;
  /** Normalised name or alias -> actor ids (several when ambiguous). */
  names: Map<string, string[]>;
  /** Case-sensitive aliases ("UN", "AU"). */
  strictNames: Map<string, string[]>;
  /** "ukrainian" -> "UA". */
  demonyms: Map<string, string>;
  /** "the kremlin", "kyiv" -> "UA". */
  metonyms: Map<string, string>;
  /** ISO code -> the state's actor id. */
  stateOf: Map<string, string>;
  /** ISO code -> the name of its capital ("EG" -> "Cairo"). */
  capitals: Map<string, string>;
  /** The other way: a capital's name (normalised) -> ISO code ("kinshasa" -> "CD"). */
  capitalStates: Map<string, string>;
  places: Map<string, KbPlace[]>;
  /** Longest name in words, to bound the matcher's look-ahead. */
  maxWords: number;
  /** The first word of every name and alias (normalised): a name can only start at one of these. */
  firstWords: Set<string>;
}

export { KbError, DATA_DIR } from './checked-file.js';

/** Lower case, accents and curly quotes folded, "the" dropped: how names are compared. */
export function normName(s: string): string {
  // Most names are plain ASCII: skip the Unicode folding for them.
  if (isPlainAscii(s) && !/\s\s|^the |^The |^THE |\b(?:abdul|abdel|abd|al|el)[ -]/i.test(s)) {
    const lower = s.toLowerCase();
    return (lower.includes('`') ? lower.replace(/`/g, "'") : lower).trim();
  }
  return s
    // Letters with no decomposition: "Władysław", "Đukanović", "Kılıçdaroğlu".
    .replace(/[łŁđĐøØıðÐħĦ]/g, (c) => LETTER_FOLDS[c])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .toLowerCase()
    .replace(/^the\s+/, '')
    // "Abdul Rahman" / "Abdulrahman", "al-Thani" / "Al Thani": one spelling.
    .replace(/\b(abdul|abdel|abd)[ -](?=\p{L})/gu, '$1')
    .replace(/\b(al|el)[ -](?=\p{L})/gu, '$1-')
    .replace(/\s+/g, ' ')
    .trim();
}

export const LETTER_FOLDS: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', ı: 'i', ð: 'd', Ð: 'D', ħ: 'h', Ħ: 'H' };

function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c > 126) return false;
  }
  return true;
}

export function slug(s: string): string {
  return normName(s).replace(/['.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function readKbFile(path: string): KbFile {
  return readChecked(path, () => kbSchemas().kbFileSchema, 'kb');
}

/** The shipped knowledge files, in the order they are built. */
function shippedKbFiles(): string[] {
  const dir = join(DATA_DIR, 'kb');
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
}

/** Loads the shipped knowledge and then the user's files (later files add to earlier ones). */
export function loadKb(extraFiles: string[] = [], cacheFile = BUILT_KB_CACHE): Kb {
  const shipped = shippedKbFiles();
  if (extraFiles.length === 0) {
    const cached = readBuiltKb(shipped, cacheFile);
    if (cached) return cached;
  }
  return buildKb([...shipped, ...extraFiles].map(readKbFile));
}

/**
 * The knowledge base built from the shipped files alone, as the build stored it
 * (scripts/build-data-cache.mjs): building it (the names folded, the world's states sorted and
 * added) took about 200 ms of CPU in every process and worker thread, reading V8's serialised
 * copy about 50 ms. The file starts with the 64-character key of what it was built from: this
 * module's code, the shipped files and their schemas (the data cache's keys), world-countries,
 * and the Node, V8 and ICU that ran the build (normName folds with ICU's NFKD). Any other key, or
 * a user's file on top (`--kb`), builds as before; the object is the same either way
 * (test/startup.test.ts).
 */
export const BUILT_KB_CACHE = join(DATA_CACHE_DIR, 'kb', 'built-kb.bin');

/** What the build derived from the shipped knowledge base and stored beside it (the name trie's tables), by the knowledge base read. */
const derived = new WeakMap<object, Record<string, unknown>>();

/** A table the build derived from this knowledge base (writeBuiltKb's `derive`), if it was read from the build's copy. */
export function derivedFromBuild(kb: object, name: string): unknown {
  return derived.get(kb)?.[name];
}

function builtKbKey(shipped: readonly string[]): string {
  const hash = createHash('sha256');
  // This module builds the knowledge base; link/name-trie derives its trie.
  const here = fileURLToPath(import.meta.url);
  hash.update(readFileSync(here)).update('\0');
  try { hash.update(readFileSync(join(dirname(here), '..', 'link', `name-trie${here.endsWith('.ts') ? '.ts' : '.js'}`))); } catch { /* none: the key still names this module */ }
  hash.update('\0');
  hash.update(readFileSync(require.resolve('world-countries/package.json'))).update('\0');
  hash.update(RUNTIME_KEY).update('\0');
  for (const f of shipped) hash.update(basename(f)).update('\0').update(keyOf(readFileSync(f), 'kb')).update('\0');
  return hash.digest('hex');
}

function readBuiltKb(shipped: readonly string[], cacheFile: string): Kb | null {
  const built = readKeyed(cacheFile, () => builtKbKey(shipped)) as { kb: Kb; derived: Record<string, unknown> } | null;
  if (typeof built?.kb !== 'object' || built.kb === null) return null;
  derived.set(built.kb, built.derived ?? {});
  return built.kb;
}

/**
 * Builds the knowledge base from the shipped files and stores it for loadKb (run at build time,
 * after the data cache), with the tables `derive` makes of it (derivedFromBuild gives them back).
 */
export function writeBuiltKb(cacheFile = BUILT_KB_CACHE, derive: (kb: Kb) => Record<string, unknown> = () => ({})): void {
  const shipped = shippedKbFiles();
  const kb = buildKb(shipped.map(readKbFile));
  // One copy of both: a derived table that holds a part of the knowledge base (the trie its names) holds the same object after reading.
  writeKeyed(cacheFile, builtKbKey(shipped), { kb, derived: derive(kb) });
}

export function buildKb(files: KbFile[]): Kb {
  const kb: Kb = {
    actors: new Map(), names: new Map(), strictNames: new Map(), demonyms: new Map(), metonyms: new Map(),
    stateOf: new Map(), capitals: new Map(), capitalStates: new Map(), places: new Map(), maxWords: 1, firstWords: new Set(),
  };
  addStates(kb, files);
  for (const f of files) {
    for (const p of f.people) addActor(kb, personActor(p));
    for (const b of f.bodies) {
      addActor(kb, { id: b.id, name: b.name, kind: b.kind, country: b.country, roles: [], aliases: b.aliases, media: b.media });
      for (const s of b.strict_aliases) push(kb.strictNames, s, b.id);
    }
    for (const p of f.places) addPlace(kb, p);
  }
  return kb;
}

function personActor(p: Person): KbActor {
  return { id: p.id, name: p.name, kind: 'person', country: p.country, roles: p.roles, aliases: p.aliases };
}

function addActor(kb: Kb, a: KbActor): void {
  const existing = kb.actors.get(a.id);
  if (existing) {
    existing.aliases.push(...a.aliases);
    existing.roles.push(...a.roles);
  } else kb.actors.set(a.id, { ...a, aliases: [...a.aliases], roles: [...a.roles] });
  for (const n of [a.name, ...a.aliases]) {
    // "Kosiniak-Kamysz" is also written "Kosiniak Kamysz" ("al-Sharaa" stays "al-sharaa").
    for (const key of new Set([normName(n), normName(n.replace(/(?<=\p{L})-(?=\p{L})/gu, ' '))])) {
      push(kb.names, key, a.id);
      kb.firstWords.add(firstWordOf(key));
    }
    // The tokeniser makes three words of "al-Qaeda": count a hyphen as two more.
    kb.maxWords = Math.max(kb.maxWords, n.split(/\s+/).length + 2 * (n.match(/-/g)?.length ?? 0));
  }
}

/** "sergey lavrov" -> "sergey"; "u.s." -> "u.s."; "al-thani" -> "al"; "putin's" -> "putin": the first word token. */
export function firstWordOf(key: string): string {
  const end = key.search(/[\s'’]|-(?=.)/);
  return (end < 0 ? key : key.slice(0, end)).replace(/[-.]$/, '');
}

function addStates(kb: Kb, files: KbFile[]): void {
  const countries = require('world-countries') as WorldCountry[];
  // UN members first, so that a demonym shared with a territory ("French") names the state.
  const ordered = [...countries].sort((a, b) => Number(b.unMember ?? false) - Number(a.unMember ?? false) || a.cca2.localeCompare(b.cca2));
  for (const c of ordered) {
    const id = slug(c.name.common);
    // One-word alternative spellings are foreign forms or words ("Island" for Iceland): only longer names.
    const aliases = [c.name.official, ...c.altSpellings.filter((s) => /^[A-Za-z .'-]+$/.test(s) && s.includes(' '))];
    addActor(kb, { id, name: c.name.common, kind: 'state', country: c.cca2, roles: [], aliases });
    kb.stateOf.set(c.cca2, id);
    if (c.capital?.[0]) {
      kb.capitals.set(c.cca2, c.capital[0]);
      if (!kb.capitalStates.has(normName(c.capital[0]))) kb.capitalStates.set(normName(c.capital[0]), c.cca2);
    }
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d && !kb.demonyms.has(normName(d))) kb.demonyms.set(normName(d), c.cca2);
    // A country is a place too, where an event happens in it ("talks in the United States").
    addPlace(kb, { name: c.name.common, aliases: [], country: c.cca2, lat: c.latlng[0], lon: c.latlng[1], type: 'area' }, 1e9);
  }
  for (const f of files) {
    for (const s of f.states) {
      const id = kb.stateOf.get(s.country);
      if (!id) throw new KbError(`states: unknown country code ${s.country}`);
      const state = kb.actors.get(id)!;
      addActor(kb, { ...state, aliases: s.aliases, roles: [] });
      for (const d of s.demonyms) kb.demonyms.set(normName(d), s.country);
      for (const m of s.metonyms) kb.metonyms.set(normName(m), s.country);
    }
  }
}

function addPlace(kb: Kb, p: Place, population = 5e6): void {
  const entry: KbPlace = { name: p.name, country: p.country, lat: p.lat, lon: p.lon, type: p.type, population };
  for (const n of [p.name, ...p.aliases]) {
    const list = kb.places.get(normName(n)) ?? [];
    if (!list.some((x) => x.name === entry.name && x.country === entry.country)) list.push(entry);
    kb.places.set(normName(n), list);
  }
}

function push(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

/** Offices from the most to the least senior: the one a person is shown with when they hold several. */
const OFFICE_RANK: readonly Office[] = [
  'head_of_state', 'head_of_government', 'foreign_minister', 'defence_minister', 'org_leader', 'group_leader', 'minister',
  'military_chief', 'intelligence_chief', 'security_adviser', 'chief_of_staff', 'envoy', 'spokesperson', 'official',
];

/**
 * The roles a person held on `date` (YYYY-MM-DD; any current role when date is null), the
 * primary first: the more senior office ("Acting Prime Minister" before "Defence Minister",
 * "Secretary of State" before "National Security Adviser (acting)"), then a substantive role
 * before an acting or interim one, then the latest started.
 */
export function rolesOn(actor: KbActor, date: string | null): Role[] {
  const held = actor.roles.filter((r) => heldOn(r, date));
  return held.sort((a, b) => OFFICE_RANK.indexOf(a.office) - OFFICE_RANK.indexOf(b.office)
    || Number(acting(a)) - Number(acting(b))
    || (b.start ?? '').localeCompare(a.start ?? ''));
}

function acting(r: Role): boolean {
  return /\b(?:acting|interim)\b/i.test(r.title);
}

export function heldOn(role: Role, date: string | null): boolean {
  if (!date) return role.end === null;
  const start = role.start ?? '0000';
  const end = role.end ?? '9999';
  return start.slice(0, date.length) <= date && date <= endOf(end);
}

function endOf(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}

/** The state a name or alias stands for ("russia", "u.s."), if it names one. */
export function stateByName(kb: Kb, key: string): KbActor | undefined {
  const ids = kb.names.get(key);
  if (!ids) return undefined;
  for (const id of ids) { const a = kb.actors.get(id)!; if (a.kind === 'state') return a; }
  return undefined;
}

/** People holding `office` for `country` on `date`. */
export function officeHolders(kb: Kb, office: Office, country: string | null, date: string | null, title?: string): KbActor[] {
  const out: KbActor[] = [];
  for (const a of kb.actors.values()) {
    if (a.kind !== 'person') continue;
    if (a.roles.some((r) => r.office === office && (country === null || r.country === country) && heldOn(r, date)
      && (!title || r.titles.some((t) => normName(t) === normName(title))))) out.push(a);
  }
  return out;
}

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  altSpellings: string[];
  unMember?: boolean;
  capital?: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
  latlng: [number, number];
}
