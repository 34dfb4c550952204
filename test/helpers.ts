// Shared by the tests: the context loaded once, a one-call extraction, and record checks.
import assert from 'node:assert/strict';
import { loadKb } from '../src/kb/index.js';
import { loadLexicons } from '../src/lexicons/index.js';
import { runPipeline } from '../src/pipeline/run.js';
import { toRecord, type ExtractRecord } from '../src/pipeline/record.js';
import { recordSchema, recordProblems } from '../src/pipeline/record-schema.js';
import type { Ctx } from '../src/pipeline/context.js';

let ctx: Ctx | null = null;
export function context(): Ctx {
  ctx ??= { kb: loadKb(), lexicons: loadLexicons() };
  return ctx;
}

/** Runs the whole pipeline on `text` and checks the record against the schema and invariants. */
export function extract(text: string, published: string | null = '2025-03-11', titleLine = true): ExtractRecord {
  const record = toRecord(runPipeline(text, { title: null, published, url: null, source: 'test' }, context(), titleLine));
  checkRecord(record);
  return record;
}

export function checkRecord(record: unknown): void {
  const parsed = recordSchema.safeParse(record);
  assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3)));
  assert.deepEqual(recordProblems(parsed.data), []);
}

export function covered(record: ExtractRecord, span: { start: number; end: number }): string {
  return record.document.text.slice(span.start, span.end);
}

export function actorNamed(record: ExtractRecord, name: string) {
  return record.actors.find((a) => a.name === name);
}
