// `detente events [--type T] [--actor A] [--country CC] [--since D] [--until D] [--json]`:
// the timeline of ledger events, each with the number of articles that report it.
import { parse, checkDate, UsageError } from './args.js';
import { withStore } from './store-option.js';
import { ensureLedger } from '../store/rebuild-ledger.js';
import { findActor, queryEvents } from '../store/queries.js';
import { formatTable } from './table.js';
import { writeOut } from './output.js';

export async function runEvents(args: string[]): Promise<number> {
  let opts;
  let since: string | null;
  let until: string | null;
  try {
    opts = parse(args, { db: { type: 'string' }, type: { type: 'string' }, actor: { type: 'string' }, country: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' }, json: { type: 'boolean' } });
    since = checkDate(opts.values.since, '--since');
    until = checkDate(opts.values.until, '--until');
    if (opts.positionals.length) throw new UsageError(`unexpected argument "${opts.positionals[0]}"`);
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`detente events: ${e.message}\n`); return 2; }
    throw e;
  }
  const v = opts.values;
  return withStore('events', v.db, async (store) => {
    await ensureLedger(store);
    let actor: string | undefined;
    if (v.actor) {
      const found = await findActor(store, v.actor);
      if (!found) { process.stderr.write(`detente events: no actor "${v.actor}" in the store\n`); return 1; }
      actor = found.id;
    }
    const rows = await queryEvents(store, { type: v.type, actor, country: v.country, since, until });
    if (v.json) { await writeOut(JSON.stringify(rows, null, 2) + '\n'); return 0; }
    if (rows.length === 0) { await writeOut('no events\n'); return 0; }
    await writeOut(formatTable(['date', 'type', 'mode', 'status', 'actor1', 'actor2', 'location', 'killed', 'sources', 'evidence'],
      rows.map((r) => [r.date, r.type, r.mode, r.status, r.actor1, r.actor2, r.location,
        r.fatalities_low === null ? null : r.fatalities_low === r.fatalities_high ? r.fatalities_low : `${r.fatalities_low}-${r.fatalities_high}`,
        r.source_count, r.evidence]), 40));
    return 0;
  });
}
