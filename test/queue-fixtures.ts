// Articles for the queue tests, made up here from a few sentence patterns with names, places
// and numbers drawn by a seeded generator: as many as a test wants, every one its own story
// (checked: no two are near-duplicates by the store's MinHash), none from any corpus.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minhash, similarity } from '../src/ledger/near-duplicate.js';

const CAPITALS = ['Vilnius', 'Ankara', 'Nairobi', 'Doha', 'Oslo', 'Cairo', 'Geneva', 'Riga', 'Amman', 'Baku', 'Tbilisi', 'Muscat'];
const COUNTRIES = ['Lithuania', 'Turkey', 'Kenya', 'Qatar', 'Norway', 'Egypt', 'Switzerland', 'Latvia', 'Jordan', 'Azerbaijan', 'Georgia', 'Oman'];
const PEOPLE = ['Mara Ellison', 'Tomas Berg', 'Ada Okafor', 'Lin Sato', 'Pavel Horak', 'Nadia Ferreira', 'Ruth Adeyemi', 'Jonas Keller'];
const ROLES = ['foreign minister', 'chief negotiator', 'defence minister', 'UN envoy', 'prime minister', 'mediator'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TOPICS = ['a prisoner exchange', 'the grain corridor', 'a ceasefire along the border', 'aid convoys', 'the return of displaced families', 'a demilitarised zone'];

type Pick = <T>(xs: T[]) => T;

const PATTERNS: ((p: Pick, n: () => number) => string)[] = [
  (p, n) => `${p(PEOPLE)}, the ${p(ROLES)} of ${p(COUNTRIES)}, said on ${p(DAYS)} that talks on ${p(TOPICS)} would resume in ${p(CAPITALS)} within ${n() % 9 + 2} days.`,
  (p, n) => `Shelling near ${p(CAPITALS)} killed ${n() % 40 + 2} people overnight, local officials said, and ${n() % 90 + 10} more were wounded.`,
  (p) => `${p(COUNTRIES)} rejected any deal on ${p(TOPICS)} that left its troops outside the agreed lines, according to ${p(PEOPLE)}.`,
  (p, n) => `Delegations from ${p(COUNTRIES)} and ${p(COUNTRIES)} met for ${n() % 7 + 2} hours in ${p(CAPITALS)} without announcing an agreement.`,
  (p) => `${p(PEOPLE)} called the proposal on ${p(TOPICS)} a first step, but warned that a lasting settlement was still far away.`,
  (p, n) => `About ${n() % 900 + 100} detainees were freed on ${p(DAYS)} under the arrangement brokered by ${p(COUNTRIES)}.`,
  (p) => `The ${p(ROLES)} travelled to ${p(CAPITALS)} on ${p(DAYS)} to press both sides on ${p(TOPICS)}.`,
  (p, n) => `Drone strikes hit a fuel depot outside ${p(CAPITALS)} late on ${p(DAYS)}, the ${n() % 2 ? 'army' : 'interior ministry'} said.`,
  (p) => `${p(COUNTRIES)} supports a monitoring mission for ${p(TOPICS)}, its ${p(ROLES)} told reporters in ${p(CAPITALS)}.`,
  (p, n) => `Negotiators hope to sign a framework by the ${n() % 28 + 1}th, a source close to ${p(PEOPLE)} said, though several points remain open.`,
];

function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` article texts, a title line and three to five paragraphs each; the same for the same seed. */
export function makeArticles(n: number, seed = 7): string[] {
  const rnd = random(seed);
  const pick: Pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const num = () => Math.floor(rnd() * 10_000);
  const texts: string[] = [];
  const sigs: number[][] = [];
  while (texts.length < n) {
    const paras = Array.from({ length: 3 + (num() % 3) }, () => Array.from({ length: 2 + (num() % 2) }, () => pick(PATTERNS)(pick, num)).join(' '));
    const text = `Dispatch ${texts.length + 1} from ${pick(CAPITALS)}\n\n${paras.join('\n\n')}\n`;
    const sig = minhash(text);
    if (sigs.some((s) => similarity(s, sig) >= 0.5)) continue;
    texts.push(text);
    sigs.push(sig);
  }
  return texts;
}

/** Writes `n` articles as dispatch-NNN.txt into `dir`; returns their paths. */
export function writeArticles(dir: string, n: number, seed = 7): string[] {
  return makeArticles(n, seed).map((text, i) => {
    const path = join(dir, `dispatch-${String(i + 1).padStart(3, '0')}.txt`);
    writeFileSync(path, text);
    return path;
  });
}
