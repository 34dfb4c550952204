// Trains the learned last resort of the lost-name restorer (src/link/restore-ranker.ts) on
// damaged copies of the tuned halves and writes its weights to data/models/gap-restore.json:
//
//   node --import tsx scripts/train-gap-restorer.ts --gold DIR [--gold DIR ...] [--docs FILE]
//        [--out FILE] [--cv-only] [--enable] [--pooled] [--by-rule] [--lambda L] [--folds K]
//        [--min-precision P] [--min-made N] [--drop PREFIX,...] [--link-only]
//
// Each DIR holds damaged copies made by the shared evaluation's damage.mjs (e.g. trainA or dev
// with seeds 101-140; a DIR is named SET + seed, and the copies of one article of one SET are one
// article for the folds). The pipeline runs with the rules alone (the model off); the linked
// copies are kept in --docs FILE (gzipped JSON; several --docs and no --gold: read back, so that
// new features are retrained without running the pipeline). Every gap no rule restored gives one
// candidate for each person and state of the cast, labelled 1 when it is the gold gap's lost actor
// (as the scorer matches it: by name, by a state's country or by a mention's text) and 0 otherwise
// (a gap that fits no gold gap: all 0, as a restoration there is scored wrong; the one dev article
// that came damaged already is left out there). An L2-regularised conditional logit (a softmax
// over "nobody" and each candidate) is fitted by full-batch AdaGrad (features in sorted order: the
// same run gives the same weights). The L2 weight, the threshold and the margin (the lead of the
// best candidate's probability over the runner-up's) are chosen by cross-validation over ARTICLES
// (--folds folds, every copy of one article in the same fold: the copies share its text), for
// the most names restored with the model's own restorations right --min-precision of the time
// (default 0.85), or with --pooled the rules' and the model's together (the scorer's restore
// precision); then the model is refitted on everything. Read only the tuned halves' copies: the
// held-out half is for measuring the built CLI.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync, gunzipSync } from 'node:zlib';
import { join, resolve, basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { loadKb } from '../src/kb/index.ts';
import { loadLexicons } from '../src/lexicons/index.ts';
import { runPipeline } from '../src/pipeline/run.ts';
import { readSource } from '../src/ingest/read-input.ts';
import { toArticles } from '../src/ingest/to-articles.ts';
import { gapCandidates, noneFeatures, setGapModel } from '../src/link/restore-ranker.ts';
import { sideCounts } from '../src/link/article-states.ts';
import { createDoc, type Doc } from '../src/doc/model.ts';

const VERSION = '3';
const { values } = parseArgs({
  options: {
    gold: { type: 'string', multiple: true }, out: { type: 'string' }, docs: { type: 'string', multiple: true },
    'cv-only': { type: 'boolean' }, 'link-only': { type: 'boolean' }, folds: { type: 'string' }, drop: { type: 'string' }, pooled: { type: 'boolean' }, 'by-rule': { type: 'boolean' }, 'min-made': { type: 'string' }, enable: { type: 'boolean' }, 'min-precision': { type: 'string' },
    iterations: { type: 'string' }, 'min-count': { type: 'string' }, lambda: { type: 'string' },
  },
});
const out = resolve(values.out ?? join(dirname(new URL(import.meta.url).pathname), '..', 'data', 'models', 'gap-restore.json'));
const minPrecision = Number(values['min-precision'] ?? 0.85);
const iterations = Number(values.iterations ?? 300);
const minCount = Number(values['min-count'] ?? 3);

interface GapRow { article: string; copy: string; rule: string; none: string[]; cands: { id: string; f: string[]; y: number }[]; reachable: boolean }
interface Copy { article: string; copy: string; gold: number; ruleMade: number; ruleRight: number }
interface Data { rows: GapRow[]; copies: Copy[] }
/** One damaged copy as the pipeline (rules alone) linked it: the parts of the document the ranker reads, and per unrestored gap the ids of the cast that are right there. */
interface DocEntry {
  copy: Copy;
  doc: Pick<Doc, 'text' | 'meta' | 'titleEnd' | 'gaps' | 'sentences' | 'mentions' | 'actors'>;
  right: Record<number, string[]>;
}

const norm = (s: string | null | undefined) => s == null ? null : String(s).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/[\u201c\u201d]/g, '"').toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();

/** Runs the pipeline (rules alone) over the copies and labels the gaps, as the scorer matches them. */
async function linkCopies(): Promise<DocEntry[]> {
  if (!values.gold?.length) { console.error('train-gap-restorer: give damaged copies with --gold DIR'); process.exit(2); }
  setGapModel(null);
  const ctx = { kb: loadKb(), lexicons: loadLexicons() };
  const entries: DocEntry[] = [];
  for (const dir of values.gold!.map((d) => resolve(d))) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      const article = f.replace('.gold.json', '');
      const raw = await readSource(resolve(dir, gold.file), { maxBytes: 5 * 1048576, timeoutMs: 20000 });
      const [art] = toArticles(raw);
      const doc = runPipeline(art.text, { ...art.meta, published: gold.published ?? art.meta.published }, ctx, art.titleLine, 'all');
      const text = doc.text;
      const goldActorByName = new Map<string, any>();
      for (const g of gold.actors ?? []) for (const n of [g.name, ...(g.aliases ?? [])]) goldActorByName.set(norm(n)!, g);
      const namesOf = (g: any) => [g.name, ...(g.aliases ?? [])].map(norm);
      const mentionTexts = new Map<string, string[]>();
      for (const m of doc.mentions) mentionTexts.set(m.actor, [...(mentionTexts.get(m.actor) ?? []), text.slice(m.start, m.end)]);
      const denotes = (s: any, name: string) => {
        if (norm(s.name) === norm(name)) return true;
        const g = goldActorByName.get(norm(name)!) ?? { name, aliases: [] };
        if (namesOf(g).includes(norm(s.name))) return true;
        if (g.kind === 'state' && s.kind === 'state' && s.country && s.country === g.country) return true;
        return (mentionTexts.get(s.id) ?? []).some((t) => namesOf(g).includes(norm(t)));
      };
      const spans = (gold.gaps ?? []).map((g: any) => {
        const out: { start: number; end: number }[] = [];
        const at = text.indexOf(g.context);
        if (at >= 0) out.push({ start: at, end: at + g.context.length });
        return { g, out };
      });
      const fitting = (s: { start: number; end: number }) => spans.filter(({ out }: any) => out.some((q: any) => s.start < q.end + 1 && q.start - 1 < s.end)).map(({ g }: any) => g);
      // (An article of the copies' source set: the dirs are named SET + seed, "tA101".)
      const copy: Copy = { article: `${basename(dir).replace(/\d+$/, '')}:${article}`, copy: `${basename(dir)}:${article}`, gold: (gold.gaps ?? []).filter((g: any) => g.restore && !g.optional).length, ruleMade: 0, ruleRight: 0 };
      const actorsById = new Map(doc.actors.map((a) => [a.id, a]));
      const right: Record<number, string[]> = {};
      const keep: typeof doc.gaps[number][] = [];
      for (const gap of doc.gaps) {
        const gs = fitting(gap);
        const isRight = (a: any) => gs.some((g: any) => (g.restore ?? []).some((n: string) => denotes(a, n)));
        if (!gs.length && article.startsWith('seed-')) continue;
        if (gap.restored) {
          copy.ruleMade++;
          const a = actorsById.get(gap.restored.actor) ?? { name: gap.restored.name, mentions: [] };
          if (isRight(a)) copy.ruleRight++;
          keep.push(gap);
          continue;
        }
        right[keep.length] = doc.actors.filter((a) => (a.kind === 'person' || a.kind === 'state') && isRight(a)).map((a) => a.id);
        keep.push(gap);
      }
      entries.push({ copy, doc: { text, meta: doc.meta, titleEnd: doc.titleEnd, gaps: keep, sentences: doc.sentences, mentions: doc.mentions, actors: doc.actors }, right });
    }
    console.error(`read ${dir}`);
  }
  return entries;
}

/** The rows of the ranker: each unrestored gap with its candidates' features (the ranker's code as it is now) and labels. */
/** --drop a,b: leave out the features whose names start with one of these (to measure what they bring). */
const dropped = (values.drop ?? '').split(',').filter(Boolean);
const kept = (f: string) => !dropped.some((d) => f.startsWith(d));
function rowsOf(entries: DocEntry[]): Data {
  const kb = loadKb();
  const rows: GapRow[] = [];
  for (const { copy, doc: slim, right } of entries) {
    const doc = { ...createDoc(slim.text, slim.meta), ...slim } as Doc;
    const sides = sideCounts(doc, kb).slice(0, 2).map(([c]) => c);
    doc.gaps.forEach((gap, i) => {
      if (gap.restored) return;
      const ids = new Set(right[i] ?? []);
      const cands = gapCandidates(doc, gap, kb, sides).map((c) => ({ id: c.actor.id, f: c.features.filter(kept), y: ids.has(c.actor.id) ? 1 : 0 }));
      rows.push({ article: copy.article, copy: copy.copy, rule: gap.rule, none: noneFeatures(doc, gap), cands, reachable: cands.some((c) => c.y) });
    });
  }
  return { rows, copies: entries.map((e) => e.copy) };
}

// --docs FILE: the linked copies are kept there (gzipped JSON) and read back on the next run, so
// that a change of the ranker's features is retrained without running the pipeline again (several
// --docs files and no --gold: their copies together).
let entries: DocEntry[];
const docFiles = values.docs ?? [];
if (docFiles.length && docFiles.every((f) => existsSync(f))) entries = docFiles.flatMap((f) => JSON.parse(gunzipSync(readFileSync(f)).toString('utf8')) as DocEntry[]);
else {
  entries = await linkCopies();
  if (docFiles.length === 1) writeFileSync(docFiles[0], gzipSync(JSON.stringify(entries)));
}
if (values['link-only']) process.exit(0);
const data: Data = rowsOf(entries);
const { rows, copies } = data;
const goldN = copies.reduce((n, c) => n + c.gold, 0);
const ruleRight = copies.reduce((n, c) => n + c.ruleRight, 0);
const ruleMade = copies.reduce((n, c) => n + c.ruleMade, 0);
console.log(`${copies.length} copies, ${goldN} gold gaps; rules restore ${ruleRight} right of ${ruleMade} made (${(100 * ruleRight / goldN).toFixed(1)}% at ${(100 * ruleRight / ruleMade).toFixed(1)}%); ${rows.length} unrestored gaps, ${rows.filter((r) => r.reachable).length} with the lost actor in the cast`);

function fit(train: GapRow[], lambda: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of train) for (const f of [...r.none, ...r.cands.flatMap((c) => c.f)]) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts.keys()].filter((f) => counts.get(f)! >= minCount).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const ix = (fs: string[]) => fs.map((f) => index.get(f)).filter((i): i is number => i !== undefined);
  // Each gap: its options (nobody first, then the cast), the right one's index (0: nobody).
  const gaps = train.map((r) => ({ opts: [ix(r.none), ...r.cands.map((c) => ix(c.f))], y: Math.max(0, r.cands.findIndex((c) => c.y) + 1) }));
  const w = new Float64Array(names.length);
  const g2 = new Float64Array(names.length).fill(1e-8);
  const lr = 0.5;
  for (let it = 0; it < iterations; it++) {
    const grad = new Float64Array(names.length);
    for (const { opts, y } of gaps) {
      const s = opts.map((x) => x.reduce((a, i) => a + w[i], 0));
      const top = Math.max(...s);
      const e = s.map((v) => Math.exp(v - top));
      const z = e.reduce((a, b) => a + b, 0);
      opts.forEach((x, k) => { const g = e[k] / z - (k === y ? 1 : 0); for (const i of x) grad[i] += g; });
    }
    for (let i = 0; i < names.length; i++) {
      const g = grad[i] / gaps.length + lambda * w[i];
      g2[i] += g * g;
      w[i] -= (lr * g) / Math.sqrt(g2[i]);
    }
  }
  return new Map(names.map((f, i) => [f, w[i]]));
}

/** For each gap, the best candidate's probability (0 when nobody scores best), its lead over the runner-up (the second candidate or nobody) and whether it is right. */
interface Pred { p: number; margin: number; y: number; rule: string; article: string; f?: string[] }
function predict(w: Map<string, number>, test: GapRow[]): Pred[] {
  const sc = (fs: string[]) => fs.reduce((a, f) => a + (w.get(f) ?? 0), 0);
  return test.map((r) => {
    if (!r.cands.length) return { p: 0, margin: 0, y: 0, rule: r.rule, article: r.article };
    const none = sc(r.none);
    const s = r.cands.map((c) => sc(c.f));
    const top = Math.max(none, ...s);
    const z = Math.exp(none - top) + s.reduce((a, v) => a + Math.exp(v - top), 0);
    let b = 0;
    for (let i = 1; i < s.length; i++) if (s[i] > s[b] || (s[i] === s[b] && r.cands[i].id < r.cands[b].id)) b = i;
    const p = s[b] <= none ? 0 : Math.exp(s[b] - top) / z;
    let second = Math.exp(none - top) / z;
    for (let i = 0; i < s.length; i++) if (i !== b) second = Math.max(second, Math.exp(s[i] - top) / z);
    if (process.env.GAP_DEBUG && p >= Number(process.env.GAP_DEBUG)) console.log(`DEBUG ${r.copy} ${r.rule} p=${p.toFixed(2)} pick=${r.cands[b].id} y=${r.cands[b].y} truth=${r.cands.find((c) => c.y)?.id ?? '-'} n=${r.cands.length} ${r.cands[b].f.filter((f) => !f.startsWith('rule:') && !f.startsWith('ba:')).join(' ')}`);
    return { p, margin: p - second, y: r.cands[b].y, rule: r.rule, article: r.article, f: process.env.GAP_FEATS ? [...r.cands[b].f, `rule=${r.rule}`] : undefined };
  });
}

// Cross-validation by ARTICLE: every copy of one article in the same fold (the copies share its
// text), the articles dealt to --folds folds in sorted order.
const articles = [...new Set(rows.map((r) => r.article))].sort();
const folds = Number(values.folds ?? 8);
const foldOf = new Map(articles.map((a, i) => [a, i % folds]));
const lambdas = values.lambda ? [Number(values.lambda)] : [0.001, 0.003, 0.01, 0.03];
const thresholds = Array.from({ length: 14 }, (_, i) => Math.round((0.3 + i * 0.05) * 100) / 100);
const margins = [0, 0.1, 0.2, 0.3, 0.4, 0.5];
type Best = { lambda: number; threshold: number; margin: number; rules?: string[]; right: number; made: number; own: number; ownRight: number; articles: number };
let best: Best | null = null;
const minMade = Number(values['min-made'] ?? 20);
/**
 * --by-rule: the model fills only the gaps of the detection rules whose (cross-validated) picks
 * were right --min-precision of the time (5 picks at least, right in 3 articles at least). The
 * rules are chosen without the fold they are measured on (nested: the rules for fold k from the
 * other folds' predictions), so the estimate is not the selection's own.
 */
function ruleGate(pool: Pred[], outFold: number | null): Set<string> {
  const by = new Map<string, { n: number; r: number; arts: Set<string> }>();
  for (const p of pool) {
    if (outFold !== null && foldOf.get(p.article) === outFold) continue;
    const e = by.get(p.rule) ?? { n: 0, r: 0, arts: new Set<string>() };
    e.n++; e.r += p.y; if (p.y) e.arts.add(p.article);
    by.set(p.rule, e);
  }
  return new Set([...by.entries()].filter(([, e]) => e.n >= 5 && e.arts.size >= 3 && e.r / e.n >= minPrecision).map(([k]) => k));
}
for (const lambda of lambdas) {
  const preds: Pred[] = [];
  for (let k = 0; k < folds; k++) preds.push(...predict(fit(rows.filter((r) => foldOf.get(r.article) !== k), lambda), rows.filter((r) => foldOf.get(r.article) === k)));
  console.log(`lambda ${lambda} (${folds} folds by article):`);
  for (const t of thresholds) {
    for (const m of margins) {
      const pool = preds.filter((p) => p.p >= t && p.margin >= m);
      let made = pool;
      if (values['by-rule']) {
        made = [];
        for (let k = 0; k < folds; k++) { const gate = ruleGate(pool, k); made.push(...pool.filter((p) => foldOf.get(p.article) === k && gate.has(p.rule))); }
      }
      const right = made.filter((p) => p.y).length;
      const allRight = ruleRight + right;
      const allMade = ruleMade + made.length;
      const arts = new Set(made.filter((p) => p.y).map((p) => p.article)).size;
      if (made.length) console.log(`  t ${t.toFixed(2)} m ${m.toFixed(1)}: model ${right}/${made.length} right (${(100 * right / made.length).toFixed(1)}%, right in ${arts} articles); with the rules restored ${(100 * allRight / goldN).toFixed(1)}% at ${(100 * allRight / allMade).toFixed(1)}%`);
      // (The model's own restorations — or with --pooled, the rules' and the model's together — must be
      // right at least --min-precision of the time, --min-made at least made.)
      const precise = values.pooled ? allRight / allMade >= minPrecision : right / made.length >= minPrecision;
      if (made.length >= minMade && precise && (!best || allRight > best.right)) best = { lambda, threshold: t, margin: m, rules: values['by-rule'] ? [...ruleGate(pool, null)].sort() : undefined, right: allRight, made: allMade, own: made.length, ownRight: right, articles: arts };
    }
  }
  const byRule = new Map<string, { n: number; r: number }>();
  for (const p of preds.filter((q) => q.p >= (best?.threshold ?? 0.7) && q.margin >= (best?.margin ?? 0))) { const e = byRule.get(p.rule) ?? { n: 0, r: 0 }; e.n++; e.r += p.y; byRule.set(p.rule, e); }
  console.log('  by rule at the best threshold so far: ' + [...byRule.entries()].sort((a, b) => b[1].n - a[1].n).map(([k, v]) => `${k} ${v.r}/${v.n}`).join(', '));
  if (process.env.GAP_FEATS) {
    // Which single features of the best candidate make it right most often, across articles.
    const by = new Map<string, { n: number; r: number; arts: Set<string> }>();
    for (const p of preds) if (p.p >= Number(process.env.GAP_FEATS)) for (const f of new Set(p.f)) { const e = by.get(f) ?? { n: 0, r: 0, arts: new Set() }; e.n++; e.r += p.y; if (p.y) e.arts.add(p.article); by.set(f, e); }
    for (const [f, e] of [...by.entries()].filter(([, e]) => e.n >= 25 && e.arts.size >= 5).sort((a, b) => b[1].r / b[1].n - a[1].r / a[1].n).slice(0, 40)) console.log(`  FEAT ${f}: ${e.r}/${e.n} (${e.arts.size} articles)`);
  }
  const top1 = preds.filter((p) => p.p > 0);
  console.log(`  best candidate right at ${top1.filter((p) => p.y).length} of ${top1.length} gaps where one scores above nobody`);
}
{
  const lambda = best?.lambda ?? lambdas[lambdas.length - 1];
  const inSample = predict(fit(rows, lambda), rows);
  console.log(`in sample (lambda ${lambda}): best candidate right at ${inSample.filter((p) => p.p > 0 && p.y).length} of ${inSample.filter((p) => p.p > 0).length} gaps where one scores above nobody`);
}
// No threshold good enough: the model is written switched off, with a threshold no candidate reaches.
const enabled = !!best && !!values.enable;
const reached = !!best;
if (!best) { console.log(`no threshold makes the model's own restorations right ${100 * minPrecision}% of the time: written switched off`); best = { lambda: lambdas[lambdas.length - 1], threshold: 1.01, margin: 0, right: ruleRight, made: ruleMade, own: 0, ownRight: 0, articles: 0 }; }
console.log(`chosen: lambda ${best.lambda}, threshold ${best.threshold.toFixed(2)}, margin ${best.margin.toFixed(1)}${best.rules ? `, rules ${best.rules.join(' ')}` : ''}: cross-validated model ${best.ownRight}/${best.own}; restored ${(100 * best.right / goldN).toFixed(1)}% at ${(100 * best.right / best.made).toFixed(1)}% with the rules (rules alone ${(100 * ruleRight / goldN).toFixed(1)}% at ${(100 * ruleRight / ruleMade).toFixed(1)}%)`);
if (values['cv-only']) process.exit(0);
const w = fit(rows, best.lambda);
const weights: Record<string, number> = {};
for (const [f, v] of [...w.entries()].sort((a, b) => a[0].localeCompare(b[0]))) if (Math.abs(v) >= 1e-6) weights[f] = Math.round(v * 1e6) / 1e6;
const file = {
  schema: 'detente/gap-restore-model@1', version: VERSION, enabled, threshold: best.threshold, margin: best.margin, ...(best.rules ? { rules: best.rules } : {}),
  trained_on: [...new Set(copies.map((c) => c.copy.split(':')[0].replace(/\d+$/, '')))].map((set) => `${set}: ${new Set(copies.filter((c) => c.copy.startsWith(set)).map((c) => c.copy.split(':')[0])).size} damaged copies of each article`),
  notes: `L2 conditional logit (softmax over nobody and each of the cast's people and states) at gaps no rule restores (lambda ${best.lambda}, features seen >= ${minCount} times, ${iterations} AdaGrad steps), ${copies.length} damaged copies, ${goldN} gold gaps; ` + (reached
    ? `${folds}-fold CV by article: the model's own restorations ${best.ownRight}/${best.own} right; restored ${(100 * best.right / goldN).toFixed(1)}% at ${(100 * best.right / best.made).toFixed(1)}% with the rules`
    : `switched off: under ${folds}-fold CV by article no threshold makes its own restorations right ${100 * minPrecision}% of the time (the rules alone: ${(100 * ruleRight / goldN).toFixed(1)}% at ${(100 * ruleRight / ruleMade).toFixed(1)}%)`),
  weights,
};
writeFileSync(out, JSON.stringify(file, null, 1) + '\n');
console.log(`wrote ${out}`);
