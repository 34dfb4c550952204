// Turns what the user named (files, folders, "-", URLs) into raw inputs: bytes with their
// source and kind. The only place, with fetch-url.ts, that reads from the outside world.
import { lstatSync, readFileSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, extname } from 'node:path';
import { fetchUrl, type Resolver } from './fetch-url.js';

export interface RawInput {
  /** The path or URL as the user gave it (or the file's path inside a folder they gave). */
  source: string;
  bytes: Uint8Array;
  /** From the extension or the HTTP content type; "sniff" decides from the content. */
  hint: 'text' | 'html' | 'feed' | 'sniff';
}

export class InputError extends Error {
  constructor(readonly source: string, message: string) {
    super(message);
  }
}

export interface ReadOptions {
  maxBytes: number;
  timeoutMs: number;
  stdin?: () => Uint8Array;
  /** --allow-private: URLs may reach loopback, private and link-local addresses (a user's intranet). */
  allowPrivate?: boolean;
  /** How URLs' host names are resolved; the system resolver when absent (a hook for tests). */
  resolve?: Resolver;
  /** Addresses let through though not public, the rest still refused (a hook for tests). */
  allowAddress?: (address: string) => boolean;
}

/** Whether the user named a URL (any scheme: fetch-url.ts refuses all but http and https). */
export function isUrl(source: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(source);
}

const TEXT_EXT = new Set(['.txt', '.md', '.text', '.markdown']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
const FEED_EXT = new Set(['.rss', '.atom', '.xml']);

export function hintFor(path: string): RawInput['hint'] {
  const ext = extname(path).toLowerCase();
  if (TEXT_EXT.has(ext)) return 'text';
  if (HTML_EXT.has(ext)) return 'html';
  if (FEED_EXT.has(ext)) return 'feed';
  return 'sniff';
}

/** Why a path cannot be used, in words, from the error the file system gave. */
export function fsProblem(path: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return isLink(path) ? 'is a symbolic link to nothing (its target is missing)' : 'no such file or folder';
    case 'ELOOP':
      return 'is a symbolic link that leads back to itself (a loop of links)';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied (check its permissions)';
    case 'ENOTDIR':
      return 'no such file or folder (a part of the path is a file, not a folder)';
    case 'ENAMETOOLONG':
      return 'has a name too long for the file system';
    case 'EISDIR':
      return 'is a folder, not a file';
    default:
      return `cannot be read (${code ?? (e as Error).message})`;
  }
}

function isLink(path: string): boolean {
  try { return lstatSync(path).isSymbolicLink(); } catch { return false; }
}

/** What a path is, when it is neither a file nor a folder. */
function otherKind(st: Stats): string {
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Files a folder holds, recursively, in a stable (code-point) order; hidden entries skipped.
 * What cannot be listed (a loop of symbolic links, a folder that cannot be read, a link to
 * nothing, a name that is not UTF-8) goes to `errors`, one an entry, and the listing goes on.
 * A folder reached again through a symbolic link is listed once.
 */
export function listFolder(dir: string, errors: InputError[] = []): string[] {
  const out: string[] = [];
  visitFolder(dir, out, errors, new Set(), []);
  return out;
}

function visitFolder(dir: string, out: string[], errors: InputError[], seen: Set<string>, ancestors: string[]): void {
  let real: string;
  let entries: Buffer[];
  try {
    real = realpathSync(dir);
    if (ancestors.includes(real)) {
      errors.push(new InputError(dir, 'is a symbolic link back to a folder above it (a loop): skipped'));
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    entries = readdirSync(dir, { encoding: 'buffer' });
  } catch (e) {
    errors.push(new InputError(dir, fsProblem(dir, e)));
    return;
  }
  const names: string[] = [];
  for (const raw of entries) {
    const name = raw.toString('utf8');
    if (name.startsWith('.')) continue;
    // A name that is not UTF-8 cannot be given back to the file system as a string, nor shown.
    if (!Buffer.from(name, 'utf8').equals(raw)) {
      errors.push(new InputError(join(dir, name), 'has a name that is not valid UTF-8: skipped (rename it, e.g. convmv -f latin1 -t utf-8)'));
      continue;
    }
    names.push(name);
  }
  for (const name of names.sort()) {
    const path = join(dir, name);
    let st: Stats;
    try { st = statSync(path); } catch (e) {
      errors.push(new InputError(path, fsProblem(path, e)));
      continue;
    }
    if (st.isDirectory()) visitFolder(path, out, errors, seen, [...ancestors, real]);
    else if (hintFor(path) === 'sniff') continue;
    else if (st.isFile()) out.push(path);
    else errors.push(new InputError(path, `is ${otherKind(st)}, not a file: skipped`));
  }
}

/** Expands the user's arguments into the list of sources, in order; folders become their files. */
export function expandSources(args: string[]): { sources: string[]; errors: InputError[] } {
  const sources: string[] = [];
  const errors: InputError[] = [];
  for (const arg of args) {
    if (arg === '-' || isUrl(arg)) { sources.push(arg); continue; }
    let st;
    try { st = statSync(arg); } catch (e) { errors.push(new InputError(arg, fsProblem(arg, e))); continue; }
    if (st.isDirectory()) {
      const before = errors.length;
      const files = listFolder(arg, errors);
      if (files.length === 0 && errors.length === before) errors.push(new InputError(arg, 'the folder holds no .txt, .md, .html or feed file'));
      sources.push(...files);
    } else sources.push(arg);
  }
  return { sources, errors };
}

export async function readSource(source: string, opts: ReadOptions): Promise<RawInput> {
  if (source === '-') {
    const bytes = opts.stdin ? opts.stdin() : readFileSync(0);
    if (bytes.length > opts.maxBytes) throw tooLarge(source, bytes.length, opts.maxBytes);
    return { source, bytes, hint: 'sniff' };
  }
  if (isUrl(source)) return fetchUrl(source, opts);
  let st: Stats;
  try { st = statSync(source); } catch (e) {
    throw new InputError(source, fsProblem(source, e));
  }
  if (st.isDirectory()) throw new InputError(source, 'is a folder, not a file');
  // Never opened: reading a named pipe or a device could wait forever.
  if (!st.isFile()) throw new InputError(source, `is ${otherKind(st)}, not a file`);
  if (st.size > opts.maxBytes) throw tooLarge(source, st.size, opts.maxBytes);
  let bytes: Uint8Array;
  try { bytes = readFileSync(source); } catch (e) {
    throw new InputError(source, fsProblem(source, e));
  }
  return { source, bytes, hint: hintFor(source) };
}

export function tooLarge(source: string, size: number, max: number): InputError {
  const mb = (n: number) => (n / 1048576).toFixed(1);
  return new InputError(source, `is ${mb(size)} MB, over the ${mb(max)} MB limit (raise it with --max-size MB)`);
}
