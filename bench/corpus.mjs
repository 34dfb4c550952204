// A larger corpus for the bench, made from a small folder of text articles (title line, blank
// line, one paragraph a line): the originals first, then variants, each with the title of one
// article and about half the paragraphs of it and of another one, picked by a seeded generator.
// Two variants share too few 5-word shingles to be near-duplicates, so `ingest` extracts and
// stores each of them, as it would new articles. The same arguments give the same bytes.
//
//   node bench/corpus.mjs SRC_DIR N OUT_DIR      writes OUT_DIR/000000.txt ... (N files)
import { readFileSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A small seeded generator (mulberry32): the same variants on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readArticles(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const [title, ...rest] = readFileSync(join(dir, f), 'utf8').split('\n');
    return { title, paragraphs: rest.filter((l) => l.trim()) };
  });
}

/** The text of article `i` of the corpus (0-based). */
function variant(articles, i, next) {
  const first = articles[i % articles.length];
  const copy = Math.floor(i / articles.length);
  if (copy === 0) return `${first.title}\n\n${first.paragraphs.join('\n')}\n`;
  const second = articles[(i + 1 + Math.floor(next() * (articles.length - 1))) % articles.length];
  const half = (ps) => ps.filter(() => next() < 0.5);
  const body = [...half(first.paragraphs), ...half(second.paragraphs)];
  if (body.length === 0) body.push(...first.paragraphs);
  return `${first.title} (${copy})\n\n${body.join('\n')}\n`;
}

/** Writes `n` articles made from `srcDir` into `outDir`; returns their paths in order. */
export function makeCorpus(srcDir, n, outDir) {
  const articles = readArticles(srcDir);
  if (articles.length === 0) throw new Error(`${srcDir} holds no .txt article`);
  mkdirSync(outDir, { recursive: true });
  const next = random(0x5eed);
  const paths = [];
  for (let i = 0; i < n; i++) {
    const path = join(outDir, `${String(i).padStart(6, '0')}.txt`);
    writeFileSync(path, variant(articles, i, next));
    paths.push(path);
  }
  return paths;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [src, n, out] = process.argv.slice(2);
  if (!src || !n || !out) { console.error('usage: node bench/corpus.mjs SRC_DIR N OUT_DIR'); process.exit(2); }
  makeCorpus(src, Number(n), out);
}
