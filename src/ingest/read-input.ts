// Turns what the user named (files, folders, "-", URLs) into raw inputs: bytes with their
// source and kind. The only place, with fetch-url.ts, that reads from the outside world.
import { readFileSync, readdirSync, statSync } from 'node:fs';
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

/** Files a folder holds, recursively, in a stable (code-point) order; hidden entries skipped. */
export function listFolder(dir: string): string[] {
  const out: string[] = [];
  const names = readdirSync(dir).filter((n) => !n.startsWith('.')).sort();
  for (const name of names) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) out.push(...listFolder(path));
    else if (st.isFile() && hintFor(path) !== 'sniff') out.push(path);
  }
  return out;
}

/** Expands the user's arguments into the list of sources, in order; folders become their files. */
export function expandSources(args: string[]): { sources: string[]; errors: InputError[] } {
  const sources: string[] = [];
  const errors: InputError[] = [];
  for (const arg of args) {
    if (arg === '-' || isUrl(arg)) { sources.push(arg); continue; }
    let st;
    try { st = statSync(arg); } catch { errors.push(new InputError(arg, 'no such file or folder')); continue; }
    if (st.isDirectory()) {
      const files = listFolder(arg);
      if (files.length === 0) errors.push(new InputError(arg, 'the folder holds no .txt, .md, .html or feed file'));
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
  let size: number;
  try {
    const st = statSync(source);
    if (!st.isFile()) throw new InputError(source, 'not a regular file');
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(source, 'no such file');
  }
  if (size > opts.maxBytes) throw tooLarge(source, size, opts.maxBytes);
  let bytes: Uint8Array;
  try { bytes = readFileSync(source); } catch (e) {
    throw new InputError(source, `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return { source, bytes, hint: hintFor(source) };
}

export function tooLarge(source: string, size: number, max: number): InputError {
  const mb = (n: number) => (n / 1048576).toFixed(1);
  return new InputError(source, `is ${mb(size)} MB, over the ${mb(max)} MB limit (raise it with --max-size MB)`);
}
