// `detente actor NAME [--json]`: everything the ledger holds on one actor: who it is, its
// stances with their history, the events it took part in and the claims it is the source of.
import { parse, UsageError } from './args.js';
import { withStore } from './store-option.js';
import { ensureLedger } from '../store/rebuild-ledger.js';
import { findActor, queryStances, queryEvents, queryClaims } from '../store/queries.js';
import { formatTable } from './table.js';
import { writeOut } from './output.js';

export async function runActor(args: string[]): Promise<number> {
  let opts;
  try {
    opts = parse(args, { db: { type: 'string' }, json: { type: 'boolean' } });
    if (opts.positionals.length === 0) throw new UsageError('actor needs a NAME or an id');
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`detente actor: ${e.message}\n`); return 2; }
    throw e;
  }
  const name = opts.positionals.join(' ');
  return withStore('actor', opts.values.db, async (store) => {
    await ensureLedger(store);
    const actor = await findActor(store, name);
    if (!actor) { process.stderr.write(`detente actor: no actor "${name}" in the store\n`); return 1; }
    const { ord: _ord, ...who } = actor;
    const positions = await queryStances(store, { holder: actor.id, history: true });
    const events = await queryEvents(store, { actor: actor.id });
    const claims = await queryClaims(store, { source: actor.id });
    if (opts.values.json) { await writeOut(JSON.stringify({ actor: who, positions, events, claims }, null, 2) + '\n'); return 0; }
    const out = [
      `${actor.name} (${actor.id}): ${actor.kind}${actor.country ? `, ${actor.country}` : ''}${actor.role ? `, ${actor.role}` : ''}; in ${actor.article_count} article${actor.article_count === 1 ? '' : 's'}, ${actor.mention_count} mentions\n`,
      `\npositions (${positions.length})\n`,
      positions.length ? formatTable(['issue', 'stance', 'change', 'first_seen', 'last_seen', 'articles', 'evidence'],
        positions.map((p) => [p.issue, p.stance, p.changed ? `from ${p.previous_stance}` : '', p.first_seen, p.last_seen, p.articles.length, p.last_evidence])) : '',
      `\nevents (${events.length})\n`,
      events.length ? formatTable(['date', 'type', 'status', 'actors', 'sources', 'evidence'],
        events.map((e) => [e.date, e.type, e.status, e.actors.join(' '), e.source_count, e.evidence])) : '',
      `\nclaims as source (${claims.length})\n`,
      claims.length ? formatTable(['article', 'hedge', 'cue', 'evidence'], claims.map((c) => [c.article, c.hedge, c.cue, c.evidence]), 60) : '',
    ];
    await writeOut(out.join(''));
    return 0;
  });
}
