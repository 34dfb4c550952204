// `detente code FILE.jsonl`: sentence-level PLOVER coding, one {"id","text"} a line in,
// one {"id","type","mode","source","target"} a line out.
import { readFileSync } from 'node:fs';
import { parse, UsageError } from './args.js';
import { loadContext } from './context.js';
import { codeSentence } from '../extract/events/code-sentence.js';
import { writeOut } from './output.js';

export async function runCode(args: string[]): Promise<number> {
  let file: string;
  let kbFiles: string[] = [];
  let lexiconFiles: string[] = [];
  try {
    const opts = parse(args, { published: { type: 'string' }, kb: { type: 'string', multiple: true }, lexicon: { type: 'string', multiple: true } });
    if (opts.positionals.length !== 1) throw new UsageError('code needs one FILE.jsonl (or - for stdin)');
    file = opts.positionals[0];
    kbFiles = opts.values.kb ?? [];
    lexiconFiles = opts.values.lexicon ?? [];
  } catch (e) {
    process.stderr.write(`detente code: ${(e as Error).message}\n`);
    return 2;
  }
  let raw: string;
  try {
    raw = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch {
    process.stderr.write(`detente: ${file}: no such file\n`);
    return 1;
  }
  const ctx = loadContext(kbFiles, lexiconFiles);
  let failed = 0;
  const lines = raw.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    let row: { id?: unknown; text?: unknown };
    try { row = JSON.parse(lines[i]); } catch { row = {}; }
    if (typeof row.text !== 'string') {
      failed++;
      process.stderr.write(`detente: ${file}:${i + 1}: not a {"id", "text"} JSON line\n`);
      continue;
    }
    await writeOut(JSON.stringify({ id: row.id ?? null, ...codeSentence(row.text, ctx) }) + '\n');
  }
  return failed ? 1 : 0;
}
