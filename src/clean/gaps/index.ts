// The gaps stage: points where a scraper lost a name. Restoring them needs the knowledge
// base and the linked actors, so `restored` is filled later by link/restore-gaps.ts.
import type { Doc, Gap } from '../../doc/model.js';
import { contains } from '../../doc/lines.js';
import { type Kb, normName, stateByName } from '../../kb/index.js';
import type { Ctx } from '../../pipeline/context.js';
import { GAP_RULES, atDateline, type FirstNames } from './rules.js';
import { CLAUSE_RULES } from './clause-rules.js';
import { WORD_RULES, demonymThenVerb, demonymAndNoun } from './word-rules.js';
import { matchesOf } from '../../doc/matches.js';

const RULES = [...GAP_RULES, ...CLAUSE_RULES, ...WORD_RULES];

export function findGaps(doc: Doc, kb?: Kb): Gap[] {
  const { text } = doc;
  const byPoint = new Map<number, string>();
  const names = kb ? withCast(firstNames(kb), castFirstNames(text, kb), text) : undefined;
  const found = RULES.map((rule) => rule.find(text, names));
  if (kb) found.push(demonymThenVerb(text, kb.demonyms, (w) => !!stateByName(kb, w)), demonymAndNoun(text, kb.demonyms), namePrefixGaps(text, kb));
  for (const list of found) {
    for (const hit of list) {
      // Two rules that see the same loss a character apart report one gap.
      if (!byPoint.has(hit.at) && !byPoint.has(hit.at - 1) && !byPoint.has(hit.at + 1)) byPoint.set(hit.at, hit.rule);
    }
  }
  // "“…,” said ." lost the speaker after the verb, not before it: one gap, where the name was,
  // read as the quote's (its speaker is restored from the quote's neighbours).
  for (const [at, rule] of [...byPoint]) {
    if (rule !== 'quote-without-speaker') continue;
    const verb = /^(?:reportedly[ \t]+)?[a-z]+[ \t]+(?=[.,;:])/.exec(text.slice(at, at + 30));
    if (!verb || !byPoint.has(at + verb[0].length)) continue;
    byPoint.delete(at);
    byPoint.set(at + verb[0].length, rule);
  }
  const gaps: Gap[] = [];
  for (const at of [...byPoint.keys()].sort((a, b) => a - b)) {
    if (at < doc.titleEnd) continue;
    // The span is the one character after the point where the lost name belongs.
    const span = { start: at, end: Math.min(text.length, at + 1) };
    if (span.end === span.start) continue;
    // (" date 2025-10-18 MIDDLE EAST": the blank before a removed line's first word is that line's too.)
    const word = at + /^[ \t]*/.exec(text.slice(at, at + 20))![0].length;
    // (A dateline is removed as a byline, but the country it lost is the article's: "SULAYMANIYAH, (Reuters)".)
    if (!atDateline(text, at) && doc.removed.some((r) => contains(r, span) || (word > at && contains(r, { start: word, end: word + 1 })))) continue;
    gaps.push({ ...span, context: contextAround(text, at), rule: byPoint.get(at)!, restored: null });
  }
  return gaps;
}

/**
 * The knowledge base's first names and the article's own, without copying the first into a new set for every article;
 * less those the article uses as the end of someone's name ("Pal Mai Deng ... Deng said": "Deng" opens a name in the
 * knowledge base, "Deng Xijun", but here it is a surname).
 */
function withCast(known: Set<string>, cast: Set<string>, text: string): FirstNames {
  const surnames = new Map<string, boolean>();
  const surname = (name: string): boolean => {
    let is = surnames.get(name);
    if (is === undefined) { is = surnameHere(text, name); surnames.set(name, is); }
    return is;
  };
  const knownHere = { has: (name: string) => known.has(name) && !surname(name) };
  return { has: (name) => (known.has(name) || cast.has(name)) && !surname(name), known: knownHere };
}

/** Offices before a name beyond the forms of address (HONORIFIC_WORD): "Envoy Steve had", "Spokesman Dmitry said". */
const OFFICE_WORD = /^(?:Envoy|Commander|Chief|Secretary|Leader|Mayor|Spokesman|Spokeswoman|Spokesperson|Deputy|Vice|Speaker|Judge|Prosecutor|Director|Chairman|Chairwoman|Adviser|Advisor)$/;

/** Whether the article writes `name` (lower case) as the last word of a name of two or more words: "Pal Mai Deng,". */
function surnameHere(text: string, name: string): boolean {
  const cap = name.charAt(0).toUpperCase() + name.slice(1);
  for (let at = text.indexOf(' ' + cap); at >= 0; at = text.indexOf(' ' + cap, at + 1)) {
    const after = text.slice(at + 1 + cap.length, at + 3 + cap.length);
    if (/^\p{L}/u.test(after) || /^ \p{Lu}/u.test(after)) continue;
    const before = /(?<![\p{L}.’'-])(\p{Lu}\p{Ll}+)$/u.exec(text.slice(Math.max(0, at - 30), at));
    if (before && !HONORIFIC_WORD.test(before[1]) && !OFFICE_WORD.test(before[1])) return true;
  }
  return false;
}

/** The words around the gap, within its line: "withdrawal of his troops from ." */
function contextAround(text: string, at: number): string {
  // (The line's ends are looked for only as far as the context reaches: on a page that is one
  // line, looking for them from every gap was quadratic. Beyond the reach, any place beyond will do.)
  const from = Math.max(0, at - 41);
  const breakBefore = text.slice(from, at).lastIndexOf('\n');
  const lineStart = breakBefore >= 0 ? from + breakBefore + 1 : from === 0 ? 0 : from - 1;
  const breakAfter = text.slice(at, at + 31).indexOf('\n');
  const lineEnd = breakAfter >= 0 ? at + breakAfter : Math.min(text.length, at + 31);
  const before = text.slice(Math.max(lineStart, at - 40), at).replace(/^\S*\s/, (s) => (at - 40 > lineStart ? '' : s));
  const after = text.slice(at, Math.min(lineEnd, at + 30)).replace(/\s\S*$/, (s) => (at + 30 < lineEnd ? '' : s));
  return (before + after).trim();
}

/**
 * First names of the article's own cast: "Albin Kurti" where the article also says "Kurti"
 * alone. (Words that name states, places or peoples are no first names.)
 */
function castFirstNames(text: string, kb: Kb): Set<string> {
  const out = new Set<string>();
  let words: Map<string, number[]> | undefined;
  for (const m of matchesOf(text, /(?=[\p{Lu}])(?<![\p{L}.’'-])([\p{Lu}](?=([\p{Ll}]{2,}))\2) ([\p{Lu}](?=([\p{Ll}]{2,}))\4)(?![\p{L}])/gu)) {
    // (?=(x+))\2: the lower-case run taken whole at once, so a long word is not tried again at each length.
    const [first, last] = [m[1], m[3]];
    const key = normName(first);
    if (kb.names.has(key) || kb.places.has(key) || kb.demonyms.has(key) || kb.metonyms.has(key) || /^(?:The|In|On|At|But|And|For|With|After|Before|When|While|President|Prime|Minister|Foreign|Deputy|Special|Secretary|General|State|Sir|Mr|Mrs|Ms|Dr)$/.test(first)) continue;
    // "Kurti" alone: a whole word (a run of letters) not right after "Albin ".
    words ??= capitalisedWords(text);
    const before = `${first} `;
    if (words.get(last)!.some((at) => at < before.length || !text.startsWith(before, at - before.length))) out.add(key);
  }
  return out;
}

/** Where each run of letters that opens on a capital starts, by the run: the words a name can end on. */
function capitalisedWords(text: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const m of matchesOf(text, /(?=\p{Lu})(?<!\p{L})\p{Lu}\p{L}*/gu)) {
    const list = out.get(m[0]);
    if (list) list.push(m.index); else out.set(m[0], [m.index]);
  }
  return out;
}

const FIRST_NAMES = new WeakMap<Kb, Set<string>>();
const NAME_PREFIXES = new WeakMap<Kb, Set<string>>();

/**
 * The first two (or three) words of the knowledge base's people named by three words or more, where those words name
 * no one by themselves: "maria corina" (María Corina Machado), "recep tayyip" (Recep Tayyip Erdoğan).
 */
function namePrefixes(kb: Kb): Set<string> {
  let set = NAME_PREFIXES.get(kb);
  if (set) return set;
  set = new Set();
  for (const a of kb.actors.values()) {
    if (a.kind !== 'person') continue;
    for (const name of [a.name, ...(a.aliases ?? [])]) {
      const words = name.split(/\s+/);
      for (let n = 2; n < words.length && n <= 3; n++) {
        const prefix = words.slice(0, n);
        // ("Abu Mohammed", "Umm Ahmed": a kunya is a whole name by itself, not the start of one.)
        if (!prefix.every((w) => /^[\p{Lu}][\p{Ll}]+$/u.test(w)) || /^(?:Abu|Abou|Umm|Um)$/.test(prefix[0])) break;
        const key = normName(prefix.join(' '));
        if (!kb.names.has(key) && !kb.places.has(key)) set.add(key);
      }
    }
  }
  NAME_PREFIXES.set(kb, set);
  return set;
}

/**
 * "opposition leader Maria Corina said", "President Recep Tayyip said": the first words of a known person's name of
 * three or more, then a verb, "and" or a stop; the surname was lost with its link.
 */
function namePrefixGaps(text: string, kb: Kb): { at: number; rule: string }[] {
  const prefixes = namePrefixes(kb);
  const out: { at: number; rule: string }[] = [];
  for (const m of matchesOf(text, /(?=\p{Lu})(?<![\p{L}.’'-])(\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?= (?:said|says|told|has|had|was|is|will|would|added|and)\b|[,.;:])/gu)) {
    // (The name may follow a capitalised title: "President Recep Tayyip said"; the words ending at the verb are tried.)
    const words = m[1].split(' ');
    const end = m.index! + m[1].length;
    if (words.length === 3 && kb.names.has(normName(m[1]))) continue;
    if (prefixes.has(normName(m[1])) || (words.length === 3 && prefixes.has(normName(words.slice(1).join(' '))))) {
      out.push({ at: end + (text[end] === ' ' ? 1 : 0), rule: 'name-prefix' });
    }
  }
  return out;
}

/** The first words of the names of people the knowledge base knows ("vladimir", "steve"). */
/** Forms of address that stand where a first name would: "Sheikh Tamim", "Sir Keir". */
const HONORIFIC_WORD = /^(?:Sheikh|Sir|Dame|Lord|Lady|Mr|Mrs|Ms|Dr|Prince|Princess|King|Queen|Emir|Imam|Ayatollah|Rabbi|Father|Pope|General|Colonel|Marshal|President|Minister|Premier|Chancellor|Senator|Governor|Ambassador|Mullah|Mufti|Bishop|Patriarch|Cardinal|Archbishop|Gen|Col|Lt|Maj|Capt)$/;

function firstNames(kb: Kb): Set<string> {
  let set = FIRST_NAMES.get(kb);
  if (set) return set;
  set = new Set();
  const surnames = new Set<string>();
  // Words of the knowledge base's titles ("President", "Sheikh", "General"): an alias that opens on one is no first name.
  const titleWords = new Set<string>();
  for (const a of kb.actors.values()) for (const r of a.roles ?? []) for (const t of [r.title, ...(r.titles ?? [])]) for (const w of (t ?? '').split(/\s+/)) titleWords.add(w.toLowerCase());
  for (const a of kb.actors.values()) {
    if (a.kind !== 'person') continue;
    const words = a.name.split(/\s+/);
    if (words.length >= 2 && /^[\p{Lu}][\p{Ll}]{2,}$/u.test(words[0])) set.add(words[0].toLowerCase());
    if (words.length >= 2) surnames.add(normName(words[words.length - 1]));
    // "Sergey Lavrov" beside "Sergei Lavrov": a spelling of the first name in an alias with the same surname.
    const last = words[words.length - 1];
    for (const alias of a.aliases ?? []) {
      const aw = alias.split(/\s+/);
      if (aw.length === 2 && words.length >= 2 && aw[1] === last && /^[\p{Lu}][\p{Ll}]{2,}$/u.test(aw[0]) && !titleWords.has(aw[0].toLowerCase()) && !HONORIFIC_WORD.test(aw[0])) set.add(aw[0].toLowerCase());
    }
  }
  // "Israel Katz" gives no first name "Israel", "Abbas Araghchi" none "Abbas" (Mahmoud Abbas).
  for (const w of [...set]) {
    const key = normName(w);
    if (surnames.has(key) || kb.names.get(key)?.some((id) => kb.actors.get(id)?.kind !== 'person') || kb.places.has(key) || kb.demonyms.has(key) || kb.metonyms.has(key)) set.delete(w);
    // "Abiy said": a person the knowledge base knows by the first name alone is named whole by it.
    else if (kb.names.get(key)?.some((id) => kb.actors.get(id)?.aliases.some((alias) => normName(alias) === key))) set.delete(w);
  }
  FIRST_NAMES.set(kb, set);
  return set;
}

export const gapsStage = (doc: Doc, ctx?: Ctx): Doc => ({ ...doc, gaps: findGaps(doc, ctx?.kb) });
