// Reads test/fixtures/wild-articles (invented wire articles with what an annotator would list)
// and compares a record with them: shared by the test and by `node --import tsx` runs that print
// how far the extractor is from the expectations.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ExtractRecord } from '../src/pipeline/record.js';

const DIR = fileURLToPath(new URL('./fixtures/wild-articles/', import.meta.url));

export interface WildEvent { type: string; status: string; date?: string | null; place?: string | string[]; quote: string; quantities?: Record<string, number> }
export interface WildClaim { quote: string; source: (string | null)[]; hedge: string[] }
/** A position the article states: matched like the shared scorer matches positions (same stance and issue, evidence
 * over the quote), the holder one of `holder`'s ids, or the state of a person listed there, or the leader of a state listed there. */
export interface WildPosition { quote: string; holder: string | string[]; stance: string | string[]; issue: string | string[] }
export interface WildArticle { published: string; events: WildEvent[]; maxEvents: number; noEvent: string[]; claims: WildClaim[]; positions?: WildPosition[];
  /** Actors the record should list (each one of its alternative ids) and places (one of the alternative names): recall only. */
  actors?: string[][]; places?: string[][] }

/** The articles of `test/fixtures/wild-articles` (or of another folder of the same form, e.g. `wild-articles-2`). */
export function wildArticles(folder = 'wild-articles'): [string, WildArticle, string][] {
  const dir = folder === 'wild-articles' ? DIR : fileURLToPath(new URL(`./fixtures/${folder}/`, import.meta.url));
  const all = JSON.parse(readFileSync(dir + 'expected.json', 'utf8')) as Record<string, WildArticle | string>;
  return Object.entries(all).filter((e): e is [string, WildArticle] => typeof e[1] !== 'string')
    .map(([name, a]) => [name, a, readFileSync(dir + name + '.txt', 'utf8')]);
}

/** Verbal acts are also coded as events; the articles' expectations, like gold, list deeds. */
export const VERBAL = new Set(['REQUEST', 'REJECT', 'ACCUSE', 'THREATEN', 'SUPPORT']);

export interface WildReport { events: { tp: number; fp: number; fn: number }; claims: { tp: number; fp: number; fn: number }; details: { ok: number; n: number }; sourceOk: number; problems: string[];
  /** Only when the article lists its positions. */
  positions?: { tp: number; fp: number; fn: number };
  /** Only when the article lists them: how many of its actors / places the record names (found of listed). */
  actors?: { ok: number; n: number }; places?: { ok: number; n: number } }

const LEADER = /\b(?:president|prime minister|premier|chancellor|king|emir|head of state|supreme leader|leader)\b/i;

/** Does the record's holder `id` stand for one of `want`: the same actor, the state of a person listed, or a state's leader? */
function holderFits(r: ExtractRecord, id: string, want: string[]): boolean {
  if (want.includes(id)) return true;
  const sys = r.actors.find((a) => a.id === id);
  if (!sys?.country) return false;
  return want.some((w) => {
    const g = r.actors.find((a) => a.id === w);
    if (!g || g.country !== sys.country) return false;
    if (sys.kind === 'state') return g.kind === 'person';
    return g.kind === 'state' && sys.kind === 'person' && LEADER.test(sys.role ?? '');
  });
}

export function compare(r: ExtractRecord, a: WildArticle): WildReport {
  const text = r.document.text;
  const said = (span: { start: number; end: number }) => text.slice(span.start, span.end);
  const problems: string[] = [];
  const deeds = r.events.filter((e) => !VERBAL.has(e.type));
  const used = new Set<number>();
  const details = { ok: 0, n: 0 };
  for (const g of a.events) {
    const j = deeds.findIndex((e, k) => !used.has(k) && e.type === g.type && said(e.evidence).includes(g.quote));
    if (j < 0) { problems.push(`event missing: ${g.type} "${g.quote}"`); continue; }
    used.add(j);
    const e = deeds[j];
    const checks: [string, boolean][] = [['status', e.status === g.status]];
    if (g.date !== undefined) checks.push(['date', e.date === g.date]);
    if (g.place !== undefined) checks.push(['place', ([] as string[]).concat(g.place).includes(e.location ?? '')]);
    for (const [k, v] of Object.entries(g.quantities ?? {})) checks.push([k, (e.quantities as Record<string, number>)[k] === v]);
    for (const [k, ok] of checks) { details.n++; if (ok) details.ok++; else problems.push(`event ${k} wrong: "${g.quote}" got ${JSON.stringify(k === 'place' ? e.location : k in e ? (e as unknown as Record<string, unknown>)[k] : e.quantities)}`); }
  }
  deeds.forEach((e, k) => { if (!used.has(k)) problems.push(`event extra: ${e.type}/${e.status} "${said(e.evidence).slice(0, 70)}"`); });
  for (const q of a.noEvent) if (deeds.some((e) => said(e.evidence).includes(q))) problems.push(`event from "${q}"`);
  if (deeds.length > a.maxEvents) problems.push(`events ${deeds.length} > ${a.maxEvents}`);
  const taken = new Set<number>();
  let sourceOk = 0;
  for (const g of a.claims) {
    const j = r.claims.findIndex((c, k) => !taken.has(k) && c.hedge !== 'asserted' && g.hedge.includes(c.hedge) && said(c.evidence).includes(g.quote));
    if (j < 0) {
      const near = r.claims.find((c) => said(c.evidence).includes(g.quote));
      problems.push(`claim missing: "${g.quote}"${near ? ` (got ${near.source}/${near.hedge})` : ''}`);
      continue;
    }
    taken.add(j);
    if (g.source.includes(r.claims[j].source)) sourceOk++;
    else problems.push(`claim source wrong: "${g.quote}" got ${r.claims[j].source}`);
  }
  const claimFp = r.claims.filter((c, k) => c.hedge !== 'asserted' && !taken.has(k)).length;
  r.claims.forEach((c, k) => { if (c.hedge !== 'asserted' && !taken.has(k)) problems.push(`claim extra: ${c.source}/${c.hedge} "${said(c.evidence).slice(0, 60)}"`); });
  let positions: WildReport['positions'];
  if (a.positions) {
    const got = new Set<number>();
    for (const g of a.positions) {
      const at = text.indexOf(g.quote);
      if (at < 0) { problems.push(`position quote not in text: "${g.quote}"`); continue; }
      const issues = ([] as string[]).concat(g.issue), holders = ([] as string[]).concat(g.holder), stances = ([] as string[]).concat(g.stance);
      const fits = (k: number) => {
        const p = r.positions[k];
        return !got.has(k) && stances.includes(p.stance) && issues.includes(p.issue) && p.evidence.start < at + g.quote.length && at < p.evidence.end;
      };
      let j = r.positions.findIndex((p, k) => fits(k) && p.holder !== null && holderFits(r, p.holder, holders));
      if (j < 0) {
        const near = r.positions.findIndex((_, k) => fits(k));
        problems.push(`position missing: ${holders[0]} ${stances[0]} ${issues[0]} "${g.quote}"${near >= 0 ? ` (got holder ${r.positions[near].holder})` : ''}`);
        continue;
      }
      got.add(j);
    }
    r.positions.forEach((p, k) => { if (!got.has(k)) problems.push(`position extra: ${p.holder} ${p.stance} ${p.issue} "${said(p.evidence).slice(0, 70)}"`); });
    positions = { tp: got.size, fp: r.positions.length - got.size, fn: a.positions.length - got.size };
  }
  let actors: WildReport['actors'], places: WildReport['places'];
  if (a.actors) {
    const ids = new Set(r.actors.map((x) => x.id));
    actors = { ok: 0, n: a.actors.length };
    for (const alt of a.actors) if (alt.some((id) => ids.has(id))) actors.ok++; else problems.push(`actor missing: ${alt.join('|')}`);
  }
  if (a.places) {
    const names = new Set(r.locations.map((x) => x.name));
    places = { ok: 0, n: a.places.length };
    for (const alt of a.places) if (alt.some((n) => names.has(n))) places.ok++; else problems.push(`place missing: ${alt.join('|')}`);
  }
  return {
    positions, actors, places,
    events: { tp: used.size, fp: deeds.length - used.size, fn: a.events.length - used.size },
    claims: { tp: taken.size, fp: claimFp, fn: a.claims.length - taken.size },
    details, sourceOk, problems,
  };
}

export interface Counts { tp: number; fp: number; fn: number }
export const f1 = (x: Counts): number => (x.tp ? (200 * x.tp) / (2 * x.tp + x.fp + x.fn) : 0);

/** A folder's counts summed over its articles (positions over the articles that list them). */
export interface FolderTotals { events: Counts; claims: Counts; positions: Counts; details: { ok: number; n: number }; sources: number; withPositions: number; actors: { ok: number; n: number }; places: { ok: number; n: number } }

/** Compares every article of `folder` with the record `extract` gives it; `each` sees every article's report. */
export function folderTotals(folder: string, extract: (text: string, published: string) => ExtractRecord, each?: (name: string, rep: WildReport) => void): FolderTotals {
  const sum: FolderTotals = { events: { tp: 0, fp: 0, fn: 0 }, claims: { tp: 0, fp: 0, fn: 0 }, positions: { tp: 0, fp: 0, fn: 0 }, details: { ok: 0, n: 0 }, sources: 0, withPositions: 0, actors: { ok: 0, n: 0 }, places: { ok: 0, n: 0 } };
  for (const [name, article, text] of wildArticles(folder)) {
    const rep = compare(extract(text, article.published), article);
    for (const k of ['tp', 'fp', 'fn'] as const) { sum.events[k] += rep.events[k]; sum.claims[k] += rep.claims[k]; sum.positions[k] += rep.positions?.[k] ?? 0; }
    sum.details.ok += rep.details.ok; sum.details.n += rep.details.n; sum.sources += rep.sourceOk;
    if (rep.positions) sum.withPositions++;
    for (const k of ['actors', 'places'] as const) { sum[k].ok += rep[k]?.ok ?? 0; sum[k].n += rep[k]?.n ?? 0; }
    each?.(name, rep);
  }
  return sum;
}
