// Loads the cue lexicons (data/lexicons/*.json and the user's own) and finds their cues in a
// text (each cue compiled to the pieces that cue-pattern.ts scans for).
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { DATA_DIR, KbError } from '../kb/index.js';
import { readChecked, keyOf, readKeyed, writeKeyed, RUNTIME_KEY, DATA_CACHE_DIR, type SchemaName } from '../kb/checked-file.js';
import {
  lexiconSchemas,
  type IssueLexicon, type StanceLexicon, type EventLexicon, type HedgeLexicon,
} from './schema.js';
import type { z } from 'zod';
import { Automaton, type AutomatonParts } from './automaton.js';
import { readPositionModel, type PositionModel } from './position-model.js';
import { addIssueForms } from './issue-forms.js';
import { addIssueParadigms } from './issue-paradigms.js';
import { cuePieces, matchPiecesAt, CueText, type CuePiece } from './cue-pattern.js';

export interface Lexicons {
  issues: IssueLexicon;
  stances: StanceLexicon;
  events: EventLexicon;
  hedges: HedgeLexicon;
  /** The learned position filter (data/models/positions.json), or null. */
  positionModel?: PositionModel | null;
}

/**
 * A JSON data file checked against its schema; a clear error naming the file and the field
 * otherwise. `name` lets a shipped file be read as the build checked it (src/kb/checked-file.ts).
 */
export function readLexicon<T>(path: string, schema: z.ZodType<T> | (() => z.ZodType<T>), name?: SchemaName): T {
  return readChecked(path, schema, name);
}

/**
 * The shipped lexicons, then the user's files (`--lexicon FILE`): each names its kind in
 * `schema` and adds to the shipped one (cues to an issue or stance, events, hedge cues).
 */
export function loadLexicons(extraFiles: string[] = [], dir = join(DATA_DIR, 'lexicons'), primedFile = PRIMED_CUES_CACHE): Lexicons {
  const lex = readLexicons(extraFiles, dir);
  if (extraFiles.length === 0 && dir === join(DATA_DIR, 'lexicons')) restorePrimedCues(dir, primedFile);
  primeCues(lex);
  return lex;
}

function readLexicons(extraFiles: string[], dir: string): Lexicons {
  const lex: Lexicons = {
    issues: readLexicon(join(dir, 'issues.json'), () => lexiconSchemas().issueLexiconSchema, 'issues'),
    stances: readLexicon(join(dir, 'stances.json'), () => lexiconSchemas().stanceLexiconSchema, 'stances'),
    events: readLexicon(join(dir, 'events.json'), () => lexiconSchemas().eventLexiconSchema, 'events'),
    hedges: readLexicon(join(dir, 'hedges.json'), () => lexiconSchemas().hedgeLexiconSchema, 'hedges'),
    positionModel: readModel(join(dir, '..', 'models', 'positions.json')),
  };
  for (const file of extraFiles) addLexicon(lex, file);
  addIssueForms(lex.issues);
  addIssueParadigms(lex.issues);
  return lex;
}

/**
 * The compiled cues and the literal automaton of the shipped lexicons, as the build stored them
 * (scripts/build-data-cache.mjs): compiling the 7,600 cues and building the automaton took about
 * 200 ms of CPU in every process and worker thread, reading V8's serialised copy about 20 ms.
 * The file starts with the 64-character key of what it was made from: the shipped lexicons and
 * their schemas (the data cache's keys), the code that compiles cues and builds the automaton
 * (and the code that adds the issue cues' other forms),
 * and the Node, V8 and ICU that ran the build. It is taken only by a process that has compiled no
 * cue yet, when the key matches; primeCues then finds every cue compiled and the automaton built,
 * with the literal ids a fresh run gives (test/startup.test.ts). A user's lexicon file on top,
 * or any other key, compiles as before.
 */
export const PRIMED_CUES_CACHE = join(DATA_CACHE_DIR, 'lexicons', 'primed-cues.bin');

const LEXICON_FILES: readonly [string, SchemaName][] = [['issues.json', 'issues'], ['stances.json', 'stances'], ['events.json', 'events'], ['hedges.json', 'hedges']];

function primedKey(dir: string): string {
  const hash = createHash('sha256');
  const here = dirname(fileURLToPath(import.meta.url));
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  for (const f of ['index', 'cue-pattern', 'automaton', 'issue-forms', 'issue-paradigms']) hash.update(readFileSync(join(here, `${f}${ext}`))).update('\0');
  hash.update(RUNTIME_KEY).update('\0');
  for (const [f, name] of LEXICON_FILES) hash.update(f).update('\0').update(keyOf(readFileSync(join(dir, f)), name)).update('\0');
  return hash.digest('hex');
}

interface PrimedCues {
  cues: CompiledCue[];
  literals: string[];
  automaton: AutomatonParts;
}

/** Takes the stored compiled cues of the lexicons in `dir` when none were compiled yet and the key is theirs; whether it did. */
function restorePrimedCues(dir: string, cacheFile: string): boolean {
  if (cache.size > 0 || literalList.length > 0 || automaton) return false;
  const primed = readKeyed(cacheFile, () => primedKey(dir)) as PrimedCues | null;
  if (!primed) return false;
  for (const c of primed.cues) cache.set(c.cue, c);
  for (const literal of primed.literals) literalId(literal);
  automaton = Automaton.fromParts(primed.automaton);
  return true;
}

/** Compiles the shipped lexicons' cues in a fresh state and stores them for loadLexicons (run at build time, after the data cache). */
export function writePrimedCues(cacheFile = PRIMED_CUES_CACHE): void {
  const dir = join(DATA_DIR, 'lexicons');
  cache.clear();
  literalIds.clear();
  literalList.length = 0;
  automaton = null;
  primeCues(readLexicons([], dir));
  const primed: PrimedCues = { cues: [...cache.values()], literals: literalList, automaton: automatonOfLiterals().parts() };
  writeKeyed(cacheFile, primedKey(dir), primed);
}

/** The position model; DETENTE_POSITION_MODEL=on|off overrides the file's own switch. */
function readModel(path: string): PositionModel | null {
  try {
    return readPositionModel(path, process.env.DETENTE_POSITION_MODEL);
  } catch (e) {
    throw new KbError((e as Error).message);
  }
}

function addLexicon(lex: Lexicons, file: string): void {
  let kind: unknown;
  try { kind = (JSON.parse(readFileSync(file, 'utf8')) as { schema?: unknown }).schema; } catch (e) {
    throw new KbError(`${file}: not readable JSON (${(e as Error).message})`);
  }
  switch (kind) {
    case 'detente/issues@1':
      for (const add of readLexicon(file, lexiconSchemas().issueLexiconSchema).issues) {
        const entry = lex.issues.issues.find((e) => e.issue === add.issue);
        if (entry) { entry.cues.push(...add.cues); entry.not.push(...add.not); } else lex.issues.issues.push(add);
      }
      return;
    case 'detente/stances@1': {
      const add = readLexicon(file, lexiconSchemas().stanceLexiconSchema);
      for (const s of add.stances) {
        const entry = lex.stances.stances.find((e) => e.stance === s.stance);
        if (entry) entry.cues.push(...s.cues); else lex.stances.stances.push(s);
      }
      lex.stances.negators.push(...add.negators);
      lex.stances.conditions.push(...add.conditions);
      return;
    }
    case 'detente/events@1':
      lex.events.events.push(...readLexicon(file, lexiconSchemas().eventLexiconSchema).events);
      return;
    case 'detente/hedges@1': {
      const add = readLexicon(file, lexiconSchemas().hedgeLexiconSchema.partial({ reporting: true, alleged: true, speculative: true, unnamed_sources: true }));
      for (const k of ['reporting', 'alleged', 'speculative', 'unnamed_sources'] as const) lex.hedges[k].push(...(add[k] ?? []));
      return;
    }
    default:
      throw new KbError(`${file}: "schema" must be one of detente/issues@1, detente/stances@1, detente/events@1, detente/hedges@1`);
  }
}

/** Letters of a word that key the cue index. */
const KEY = 4;

interface CompiledCue {
  cue: string;
  /** The cue's words and gaps, as the scan in cue-pattern.ts reads them. */
  pieces: CuePiece[];
  /** Lower-case literal pieces that must all occur in a text for the cue to match it. */
  literals: string[];
  /** The same as ids of the literal registry (the automaton's patterns). */
  literalIds: number[];
  /** Index of the longest literal (the rarest, as a rule): the one a cue is filed under. */
  rarest: number;
  /** The first letters (up to four) of the first literal word: a word of the text must start with them. */
  key: string;
}

const cache = new Map<string, CompiledCue>();

/**
 * Every distinct literal of every cue compiled so far, and one automaton over all of them:
 * a text is scanned once, whatever the number of cue lists searched in it. The registry only
 * grows (a cue keeps its ids); the automaton is rebuilt when a new cue brought new literals.
 */
const literalIds = new Map<string, number>();
const literalList: string[] = [];
let automaton: Automaton | null = null;

function literalId(literal: string): number {
  let id = literalIds.get(literal);
  if (id === undefined) {
    id = literalList.length;
    literalIds.set(literal, id);
    literalList.push(literal);
  }
  return id;
}

let automatonBuilds = 0;

function automatonOfLiterals(): Automaton {
  if (!automaton || automaton.patterns.length !== literalList.length) { automaton = new Automaton([...literalList]); automatonBuilds++; }
  return automaton;
}

/** How many times the literal automaton was built in this process (for tests of start-up work). */
export function literalAutomatonBuilds(): number {
  return automatonBuilds;
}

/**
 * Compiles every cue of the lexicons and builds the literal automaton once, over all their
 * literals. Left to the first searches, each new cue list brought new literals and the
 * automaton was built again: ten times over the first article, a growing table each time
 * (about a third of a second of each worker's start-up). A cue list that brings a literal
 * none of these has still gets its automaton rebuilt then.
 */
export function primeCues(lex: Lexicons): void {
  for (const e of lex.issues.issues) { e.cues.forEach(compile); e.not.forEach(compile); }
  for (const e of lex.stances.stances) e.cues.forEach(compile);
  lex.stances.negators.forEach(compile);
  lex.stances.conditions.forEach(compile);
  for (const e of lex.events.events) e.cues.forEach(compile);
  for (const k of ['reporting', 'alleged', 'speculative', 'unnamed_sources'] as const) lex.hedges[k].forEach(compile);
  automatonOfLiterals();
}

function compile(cue: string): CompiledCue {
  let c = cache.get(cue);
  if (c) return c;
  const words = cue.trim().split(/\s+/);
  const literals = words.filter((w) => w !== '...').map((w) => w.replace(/\*$/, '').split("'")[0]).filter((w) => w.length > 0);
  const first = (literals[0] ?? '').split(/[^\p{L}\p{N}]+/u).find(Boolean) ?? '';
  c = {
    cue, pieces: cuePieces(cue),
    literals, literalIds: literals.map(literalId), rarest: literals.reduce((best, l, i) => (l.length > literals[best].length ? i : best), 0), key: first.slice(0, KEY),
  };
  cache.set(cue, c);
  return c;
}

export interface CueHit {
  start: number;
  end: number;
  cue: string;
}

/**
 * A cue list by the literal id of each cue's longest literal: a text's literals pick the cues
 * worth trying ("in exchange for" waits for "exchange", not for every "in").
 */
interface CueIndex {
  /** Cues by the id of their longest literal (holes where no cue of the list has it as its longest). */
  byLongest: (CompiledCue[] | undefined)[];
  /** The ids that have cues, each once. */
  longestIds: number[];
  /** Cues without a literal: tried on every text. */
  always: CompiledCue[];
}

const indexes = new WeakMap<readonly string[], CueIndex>();

function indexOf(cues: readonly string[]): CueIndex {
  let index = indexes.get(cues);
  if (index) return index;
  index = { byLongest: [], longestIds: [], always: [] };
  const seen = new Set<CompiledCue>();
  for (const cue of cues) {
    const c = compile(cue);
    if (seen.has(c)) continue;
    seen.add(c);
    if (!c.literalIds.length) { index.always.push(c); continue; }
    const id = c.literalIds[c.rarest];
    const list = index.byLongest[id];
    if (list) list.push(c); else { index.byLongest[id] = [c]; index.longestIds.push(id); }
  }
  // Filled to its length: an array written at scattered ids is a slow dictionary in V8, and it is read for every literal of every sentence.
  const dense: (CompiledCue[] | undefined)[] = [];
  for (let id = 0; id < index.byLongest.length; id++) dense.push(index.byLongest[id]);
  index.byLongest = dense;
  indexes.set(cues, index);
  return index;
}

/** A text as the cue matcher reads it: folded, which literals occur in it, and (when asked) the keys of its words. */
interface PreparedText {
  folded: string;
  /** The literals that occur in `folded`, a bit per literal id (see Automaton.occurring). */
  present: Uint32Array;
  /** How many literals the automaton that read it knew: a text read before new cues came is read again. */
  literals: number;
  /** The ids flagged in `present`. */
  presentIds: number[];
  keys: Set<string> | null;
}

/**
 * Prepared texts by text: claims, positions and events search the same sentences with a dozen
 * cue lists each. Emptied when full, so it holds about one document's sentences.
 */
const prepared = new Map<string, PreparedText>();
const PREPARED_MAX = 2000;

function prepare(text: string, folded: string | undefined, literals: Automaton): PreparedText {
  let p = prepared.get(text);
  if (p && (folded === undefined || p.folded === folded) && p.literals === literals.patterns.length) return p;
  folded ??= foldForCues(text);
  const { bits, ids } = literals.occurring(folded);
  p = { folded, present: bits, literals: literals.patterns.length, presentIds: ids, keys: null };
  if (prepared.size >= PREPARED_MAX) prepared.clear();
  prepared.set(text, p);
  return p;
}

/** Every prefix of one to four letters of every word of a text, and the empty key (cues with no literal). */
function wordKeys(folded: string): Set<string> {
  const keys = new Set<string>(['']);
  // (Split at each single mark, not at runs of them: V8 overflows its stack matching a run of
  // millions, a line of punctuation. The empty pieces add no key.)
  for (const w of folded.split(/[^\p{L}\p{N}]/u)) for (let k = 1; k <= Math.min(KEY, w.length); k++) keys.add(w.slice(0, k));
  return keys;
}

/** Lower case with curly apostrophes straightened: what the literal pre-check looks in. */
export function foldForCues(text: string): string {
  return text.toLowerCase().replace(/’/g, "'");
}

/**
 * Every match of any of the cues in `text`, offsets shifted by `offset`. A cue's regular
 * expression runs only when all its literal words occur in the text and a word of the text
 * starts as its first literal does: one automaton pass a text tells which literals occur, so
 * most cues are never looked at.
 */
export function findCues(text: string, cues: readonly string[], offset = 0, folded?: string): CueHit[] {
  const out: CueHit[] = [];
  const index = indexOf(cues);
  const p = prepare(text, folded, automatonOfLiterals());
  const scan = scanOf(text);
  for (const c of index.always) matchCue(c, scan, p.folded, offset, out);
  // Walk the smaller of the text's literals and the list's.
  if (p.presentIds.length <= index.longestIds.length) {
    for (const id of p.presentIds) {
      const list = index.byLongest[id];
      if (list) for (const c of list) tryCue(c, scan, p, offset, out);
    }
  } else {
    for (const id of index.longestIds) if (occurs(p, id)) for (const c of index.byLongest[id]!) tryCue(c, scan, p, offset, out);
  }
  return out.sort(byPosition);
}

/**
 * The last text read by cue patterns: the extractors search one sentence with several cue lists
 * in a row, and its runs need finding once. One text only, so that long texts are not kept.
 */
let lastScan: CueText | null = null;

function scanOf(text: string): CueText {
  if (lastScan?.text !== text) lastScan = new CueText(text);
  return lastScan;
}

function tryCue(c: CompiledCue, scan: CueText, p: PreparedText, offset: number, out: CueHit[]): void {
  const ids = c.literalIds;
  for (let k = 0; k < ids.length; k++) if (!occurs(p, ids[k])) return;
  p.keys ??= wordKeys(p.folded);
  if (!p.keys.has(c.key)) return;
  matchCue(c, scan, p.folded, offset, out);
}

function occurs(p: PreparedText, id: number): boolean {
  return ((p.present[id >>> 5] >>> (id & 31)) & 1) === 1;
}

function byPosition(a: CueHit, b: CueHit): number {
  return a.start - b.start || b.end - a.end || (a.cue < b.cue ? -1 : a.cue > b.cue ? 1 : 0);
}

/** Letters and digits of the scripts news is written in (Latin, with accents). */
const WORD_CHAR = /[\w\u00C0-\u024F]/;

function matchCue(c: CompiledCue, scan: CueText, folded: string, offset: number, out: CueHit[]): void {
  const text = scan.text;
  const first = c.literals[0];
  if (!first || folded.length !== text.length) {
    // Every start that no word character precedes, left to right, the next after the end of a match.
    for (let at = 0; at <= text.length; at++) {
      if (scan.isWordAt(at - 1)) continue;
      const end = matchPiecesAt(c.pieces, scan, at);
      if (end < 0) continue;
      out.push({ start: offset + at, end: offset + end, cue: c.cue });
      if (end > at) at = end - 1;
    }
    return;
  }
  // Try the cue only where the first literal word starts a word.
  for (let at = folded.indexOf(first); at >= 0; at = folded.indexOf(first, at + 1)) {
    if (at > 0 && WORD_CHAR.test(folded[at - 1])) continue;
    const end = matchPiecesAt(c.pieces, scan, at);
    if (end > at) { out.push({ start: offset + at, end: offset + end, cue: c.cue }); at = end - 1; }
  }
}

/** Cue lists flattened once per lexicon, with what each cue stands for: one search a sentence instead of one an entry. */
export class CueTable<T> {
  readonly cues: string[] = [];
  private readonly owners = new Map<string, T[]>();

  constructor(entries: Iterable<[cue: string, owner: T]>) {
    for (const [cue, owner] of entries) {
      const list = this.owners.get(cue);
      if (list) list.push(owner);
      else { this.owners.set(cue, [owner]); this.cues.push(cue); }
    }
  }

  /** Every hit in `text`, with each owner of its cue. */
  find(text: string, offset = 0, folded?: string): (CueHit & { owner: T })[] {
    const out: (CueHit & { owner: T })[] = [];
    for (const h of findCues(text, this.cues, offset, folded)) for (const owner of this.owners.get(h.cue)!) out.push({ start: h.start, end: h.end, cue: h.cue, owner });
    return out;
  }
}
