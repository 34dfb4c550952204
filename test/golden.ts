// Golden records of the bundled examples, written so that a diff reads like prose: every span
// carries the text it covers. `npx tsx scripts/update-golden.ts` rewrites them; a reviewer
// reads the diff before committing it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { context } from './helpers.js';
import { readSource } from '../src/ingest/read-input.js';
import { toArticles } from '../src/ingest/to-articles.js';
import { runPipeline } from '../src/pipeline/run.js';
import { toRecord, type ExtractRecord } from '../src/pipeline/record.js';

export const EXAMPLES = join(import.meta.dirname, '..', 'examples');
export const GOLDEN = join(import.meta.dirname, 'golden');
/** The examples have no date of their own but the HTML page: a fixed one keeps dates resolved. */
export const PUBLISHED = '2025-05-12';

export async function recordsOf(file: string): Promise<ExtractRecord[]> {
  const raw = await readSource(join(EXAMPLES, file), { maxBytes: 5 << 20, timeoutMs: 1000 });
  return toArticles({ ...raw, source: `examples/${file}` }).map((a) =>
    toRecord(runPipeline(a.text, { ...a.meta, published: a.meta.published ?? PUBLISHED }, context(), a.titleLine)));
}

/** The record with every span written out as the text it covers, the document text left out. */
export function readable(r: ExtractRecord): unknown {
  const t = r.document.text;
  const q = (s: { start: number; end: number }) => `${s.start}-${s.end} ${JSON.stringify(t.slice(s.start, s.end))}`;
  return {
    document: { ...r.document, text: `${t.length} chars` },
    removed: r.removed.map((s) => `${s.reason}: ${q(s)}`),
    gaps: r.gaps.map((g) => ({ at: q(g), context: g.context, restored: g.restored })),
    actors: r.actors.map((a) => ({ ...a, mentions: a.mentions.map(q) })),
    locations: r.locations.map((l) => ({ ...l, mentions: l.mentions.map(q) })),
    claims: r.claims.map((c) => ({ ...c, evidence: q(c.evidence) })),
    positions: r.positions.map((p) => ({ ...p, evidence: q(p.evidence) })),
    events: r.events.map((e) => ({ ...e, evidence: q(e.evidence) })),
  };
}

export function exampleFiles(): string[] {
  // Files only: examples/demo/ is the demo's own folder (its reports double as API test fixtures).
  return readdirSync(EXAMPLES, { withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name).sort();
}

export function goldenPath(file: string): string {
  return join(GOLDEN, `${file}.golden.json`);
}

export function readGolden(file: string): unknown {
  return JSON.parse(readFileSync(goldenPath(file), 'utf8'));
}
