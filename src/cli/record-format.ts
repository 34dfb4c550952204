// A record as `extract` prints it, the same bytes whether a worker thread or the main thread
// formats it; and the --json list written one record at a time.
import type { ExtractRecord } from '../pipeline/record.js';
import { formatSummary } from './summary.js';

export type RecordFormat = 'jsonl' | 'json' | 'summary';

/** One record's text, newline included. */
export function formatRecord(record: ExtractRecord, format: RecordFormat): string {
  if (format === 'jsonl') return JSON.stringify(record) + '\n';
  if (format === 'summary') return formatSummary(record) + '\n';
  return JSON.stringify(record, null, 2);
}

/**
 * Writes `JSON.stringify(records, null, 2)` without holding the records: a lone record is
 * printed as itself (not a list of one), so the first is held until a second one comes. The
 * records arrive as `JSON.stringify(record, null, 2)`: inside a list each line gains two
 * spaces (a JSON string never holds a raw newline).
 */
export class JsonListWriter {
  private first: string | null = null;
  private count = 0;

  constructor(private readonly write: (chunk: string) => Promise<void>) {}

  async add(json: string): Promise<void> {
    this.count++;
    if (this.count === 1) { this.first = json; return; }
    if (this.count === 2) { await this.write(`[\n${indent(this.first!)}`); this.first = null; }
    await this.write(`,\n${indent(json)}`);
  }

  /** Closes the list; with no record at all, prints `[]` only when asked (no input failed). */
  async end(emptyList: boolean): Promise<void> {
    if (this.count === 0) { if (emptyList) await this.write('[]\n'); }
    else if (this.count === 1) await this.write(`${this.first}\n`);
    else await this.write('\n]\n');
  }
}

const indent = (json: string) => `  ${json.replace(/\n/g, '\n  ')}`;
