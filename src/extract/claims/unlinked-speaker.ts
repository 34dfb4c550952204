// A speaker the linker did not know: a capitalised name right before the reporting verb
// ("Okafor says the ceasefire is holding", "who Okafor argues"). The article's fuller form of
// the name ("Ngozi Okafor") names the speaker; a person, since a name that speaks in a
// sentence of its own is a person far more often than a body (bodies are in the knowledge base).
import type { Actor } from '../../doc/model.js';
import { slug, normName, type Kb } from '../../kb/index.js';
import { mentionHolding, type DocView, type SentenceView } from '../sentence-view.js';
import type { Word } from '../../link/words.js';
import type { Source } from './find-source.js';
import { matchesOf } from '../../doc/matches.js';

/** Capitalised words that open sentences or name times and places, never a speaker. */
const NOT_A_NAME = /^(?:The|A|An|It|He|She|They|We|I|You|This|That|These|Those|There|Here|But|And|Or|So|Yet|Also|Now|Then|Today|Later|Earlier|On|In|At|By|For|From|After|Before|During|Since|Until|With|Without|Over|Under|As|While|When|If|Last|Next|Late|Early|Others|Some|Many|Several|Most|Both|All|Few|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Officials?|Sources?|Analysts?|Experts?|Critics?)$/;

/** Head nouns of bodies, not people: "the Arab-Israeli Project says". */
const BODY_HEAD = /^(?:Project|Group|Institute|Center|Centre|Council|Committee|Ministry|Office|Agency|Forces|Army|Party|Movement|Front|Court|Union|Bank|Fund|Foundation|Association|Network|Service|Command|Authority|Department|Commission|Organisation|Organization|Coalition|Alliance|Watch|Times|Post|News|Media|Press|Journal|Television|Radio|Government|Administration|Parliament|Assembly|Company|University|College|School|Hospital|Police|Guard)$/;

export function unlinkedSpeaker(s: SentenceView, cueAt: number, dv: DocView, kb: Kb): Source | null {
  const ws = s.words;
  let k = ws.findIndex((w) => w.start >= cueAt) - 1;
  if (k < -1) k = ws.length - 1;
  while (k >= 0 && (ws[k].key === 'also' || ws[k].pos === 'ADV')) k--;
  // ("Moshe Gafni of United Torah Judaism told": over the party or body after "of" to the name.)
  for (let j = k - 1; j >= 2 && k - j <= 5; j--) {
    if (!ws[j + 1].cap && ws[j + 1].key !== 'the') break;
    if (ws[j].key === 'of') { if (ws[j - 1].cap && !s.mentions.some((m) => m.start <= ws[j - 1].start && ws[j - 1].end <= m.end)) k = j - 1; break; }
  }
  const end = k;
  while (k >= 0 && ws[k].cap && /^[\p{Lu}][\p{Ll}’'-]+$/u.test(ws[k].text) && !NOT_A_NAME.test(ws[k].text) && !s.mentions.some((m) => m.start <= ws[k].start && ws[k].end <= m.end)) k--;
  if (k === end || end - k > 3) return null;
  const first = ws[k + 1];
  const last = ws[end];
  // "Nabil Abdallah Osman said": a known person's name told longer than the knowledge base has it
  // is that person, not a new speaker named after the word left over.
  const known = k >= 0 ? s.mentions.find((m) => m.start <= ws[k].start && ws[k].end <= m.end) : undefined;
  if (known && end - k === 1 && dv.kindOf(known.actor) === 'person' && /^[ \t]$/.test(dv.doc.text.slice(ws[k].end, first.start)) && ws[k].end === known.end) {
    return { actor: known.actor, text: dv.doc.text.slice(known.start, last.end), start: known.start, end: last.end, group: false };
  }
  // The word before the name may not make it a modifier or an object: "the Kremlin's", "told Axios".
  const prev = ws[k];
  // ("Al Jazeera's Hiba Morgan": an outlet's correspondent, named after the outlet's possessive.)
  const outlets = prev && /^['’]s$/.test(prev.text) ? s.mentions.find((m) => m.end === prev.start && dv.isMedia(m.actor)) : undefined;
  if (prev && !outlets && (/^['’]s?$/.test(prev.text) || prev.pos === 'ADP' || prev.pos === 'VERB' || prev.pos === 'DET' || prev.pos === 'ADJ')) return null;
  if (/[-‐]$/.test(dv.doc.text.slice(Math.max(0, first.start - 1), first.start)) || BODY_HEAD.test(last.text)) return null;
  if (ws.slice(k + 1, end + 1).some((w) => kb.demonyms.has(w.key))) return null;
  const text = dv.doc.text.slice(first.start, last.end);
  if (kb.places.has(normName(text)) || kb.demonyms.has(normName(text)) || kb.names.has(normName(text)) || kb.metonyms.has(normName(text))) return null;
  return { actor: null, text, start: first.start, end: last.end, group: false, unlinked: true };
}

/** The fullest form of a name in the article: "Okafor" -> "Ngozi Okafor". */
export function fullName(dv: DocView, name: string): string {
  // (One search of the whole text a name and document: a speaker quoted again asks again.)
  let found = fullNames.get(dv.doc);
  if (!found) fullNames.set(dv.doc, found = new Map());
  let full = found.get(name);
  if (full === undefined) found.set(name, full = fullNameIn(dv.doc.text, name));
  return full;
}

const fullNames = new WeakMap<object, Map<string, string>>();

/** The expression of fullNameIn for a name, made once a name (names recur across documents); emptied when full. */
const fullNameRes = new Map<string, RegExp>();

function fullNameIn(text: string, name: string): string {
  let re = fullNameRes.get(name);
  if (!re) {
    const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    re = new RegExp(String.raw`(?=[\p{Lu}])(?<![\p{L}])((?:[\p{Lu}][\p{Ll}’'-]+[ \t]+){1,2})${esc}(?![\p{L}])`, 'u');
    if (fullNameRes.size >= 2000) fullNameRes.clear();
    fullNameRes.set(name, re);
  }
  const m = firstLineMatch(text, name, re);
  // ("Al Jazeera's Hiba Morgan": an owner's possessive is no part of the name.)
  const lead = m ? m[1].split(/['’]s\s+/).pop()! : '';
  if (m && lead && !NOT_A_NAME.test(lead.trim().split(/\s+/)[0])) return `${lead}${name}`.replace(/\s+/g, ' ');
  return name;
}

/**
 * re.exec(text) for fullNameIn's expression, read only on the lines where the name follows a
 * blank: a match is the words before the name on its line and the name (no part of it crosses a
 * line break), and a line break, like either end of the text, is no letter for the look-arounds.
 * So the first line that matches holds the leftmost match of the whole text. (Only m[1] is read.)
 */
function firstLineMatch(text: string, name: string, re: RegExp): RegExpExecArray | null {
  if (!name || name.includes('\n')) return re.exec(text);
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (before !== 32 && before !== 9) continue;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = text.length;
    const m = re.exec(text.slice(lineStart, lineEnd));
    if (m) return m;
    at = lineEnd;
  }
  return null;
}

/** The person actor for an unlinked speaker, made once per name. */
export function speakerActor(dv: DocView, source: Source, people: Map<string, Actor>): string {
  // "Ms Hlaing" is Hlaing: an honorific is no part of the name.
  // (A body is named as written, without "the": "The Emergency Lawyers" is emergency-lawyers.)
  const name = source.body ? (source.name ?? source.text).replace(/^the\s+/i, '') : fullName(dv, source.text).replace(/^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Archbishop|Bishop|Cardinal|Reverend|Rev|Pastor|Imam|Sheikh)\.?\s+/, '');
  const id = slug(name);
  const known = people.get(id);
  if (known) known.mentions.push({ start: source.start, end: source.end, text: source.text });
  else people.set(id, { id, name, kind: source.body ? 'organisation' : 'person', country: source.body ? null : roleCountry(dv, source.end), role: null, mentions: [{ start: source.start, end: source.end, text: source.text }] });
  return id;
}

/** ", spokesperson for the White House National Security Council": a role in a body (or state) named right after the name. */
const ROLE_IN = /^,\s+(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:spokes(?:man|woman|person)|official|adviser|advisor|representative|envoy|commander|director|head|chief|member)\s+(?:for|of|at|in|with)\s+(?:the\s+)?/u;
function roleCountry(dv: DocView, end: number): string | null {
  const m = ROLE_IN.exec(dv.doc.text.slice(end, end + 80));
  if (!m) return null;
  const at = end + m[0].length;
  const body = dv.doc.mentions.find((x) => x.start === at);
  return body && dv.kindOf(body.actor) !== 'person' && dv.kindOf(body.actor) !== 'group' ? dv.countryOf(body.actor) : null;
}

const APPOSITIVE_ROLE = /\b(?:spokes(?:man|woman|person)|minister|official|administrator|elder|witness|villager|trader|adviser|advisor|commander|nurse|doctor|analyst|expert|director|head|chief|member|resident|mother|father|leader|researcher|professor|envoy|ambassador|president|secretary|negotiator|lawyer|activist|journalist|worker|medic|soldier|fighter|farmer|student|teacher|founder|chair(?:man|woman)?|senator|lawmaker|mayor|governor|general|colonel|officer|aide|representative|coordinator|manager|economist|historian|author|writer|correspondent|survivor|volunteer|fellow|mediator|diplomat|engineer|pilot|surgeon|father of|mother of)s?\b/i;

/** "X, a Washington-based think tank, said": bodies described by an appositive (only when the linker knows X). */
const APPOSITIVE_BODY = /\b(?:think tank|group|organi[sz]ation|agency|monitor|institute|body|network|outlet|newspaper|broadcaster|firm|company|charity|watchdog|coalition|alliance|movement|militia|party|ministry|office)s?\b/i;

/**
 * "Amina Yusuf, a nurse at the main hospital, said", "Ali Hassan, director of the ambulance
 * service, said": the name before a descriptive appositive is the speaker, not the appositive's noun.
 */
export function appositiveSpeaker(s: SentenceView, cueAt: number, dv: DocView, kb: Kb): Source | null {
  const text = dv.doc.text.slice(s.start, cueAt);
  const named = nameAfterRole(s, text, dv, kb) ?? nameBeforeBareRole(s, cueAt, dv, kb);
  if (named) return named;
  const m = /(?:^|[^\p{L}’'-])((?:[\p{Lu}][\p{L}’'.-]+[ \t]+){0,3}[\p{Lu}][\p{L}’'-]+),\s+((?:a|an|the|who|whose|one of|[\p{Lu}][\p{L}’'-]+['’]s)\s[^,;:“”"]{2,120}),?\s*(?:also\s+|earlier\s+|later\s+)?$/u.exec(text);
  const body = !!m && APPOSITIVE_BODY.test(m[2]);
  if (!m || !(APPOSITIVE_ROLE.test(m[2]) || body || /^who(?:se)?\s/.test(m[2]))) return null;
  const start = s.start + m.index + m[0].indexOf(m[1]);
  const end = start + m[1].length;
  // The name must open its clause: nothing but an opener, a comma or "and" before it.
  const lead = text.slice(0, m.index + m[0].indexOf(m[1])).trim();
  if (lead && !/(?:[,;:“”"]|\b(?:and|but|while|as|when|after|meanwhile|however))$/i.test(lead)) return null;
  let mention = s.mentions.find((x) => x.start <= start && end <= x.end) ?? s.mentions.find((x) => x.start >= start && x.end <= end);
  // ("The Sudan Witness Collective, a group that ...": a state's name inside a longer name of a body is no speaker.)
  if (mention && body && !APPOSITIVE_ROLE.test(m[2]) && dv.kindOf(mention.actor) === 'state' && (mention.start > start || mention.end < end)) mention = undefined;
  if (mention) {
    const kind = dv.kindOf(mention.actor);
    if (kind !== 'person' && kind !== 'organisation' && kind !== 'armed_group') return null;
    return { actor: mention.actor, text: mention.text, start: mention.start, end: mention.end, group: false };
  }
  const name = m[1].replace(/^The\s+/, '');
  // "The Emergency Lawyers, a group that documents abuses, said": a body the linker does not know.
  if (body && !APPOSITIVE_ROLE.test(m[2])) {
    if (name === m[1] && !/^The\s/.test(m[1]) && name.split(/\s+/).length < 2) return null;
    if (NOT_A_NAME.test(name.split(/\s+/)[0]) || kb.places.has(normName(name)) || kb.demonyms.has(normName(name))) return null;
    return { actor: null, text: name, start: end - name.length, end, group: false, unlinked: true, body: true };
  }
  if (NOT_A_NAME.test(name.split(/\s+/)[0]) || kb.places.has(normName(name)) || kb.names.has(normName(name)) || kb.demonyms.has(normName(name))) return null;
  return { actor: null, text: name, start, end, group: false, unlinked: true };
}

/** "“...,” a local administrator, Jean-Baptiste Mwamba, told AFP": the role first, then the name that speaks. */
const ROLE_THEN_NAME = /(?:^|[,”"]\s*)(?:a|an|the)\s([^,;:“”"]{2,80}),\s+((?:[\p{Lu}][\p{L}’'.-]+[ \t]+){0,3}[\p{Lu}][\p{L}’'-]+),\s*$/u;
function nameAfterRole(s: SentenceView, text: string, dv: DocView, kb: Kb): Source | null {
  const m = ROLE_THEN_NAME.exec(text);
  if (!m || !APPOSITIVE_ROLE.test(m[1])) return null;
  const start = s.start + m.index + m[0].lastIndexOf(m[2]);
  const end = start + m[2].length;
  // ("..., Brigadier General Yahya Saree,": the rank before the name the linker knows.)
  const mention = s.mentions.find((x) => x.start <= start && end <= x.end) ?? s.mentions.find((x) => x.start >= start && x.end === end);
  if (mention) return dv.kindOf(mention.actor) === 'person' ? { actor: mention.actor, text: mention.text, start: mention.start, end: mention.end, group: false } : null;
  if (NOT_A_NAME.test(m[2].split(/\s+/)[0]) || kb.places.has(normName(m[2])) || kb.names.has(normName(m[2])) || kb.demonyms.has(normName(m[2]))) return null;
  return { actor: null, text: m[2], start, end, group: false, unlinked: true };
}

/** A role with no article: "director of the ambulance service", "head of the local council". */
const BARE_ROLE = /^(?:(?:deputy|acting|senior)\s+)?(?:director|head|chief|spokes(?:man|woman|person)|commander|mayor|governor|secretary|minister|president|leader|member|coordinator|manager|founder|chair(?:man|woman)?)$/;

/** "Abdi Warsame, director of the ambulance service, said": read on the words, not by one expression over the sentence. */
function nameBeforeBareRole(s: SentenceView, cueAt: number, dv: DocView, kb: Kb): Source | null {
  const ws: Word[] = [];
  for (const w of s.words) if (w.end <= cueAt) ws.push(w);
  const close = ws.length - 1;
  if (close < 3 || ws[close].text !== ',') return null;
  let open = close - 1;
  while (open >= 0 && ws[open].text !== ',' && close - open <= 16) open--;
  if (open < 1 || ws[open].text !== ',') return null;
  let r = open + 1;
  if (/^(?:deputy|acting|senior)$/.test(ws[r].key)) r++;
  if (!BARE_ROLE.test(ws[r]?.key ?? '') || !/^(?:of|for|at|general)$/.test(ws[r + 1]?.key ?? '')) return null;
  let first = open;
  while (first > 0 && open - first < 4 && ws[first - 1].cap && /^[\p{Lu}][\p{L}’'.-]+$/u.test(ws[first - 1].text)) first--;
  if (first === open) return null;
  // The name opens its clause: nothing before it but the sentence start, a quote or a comma.
  if (first > 0 && !/^[,;:“”"]$/.test(ws[first - 1].text)) return null;
  const start = ws[first].start;
  const end = ws[open - 1].end;
  const name = dv.doc.text.slice(start, end);
  // ("..., Brigadier General Yahya Saree,": the rank before the name the linker knows.)
  const mention = s.mentions.find((x) => x.start <= start && end <= x.end) ?? s.mentions.find((x) => x.start >= start && x.end === end);
  if (mention) return dv.kindOf(mention.actor) === 'person' ? { actor: mention.actor, text: mention.text, start: mention.start, end: mention.end, group: false } : null;
  if (NOT_A_NAME.test(ws[first].text) || kb.places.has(normName(name)) || kb.names.has(normName(name)) || kb.demonyms.has(normName(name))) return null;
  return { actor: null, text: name, start, end, group: false, unlinked: true };
}

/**
 * "According to Lionel Mirval, a police spokesman, ...": a name of two or three capitalised words
 * right after the cue, closed by a comma or the clause's end, that the linker did not know. A
 * person, as for unlinkedSpeaker (bodies, places and known names are left out).
 */
export function unlinkedAfter(s: SentenceView, cueEnd: number, dv: DocView, kb: Kb): Source | null {
  const m = NAME_AFTER.exec(dv.doc.text.slice(cueEnd, Math.min(s.end, cueEnd + 70)));
  if (!m) return null;
  const start = cueEnd + m[0].indexOf(m[1]);
  const end = start + m[1].length;
  const parts = m[1].split(/[\s-]+/);
  if (parts.some((p) => NOT_A_NAME.test(p) || kb.demonyms.has(p.toLowerCase())) || BODY_HEAD.test(parts[parts.length - 1])) return null;
  if (s.mentions.some((x) => x.start < end && start < x.end)) return null;
  const text = m[1];
  if (kb.places.has(normName(text)) || kb.demonyms.has(normName(text)) || kb.names.has(normName(text)) || kb.metonyms.has(normName(text))) return null;
  return { actor: null, text, start, end, group: false, unlinked: true };
}

/** Two or three capitalised words (each may be hyphenated: "Jean-Baptiste"), closed by a comma, a semicolon or a full stop. */
const NAME_AFTER = /^\s+((?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s){1,2}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s?[,;.]/u;

/** A name of two or three capitalised words, each a word of its own ("Oksana Melnychuk"). */
const CAPITALISED_NAME = /\b\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}\b/gu;

/**
 * "A drone hit Oksana Melnychuk’s house ... . “...,” she said": a pronoun before its reporting verb
 * that stands for no person the linker knows stands for the last name of a person it does not
 * know, told in the sentences before (none of its words a place, a people, a known name or a body's head).
 */
export function pronounName(s: SentenceView, cueAt: number, dv: DocView, kb: Kb): Source | null {
  const ws = s.words;
  let k = ws.findIndex((w) => w.start >= cueAt) - 1;
  if (k < -1) k = ws.length - 1;
  while (k >= 0 && (ws[k].key === 'also' || ws[k].pos === 'ADV')) k--;
  if (k < 0 || (ws[k].key !== 'he' && ws[k].key !== 'she')) return null;
  const from = Math.max(0, ws[k].start - 1200);
  // (A person the linker knows named since would have been the pronoun's.)
  if (dv.doc.mentions.some((m) => m.start >= from && m.end <= ws[k].start && dv.kindOf(m.actor) === 'person')) return null;
  const text = dv.doc.text.slice(from, ws[k].start);
  let best: { start: number; end: number; text: string } | null = null;
  for (const m of matchesOf(text, CAPITALISED_NAME)) {
    const start = from + m.index!;
    const end = start + m[0].length;
    const words = m[0].split(/[ -]/);
    if (words.some((w) => NOT_A_NAME.test(w) || kb.demonyms.has(w.toLowerCase())) || BODY_HEAD.test(words[words.length - 1])) continue;
    if (kb.places.has(normName(m[0])) || kb.names.has(normName(m[0])) || kb.metonyms.has(normName(m[0]))) continue;
    if (dv.doc.mentions.some((x) => x.start < end && start < x.end)) continue;
    // (A name that opens its sentence may be any capitalised phrase; one told inside it is a name.)
    const lead = dv.doc.text.slice(Math.max(0, start - 4), start).trimEnd();
    if (lead === '' || /[.!?"”’]$/.test(lead) || /\n/.test(dv.doc.text.slice(Math.max(0, start - 4), start))) continue;
    best = { start, end, text: m[0] };
  }
  return best ? { actor: null, text: best.text, start: best.start, end: best.end, group: false, unlinked: true } : null;
}


/** Lower-case heads of a party or body told after "of": "of the Yesh Atid party", "of the ruling bloc". */
const BODY_TAIL = /^(?:party|movement|bloc|faction|alliance|coalition|front|group|union|caucus|council|committee|list)$/;
/** Capitalised words before "of" that are titles or offices, not a name: "Minister of Defence", "Head of Mission". */
const TITLE_BEFORE_OF = /^(?:Minister|Ministry|Secretary|Head|Chief|President|Director|Chairman|Chair|Chairwoman|Governor|Mayor|Member|Members|Leader|Speaker|Commander|Department|Office|Council|Committee|Bank|University|State|Republic|Kingdom|Union|Court|Board|League|Army|Forces|People|Friends|Party|Church)$/;

/**
 * "Dana Levi of the Noam Hadash party said", "Omer Dahan of Hamas told": a person named before "of"
 * and a party or body speaks, not the body (which the subject search would take, as the mention
 * nearest the verb). The name is a known person or one the linker does not know (two or three
 * capitalised words); what follows "of" is a named body, not a person or a place.
 */
export function personOfBody(s: SentenceView, cueAt: number, dv: DocView, kb: Kb): Source | null {
  const ws = s.words;
  let k = ws.findIndex((w) => w.start >= cueAt) - 1;
  if (k < -1) k = ws.length - 1;
  while (k >= 0 && (ws[k].key === 'also' || ws[k].pos === 'ADV')) k--;
  if (k < 3) return null;
  let of = -1;
  for (let j = k; j >= 2 && k - j <= 5; j--) {
    if (ws[j].key === 'of') { of = j; break; }
    if (!(ws[j].cap || ws[j].key === 'the' || (j === k && BODY_TAIL.test(ws[j].key)))) return null;
  }
  if (of < 0 || of === k) return null;
  // The words after "of": a body by its mention (no person, no place) or by a lower-case head.
  const tail = s.mentions.filter((m) => m.start >= ws[of + 1].start && m.end <= ws[k].end);
  if (tail.some((m) => dv.kindOf(m.actor) === 'person' || dv.kindOf(m.actor) === 'state')) return null;
  const bodyNamed = tail.some((m) => /^(?:organisation|armed_group|coalition)$/.test(dv.kindOf(m.actor) ?? ''));
  if (!bodyNamed && !BODY_TAIL.test(ws[k].key)) return null;
  const nameEnd = of - 1;
  const known = mentionHolding(s.mentions, ws[nameEnd]);
  if (known) {
    if (dv.kindOf(known.actor) !== 'person' || known.end !== ws[nameEnd].end) return null;
    return { actor: known.actor, text: known.text, start: known.start, end: known.end, group: false };
  }
  let i = nameEnd;
  while (i >= 0 && nameEnd - i < 3 && /^[\p{Lu}][\p{Ll}’'-]+$/u.test(ws[i].text) && !NOT_A_NAME.test(ws[i].text) && !TITLE_BEFORE_OF.test(ws[i].text) && !BODY_HEAD.test(ws[i].text) && !mentionHolding(s.mentions, ws[i])) i--;
  const run = nameEnd - i;
  if (run < 2) return null;
  // (The name opens its clause: "Ms", a title of lower case or a comma may stand before it, not a possessive or a preposition.)
  const prev = ws[i];
  if (prev && (/^['’]s?$/.test(prev.text) || prev.pos === 'ADP' || prev.pos === 'DET')) return null;
  const first = ws[i + 1];
  const last = ws[nameEnd];
  if (ws.slice(i + 1, nameEnd + 1).some((w) => kb.demonyms.has(w.key))) return null;
  const text = dv.doc.text.slice(first.start, last.end);
  if (kb.places.has(normName(text)) || kb.names.has(normName(text)) || kb.metonyms.has(normName(text))) return null;
  return { actor: null, text, start: first.start, end: last.end, group: false, unlinked: true };
}

/** Modifiers of an unnamed member: "a senior member of". */
const MEMBER_MODIFIERS: ReadonlySet<string> = new Set(['senior', 'junior', 'leading', 'prominent', 'top', 'former', 'veteran', 'founding']);

/**
 * "A member of the presidential council said", "A member of Hamas's political bureau told AFP": an
 * unnamed member speaks (a reported source), not the body the member belongs to, which the subject
 * search would take as the nearest name or body head before the verb. Read word by word.
 */
export function memberOfBody(s: SentenceView, cueAt: number, dv: DocView): Source | null {
  const ws = s.words;
  let end = ws.findIndex((w) => w.start >= cueAt) - 1;
  if (end < -1) end = ws.length - 1;
  let of = -1;
  for (let j = end - 1; j >= 1 && end - j <= 10; j--) {
    if (/^[,;:“”"()]$/.test(ws[j].text) || ws[j].pos === 'VERB' || ws[j].pos === 'AUX') return null;
    if (ws[j].key === 'of' && (ws[j - 1].key === 'member' || ws[j - 1].key === 'members')) { of = j; break; }
  }
  if (of < 0 || of === end) return null;
  let first = of - 1;
  if (MEMBER_MODIFIERS.has(ws[first - 1]?.key ?? '')) first--;
  if (!/^(?:a|an|one|another)$/.test(ws[first - 1]?.key ?? '')) return null;
  first--;
  if (first > 0 && !/^[,(]$/.test(ws[first - 1].text) && !/^(?:and|but)$/.test(ws[first - 1].key)) return null;
  const start = ws[first].start;
  const stop = ws[end].end;
  const body = s.mentions.find((x) => x.start >= start && x.end <= stop && /^(?:organisation|armed_group|coalition|state)$/.test(dv.kindOf(x.actor) ?? '') && !dv.isMedia(x.actor));
  return { actor: null, text: dv.doc.text.slice(start, stop), start, end: stop, group: true, ...(body ? { of: body.actor } : {}) };
}
