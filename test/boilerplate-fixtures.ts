// Reads the marked boilerplate fixtures (test/fixtures/boilerplate/README.md): the text with
// its marks stripped, and the line spans that must be removed (`@ `) or may be (`? `).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../src/doc/model.js';

export interface MarkedFixture {
  name: string;
  text: string;
  must: Span[];
  may: Span[];
}

export const FIXTURE_DIR = join(import.meta.dirname, 'fixtures', 'boilerplate');
/** Pages scraped whole from outlets of many regions (fixtures/scraped-wild/README.md). */
export const WILD_DIR = join(import.meta.dirname, 'fixtures', 'scraped-wild');

export function loadMarkedFixtures(dir = FIXTURE_DIR): MarkedFixture[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => parseMarked(f, readFileSync(join(dir, f), 'utf8')));
}

export function parseMarked(name: string, marked: string): MarkedFixture {
  let text = '';
  const must: Span[] = [];
  const may: Span[] = [];
  for (const raw of marked.split('\n')) {
    if (text) text += '\n';
    const mark = raw[0];
    const line = mark === '@' || mark === '?' ? raw.slice(1) : raw;
    const span = { start: text.length, end: text.length + line.length };
    if (mark === '@') must.push(span);
    if (mark === '?') may.push(span);
    text += line;
  }
  return { name, text, must, may };
}

/** Characters (white space not counted) removed rightly, removed wrongly, and missed. */
export function charCounts(f: MarkedFixture, removed: readonly Span[]): { tp: number; fp: number; fn: number } {
  const inside = (spans: readonly Span[], i: number) => spans.some((s) => s.start <= i && i < s.end);
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < f.text.length; i++) {
    if (/\s/.test(f.text[i])) continue;
    const cut = inside(removed, i);
    const gold = inside(f.must, i);
    if (cut && (gold || inside(f.may, i))) tp += gold ? 1 : 0;
    else if (cut) fp++;
    else if (gold) fn++;
  }
  return { tp, fp, fn };
}

/** Char counts summed over pages, each scored against what `removedOf` takes from it. */
export function totalCounts(pages: readonly MarkedFixture[], removedOf: (f: MarkedFixture) => readonly Span[]): { tp: number; fp: number; fn: number } {
  const sum = { tp: 0, fp: 0, fn: 0 };
  for (const f of pages) {
    const c = charCounts(f, removedOf(f));
    sum.tp += c.tp; sum.fp += c.fp; sum.fn += c.fn;
  }
  return sum;
}
