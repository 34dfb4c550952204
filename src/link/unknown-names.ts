// Names the knowledge base does not know, found from how the text introduces them:
// a title before a capitalised name ("Governor Ivan Petrov of the Kursk region",
// "Deputy Foreign Minister Sergei Ryabkov"), a reporting verb after it ("Maria Petrova said"),
// or an organisation's head noun ("the Russian Foreign Ministry").
import type { Doc } from '../doc/model.js';
import { type Kb, slug, normName } from '../kb/index.js';
import { type Word, adjacent } from './words.js';
import type { Candidate } from './candidate.js';
import { isKnownPlace } from './places.js';
import { ORG_HEADS, GENERIC_ORG_WORDS, MILITARY_UNIT_HEADS, FACILITY_HEADS, SPEAKING_FACILITIES, MEDIA_HEADS, PORTFOLIO_WORDS } from './org-words.js';
import { organisationOf } from './organisation-of.js';

export const PERSON_TITLES = new Set([
  'president', 'minister', 'secretary', 'governor', 'mayor', 'general', 'gen.', 'gen', 'admiral', 'colonel', 'col.',
  'lieutenant', 'lt.', 'commander', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'senator',
  'sen.', 'rep.', 'representative', 'chancellor', 'premier', 'king', 'queen', 'prince', 'emir', 'sheikh', 'sir',
  'dame', 'lord', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'professor', 'prof.', 'deputy', 'chief',
  'head', 'leader', 'adviser', 'advisor', 'aide', 'negotiator', 'chairman', 'chairwoman', 'director', 'commissioner',
  'mp', 'judge', 'prosecutor', 'pope', 'patriarch', 'ayatollah', 'marshal', 'major', 'captain', 'sergeant', 'officer',
  'correspondent', 'analyst', 'journalist', 'lawmaker', 'speaker', 'ombudsman', 'coordinator', 'official',
  'brigadier', 'commodore', 'vice', 'rear', 'gov', 'gov.', 'brig', 'brig.', 'lt', 'lt.', 'maj', 'maj.', 'capt', 'capt.', 'sgt', 'sgt.', 'adm', 'adm.', 'rev', 'rev.', 'cmdr', 'gen', 'col',
]);
/** Occupations written in lower case before a name: "historian Ilan Pappe", "medic Amal Haddad". */
const OCCUPATIONS = new Set([
  'historian', 'author', 'writer', 'novelist', 'poet', 'economist', 'researcher', 'scholar', 'expert', 'activist',
  'campaigner', 'lawyer', 'attorney', 'commentator', 'columnist', 'reporter', 'photographer', 'photojournalist',
  'filmmaker', 'editor', 'cleric', 'imam', 'rabbi', 'priest', 'bishop', 'businessman', 'businesswoman', 'tycoon',
  'billionaire', 'investor', 'entrepreneur', 'executive', 'medic', 'paramedic', 'doctor', 'surgeon', 'nurse',
  'politician', 'legislator', 'parliamentarian', 'militant', 'fighter', 'rapper', 'singer', 'artist', 'diplomat',
  'strategist', 'pollster', 'academic', 'sociologist', 'scientist', 'physician', 'blogger', 'influencer', 'mediator',
  'journalist', 'analyst', 'correspondent', 'negotiator', 'commander', 'spokesman', 'spokeswoman', 'envoy',
]);
const REPORTING = new Set(['said', 'says', 'told', 'added', 'stated', 'warned', 'wrote', 'noted', 'announced', 'explained', 'argued', 'insisted', 'stressed', 'emphasised', 'emphasized', 'claimed', 'reported', 'tweeted', 'posted', 'confirmed', 'urged', 'asked', 'replied', 'responded']);

const ROLE_NOUNS = 'medic|doctor|nurse|paramedic|surgeon|historian|author|writer|journalist|economist|scholar|businessman|businesswoman|billionaire|investor|student|teacher|farmer|worker|volunteer|survivor|witness|mother|father|widow|representative|coordinator|executive|fellow|cleric|imam|priest|rabbi|fighter|militant|veteran|politician|candidate|owner|engineer|pilot|refugee|spokesman|spokeswoman|spokesperson|minister|president|envoy|adviser|advisor|official|commander|chief|leader|director|head|secretary|ambassador|analyst|expert|researcher|professor|negotiator|mayor|governor|general|member|deputy|chairman|chairwoman|founder|editor|correspondent|lawmaker|senator|diplomat|officer|soldier|resident|activist|lawyer|judge|prosecutor|aide';
const APPOSITIVE = new RegExp(`^,\\s+((?:the|a|an|[A-Z][\\p{L}.]+['’]s|[A-Z]{2,})\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}(?:${ROLE_NOUNS})\\b(?:\\s+(?:of|for|at|to|in|with|from)\\s+(?:the\\s+)?[\\p{L}'’ -]{2,90}?)?)(?=[,.;]|\\s+(?:said|says|told|who|and)\\b)`, 'u');



/** Words that are capitalised but never part of a person's name. */
const NOT_NAME = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'i', 'the', 'a', 'an', 'but', 'and', 'in', 'on', 'at', 'of', 'for', 'he', 'she', 'it', 'they', 'we', 'this', 'that', 'his', 'her', 'their']);

/** Emphasis marks of scraped Markdown ("_**Ada Lovelace,**_"): not words between a title and a name. */
const EMPHASIS = /^[_*]+$/;

/** The word before `i` (or after `j`), over emphasis marks and with only spaces or marks between. */
function neighbour(doc: Doc, words: Word[], k: number, step: -1 | 1): Word | undefined {
  const from = words[k];
  let n = k + step;
  while (words[n] && EMPHASIS.test(words[n].text)) n += step;
  const w = words[n];
  if (!w) return undefined;
  const gap = step < 0 ? doc.text.slice(w.end, from.start) : doc.text.slice(from.end, w.start);
  return /^[ \t_*]*$/.test(gap) ? w : undefined;
}

/** An acronym: three to seven capitals (digits after the first). */
const ACRONYM = /^\p{Lu}[\p{Lu}\d]{2,6}$/u;
/** Words for a body that introduce its acronym: "the agency UKMTO", "the monitoring group ACLED". */
const ACRONYM_BODIES = new Set(['agency', 'group', 'monitor', 'watchdog', 'organisation', 'organization', 'network', 'body', 'ngo', 'charity', 'centre', 'center', 'office', 'observatory', 'authority', 'initiative', 'project', 'institute', 'coalition']);

const UNIT_NUMBER = /^\d{1,4}(?:st|nd|rd|th)?$/;

/** Words that open a sentence in capitals but name no one ("Even Ana Ruiz, ..."): not part of a name. */
const LEADING_POS = new Set(['ADV', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'PART', 'INTJ', 'NUM', 'AUX', 'VERB']);

/** Lower-case particles inside names: "Khaled al-Mansouri", "Omar bin Laden", "Iyad ag Ghaly", "Ursula von der Leyen". */
const PARTICLES = new Set(['al', 'el', 'ad', 'ash', 'as', 'at', 'az', 'bin', 'ibn', 'bint', 'ben', 'ould', 'ag', 'de', 'da', 'di', 'del', 'della', 'der', 'van', 'von', 'dos', 'das', 'du', 'le', 'la']);

/** After name word `j`, the last word of a particle and the name word it introduces, or `j`. */
function particle(doc: Doc, words: Word[], j: number, taken: (i: number) => boolean): number {
  const p = words[j + 1];
  if (!p || p.cap || !PARTICLES.has(p.key) || taken(j + 1) || !adjacent(doc, words[j], p)) return j;
  // "al-Mansouri": particle, hyphen and name with nothing between.
  if (words[j + 2]?.text === '-' && p.end === words[j + 2].start && isNameWord(words[j + 3]) && !taken(j + 3) && words[j + 2].end === words[j + 3].start) return j + 3;
  // "bin Laden", "von der Leyen": particles then a name, spaces between.
  let k = j + 1;
  while (words[k + 1] && !words[k + 1].cap && PARTICLES.has(words[k + 1].key) && adjacent(doc, words[k], words[k + 1]) && k - j < 2) k++;
  if (isNameWord(words[k + 1]) && !taken(k + 1) && adjacent(doc, words[k], words[k + 1]) && !/^(?:al|el|ad|ash|as|at|az)$/.test(words[k].key)) return k + 1;
  return j;
}

function isNameWord(w: Word | undefined): boolean {
  return !!w && w.cap && /^\p{Lu}[\p{L}'’-]*\.?$/u.test(w.text) && !NOT_NAME.has(w.key) && w.pos !== 'VERB' && w.pos !== 'AUX';
}

export function findUnknownNames(doc: Doc, words: Word[], kb: Kb, taken: (i: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    if (taken(i) || !isNameWord(words[i])) continue;
    let j = i;
    for (;;) {
      if (j + 1 < words.length && !taken(j + 1) && isNameWord(words[j + 1]) && adjacent(doc, words[j], words[j + 1])) j++;
      // "Graham-Harrison", "Abu-Bakr": a hyphen with no space joins two name words.
      else if (words[j + 1]?.text === '-' && !taken(j + 2) && isNameWord(words[j + 2]) && words[j].end === words[j + 1].start && words[j + 1].end === words[j + 2].start) j += 2;
      else { const p = particle(doc, words, j, taken); if (p > j) j = p; else break; }
    }
    // "Even Ana Ruiz": a capitalised adverb opening the sentence is not the name's first word.
    while (i < j - 1 && LEADING_POS.has(words[i].pos) && !PERSON_TITLES.has(words[i].key)) i++;
    // "the 47th Mechanized Brigade", "the 444 Brigade": a military unit's number is part of its name.
    if (MILITARY_UNIT_HEADS.has(words[j].key) && i > 0 && !taken(i - 1) && UNIT_NUMBER.test(words[i - 1].text) && adjacent(doc, words[i - 1], words[i])) i--;
    // "Bank of England", "Centre for Strategic Studies": an organisation named by its head noun and what it is of or for.
    const ofOrg = organisationOf(doc, words, kb, i, j, taken);
    if (ofOrg) { out.push(ofOrg.cand); i = ofOrg.last; continue; }
    // "Governor Ivan Petrenko", "Deputy Foreign Minister Sergei Ryabkov": the title is not the name.
    let t = -1;
    for (let k = i; k <= j - 2; k++) if (PERSON_TITLES.has(words[k].key) || (k === i && OCCUPATIONS.has(words[k].key))) t = k;
    if (t >= 0) i = t + 1;
    // "Minister of Foreign Affairs Ali al-Sadiq": the portfolio after the title's "of" is not the name.
    const portfolio = t < 0 ? portfolioTitle(words, i, j) : null;
    if (portfolio) i = portfolio.name;
    const span: Word[] = [];
    for (let k = i; k <= j && k < words.length; k++) { const w = words[k]; if (w.text !== '-' && !(PARTICLES.has(w.key) && !w.cap)) span.push(w); }
    const prev = neighbour(doc, words, i, -1);
    const next = neighbour(doc, words, j, 1);
    const titled = (t >= 0) || !!portfolio || (prev && (PERSON_TITLES.has(prev.key) || (!prev.cap && OCCUPATIONS.has(prev.key))));
    const reported = (next && REPORTING.has(next.key)) || (prev && REPORTING.has(prev.key))
      // "Dina Haddad, who fled the city": a relative clause about someone.
      || /^,\s+who\b/.test(doc.text.slice(words[j].end, words[j].end + 8))
      // "A resident, Tesfaye Alemu, said": a name set off by commas before the reporting verb.
      || (/^,\s+(?:said|says|told|tells|added)\b/.test(doc.text.slice(words[j].end, words[j].end + 12)) && /,\s*$/.test(doc.text.slice(Math.max(0, words[i].start - 3), words[i].start)));
    // "Olena Kovalchuk, a spokeswoman for the ministry," / "Ivan Petrov, Russia's envoy": an appositive role.
    const appositive = APPOSITIVE.exec(doc.text.slice(words[j].end, words[j].end + 160));
    if (span.length === 0) { i = j; continue; }
    // "the maritime security agency UKMTO said", "the rights group HRANA": an acronym a word for
    // a body introduces is that body's name.
    if (span.length === 1 && ACRONYM.test(span[0].text) && prev && !prev.cap && ACRONYM_BODIES.has(prev.key)) {
      const name = span[0].text;
      out.push({ ...cand(doc, words, i, j), ids: [], via: 'new-organisation', newActor: { id: slug(name), name, kind: 'organisation', country: null, role: null } });
      i = j;
      continue;
    }
    // Keyed as the knowledge base keys names: "El Fasher" is "el-fasher".
    const key = normName(doc.text.slice(span[0].start, span[span.length - 1].end));
    if (isKnownPlace(kb, key) || isKnownPlace(kb, span.map((w) => w.key).join(' '))) { i = j; continue; }
    const head = span[span.length - 1].key;
    // "The official told Erem News", "according to the Sudan Tribune": a name ending in an outlet's word is an outlet.
    if (span.length >= 2 && MEDIA_HEADS.has(head) && !portfolio && !(t >= 0) && span.every((w) => w.cap)) {
      const nameWords = span[0].key === 'the' ? span.slice(1) : span;
      const name = doc.text.slice(nameWords[0].start, words[j].end);
      out.push({ ...cand(doc, words, i, j), ids: [], via: 'new-organisation', newActor: { id: slug(name), name, kind: 'organisation', country: null, role: null } });
      i = j;
      continue;
    }
    // "Chief of the Defence Staff" is a title, "Ministry of Defence" an organisation.
    // ("Yigal Aran of the Labour Party": after a name, not a title, "of the" opens the body the person belongs to.)
    const afterName = i >= 4 && words[i - 3].cap && words[i - 3].pos === 'PROPN' && !PERSON_TITLES.has(words[i - 3].key) && !ORG_HEADS.has(words[i - 3].key) && words[i - 4].cap && words[i - 4].pos === 'PROPN';
    const inTitle = i >= 2 && words[i - 1].key === 'the' && words[i - 2].key === 'of' && !afterName;
    // "the Foreign Ministry" alone names no one: an organisation needs a proper name or a demonym.
    let named = false;
    for (const w of span) if (!ORG_HEADS.has(w.key) && !GENERIC_ORG_WORDS.has(w.key) && w.key !== 'the') { named = true; break; }
    // "Al-Aqsa Martyrs Hospital said": a hospital speaks through its staff, an organisation.
    const speakingFacility = SPEAKING_FACILITIES.has(head) && span.length >= 2 && reported && !inTitle && named;
    if ((ORG_HEADS.has(head) || speakingFacility) && span.length >= 2 && !inTitle && named) {
      const country = span.map((w) => kb.demonyms.get(w.key)).find(Boolean) ?? null;
      const nameWords = span[0].key === 'the' ? span.slice(1) : span;
      const name = doc.text.slice(nameWords[0].start, words[j].end);
      out.push({ ...cand(doc, words, i, j), ids: [], via: 'new-organisation', newActor: { id: slug(name), name, kind: 'organisation', country, role: null } });
    } else if (span.length >= 2 && span.length <= 4 && (titled || reported || appositive) && !FACILITY_HEADS.has(head) && !placeNamed(words, i) && !PLACE_FIRST_WORDS.has(span[0].key) && span.every((w) => (w.pos === 'PROPN' || w.pos === 'NOUN' || w.pos === 'ADJ' || w.pos === 'X')
      // "Ukrainian Minister", "Foreign Minister": titles and demonyms are no one's name.
      && !PERSON_TITLES.has(w.key) && !kb.demonyms.has(w.key) && !GENERIC_ORG_WORDS.has(w.key))) {
      const name = doc.text.slice(words[i].start, words[j].end);
      const role = portfolio ? doc.text.slice(words[portfolio.title].start, words[i - 1].end) : titled ? titleBefore(doc, words, i) : appositive ? appositive[1].trim() : null;
      out.push({ ...cand(doc, words, i, j), ids: [], via: 'new-person', newActor: { id: slug(name), name, kind: 'person', country: null, role } });
    }
    i = j;
  }
  return out;
}

/** Arabic words that open a place's name, never a person's: "Um Dahalib", "Umm Sumaymah" (mother of). */
const PLACE_FIRST_WORDS = new Set(['um', 'umm']);

/** Nouns of a kind of place before "of" and a name: "the suburb of Soug el-Joumaa", "the village of Puerto Jordan". */
const PLACE_OF_NOUNS = new Set(['village', 'town', 'city', 'suburb', 'neighbourhood', 'neighborhood', 'district', 'settlement', 'hamlet', 'locality', 'municipality', 'commune', 'quarter', 'outskirts']);
/** "a social council in the suburb of Soug el-Joumaa announced": the name after "<place noun> of" is a place, no one who speaks. */
function placeNamed(words: Word[], i: number): boolean {
  return i >= 2 && words[i - 1].key === 'of' && PLACE_OF_NOUNS.has(words[i - 2].key) && !words[i - 2].cap;
}

/**
 * "Minister of Foreign Affairs Ali al-Sadiq", "Secretary of State for Defence John Healey": a run of
 * capitalised words right after a title's "of"/"for" that opens with portfolio words; the index of
 * the title word and of the first name word, or null. Two name words at least must be left.
 */
function portfolioTitle(words: Word[], i: number, j: number): { title: number; name: number } | null {
  let k = i - 1;
  if (words[k]?.key === 'the' && !words[k].cap) k--;
  if (!words[k] || words[k].cap || (words[k].key !== 'of' && words[k].key !== 'for')) return null;
  // The title, and any portfolio words and "of"/"for" before it ("Minister of State for ...").
  let title = k - 1;
  while (title >= 1 && PORTFOLIO_WORDS.has(words[title].key) && words[title].cap) title--;
  if (title >= 1 && !PERSON_TITLES.has(words[title].key) && (words[title].key === 'of' || words[title].key === 'for') && !words[title].cap) {
    let m = title - 1;
    while (m >= 1 && PORTFOLIO_WORDS.has(words[m].key) && words[m].cap) m--;
    title = m;
  }
  if (title < 0 || !PERSON_TITLES.has(words[title].key)) return null;
  let n = i;
  while (n < j && PORTFOLIO_WORDS.has(words[n].key)) n++;
  if (n === i || j - n < 1) return null;
  return { title, name: n };
}

function cand(doc: Doc, words: Word[], i: number, j: number): Candidate {
  return { start: words[i].start, end: words[j].end, text: doc.text.slice(words[i].start, words[j].end), ids: [], via: '', first: i, last: j };
}

/** "Deputy Foreign Minister" before "Sergei Ryabkov": the capitalised words of the title. */
function titleBefore(doc: Doc, words: Word[], i: number): string {
  let k = i - 1;
  while (k - 1 >= 0 && words[k - 1].cap && adjacent(doc, words[k - 1], words[k]) && (PERSON_TITLES.has(words[k - 1].key) || words[k - 1].pos !== 'VERB')) k--;
  return doc.text.slice(words[k].start, words[i - 1].end);
}
