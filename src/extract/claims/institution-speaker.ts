// A body or office named by what it is, right before its reporting verb: "the air force said",
// "the defence ministry said", "The SES also said", "the army's general staff reported", "the
// regional governor said". Wire copy names a body once in full ("Ukraine's air force", "the
// State Emergency Service (SES)") and then by its head noun or its initials; the short form is
// that body again. A short form that no earlier name in the article fits stays an unnamed
// source (its phrase, as "police said" is), never a guess.
import { mentionHolding, lastMentionBefore, type DocView, type SentenceView, stateActorOf } from '../sentence-view.js';
import { quoteAround, type Source } from './find-source.js';
import { nationalArmy } from '../national-army.js';
import { MILITARY_UNIT_HEADS } from '../../link/org-words.js';

/** Military units: named by their number ("the seventh infantry brigade", "the 444 Brigade"), never their state's voice ("the division", "the corps" said name other bodies too). */
const UNIT_HEADS: ReadonlySet<string> = new Set([...MILITARY_UNIT_HEADS].filter((h) => h !== 'division' && h !== 'corps'));

/** Head nouns of a speaking body or office (the last word of "the defence ministry"); a military unit too: "the brigade said". */
const BODY_HEADS = new Set([
  'ministry', 'army', 'military', 'navy', 'police', 'service', 'agency', 'command', 'office', 'council',
  'commission', 'committee', 'government', 'administration', 'presidency', 'embassy', 'guard', 'cabinet',
  'parliament', 'court', 'department', 'authority', 'directorate', 'inspectorate', 'prosecutor', 'prosecutors',
  'governor', 'mayor', 'force', 'staff', 'headquarters', 'mission', 'secretariat', 'regulator', 'watchdog',
  'hospital', 'morgue', 'municipality', 'forces',
  // ("the city's emergency medicine centre said", "the airport's management said")
  'centre', 'center', 'management',
  // ("The transport union said", "the teachers' federation said")
  'union', 'federation',
  // ("The main opposition coalition has said", "The junta has repeatedly denied", "according to the ombudsman".)
  'coalition', 'junta', 'regime', 'ombudsman', ...UNIT_HEADS,
]);

/** The perfect's auxiliary between a subject and its verb: "The coalition has said". */
const HAVE: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/** Heads of bodies that do not speak for their state: a hospital, a morgue, a town hall, a court. */
const NOT_OF_STATE: ReadonlySet<string> = new Set(['hospital', 'morgue', 'municipality', 'court', 'mission', 'coalition', 'ombudsman', 'centre', 'center', 'management', 'union', 'federation', ...UNIT_HEADS]);
/** Words for the place a story is about, whose possessive places a body there: "the territory's civil defence agency", "the enclave's health ministry". */
const PLACE_OWNERS: ReadonlySet<string> = new Set(['territory', 'enclave', 'strip', 'country', 'city', 'capital', 'region', 'province', 'state', 'town', 'island', 'republic']);

/** Heads that only speak with the word before them: "air force", "general staff". */
const NEEDS_LEAD: Record<string, ReadonlySet<string>> = {
  force: new Set(['air', 'space', 'task', 'defence', 'defense', 'border', 'police']),
  staff: new Set(['general']),
  // ("the armed forces said", "the security forces said": a state's forces as a whole, not "government forces" or "Russian forces" fighting.)
  forces: new Set(['armed', 'security']),
};

/** The words for a state's land forces as a whole, one for the other. */
const ARMY_WORDS: ReadonlySet<string> = new Set(['army', 'military']);

/** Words a body's short form may leave out or spell another way. */
const SPELLING: Record<string, string> = { defense: 'defence', organization: 'organisation' };

const key = (w: string): string => SPELLING[w] ?? w;

/**
 * The body named before the verb at `verbAt`, if the words right before it (past "also",
 * "later" and other adverbs) are "the" + modifiers + a body head, or an acronym of capitals.
 */
export function institutionSubject(view: SentenceView, verbAt: number, dv: DocView): Source | null {
  const ws = view.words;
  let k = ws.findIndex((w) => w.start >= verbAt) - 1;
  if (k < -1) k = ws.length - 1;
  while (k >= 0 && (ws[k].pos === 'ADV' || ws[k].key === 'also' || HAVE.has(ws[k].key))) k--;
  if (k < 0) return null;
  // ("a health ministry statement said", "an army statement said": the body the statement is of.)
  if (STATEMENT_WORDS.has(ws[k].key) && k >= 2 && ws[k - 1].pos !== 'DET' && !mentionHolding(view.mentions, ws[k - 1])) {
    const body = institutionAt(view, k - 1, dv, [], true);
    if (body) return body;
  }
  // "The ministry of defence announced", "the Ministry of Foreign Affairs said": the head before "of".
  const of = ofForm(view, k);
  if (of) {
    const body = institutionAt(view, of.head, dv, of.words);
    if (body) return { ...body, text: dv.doc.text.slice(body.start, ws[k].end), end: ws[k].end };
  }
  return institutionAt(view, k, dv);
}

/** A part or voice of a body, named through the body's possessive: "the military's media wing", "the ELN's central command", "the mission's head". */
const UNIT_OF_BODY: ReadonlySet<string> = new Set(['wing', 'command', 'leadership', 'bureau', 'head', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'commander', 'leader', 'secretariat']);
/** Bodies named by what they are, whose part speaks for them: "the military's", "the group's", "the world body's". */
const OWNER_GROUPS: ReadonlySet<string> = new Set(['group', 'movement', 'militia', 'rebels', 'insurgents', 'militants', 'faction']);
const OWNER_BLOCS: ReadonlySet<string> = new Set(['body', 'bloc', 'alliance', 'organisation', 'organization', 'union']);
const BODY_KINDS: ReadonlySet<string> = new Set(['organisation', 'armed_group', 'coalition']);

/**
 * "The military's media wing said", "the ELN's central command said", "The mission's head said": a
 * part or voice of a body speaks as the body, when the body is named (a group, an organisation) or
 * stands for one named before ("the military", "the mission", "the world body"). A person's or a
 * place's possessive ("Netanyahu's office", "the town's deputy mayor") is left to the other readings.
 */
export function bodyOfUnit(view: SentenceView, verbAt: number, dv: DocView): Source | null {
  const ws = view.words;
  let k = ws.findIndex((w) => w.start >= verbAt) - 1;
  if (k < -1) k = ws.length - 1;
  while (k >= 0 && (ws[k].pos === 'ADV' || ws[k].key === 'also' || HAVE.has(ws[k].key))) k--;
  if (k < 2 || !UNIT_OF_BODY.has(ws[k].key) || mentionHolding(view.mentions, ws[k])) return null;
  // (Up to two lower-case modifiers: "media wing", "central command", "political bureau".)
  let j = k - 1;
  while (j > 0 && k - j <= 2 && /^\p{Ll}+$/u.test(ws[j].text) && (ws[j].pos === 'NOUN' || ws[j].pos === 'ADJ')) j--;
  if (!/^['’]s?$/.test(ws[j]?.text ?? '') || j < 1) return null;
  const o = j - 1;
  const owner = mentionHolding(view.mentions, ws[o]);
  if (owner) {
    return BODY_KINDS.has(dv.kindOf(owner.actor) ?? '') && !dv.isMedia(owner.actor) ? { actor: owner.actor, text: dv.doc.text.slice(owner.start, ws[k].end), start: owner.start, end: ws[k].end, group: false } : null;
  }
  if (ws[o - 1]?.key !== 'the' && ws[o - 2]?.key !== 'the') return null;
  const from = ws[o - 1]?.key === 'the' ? ws[o - 1].start : ws[o - 2].start;
  let actor: string | null = null;
  if (OWNER_GROUPS.has(ws[o].key) || OWNER_BLOCS.has(ws[o].key)) {
    const accept = (a: string) => OWNER_GROUPS.has(ws[o].key) ? dv.kindOf(a) === 'armed_group' : BODY_KINDS.has(dv.kindOf(a) ?? '') && dv.kindOf(a) !== 'armed_group' && !dv.isMedia(a);
    actor = lastMentionBefore(dv.doc.mentions, from, from - 2000, accept)?.actor ?? null;
  } else if (BODY_HEADS.has(ws[o].key)) {
    const body = institutionAt(view, o, dv);
    // (A body no earlier name fits speaks as that body unnamed: "the military", not its "media".)
    if (body && !body.actor) return body;
    actor = body?.actor ?? null;
  }
  return actor ? { actor, text: dv.doc.text.slice(from, ws[k].end), start: from, end: ws[k].end, group: false } : null;
}

/** Local offices named by the place they serve: "the mayor of Kessa", "the governor of Tillaberi region". */
const PLACE_OFFICES: ReadonlySet<string> = new Set(['mayor', 'governor', 'prefect', 'administrator', 'commissioner', 'sheriff', 'chief', 'head']);
/** What may follow a place's name in an office's "of" phrase: "the governor of Tillaberi region". */
const PLACE_KINDS: ReadonlySet<string> = new Set(['region', 'province', 'district', 'state', 'county', 'town', 'city', 'village', 'zone', 'prefecture', 'department', 'municipality']);
/** Modifiers of a local office: "the deputy mayor", "the regional governor". */
const OFFICE_MODIFIERS: ReadonlySet<string> = new Set(['deputy', 'acting', 'regional', 'provincial', 'local', 'district', 'former', 'interim', 'police', 'military', 'town', 'city']);

/**
 * "The mayor of Kessa said", "..., announced the governor of Tillaberi region": a local office named
 * by a place no actor of the story is. The office speaks, an unnamed source named by its phrase
 * (or the person named in apposition after it, "the mayor of Kessa, Idris Malam"). The words run
 * from word `from` (the office's determiner or first word); null unless the phrase is whole.
 */
export function placeOffice(view: SentenceView, from: number, dv: DocView): { source: Source; end: number } | null {
  const ws = view.words;
  // (No word at all after the verb: "... ” said" ends the text.)
  if (from < 0) return null;
  let k = from;
  if (/^(?:the|a|an)$/.test(ws[k]?.key ?? '')) k++;
  const first = k;
  while (k < ws.length && k - first < 2 && OFFICE_MODIFIERS.has(ws[k].key) && !PLACE_OFFICES.has(ws[k].key)) k++;
  if (!PLACE_OFFICES.has(ws[k]?.key ?? '') || ws[k + 1]?.key !== 'of' || mentionHolding(view.mentions, ws[k])) return null;
  let j = k + 2;
  if (ws[j]?.key === 'the') j++;
  const nameAt = j;
  while (j < ws.length && j - nameAt < 3 && /^\p{Lu}[\p{L}'’-]*$/u.test(ws[j].text)) j++;
  if (j === nameAt) return null;
  // (A body or a person named after "of" is the one that speaks, read elsewhere: "the head of MINUSCA".)
  const named = view.mentions.filter((m) => m.start < ws[j - 1].end && m.end > ws[nameAt].start);
  if (named.some((m) => dv.kindOf(m.actor) !== 'state')) return null;
  if (PLACE_KINDS.has(ws[j]?.key ?? '')) j++;
  const end = ws[j - 1].end;
  // "the mayor of Kessa, Idris Malam,": the person named in apposition.
  if (ws[j]?.text === ',') {
    const person = view.mentions.find((m) => m.start === ws[j + 1]?.start && dv.kindOf(m.actor) === 'person');
    if (person) return { source: { actor: person.actor, text: person.text, start: person.start, end: person.end, group: false }, end: person.end };
  }
  return { source: { actor: null, text: dv.doc.text.slice(ws[first].start, end), start: ws[first].start, end, group: true }, end };
}

/** "The mayor of Kessa said": the local office whose phrase ends right before the verb at `verbAt`. */
export function placeOfficeBefore(view: SentenceView, verbAt: number, dv: DocView): Source | null {
  const ws = view.words;
  let k = ws.findIndex((w) => w.start >= verbAt) - 1;
  if (k < -1) k = ws.length - 1;
  while (k >= 0 && (ws[k].pos === 'ADV' || ws[k].key === 'also' || HAVE.has(ws[k].key))) k--;
  // (Back to the office's first word: at most three modifiers, the office, "of", "the", three names and a place kind.)
  for (let from = k - 2; from >= Math.max(0, k - 9); from--) {
    if (ws[from].text === ',' || ws[from].text === ';') break;
    const found = placeOffice(view, from, dv);
    if (found && found.end === ws[k].end && (from === 0 || /^(?:the|a|an)$/.test(ws[from].key) || /^[,;:(]$/.test(ws[from - 1].text))) return found.source;
  }
  return null;
}

/** A statement named by the body it is of: "a health ministry statement", "an army communique". */
const STATEMENT_WORDS: ReadonlySet<string> = new Set(['statement', 'communique', 'communiqué', 'readout']);

/** Heads named with "of" after them: "the ministry of defence", "the office of the president". */
const OF_HEADS: ReadonlySet<string> = new Set(['ministry', 'department', 'office', 'council', 'commission', 'committee', 'directorate']);

/** "ministry of defence" ending at word `k`: the head's index and the words after "of". */
function ofForm(view: SentenceView, k: number): { head: number; words: string[] } | null {
  const ws = view.words;
  const words: string[] = [];
  let j = k;
  while (j > 0 && k - j < 3 && ws[j].key !== 'of' && ['NOUN', 'ADJ', 'PROPN'].includes(ws[j].pos) && !mentionHolding(view.mentions, ws[j])) { words.push(key(ws[j].key)); j--; }
  if (!words.length || ws[j].key !== 'of' || j < 1 || !OF_HEADS.has(ws[j - 1].key)) return null;
  // ("foreign affairs" is the foreign ministry: its short forms name "foreign".)
  return { head: j - 1, words: words.filter((w) => w !== 'affairs') };
}

/**
 * The body named right after a cue that names its source after it: "according to the
 * territory's health ministry", "criticised by the foreign ministry".
 */
export function institutionAfter(view: SentenceView, cueEnd: number, dv: DocView): Source | null {
  const ws = view.words;
  const from = ws.findIndex((w) => w.start >= cueEnd);
  if (from < 0) return null;
  let k = from;
  while (k + 1 < ws.length && k - from < 6 && (['DET', 'ADJ', 'NOUN', 'PROPN'].includes(ws[k + 1].pos) || /^['’]s?$/.test(ws[k + 1].text))) k++;
  return institutionAt(view, k, dv);
}

/** The body whose head noun is word `k` (see institutionSubject). */
function institutionAt(view: SentenceView, k: number, dv: DocView, extra: readonly string[] = [], indefinite = false): Source | null {
  const ws = view.words;
  const head = ws[k];
  if (mentionHolding(view.mentions, head)) return null;
  if (isAcronym(head.text)) {
    const before = ws[k - 1];
    if (before && before.key !== 'the' && !/^[,;:“"(]$/.test(before.text)) return null;
    const actor = acronymActor(dv, head.text, head.start);
    if (actor) return { actor, text: head.text, start: head.start, end: head.end, group: false };
    // "Four Kenya Defence Forces (KDF) soldiers ... the KDF confirmed": a body the article spells out, that the linker does not know.
    const spelt = spelledOut(dv, head.text, head.start);
    return spelt ? { actor: null, text: head.text, name: spelt, start: head.start, end: head.end, group: false, unlinked: true, body: true } : null;
  }
  if (!BODY_HEADS.has(head.key)) return null;
  const lead = NEEDS_LEAD[head.key];
  if (lead && !lead.has(ws[k - 1]?.key ?? '')) return null;
  // The modifiers: adjectives and nouns back to "the" ("the regional governor"), with one
  // possessive of another body ("the army's general staff").
  let first = k;
  const words: string[] = [key(head.key), ...extra];
  let country: string | null = null;
  let ownerAt = -1;
  // (The word after the possessive of a place word: "civil" in "the territory's civil defence agency".)
  let placedFrom = -1;
  while (first > 0) {
    const w = ws[first - 1];
    if (w.key === 'the' || (indefinite && (w.key === 'a' || w.key === 'an'))) break;
    if (/^['’]s?$/.test(w.text) && first - 2 >= 0) {
      // "Ukraine's general staff": a state's possessive is the determiner and names the country.
      const owner = mentionHolding(view.mentions, ws[first - 2]);
      if (owner && dv.kindOf(owner.actor) === 'state') { country = dv.countryOf(owner.actor) ?? null; ownerAt = owner.start; break; }
      if (ws[first - 2].pos !== 'NOUN' && ws[first - 2].pos !== 'PROPN') return null;
      if (PLACE_OWNERS.has(ws[first - 2].key)) placedFrom = first;
      first -= 2;
      // ("the army's general staff" names the army; "the territory's health ministry" only places it.)
      if (ws[first].pos === 'PROPN' || BODY_HEADS.has(ws[first].key)) words.push(key(ws[first].key));
      continue;
    }
    const unitNumber = UNIT_HEADS.has(head.key) && (w.pos === 'NUM' || /^\d+(?:st|nd|rd|th)?$/.test(w.text));
    if ((!['ADJ', 'NOUN', 'PROPN'].includes(w.pos) && !unitNumber) || first < k - 4) return null;
    const named = mentionHolding(view.mentions, w);
    if (named) {
      // "the Russian defence ministry": a state's demonym narrows it; another name makes it a modifier of that name.
      if (dv.kindOf(named.actor) !== 'state') return null;
      country = dv.countryOf(named.actor) ?? null;
    } else {
      const state = dv.stateOfDemonym(w.text);
      if (state) country = state; else words.push(key(w.key));
    }
    first--;
  }
  if (ownerAt < 0 && (first === 0 || !(ws[first - 1].key === 'the' || (indefinite && /^an?$/.test(ws[first - 1].key))))) return null;
  const start = ownerAt >= 0 ? ownerAt : ws[first].start;
  const text = dv.doc.text.slice(start, head.end);
  const actor = earlierBody(dv, words, country, start, view.start);
  if (actor) return { actor, text, start, end: head.end, group: false };
  // ("the territory's civil defence agency" in a story of Gaza: the body the knowledge base knows as "Gaza civil defence agency".)
  if (placedFrom >= 0) {
    const known = placedBody(dv, dv.doc.text.slice(ws[placedFrom].start, head.end), start);
    if (known) return { actor: null, text, name: known.name, start, end: head.end, group: false, unlinked: true, body: true };
  }
  // "according to Lebanon's health ministry", "the Somali defence ministry said": an office of a
  // state the knowledge base does not hold speaks for that state (as a known one does).
  // ("the territory's civil defence agency" is no office of a state named elsewhere in the story.)
  const placed = placedFrom >= 2 && !/^(?:country|state|republic)$/.test(ws[placedFrom - 2].key);
  const state = NOT_OF_STATE.has(head.key) || placed ? null : stateActorOf(dv, country ?? (words.some((w) => SOVEREIGN.has(w)) ? dv.homeCountry?.() ?? null : null));
  if (state) return { actor: state, text, start, end: head.end, group: false };
  return { actor: null, text, start, end: head.end, group: true };
}

/** Offices only a state has: a health ministry or a commission may be a territory's or a movement's ("the health ministry in Gaza"). */
const SOVEREIGN: ReadonlySet<string> = new Set(['defence', 'foreign', 'interior', 'army', 'military', 'navy', 'presidency', 'cabinet', 'armed', 'junta', 'regime']);

function isAcronym(text: string): boolean {
  if (text.length < 2 || text.length > 6) return false;
  for (const ch of text) if (ch < 'A' || ch > 'Z') return false;
  return true;
}

/**
 * The latest body named before `before` whose name or a mention of it holds every word of the
 * short form ("air force" in "Ukraine's air force", "defence ministry" in "Russian Defence
 * Ministry"), of the given country when one was said.
 */
function earlierBody(dv: DocView, words: readonly string[], country: string | null, before: number, sentenceStart = before): string | null {
  let best: string | null = null;
  let bestAt = -1;
  // ("“The report of the Azerbaijani defence ministry is false,” the ministry said": a body named inside the quote the
  // short form closes is what the speaker talks about, not the speaker.)
  const quoted = (m: { start: number }) => m.start >= sentenceStart && quoteAround(dv, m.start) !== null;
  for (const a of dv.doc.actors) {
    if (a.kind !== 'organisation' && a.kind !== 'armed_group') continue;
    if (country && (a.country ?? null) !== country) continue;
    if (dv.isMedia(a.id)) continue;
    let last = -1;
    for (const m of a.mentions) if (m.end <= before && m.start > last && !quoted(m)) last = m.start;
    if (last < 0 || last <= bestAt) continue;
    // (And the names the knowledge base knows it by: "the mission" is MINUSCA, "the U.N. mission in the Central African Republic".)
    const texts = [a.name, ...a.mentions.filter((m) => m.end <= before).map((m) => m.text), ...(dv.aliasesOf?.(a.id) ?? [])];
    // "Israel's military said ... The army said": a state's army, named as a state's army or by its
    // army's own name, is "the army" and "the military" both; an armed group whose name holds
    // "Army" ("the National Liberation Army", "the Arakan Army") is not "the army".
    if (words.length === 1 && ARMY_WORDS.has(words[0])) {
      if (!nationalArmy(a.id, dv) && !texts.some((t) => /\b(?:army|military)\b/.test(t))) continue;
    } else if (!texts.map(wordSet).some((f) => words.every((w) => f.has(w)))) continue;
    best = a.id;
    bestAt = last;
  }
  return best;
}

function wordSet(name: string): Set<string> {
  const out = new Set<string>();
  for (const w of name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z]+/)) if (w) out.add(key(w));
  return out;
}

/**
 * The body an acronym stands for: the name right before "(SES)" earlier in the text, or a body
 * of the article whose capitalised words begin with those initials ("State Emergency Service
 * of Ukraine" for SES).
 */
function acronymActor(dv: DocView, acronym: string, before: number): string | null {
  const text = dv.doc.text;
  const defined = text.lastIndexOf(`(${acronym})`, before);
  if (defined >= 0) {
    for (const a of dv.doc.actors) {
      if (a.mentions.some((m) => m.end <= defined && /^\s*$/.test(text.slice(m.end, defined)))) return a.id;
    }
  }
  const fits = dv.doc.actors.filter((a) => (a.kind === 'organisation' || a.kind === 'armed_group')
    && a.mentions.some((m) => m.end <= before) && initialsOf(a.name).startsWith(acronym));
  return fits.length === 1 ? fits[0].id : null;
}

/** The capitalised words right before the acronym's first "(ACR)" whose initials spell it: "Kenya Defence Forces (KDF)". */
function spelledOut(dv: DocView, acronym: string, before: number): string | null {
  const text = dv.doc.text;
  const at = text.indexOf(`(${acronym})`);
  if (at < 0 || at >= before) return null;
  const words = text.slice(Math.max(0, at - 120), at).trimEnd().split(/\s+/);
  const name: string[] = [];
  for (let i = words.length - 1; i >= 0 && name.length < acronym.length + 2; i--) {
    if (!/^\p{Lu}/u.test(words[i]) && !/^(?:of|for|and|the|de|du)$/.test(words[i])) break;
    name.unshift(words[i]);
    if (initialsOf(name.join(' ')) === acronym) return name.join(' ');
  }
  return null;
}

function initialsOf(name: string): string {
  let out = '';
  for (const w of name.split(/\s+/)) if (/^\p{Lu}/u.test(w)) out += w[0];
  return out;
}

/**
 * The body the knowledge base knows by a place's name and `rest` ("Gaza" + "civil defence agency"), for
 * the places and states the article names before `before` (the latest first): what "the territory's",
 * "the enclave's" or "the country's" stands for in the story.
 */
function placedBody(dv: DocView, rest: string, before: number): { id: string; name: string } | null {
  if (!dv.kbBodyNamed) return null;
  const names: string[] = [];
  for (const l of dv.doc.locations) {
    const told = l.mentions.filter((m) => m.end <= before);
    if (!told.length) continue;
    // (The name as the article writes it too: "Gaza" for the Gaza Strip.)
    for (const n of [l.name, ...told.map((m) => m.text).filter((t) => t !== t.toUpperCase())]) if (!names.includes(n)) names.push(n);
  }
  for (let i = dv.doc.mentions.length - 1; i >= 0; i--) {
    const m = dv.doc.mentions[i];
    if (m.end > before || dv.kindOf(m.actor) !== 'state') continue;
    const n = dv.nameOf(m.actor);
    if (n && !names.includes(n)) names.push(n);
  }
  let found: { id: string; name: string } | null = null;
  for (const n of names) {
    const hit = dv.kbBodyNamed(`${n} ${rest}`) ?? dv.kbBodyNamed(`${n}'s ${rest}`) ?? dv.kbBodyNamed(`${n}’s ${rest}`);
    // (Two places giving two bodies tell nothing.)
    if (hit && found && hit.id !== found.id) return null;
    found = hit ?? found;
  }
  return found;
}
