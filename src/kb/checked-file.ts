// Reading a JSON data file checked against its schema, with the shipped files' check done once
// at build time instead of in every process and worker thread.
//
// Checking the shipped knowledge and lexicons with zod took about half a second of CPU in each
// worker (docs/performance.md). `npm run build` (and `prepare`, so `npm ci` too) runs
// scripts/build-data-cache.mjs, which checks each shipped file and writes what the schema made
// of it (defaults filled in, unknown keys dropped) to dist/data-cache/, under a key made of the
// file's bytes, the schema's name and the source of the schema modules. A reader whose key
// matches takes that instead of checking again; any other file (a user's, an edited one, a
// tree built by tsc alone or run from src/ under tsx) is checked as before. The result is the
// same object either way (test/data-cache.test.ts).
import { readFileSync, existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { serialize, deserialize } from 'node:v8';
import { createHash } from 'node:crypto';
import { join, relative, dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';

export class KbError extends Error {}

const here = dirname(fileURLToPath(import.meta.url));
/** The project's root: dist/kb/ and src/kb/ both sit two levels down. */
const ROOT = join(here, '..', '..');
export const DATA_DIR = join(ROOT, 'data');
export const DATA_CACHE_DIR = join(ROOT, 'dist', 'data-cache');

/** The schemas a shipped data file is read with (the name keys the cache). */
export type SchemaName = 'kb' | 'issues' | 'stances' | 'events' | 'hedges' | 'position-model';

let fingerprint: string | null = null;

/**
 * What the schemas are: the source of the modules that define them (as this tree runs them,
 * .js under dist/, .ts under src/) and zod's version. A changed schema makes every key new.
 */
function schemaFingerprint(): string {
  if (fingerprint !== null) return fingerprint;
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const hash = createHash('sha256');
  for (const file of [join(here, `schema${ext}`), join(here, '..', 'lexicons', `schema${ext}`), join(here, '..', 'lexicons', `position-model${ext}`)]) {
    hash.update(existsSync(file) ? readFileSync(file) : Buffer.alloc(0)).update('\0');
  }
  try { hash.update((JSON.parse(readFileSync(join(ROOT, 'node_modules', 'zod', 'package.json'), 'utf8')) as { version: string }).version); } catch { /* no zod here: the key still names the schemas */ }
  fingerprint = hash.digest('hex');
  return fingerprint;
}

/** The cache key of a file's bytes read with a schema. */
export function keyOf(bytes: Buffer, name: SchemaName): string {
  return createHash('sha256').update(schemaFingerprint()).update('\0').update(name).update('\0').update(bytes).digest('hex');
}

/** Where the checked form of a shipped file lives, or null for a file outside data/. */
export function cachePathOf(path: string, cacheDir = DATA_CACHE_DIR): string | null {
  const rel = relative(DATA_DIR, path);
  if (rel.startsWith('..') || rel.startsWith(sep) || rel === '') return null;
  return join(cacheDir, `${rel}.checked.json`);
}

/** A file's JSON checked against `schema`: a clear error naming the file and the field otherwise. */
export function checkJson<T>(path: string, bytes: Buffer, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    throw new KbError(`${path}: not readable JSON (${(e as Error).message})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new KbError(`${path}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/**
 * The JSON data file at `path` checked against `schema`. With `name`, a shipped file whose
 * checked form the build cached under the same key is read from the cache, a fresh object
 * each call (callers add to what they get). `schema` may be a function that makes it: it is
 * called only when the file is checked (the schemas load zod, which a cached read never needs).
 */
export function readChecked<T>(path: string, schema: z.ZodType<T> | (() => z.ZodType<T>), name?: SchemaName, cacheDir = DATA_CACHE_DIR): T {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new KbError(`${path}: not readable JSON (${(e as Error).message})`);
  }
  const cached = name ? cachePathOf(path, cacheDir) : null;
  if (cached && name) {
    let entry: { key?: unknown; data?: unknown } | null = null;
    try { entry = JSON.parse(readFileSync(cached, 'utf8')) as { key?: unknown; data?: unknown }; } catch { /* none: check the file */ }
    if (entry && entry.key === keyOf(bytes, name)) return entry.data as T;
  }
  return checkJson(path, bytes, typeof schema === 'function' ? schema() : schema);
}

/** The cache file's text for a shipped file (scripts/build-data-cache.mjs writes it): the file checked, under its key. */
export function cacheEntryOf<T>(path: string, schema: z.ZodType<T>, name: SchemaName): string {
  const bytes = readFileSync(path);
  return JSON.stringify({ key: keyOf(bytes, name), data: checkJson(path, bytes, schema) });
}

/**
 * A copy of plain data (arrays, Maps, Sets, plain objects, typed arrays, primitives) for V8's
 * serialiser that gives the same bytes on every run: the serialiser writes an array dense or
 * sparse by how V8 happened to store it (a result of `filter` sometimes one way, sometimes the
 * other), so every array is made anew, element by element. Objects reached twice stay one object.
 */
export function stableCopy<T>(value: T, seen = new Map<unknown, unknown>()): T {
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return value;
  const known = seen.get(value);
  if (known !== undefined) return known as T;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (let i = 0; i < value.length; i++) out.push(stableCopy(value[i], seen));
    return out as T;
  }
  if (value instanceof Map) {
    const out = new Map();
    seen.set(value, out);
    for (const [k, v] of value) out.set(stableCopy(k, seen), stableCopy(v, seen));
    return out as T;
  }
  if (value instanceof Set) {
    const out = new Set();
    seen.set(value, out);
    for (const v of value) out.add(stableCopy(v, seen));
    return out as T;
  }
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const k of Object.keys(value)) out[k] = stableCopy((value as Record<string, unknown>)[k], seen);
  return out as T;
}

/** The Node, V8, ICU and Unicode that run: a file V8 serialised (with names folded by ICU) is good only for the same. */
export const RUNTIME_KEY = `${process.version} ${process.versions.v8} ${process.versions.icu ?? ''} ${process.versions.unicode ?? ''}`;

/** A sha256 key in hex: the first characters of a keyed file. */
const KEY_LENGTH = 64;

/**
 * The value V8 serialised into `file` after its key (writeKeyed), or null when the file is missing,
 * broken, or was written for another key (`key` is asked only once the file is read).
 */
export function readKeyed(file: string, key: () => string): unknown {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  if (bytes.length <= KEY_LENGTH || bytes.toString('latin1', 0, KEY_LENGTH) !== key()) return null;
  try {
    return deserialize(bytes.subarray(KEY_LENGTH));
  } catch {
    return null;
  }
}

/** Writes `value` as V8 serialises its stable copy, after the 64-character `key`. */
export function writeKeyed(file: string, key: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, Buffer.concat([Buffer.from(key, 'latin1'), serialize(stableCopy(value))]));
}
