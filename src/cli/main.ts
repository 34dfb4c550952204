#!/usr/bin/env node
// detente's command line: one file per command, thin over the pipeline.
// (A larger young generation, --max-semi-space-size=32, once saved 15% of the time; since the
// HTML tree and the text stages allocate less it gains nothing and costs 30 MB, so it is gone.)
// Commands are imported when run: `detente --help` need not load the knowledge base.
import { readFileSync } from 'node:fs';

const HELP = `detente — an evidence-linked ledger of who wants what, who met whom, what happened, and who says so

Usage:
  detente extract PATH... [--json | --jsonl] [--published YYYY-MM-DD] [--kb FILE]... [--lexicon FILE]... [--max-size MB] [--timeout S] [--jobs N] [--[no-]fetch-links] [--allow-private] [--quiet]
      PATH: a .txt/.md file, an HTML page, an RSS/Atom feed, a folder (read recursively), - for stdin, or an http(s) URL
      --allow-private: let URLs reach loopback, private and link-local addresses (your own network)
  detente code FILE.jsonl [--kb FILE]... [--lexicon FILE]...   code {"id","text"} sentences with PLOVER event types
  detente kb import FILE [--out FILE]   turn a Wikidata JSON export into a detente knowledge file
  detente kb check [FILE...]       validate the shipped knowledge and your own files
  detente --version
`;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'extract': return (await import('./extract.js')).runExtract(rest);
    case 'code': return (await import('./code.js')).runCode(rest);
    case 'kb': return (await import('./kb.js')).runKb(rest);
    case '-v': case '--version':
      process.stdout.write(`detente ${version()}\n`);
      return 0;
    case undefined: case '-h': case '--help': case 'help':
      process.stdout.write(HELP);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`detente: unknown command "${command}"\n\n${HELP}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    process.stderr.write(`detente: ${(e as Error).message ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
