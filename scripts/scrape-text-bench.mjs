#!/usr/bin/env node
// An untuned measure of the text path's boilerplate rules on scraped pages.
//
//   node scripts/scrape-text-bench.mjs [--shared DIR] [--split A|B|all] [--fast [--src]] [--keep DIR] [--pages] [--dump FILE [--dump-split A|B]]
//
// The pages of ../shared/eval/article-extraction (real news and blog pages with the article body a
// person extracted) are turned into the plain text a naive scraper makes: the headline as a title
// line, a blank line, then every block of visible text of the page, one a line (navigation,
// captions, related links, footers, cookie banners and all; scripts, styles and the <head> are
// dropped). It uses htmlparser2 directly, not detente's own HTML cleaner. Every line that is not
// the ground-truth body is boilerplate that `removed` should report.
//
// Alignment is by line: a line is body when its text (white space and case aside) is found in the
// body, in order; debris when no part of it is; lines that are partly body, or short lines that
// could be either, are left out of the counts (reported as "unsure").
//
// Then `detente extract DIR --jsonl` (the built CLI, as text files) runs on the .txt files, and per
// split the script prints char recall and precision of `removed` over the aligned lines and the
// share of body characters wrongly removed (white space not counted). --fast calls the built
// boilerplate stage in-process instead of the CLI (same result, for quick iteration).
//
// The split is by sorted file name: even index = A (may be tuned on), odd index = B (held out:
// read only its aggregate line). The data are not part of the project: without ../shared the
// script says so and exits 0.
import { readFileSync, readdirSync, existsSync, mkdtempSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve, dirname, basename } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'htmlparser2';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(opt('--shared', join(root, '..', 'shared')));
const benchDir = join(shared, 'eval', 'article-extraction');
if (!existsSync(join(benchDir, 'ground-truth.json')) || !existsSync(join(benchDir, 'html'))) {
  console.error(`scrape-text-bench: no ${benchDir} (ground-truth.json and html/); skipped`);
  process.exit(0);
}
const splitWanted = opt('--split', 'all');
const fast = args.includes('--fast');
const perPage = args.includes('--pages');
// --dump FILE: every line of one split's pages with its label and whether it was removed. Split A
// by default; --dump-split B only for a swap round (B tuned on, A then read as aggregates only).
const dumpFile = opt('--dump', null);
const dumpSplit = opt('--dump-split', 'A');
const dump = [];

// ---------------------------------------------------------------- the naive scraper

const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object', 'canvas', 'math', 'map']);
const BLOCK = new Set(('address article aside blockquote body br dd details dialog div dl dt fieldset figcaption figure footer form ' +
  'h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p pre section summary table tbody thead tfoot tr td th ul ' +
  'caption legend label button option select textarea center menu').split(' '));

function isHidden(el) {
  const a = el.attribs ?? {};
  if ('hidden' in a) return true;
  const style = (a.style ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** All visible text of a page, one block a line. */
function scrapeText(html) {
  const dom = parseDocument(html, { decodeEntities: true });
  const blocks = [];
  let cur = '';
  const flush = () => {
    const t = cur.replace(/\s+/g, ' ').trim();
    if (t) blocks.push(t);
    cur = '';
  };
  const walk = (node) => {
    if (node.type === 'text') { cur += node.data; return; }
    if (node.type !== 'tag' && node.type !== 'root') return;
    const name = node.name?.toLowerCase();
    if (name && (DROPPED.has(name) || isHidden(node))) return;
    const block = name && BLOCK.has(name);
    if (block) flush();
    if (name === 'img' && node.attribs?.alt) { /* alt text is not visible text */ }
    for (const c of node.children ?? []) walk(c);
    if (block) flush();
  };
  walk(dom);
  flush();
  const title = findTitle(dom);
  return { title, blocks };
}

function textOf(node) {
  if (node.type === 'text') return node.data;
  if (node.type !== 'tag' && node.type !== 'root') return '';
  if (DROPPED.has(node.name?.toLowerCase()) && node.name !== 'head') return '';
  return (node.children ?? []).map(textOf).join('');
}

function findAll(node, pred, out = []) {
  if (node.type === 'tag' && pred(node)) out.push(node);
  for (const c of node.children ?? []) findAll(c, pred, out);
  return out;
}

/** The page's headline: its first <h1>, else og:title, else <title>. */
function findTitle(dom) {
  const clean = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const h1 = findAll(dom, (n) => n.name === 'h1').map((n) => clean(textOf(n))).find((t) => t.length >= 10);
  if (h1) return h1;
  const og = findAll(dom, (n) => n.name === 'meta' && n.attribs?.property === 'og:title')[0];
  if (og && clean(og.attribs.content)) return clean(og.attribs.content);
  const title = findAll(dom, (n) => n.name === 'title')[0];
  return title ? clean(textOf(title)) : 'Untitled';
}

// ---------------------------------------------------------------- aligning the body

/** A line's key: letters and digits only, lower case (white space, quotes and dashes vary). */
const key = (s) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Labels each scraped line 'body', 'debris' or 'unsure'. A line of 25 key characters or more found
 * in the body after the previous body line is body; a line none of whose 12-character pieces is in
 * the body is debris (a short line: not in the body at all); a short line found in the body between
 * the body lines around it is body; the rest is unsure.
 */
function alignLines(lines, body) {
  const bodyKey = key(body);
  const keys = lines.map(key);
  const label = lines.map(() => 'unsure');
  // A long line the page holds twice (a standfirst that repeats the first paragraph) is left out.
  const seen = new Map();
  for (const k of keys) if (k.length >= 25) seen.set(k, (seen.get(k) ?? 0) + 1);
  const at = lines.map(() => -1);
  let cursor = 0;
  keys.forEach((k, i) => {
    if (k.length === 0) { label[i] = 'debris'; return; }
    if (k.length >= 25 && seen.get(k) > 1 && bodyKey.includes(k)) return;
    if (k.length >= 25) {
      let p = bodyKey.indexOf(k, cursor);
      if (p < 0) p = bodyKey.indexOf(k);
      if (p >= 0) { label[i] = 'body'; at[i] = p; cursor = p + k.length; return; }
      // Partly in the body (a paragraph with a link's text added or cut): unsure.
      let shared = false;
      for (let s = 0; s + 12 <= k.length && !shared; s += 6) shared = bodyKey.includes(k.slice(s, s + 12));
      label[i] = shared ? 'unsure' : 'debris';
      return;
    }
    if (!bodyKey.includes(k)) label[i] = 'debris';
  });
  // Short lines found in the body: body when they fill the stretch of body between the body lines
  // around them; debris when that stretch does not hold them (a "Twitter" button above the first
  // paragraph, though the word is in the body); else unsure.
  for (let i = 0; i < lines.length; i++) {
    if (label[i] !== 'unsure' || keys[i].length >= 25) continue;
    let a = i - 1;
    while (a >= 0 && label[a] !== 'body') a--;
    let b = i + 1;
    while (b < lines.length && label[b] !== 'body') b++;
    const from = a >= 0 ? at[a] + keys[a].length : 0;
    const to = b < lines.length ? at[b] : bodyKey.length;
    const p = from <= to ? bodyKey.slice(from, to).indexOf(keys[i]) : -1;
    if (p < 0) { label[i] = 'debris'; continue; }
    const between = keys.slice(a + 1, b).reduce((n, k) => n + k.length, 0);
    if (to - from <= between + 2) { label[i] = 'body'; at[i] = from + p; }
  }
  const covered = new Set();
  lines.forEach((_, i) => { if (label[i] === 'body') for (let c = at[i]; c < at[i] + keys[i].length; c++) covered.add(c); });
  return { label, bodyCoverage: bodyKey.length ? covered.size / bodyKey.length : 1 };
}

// ---------------------------------------------------------------- the pages

const truth = JSON.parse(readFileSync(join(benchDir, 'ground-truth.json'), 'utf8'));
const files = readdirSync(join(benchDir, 'html')).filter((f) => f.endsWith('.html.gz')).sort();
const work = opt('--keep', null) ? resolve(opt('--keep')) : mkdtempSync(join(tmpdir(), 'detente-scrape-'));
mkdirSync(work, { recursive: true });
const pages = [];
files.forEach((f, index) => {
  const split = index % 2 === 0 ? 'A' : 'B';
  if (splitWanted !== 'all' && split !== splitWanted) return;
  const id = basename(f, '.html.gz');
  const gt = truth[id];
  if (!gt) return;
  const html = gunzipSync(readFileSync(join(benchDir, 'html', f))).toString('utf8');
  const { title, blocks } = scrapeText(html);
  const text = `${title}\n\n${blocks.join('\n')}\n`;
  const file = join(work, `${id}.txt`);
  writeFileSync(file, text);
  // Lines after the title line, with their offsets in the text.
  const lineSpans = [];
  let pos = title.length + 2;
  for (const b of blocks) { lineSpans.push({ start: pos, end: pos + b.length }); pos += b.length + 1; }
  const { label, bodyCoverage } = alignLines(blocks, gt.articleBody);
  pages.push({ id, split, file, text, lineSpans, label, bodyCoverage });
});

// ---------------------------------------------------------------- running detente

const removedOf = new Map();
if (fast) {
  // --src (with `node --import tsx`): the stage from src/ without a build.
  const from = args.includes('--src') ? (p) => join(root, 'src', `${p}.ts`) : (p) => join(root, 'dist', `${p}.js`);
  const { createDoc } = await import(from('doc/model'));
  const { findBoilerplate } = await import(from('clean/boilerplate/index'));
  for (const p of pages) {
    const doc = createDoc(p.text, { title: null, published: null, url: null, source: p.file });
    removedOf.set(p.file, findBoilerplate(doc));
  }
} else {
  const cli = join(root, 'dist', 'cli', 'main.js');
  const run = spawnSync('node', [cli, 'extract', work, '--jsonl', '--quiet'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  for (const line of run.stdout.split('\n')) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line);
    removedOf.set(resolve(rec.document.source), rec.removed ?? []);
  }
  if (run.status !== 0 && removedOf.size === 0) { console.error(run.stderr); process.exit(1); }
}

// ---------------------------------------------------------------- scoring

const isSpace = (c) => /\s/.test(c);
function scorePage(p) {
  const removed = removedOf.get(p.file) ?? removedOf.get(resolve(p.file));
  if (!removed) return null;
  const cut = new Uint8Array(p.text.length);
  for (const r of removed) for (let c = r.start; c < r.end; c++) cut[c] = 1;
  const s = { debris: 0, body: 0, tp: 0, bodyCut: 0, unsure: 0, lines: p.label.length, unsureLines: 0, debrisLines: 0, bodyLines: 0 };
  p.lineSpans.forEach((span, i) => {
    const l = p.label[i];
    s[`${l}Lines`]++;
    if (dumpFile && p.split === dumpSplit) {
      let n = 0;
      for (let c = span.start; c < span.end; c++) n += cut[c];
      const mark = n === 0 ? '  ' : n === span.end - span.start ? 'XX' : 'x ';
      dump.push(`${p.id.slice(0, 8)} ${l.padEnd(6)} ${mark} ${p.text.slice(span.start, span.end)}`);
    }
    for (let c = span.start; c < span.end; c++) {
      if (isSpace(p.text[c])) continue;
      if (l === 'unsure') { s.unsure++; continue; }
      if (l === 'debris') { s.debris++; if (cut[c]) s.tp++; } else { s.body++; if (cut[c]) s.bodyCut++; }
    }
  });
  return s;
}

const pct = (a, b) => (b ? (100 * a / b).toFixed(1) : 'n/a');
const totals = {};
for (const p of pages) {
  const s = scorePage(p);
  if (!s) { console.error(`no record for ${p.id}`); continue; }
  if (perPage && p.split === 'A') {
    console.log(`${p.id.slice(0, 12)} A  R ${pct(s.tp, s.debris)}  P ${pct(s.tp, s.tp + s.bodyCut)}  body cut ${pct(s.bodyCut, s.body)}  (debris ${s.debris}, body ${s.body}, unsure ${s.unsure}, coverage ${(100 * p.bodyCoverage).toFixed(0)})`);
  }
  const t = (totals[p.split] ??= { pages: 0, debris: 0, body: 0, tp: 0, bodyCut: 0, unsure: 0, lines: 0, unsureLines: 0, debrisLines: 0, bodyLines: 0, macroR: 0, macroP: 0, macroPn: 0, coverage: 0 });
  for (const k of ['debris', 'body', 'tp', 'bodyCut', 'unsure', 'lines', 'unsureLines', 'debrisLines', 'bodyLines']) t[k] += s[k];
  t.pages++;
  t.coverage += p.bodyCoverage;
  t.macroR += s.debris ? s.tp / s.debris : 1;
  if (s.tp + s.bodyCut) { t.macroP += s.tp / (s.tp + s.bodyCut); t.macroPn++; }
}
for (const [split, t] of Object.entries(totals).sort()) {
  console.log(`${split}: ${t.pages} pages, ${t.lines} lines (${t.bodyLines} body, ${t.debrisLines} debris, ${t.unsureLines} unsure left out); ` +
    `body found ${pct(t.coverage, t.pages)}% (mean); chars debris ${t.debris}, body ${t.body}, unsure ${t.unsure}`);
  console.log(`${split}: removed char recall ${pct(t.tp, t.debris)}  precision ${pct(t.tp, t.tp + t.bodyCut)}  body wrongly removed ${pct(t.bodyCut, t.body)}  ` +
    `(per page mean: recall ${pct(t.macroR, t.pages)}, precision ${pct(t.macroP, t.macroPn)})`);
}
if (dumpFile) writeFileSync(dumpFile, dump.join('\n') + '\n');
if (!opt('--keep', null)) rmSync(work, { recursive: true, force: true });
