// The version of the pipeline that made a record: the package version and a hash of the code
// and knowledge that extraction reads. Any change to either makes older records stale for
// `detente reprocess`.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const CODE = ['clean', 'doc', 'extract', 'ingest', 'kb', 'lexicons', 'link', 'nlp', 'pipeline'];
const DATA = ['kb', 'lexicons'];
/** The prebuilt gazetteer is large and only ever rebuilt whole: its files' names and sizes stand for it. */
const GAZETTEER = 'gazetteer';

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

let cached: string | null = null;

export function pipelineVersion(): string {
  if (cached) return cached;
  const here = dirname(fileURLToPath(import.meta.url));
  const code = join(here, '..');
  const root = join(code, '..');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const hash = createHash('sha256');
  for (const f of [...CODE.flatMap((d) => files(join(code, d))), ...DATA.flatMap((d) => files(join(root, 'data', d)))]) {
    hash.update(f.slice(root.length)).update(readFileSync(f));
  }
  for (const f of files(join(root, 'data', GAZETTEER))) hash.update(f.slice(root.length)).update(String(statSync(f).size));
  cached = `${pkg.version}+${hash.digest('hex').slice(0, 12)}`;
  return cached;
}
