// `detente export events|positions|claims|actors --format csv|jsonl [--out FILE]`: the ledger
// as tables for other tools. Events in ACLED-like columns, positions as a long table (one row
// per stance entry of a holder on an issue). --out writes a temporary file and renames it, so
// a file is whole or absent.
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { parse, UsageError } from './args.js';
import { withStore } from './store-option.js';
import { ensureLedger } from '../store/rebuild-ledger.js';
import { queryEvents, queryStances, queryClaims, queryActors } from '../store/queries.js';
import type { Store } from '../store/open.js';
import { csvLine, CSV_BOM, type CsvValue } from './csv.js';
import { writeOut } from './output.js';

type Row = Record<string, CsvValue | string[]>;
const TABLES = ['events', 'positions', 'claims', 'actors'] as const;
type Table = (typeof TABLES)[number];

/** The columns of each table, in order (also the header of an empty export). */
export const COLUMNS: Record<Table, string[]> = {
  events: ['event_id', 'event_date', 'event_type', 'sub_event_type', 'status', 'actor1', 'actor2', 'country', 'location', 'latitude', 'longitude',
    'fatalities', 'fatalities_low', 'fatalities_high', 'sources', 'source_count', 'notes', 'evidence'],
  positions: ['holder', 'issue', 'stance', 'target', 'condition', 'first_seen', 'last_seen', 'articles', 'evidence', 'changed', 'previous_stance'],
  claims: ['article', 'published', 'idx', 'source', 'source_text', 'hedge', 'cue', 'via', 'evidence'],
  actors: ['id', 'name', 'kind', 'country', 'role', 'article_count', 'mention_count'],
};

export async function exportRows(store: Store, table: Table): Promise<Row[]> {
  await ensureLedger(store);
  if (table === 'events') {
    return (await queryEvents(store, {})).map((e) => ({
      event_id: e.id, event_date: e.date, event_type: e.type, sub_event_type: e.mode, status: e.status,
      actor1: e.actor1, actor2: e.actor2, country: e.country, location: e.location, latitude: e.lat, longitude: e.lon,
      fatalities: e.fatalities_best, fatalities_low: e.fatalities_low, fatalities_high: e.fatalities_high,
      sources: e.sources, source_count: e.source_count,
      notes: e.fatalities_low !== null && e.fatalities_low !== e.fatalities_high
        ? `killed: ${e.fatalities_low} (${e.fatalities_low_source}) to ${e.fatalities_high} (${e.fatalities_high_source})` : null,
      evidence: e.evidence,
    }));
  }
  if (table === 'positions') {
    return (await queryStances(store, { history: true })).map((p) => ({
      holder: p.holder, issue: p.issue, stance: p.stance, target: p.target, condition: p.condition,
      first_seen: p.first_seen, last_seen: p.last_seen, articles: p.articles, evidence: p.first_evidence,
      changed: p.changed, previous_stance: p.previous_stance,
    }));
  }
  if (table === 'claims') return (await queryClaims(store)).map((c) => ({ ...c }));
  return (await queryActors(store)).map(({ ord: _ord, ...a }) => ({ ...a }));
}

export async function runExport(args: string[]): Promise<number> {
  let opts;
  try {
    opts = parse(args, { db: { type: 'string' }, format: { type: 'string' }, out: { type: 'string', short: 'o' } });
    const [table] = opts.positionals;
    if (!TABLES.includes(table as Table) || opts.positionals.length !== 1) throw new UsageError(`export wants one of ${TABLES.join(', ')}`);
    if (!['csv', 'jsonl'].includes(opts.values.format ?? '')) throw new UsageError('export wants --format csv or --format jsonl');
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`detente export: ${e.message}\n`); return 2; }
    throw e;
  }
  const table = opts.positionals[0] as Table;
  const format = opts.values.format as 'csv' | 'jsonl';
  const out = opts.values.out;
  return withStore('export', opts.values.db, async (store) => {
    const rows = await exportRows(store, table);
    const text = format === 'jsonl' ? toJsonl(rows) : toCsv(rows, COLUMNS[table]);
    if (!out) { await writeOut(text); return 0; }
    const tmp = `${out}.${process.pid}.tmp`;
    try {
      await new Promise<void>((resolve, reject) => {
        const s = createWriteStream(tmp);
        s.on('error', reject);
        s.end(text, () => resolve());
      });
      renameSync(tmp, out);
    } catch (e) {
      rmSync(tmp, { force: true });
      process.stderr.write(`detente export: cannot write ${out}: ${(e as Error).message}\n`);
      return 1;
    }
    process.stderr.write(`detente: ${rows.length} ${table} written to ${out}\n`);
    return 0;
  });
}

export function toJsonl(rows: Row[]): string {
  return rows.map((r) => JSON.stringify(r) + '\n').join('');
}

/** Lists become one field, their items joined by "; ". */
export function toCsv(rows: Row[], columns: string[]): string {
  return CSV_BOM + csvLine(columns) + rows.map((r) => csvLine(columns.map((c) => {
    const v = r[c];
    return Array.isArray(v) ? v.join('; ') : v;
  }))).join('');
}
