// `detente positions [--actor A] [--issue I] [--since D] [--history] [--json]`: the actors x
// issues matrix (the latest stance in each cell, * where it moved), or with --history every
// entry of each (holder, issue) with the changes flagged.
import { parse, checkDate, UsageError } from './args.js';
import { withStore } from './store-option.js';
import { ensureLedger } from '../store/rebuild-ledger.js';
import { findActor, queryStances, type StanceRow } from '../store/queries.js';
import { formatTable } from './table.js';
import { writeOut } from './output.js';

export async function runPositions(args: string[]): Promise<number> {
  let opts;
  let since: string | null;
  try {
    opts = parse(args, { db: { type: 'string' }, actor: { type: 'string' }, issue: { type: 'string' }, since: { type: 'string' }, history: { type: 'boolean' }, json: { type: 'boolean' } });
    since = checkDate(opts.values.since, '--since');
    if (opts.positionals.length) throw new UsageError(`unexpected argument "${opts.positionals[0]}"`);
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`detente positions: ${e.message}\n`); return 2; }
    throw e;
  }
  const v = opts.values;
  return withStore('positions', v.db, async (store) => {
    await ensureLedger(store);
    let holder: string | undefined;
    if (v.actor) {
      const actor = await findActor(store, v.actor);
      if (!actor) { process.stderr.write(`detente positions: no actor "${v.actor}" in the store (see \`detente export actors\`)\n`); return 1; }
      holder = actor.id;
    }
    const rows = await queryStances(store, { holder, issue: v.issue, since, history: !!v.history });
    if (v.json) await writeOut(JSON.stringify(rows, null, 2) + '\n');
    else await writeOut(v.history ? historyTable(rows) : matrix(rows));
    return 0;
  });
}

function matrix(rows: StanceRow[]): string {
  if (rows.length === 0) return 'no positions\n';
  const issues = [...new Set(rows.map((r) => r.issue))].sort();
  const holders = [...new Set(rows.map((r) => r.holder))];
  const cell = new Map(rows.map((r) => [`${r.holder}\t${r.issue}`, `${r.stance}${r.changed ? '*' : ''}`]));
  return formatTable(['holder', ...issues], holders.map((h) => [h, ...issues.map((i) => cell.get(`${h}\t${i}`) ?? '')]))
    + '(* the stance changed from an earlier one: --history shows both)\n';
}

function historyTable(rows: StanceRow[]): string {
  if (rows.length === 0) return 'no positions\n';
  return formatTable(['holder', 'issue', 'stance', 'change', 'first_seen', 'last_seen', 'articles', 'evidence'],
    rows.map((r) => [r.holder, r.issue, r.stance, r.changed ? `from ${r.previous_stance}` : '', r.first_seen, r.last_seen, r.articles.length, r.last_evidence]));
}
