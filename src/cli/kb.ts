// `detente kb check` and `detente kb import`: validate knowledge files; import a Wikidata export.
import { writeFileSync, readFileSync } from 'node:fs';
import { parse, UsageError } from './args.js';
import { loadKb, KbError } from '../kb/index.js';
import { importWikidata } from '../kb/wikidata.js';

export async function runKb(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  try {
    if (sub === 'check') {
      const kb = loadKb(rest);
      const kinds = new Map<string, number>();
      for (const a of kb.actors.values()) kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1);
      process.stdout.write(`ok: ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}, ${kb.places.size} place names\n`);
      return 0;
    }
    if (sub === 'import') {
      const opts = parse(rest, { out: { type: 'string', short: 'o' } });
      const [file] = opts.positionals;
      if (!file) throw new UsageError('kb import needs a Wikidata JSON file');
      let raw: unknown;
      try { raw = JSON.parse(readFileSync(file, 'utf8')); } catch (e) { throw new UsageError(`${file}: not readable JSON (${(e as Error).message})`); }
      const { kbFile, skipped } = importWikidata(raw);
      const json = JSON.stringify(kbFile, null, 2) + '\n';
      if (opts.values.out) writeFileSync(opts.values.out, json);
      else process.stdout.write(json);
      process.stderr.write(`detente kb import: ${kbFile.people.length} people, ${kbFile.bodies.length} organisations${skipped ? `, ${skipped} entities skipped (not a person or organisation)` : ''}\n`);
      return 0;
    }
    throw new UsageError('kb wants a subcommand: check or import');
  } catch (e) {
    if (e instanceof UsageError || e instanceof KbError) { process.stderr.write(`detente kb: ${e.message}\n`); return e instanceof UsageError ? 2 : 1; }
    throw e;
  }
}
