// The learned last resort of the lost-name restorer: where no rule of restore-gaps.ts tells who
// was lost, the people and states of the article's own cast are ranked by a linear model over
// named features of the slot and of each candidate (how the gap's surroundings read, how often
// and how near the candidate is named, whether it is one of the article's two sides, whether
// the sentence already names it ...). The best candidate is restored when the model's
// probability for it is above the model's threshold (chosen by cross-validation over damaged
// copies of the tuned halves, scripts/train-gap-restorer.ts); else the gap stays unrestored.
// The weights are data (data/models/gap-restore.json, read once); scoring is a sum of weights, so
// the same article always gets the same restorations.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc, Gap, Restoration, Actor, Mention } from '../doc/model.js';
import { DATA_DIR, normName, type Kb } from '../kb/index.js';
import { sideCounts } from './article-states.js';
import { matchesOf } from '../doc/matches.js';

export interface GapModel {
  version: string;
  enabled: boolean;
  threshold: number;
  /** How far the best candidate's probability must lead the runner-up's (another candidate or nobody); 0 when the file gives none. */
  margin: number;
  /** The detection rules whose gaps the model may fill (all when the file gives none). */
  rules: Set<string> | null;
  weights: Map<string, number>;
}

interface GapModelFile {
  schema: 'detente/gap-restore-model@1';
  version: string;
  enabled: boolean;
  threshold: number;
  margin?: number;
  rules?: string[];
  trained_on: string[];
  notes?: string;
  weights: Record<string, number>;
}

let loaded: GapModel | null | undefined;
/** The model of data/models/gap-restore.json (DETENTE_GAP_MODEL=off|on overrides `enabled`), or null. */
export function gapModel(): GapModel | null {
  if (loaded !== undefined) return loaded;
  const path = join(DATA_DIR, 'models', 'gap-restore.json');
  loaded = existsSync(path) ? gapModelOf(JSON.parse(readFileSync(path, 'utf8')) as GapModelFile, process.env.DETENTE_GAP_MODEL) : null;
  return loaded;
}
export function gapModelOf(file: GapModelFile, override?: string): GapModel {
  if (file.schema !== 'detente/gap-restore-model@1' || typeof file.threshold !== 'number' || typeof file.weights !== 'object') throw new Error('gap-restore model: not a detente/gap-restore-model@1 file');
  const enabled = override === 'on' ? true : override === 'off' ? false : file.enabled;
  return { version: file.version, enabled, threshold: file.threshold, margin: file.margin ?? 0, rules: file.rules ? new Set(file.rules) : null, weights: new Map(Object.entries(file.weights)) };
}
/** Use a model given here instead of the file's (tests, training); null: no model. */
export function setGapModel(model: GapModel | null | undefined): void {
  loaded = model;
}

export interface RankCandidate {
  actor: Actor;
  features: string[];
}

/** Speech verbs after a subject: "said", "told". */
const SPEECH = /^(?:said|says|told|tells|added|adds|noted|stressed|argued|warned|insisted|wrote|explained|stated|announced|claimed|accused|denied|urged|called)$/;
/** Words before the gap that shape the slot. */
const BEFORE_WORDS = new Set(['between', 'and', 'in', 'from', 'with', 'on', 'of', 'to', 'by', 'for', 'against', 'the', 'said', 'at', 'into', 'over', 'toward', 'towards', 'that', 'than', 'as', 'like', 'both', 'while', 'but', 'or', 'told', 'says', 'after', 'before', 'visit', 'invasion', 'president', 'minister', 'leader', 'envoy', 'spokesman', 'says', 'including', 'support', 'urged', 'accused', 'attacked', 'backed', 'pro', 'where']);

/** What the words around the gap are, coarsely: the slot's keys. */
export function slotOf(doc: Doc, gap: Gap): { before: string; after: string } {
  return slotAt(doc.text, gap.start, gap.start);
}
/** The slot of the words before `from` and after `to`: of a gap (from = to), or of a name's mention around it. */
function slotAt(text: string, from: number, to: number): { before: string; after: string } {
  const pre = text.slice(Math.max(0, from - 60), from);
  const post = text.slice(to, to + 40).replace(/^[ \t]+/, '');
  let before: string;
  const trimmed = pre.trimEnd();
  const lastWord = lastRun(trimmed, /[\p{L}\p{N}’'-]/u);
  if (trimmed === '' || (/[.!?]["”’]?$/.test(trimmed) && trimmed.length < pre.length) || pre.slice(trimmed.length).includes('\n')) before = 'START';
  else if (/[“"‘][ \t]*$/.test(pre)) before = 'QUOTE';
  else if (/,[ \t]*$/.test(pre)) before = 'COMMA';
  else if (/[(:;–—][ \t]*$/.test(pre)) before = 'PUNCT';
  else if (lastWord) {
    const w = lastWord.toLowerCase();
    before = BEFORE_WORDS.has(w) ? w : /^[\p{Lu}]/u.test(lastWord) ? 'CAP' : /(?:ed|es|s)$/.test(w) ? 'VERBISH' : 'WORD';
  } else before = 'OTHER';
  let after: string;
  const nextWord = /^[ \t]*([\p{L}\p{N}’'-]+)/u.exec(post);
  if (/^['’‘]s\b/u.test(post)) after = 'POSS';
  else if (/^-/.test(post)) after = 'HYPHEN';
  else if (/^[ \t]*[,]/.test(post)) after = 'COMMA';
  else if (/^[ \t]*[.!?]/.test(post)) after = 'STOP';
  else if (/^[ \t]*[;:)”"–—]/.test(post)) after = 'PUNCT';
  else if (nextWord) {
    const w = nextWord[1].toLowerCase();
    after = SPEECH.test(w) ? 'SPEECH' : ['and', 'or', 'has', 'have', 'had', 'is', 'was', 'will', 'would', 'and', 'in', 'on', 'to', 'of', 'for', 'with', 'over'].includes(w) ? w : /^[\p{Lu}]/u.test(nextWord[1]) ? 'CAP' : 'LOWER';
  } else after = 'OTHER';
  return { before, after };
}

/** The run of characters of `cls` that ends `s` ("" when `s` ends on another character). */
function lastRun(s: string, cls: RegExp): string {
  let i = s.length;
  while (i > 0 && cls.test(s[i - 1])) i--;
  return s.slice(i);
}
/** The last one or two words of letters before blanks at the end of `s`, lower-case, or null. */
function lastWords(s: string): string | null {
  const t = s.trimEnd();
  const w1 = lastRun(t, /[\p{L}-]/u);
  if (!w1) return null;
  const rest = t.slice(0, t.length - w1.length);
  const gap = lastRun(rest, /[ \t]/).length;
  const w0 = gap ? lastRun(rest.slice(0, rest.length - gap), /[\p{L}-]/u) : '';
  return (w0 && gap ? `${w0} ${w1}` : w1).toLowerCase();
}

const bucket = (n: number, edges: number[]): string => {
  for (const e of edges) if (n <= e) return `<=${e}`;
  return `>${edges[edges.length - 1]}`;
};

/** (restore19) The slot of each mention of the cast (read once per document): how the article's own
 * names sit in its sentences, to compare with the slot of a gap. */
const mentionSlots = new WeakMap<Doc, Map<string, { before: string; after: string }[]>>();
function slotsOfMentions(doc: Doc, mentions: readonly Mention[]): Map<string, { before: string; after: string }[]> {
  let got = mentionSlots.get(doc);
  if (got) return got;
  got = new Map();
  for (const m of mentions) {
    if (m.start < doc.titleEnd) continue;
    const list = got.get(m.actor) ?? [];
    list.push(slotAt(doc.text, m.start, m.end));
    got.set(m.actor, list);
  }
  mentionSlots.set(doc, got);
  return got;
}

/**
 * The people and states of the cast a gap may have lost, each with its features. Mentions of
 * the cast in the body count (pronouns and the title aside for nearness, the title counting
 * for "title").
 */
export function gapCandidates(doc: Doc, gap: Gap, kb: Kb, sides: string[]): RankCandidate[] {
  const text = doc.text;
  const cast = doc.actors.filter((a) => a.kind === 'person' || a.kind === 'state');
  if (!cast.length) return [];
  const ids = new Set(cast.map((a) => a.id));
  const mentions = doc.mentions.filter((m) => ids.has(m.actor) && m.via !== 'pronoun');
  const sentence = doc.sentences.find((s) => s.start <= gap.start && gap.start <= s.end) ?? null;
  const paragraph = sentence?.paragraph ?? -1;
  const sentenceOf = (at: number) => doc.sentences.find((s) => s.start <= at && at < s.end) ?? null;
  const { before, after } = slotOf(doc, gap);
  const rule = gap.rule;
  // Counts in the body, and ranks by kind.
  const count = new Map<string, number>();
  const inTitle = new Set<string>();
  for (const m of mentions) {
    if (m.start < doc.titleEnd) inTitle.add(m.actor);
    else count.set(m.actor, (count.get(m.actor) ?? 0) + 1);
  }
  const rankOf = new Map<string, number>();
  for (const kind of ['person', 'state']) {
    const ofKind = cast.filter((a) => a.kind === kind).sort((a, b) => (count.get(b.id) ?? 0) - (count.get(a.id) ?? 0) || a.id.localeCompare(b.id));
    ofKind.forEach((a, i) => rankOf.set(a.id, i + 1));
  }
  // Recency: order of the last mention before the gap, and of the first after it, among each kind.
  const lastBefore = new Map<string, Mention>();
  const firstAfter = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.start < doc.titleEnd) continue;
    if (m.end <= gap.start) lastBefore.set(m.actor, m);
    else if (m.start >= gap.start && !firstAfter.has(m.actor)) firstAfter.set(m.actor, m);
  }
  const recRank = new Map<string, number>();
  const nextRank = new Map<string, number>();
  for (const kind of ['person', 'state']) {
    const ofKind = cast.filter((a) => a.kind === kind);
    ofKind.filter((a) => lastBefore.has(a.id)).sort((a, b) => lastBefore.get(b.id)!.start - lastBefore.get(a.id)!.start).forEach((a, i) => recRank.set(a.id, i + 1));
    ofKind.filter((a) => firstAfter.has(a.id)).sort((a, b) => firstAfter.get(a.id)!.start - firstAfter.get(b.id)!.start).forEach((a, i) => nextRank.set(a.id, i + 1));
  }
  // Side rank of a state (its country among the article's most named countries), of a person by country.
  const sideRank = new Map<string, number>();
  sideCounts(doc, kb).slice(0, 4).forEach(([iso], i) => sideRank.set(iso, i + 1));
  // What the sentence names.
  const inSentence = new Set<string>();
  const countriesInSentence = new Set<string>();
  if (sentence) {
    for (const m of mentions) {
      if (m.start >= sentence.start && m.end <= sentence.end) {
        inSentence.add(m.actor);
        const a = cast.find((x) => x.id === m.actor);
        if (a?.country) countriesInSentence.add(a.country);
      }
    }
  }
  // The words right after and before the gap, to be looked for after / before the candidate's mentions elsewhere.
  const postWords = /^((?:['’‘]s)?[ \t]*[\p{L}-]+(?:[ \t]+[\p{L}-]+)?)/u.exec(text.slice(gap.start, gap.start + 40).replace(/^[ \t]+/, ''))?.[1]?.toLowerCase().replace(/[‘’]/g, "'") ?? null;
  const preWords = lastWords(text.slice(Math.max(0, gap.start - 40), gap.start));
  const roleWord = /\b(President|Minister|Premier|Chancellor|Leader|Envoy|Spokes(?:man|woman|person)|Ambassador|Secretary|Commander|Governor|Mayor|King|Emir|Negotiator|General)[ \t]*$/i.exec(text.slice(Math.max(0, gap.start - 30), gap.start))?.[1]?.toLowerCase() ?? null;
  const spoke = new Set<string>();
  for (const m of mentions) {
    const next = /^[\s,]*(\p{Ll}+)/u.exec(text.slice(m.end, m.end + 20))?.[1];
    const prev = lastRun(text.slice(Math.max(0, m.start - 20), m.start).replace(/,/g, ' ').trimEnd(), /\p{Ll}/u) || undefined;
    if ((next && SPEECH.test(next)) || (prev && SPEECH.test(prev))) if (m.end <= gap.start) spoke.add(m.actor);
  }

  // (restore19) A demonym or a state's name among the words just before the gap, in its clause:
  // "Russian President .", "the Ukrainian ." — the country the slot asks for, or null.
  const demonymBefore = (() => {
    const pre = text.slice(Math.max(0, gap.start - 40), gap.start);
    const clause = pre.slice(Math.max(pre.lastIndexOf(','), pre.lastIndexOf('.'), pre.lastIndexOf(';'), pre.lastIndexOf('\n')) + 1);
    const words = [...matchesOf(clause, /[\p{Lu}][\p{L}-]+/gu)];
    for (let i = words.length - 1; i >= Math.max(0, words.length - 3); i--) {
      const iso = kb.demonyms.get(normName(words[i][0]));
      if (iso) return iso;
    }
    return null;
  })();
  // The sentences just before and after the gap's: who they name.
  const sentIdx = sentence ? doc.sentences.indexOf(sentence) : -1;
  const namedIn = (si: number): Set<string> => {
    const out = new Set<string>();
    const s = si >= 0 ? doc.sentences[si] : undefined;
    if (!s) return out;
    for (const m of mentions) if (m.start >= s.start && m.end <= s.end) out.add(m.actor);
    return out;
  };
  const inPrevSentence = namedIn(sentIdx > 0 ? sentIdx - 1 : -1);
  const inNextSentence = namedIn(sentIdx >= 0 && sentIdx + 1 < doc.sentences.length ? sentIdx + 1 : -1);
  // The countries of the people the gap's sentence names (a state there is often theirs).
  const peopleCountries = new Set<string>();
  for (const id of inSentence) { const a = cast.find((x) => x.id === id); if (a?.kind === 'person' && a.country) peopleCountries.add(a.country); }
  // Overall share and recency among the whole cast.
  const allMentions = cast.reduce((n, a) => n + (count.get(a.id) ?? 0), 0);
  const topOfKind = { person: 0, state: 0 } as Record<string, number>;
  for (const a of cast) topOfKind[a.kind] = Math.max(topOfKind[a.kind], count.get(a.id) ?? 0);
  // How often each of the cast sits in a slot like the gap's (the words after, before, both),
  // against all the cast's mentions in such a slot.
  const slots = slotsOfMentions(doc, mentions);
  const likeA = new Map<string, number>();
  const likeB = new Map<string, number>();
  const likeAB = new Map<string, number>();
  let allA = 0, allB = 0, allAB = 0;
  for (const a of cast) {
    let na = 0, nb = 0, nab = 0;
    for (const sl of slots.get(a.id) ?? []) {
      if (sl.after === after) na++;
      if (sl.before === before) nb++;
      if (sl.after === after && sl.before === before) nab++;
    }
    likeA.set(a.id, na); likeB.set(a.id, nb); likeAB.set(a.id, nab);
    allA += na; allB += nb; allAB += nab;
  }
  const recAll = new Map<string, number>();
  cast.filter((a) => lastBefore.has(a.id)).sort((a, b) => lastBefore.get(b.id)!.start - lastBefore.get(a.id)!.start || a.id.localeCompare(b.id)).forEach((a, i) => recAll.set(a.id, i + 1));
  const ofKind = { person: 0, state: 0 } as Record<string, number>;
  const mentionsOfKind = { person: 0, state: 0 } as Record<string, number>;
  for (const a of cast) { ofKind[a.kind]++; mentionsOfKind[a.kind] += count.get(a.id) ?? 0; }
  const out: RankCandidate[] = [];
  for (const a of cast) {
    const k = a.kind;
    const f: string[] = ['bias', `k:${k}`, `rule:${rule}:${k}`, `b:${before}:${k}`, `a:${after}:${k}`, `ba:${before}:${after}:${k}`];
    const n = count.get(a.id) ?? 0;
    const r = Math.min(rankOf.get(a.id) ?? 9, 4);
    f.push(`rank:${k}:${r}`, `rank:${k}:${r}:${after}`, `rank:${k}:${r}:${before}`, `n:${k}:${bucket(n, [0, 1, 2, 4, 8])}`);
    if (inTitle.has(a.id)) f.push(`title:${k}`);
    f.push(`castn:${k}:${bucket(ofKind[k], [1, 2, 3, 5])}`, `share:${k}:${bucket(Math.round((10 * n) / Math.max(1, mentionsOfKind[k])), [1, 2, 3, 5, 7, 9])}`);
    const lb = lastBefore.get(a.id);
    const fa = firstAfter.get(a.id);
    const near = (m: Mention | undefined, dir: string) => {
      if (!m) { f.push(`${dir}:none:${k}`); return; }
      const s = sentenceOf(m.start);
      if (sentence && s && s.start === sentence.start) f.push(`${dir}:sent:${k}`);
      else if (s && s.paragraph === paragraph) f.push(`${dir}:para:${k}`);
      else f.push(`${dir}:${bucket(Math.abs((dir === 'prev' ? gap.start - m.end : m.start - gap.start)), [300, 1000, 3000])}:${k}`);
    };
    near(lb, 'prev');
    near(fa, 'next');
    const rr = recRank.get(a.id);
    const nr = nextRank.get(a.id);
    f.push(`rec:${k}:${rr ? Math.min(rr, 3) : 0}`, `rec:${k}:${rr ? Math.min(rr, 3) : 0}:${after}`, `nxt:${k}:${nr ? Math.min(nr, 3) : 0}`);
    if (inSentence.has(a.id)) f.push(`insent:${k}`, `insent:${k}:${after}`);
    const iso = a.country;
    const sr = iso ? sideRank.get(iso) : undefined;
    f.push(`side:${k}:${sr ?? 0}`, `side:${k}:${sr ?? 0}:${after}`);
    const si = iso ? sides.indexOf(iso) : -1;
    if (si >= 0 && sides.length === 2) {
      const other = sides[1 - si];
      if (countriesInSentence.has(other) && !countriesInSentence.has(iso!)) f.push(`otherside:${k}`, `otherside:${k}:${before}`);
      if (countriesInSentence.has(iso!)) f.push(`sameside:${k}`);
    }
    if (k === 'person' && iso && countriesInSentence.has(iso)) f.push('person-country-in-sentence');
    if (spoke.has(a.id)) f.push(`spoke:${k}`, `spoke:${k}:${after}`);
    if (roleWord && k === 'person') f.push(a.role && a.role.toLowerCase().includes(roleWord) ? 'rolefit' : a.role ? 'rolemiss' : 'rolenone');
    if (roleWord && k === 'state') f.push('role-state');
    // Echo: the article writes the same words after / before a mention of the candidate.
    let echoAfter = false;
    let echoBefore = false;
    for (const m of mentions) {
      if (m.actor !== a.id) continue;
      if (postWords && !echoAfter && text.slice(m.end, m.end + postWords.length + 2).toLowerCase().replace(/[‘’]/g, "'").startsWith(postWords)) echoAfter = true;
      if (preWords && !echoBefore && text.slice(Math.max(0, m.start - preWords.length - 1), m.start).toLowerCase().trimEnd().endsWith(preWords)) echoBefore = true;
    }
    if (echoAfter) f.push(`echoA:${k}`);
    if (echoBefore) f.push(`echoB:${k}`);
    // (restore19)
    if (demonymBefore) f.push(iso === demonymBefore ? `dem:fit:${k}` : iso ? `dem:other:${k}` : `dem:none:${k}`);
    if (inPrevSentence.has(a.id)) f.push(`prevsent:${k}`, `prevsent:${k}:${after}`);
    if (inNextSentence.has(a.id)) f.push(`nextsent:${k}`);
    if (k === 'state' && iso && peopleCountries.has(iso)) f.push(`state-of-person-in-sentence:${after}`);
    f.push(`shareall:${k}:${bucket(Math.round((10 * n) / Math.max(1, allMentions)), [0, 1, 2, 3, 5, 7])}`, `rel:${k}:${bucket(Math.round((10 * n) / Math.max(1, topOfKind[k])), [2, 5, 8, 9])}`);
    const ra = recAll.get(a.id);
    f.push(`recall:${k}:${ra ? Math.min(ra, 4) : 0}`, `recall:${k}:${ra ? Math.min(ra, 4) : 0}:${before}`);
    if (roleWord) f.push(`tw:${roleWord}:${k}`);
    const like = (tag: string, mine: number, all: number) => {
      if (!all) { f.push(`${tag}:none:${k}`); return; }
      f.push(`${tag}:${k}:${bucket(Math.round((10 * mine) / all), [0, 2, 4, 6, 8, 9])}`, `${tag}:${k}:n${bucket(mine, [0, 1, 2, 4])}`);
    };
    like('likeA', likeA.get(a.id)!, allA);
    like('likeB', likeB.get(a.id)!, allB);
    like('likeAB', likeAB.get(a.id)!, allAB);
    out.push({ actor: a, features: f });
  }
  return out;
}

/** The features of restoring nobody at a gap: the slot alone. */
export function noneFeatures(doc: Doc, gap: Gap): string[] {
  const { before, after } = slotOf(doc, gap);
  const cast = doc.actors.filter((a) => a.kind === 'person' || a.kind === 'state');
  const states = cast.filter((a) => a.kind === 'state').length;
  return [`none:cast:${bucket(cast.length - states, [0, 1, 2, 4])}:${bucket(states, [0, 1, 2, 4])}`, 'none', `none:rule:${gap.rule}`, `none:b:${before}`, `none:a:${after}`, `none:ba:${before}:${after}`];
}

export function scoreOf(model: GapModel, features: readonly string[]): number {
  let s = 0;
  for (const f of features) s += model.weights.get(f) ?? 0;
  return s;
}

/** The best candidate above the model's threshold and ahead of the runner-up by its margin, or null. */
export function rankedRestoration(doc: Doc, gap: Gap, kb: Kb, sides: string[], model: GapModel | null = gapModel()): Restoration | null {
  if (!model?.enabled || (model.rules && !model.rules.has(gap.rule))) return null;
  const cands = gapCandidates(doc, gap, kb, sides);
  if (!cands.length) return null;
  const scores = cands.map((c) => scoreOf(model, c.features));
  const none = scoreOf(model, noneFeatures(doc, gap));
  const top = Math.max(none, ...scores);
  const z = Math.exp(none - top) + scores.reduce((sum, s) => sum + Math.exp(s - top), 0);
  let best = -1;
  for (let i = 0; i < cands.length; i++) if (best < 0 || scores[i] > scores[best] || (scores[i] === scores[best] && cands[i].actor.id < cands[best].actor.id)) best = i;
  const p = Math.exp(scores[best] - top) / z;
  if (scores[best] <= none || p < model.threshold) return null;
  let second = Math.exp(none - top) / z;
  for (let i = 0; i < cands.length; i++) if (i !== best) second = Math.max(second, Math.exp(scores[i] - top) / z);
  if (p - second < model.margin) return null;
  const a = cands[best].actor;
  return { actor: a.id, name: a.name, confidence: Math.round(p * 100) / 100 };
}
