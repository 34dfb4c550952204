// A stance whose own subject is a party the sentence describes but does not name: "the two sides had agreed
// to withdraw", "the parties would meet again", "Greek Cypriot and Turkish Cypriot leaders agreed", "the
// Armenian side is still unwilling to accept", "the Americans are proposing", "the main opposition coalition
// has said it will boycott". When no rule resolves that phrase to named parties, the speaker who reports it (a
// mediator, an envoy, the other side) or the sentence's first name does not hold it either.
import type { Word } from '../../link/words.js';
import type { DocView, SentenceView } from '../sentence-view.js';
import type { StanceHit } from './cues.js';

/** Head nouns of a phrase naming parties (or one of them) by what they are. */
const PARTY_HEADS = new Set([
  'sides', 'side', 'parties', 'delegations', 'negotiators', 'mediators', 'envoys', 'leaders', 'rebels', 'insurgents', 'militants',
  'separatists', 'fighters', 'jihadists', 'belligerents', 'factions', 'countries', 'nations', 'neighbours', 'neighbors',
  'adversaries', 'rivals',
]);
/**
 * Bodies that may be the speaker's own ("Machado said the opposition is willing to ..."): only as the one who says
 * "it" or "they" ("The main opposition coalition has said it will boycott ...").
 */
const SAYING_HEADS = new Set(['opposition', 'coalition']);

/** Words that may stand between a subject and its stance cue: auxiliaries, adverbs, particles. */
const BETWEEN = new Set(['ADV', 'AUX', 'PART']);
const SKIPPED = new Set(['also', 'still', 'since', 'already', 'both', 'all', 'each', 'jointly', 'now', 'then']);

/** Words of a noun phrase before its head: determiners, numbers, adjectives, nouns, names, "and" between modifiers, hyphens. */
const IN_PHRASE = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);

/** What may open the subject's clause right before the phrase. */
const OPENS_CLAUSE = /^(?:that|as|while|when|after|before|because|since|but|and|so|though|although|whereas|said|says|say|told|added|adds|announced|stated|noted|explained|insisted|stressed|confirmed|warned|[,;:(“"‘—–-])$/i;

/** Verbs of saying after which "it"/"they" is the saying subject's. */
const SAYING = /^(?:said|says|say|stated|states|announced|announces|declared|declares|added|adds|insisted|insists|warned|warns|stressed|reiterated|confirmed|indicated|signalled|signaled)$/i;

/** The word index of the cue's subject: the last word before it that is no auxiliary, adverb or particle. */
function subjectWord(words: Word[], at: number): number {
  let k = words.findIndex((w) => w.start >= at) - 1;
  if (k < -1) k = words.length - 1;
  while (k >= 0 && (BETWEEN.has(words[k].pos) || SKIPPED.has(words[k].key))) k--;
  return k;
}

/** A plural demonym after "the": "the Americans", "the Ukrainians", "the Israelis". */
function pluralDemonym(words: Word[], k: number): boolean {
  const w = words[k];
  return /^\p{Lu}\p{Ll}+(?:ans|is)$/u.test(w.text) && words[k - 1]?.key === 'the';
}

/**
 * If word k heads a party phrase that opens a clause (the word before its modifiers, up to six words back, opens a
 * clause: not a preposition, "talks with the parties"), the actors named inside it ("the Armenian side": Armenia),
 * else null.
 */
function partyPhrase(s: SentenceView, k: number, saying = false): string[] | null {
  const words = s.words;
  const head = words[k];
  if (!head || s.mentions.some((m) => m.start <= head.start && head.end <= m.end)) return null;
  if (!PARTY_HEADS.has(head.key) && !(saying && SAYING_HEADS.has(head.key)) && !pluralDemonym(words, k)) return null;
  const named: string[] = [];
  let j = k - 1;
  while (j >= 0 && k - j <= 6 && (IN_PHRASE.has(words[j].pos) || words[j].key === 'and' || words[j].text === '-')) {
    const m = s.mentions.find((x) => x.start <= words[j].start && words[j].end <= x.end);
    if (m) named.push(m.actor);
    j--;
  }
  // ("Kinshasa's negotiators": a possessive names the party.)
  if (j >= 0 && /^['’]s?$/.test(words[j].text)) return null;
  if (j >= 0 && !OPENS_CLAUSE.test(words[j].text)) return null;
  // ("Christodoulides said the Greek Cypriot side remained committed to ...": one side the article does not name may be the speaker's own.)
  return head.key === 'side' && !named.length ? null : named;
}

/**
 * The stance's subject is a party phrase that names no one ("the two sides had agreed to ..."), or "it"/"they" right
 * after a verb of saying whose subject is one ("The main opposition coalition has said it will boycott ...").
 */
export function unnamedOtherSubject(s: SentenceView, stance: StanceHit, holder: string, dv: DocView): boolean {
  const words = s.words;
  const k = subjectWord(words, stance.start);
  if (k < 0) return false;
  // (A name inside the phrase is its party: "the Armenian side" is Armenia's, not the speaker's.)
  const other = (named: string[] | null) => !!named && !named.some((a) => a === holder || dv.speaksFor(a) === holder || dv.countryOf(a) === dv.countryOf(holder) && dv.countryOf(a) !== null);
  if (other(partyPhrase(s, k))) return true;
  if (other(openingPartyPhrase(s, stance.start))) return true;
  if (words[k].key !== 'it' && words[k].key !== 'they') return false;
  let v = k - 1;
  if (words[v]?.key === 'that') v--;
  if (!words[v] || !SAYING.test(words[v].key)) return false;
  const said = subjectWord(words, words[v].start);
  // ("Both countries said they had agreed ...": a pair phrase is each of the pair, which another rule may name.)
  return other(partyPhrase(s, said, true)) && !PAIR_WORDS.has(words[said - 1]?.key ?? '');
}

const PAIR_WORDS = new Set(['both', 'two']);

/**
 * "He said the two sides would also share in writing their conditions for ...": the clause the cue stands in (after the
 * last "that", verb of saying or comma before it) opens on a party phrase that names no one, then its verb, and
 * no name stands between.
 */
function openingPartyPhrase(s: SentenceView, at: number): string[] | null {
  const words = s.words;
  const end = words.findIndex((w) => w.start >= at);
  const last = end < 0 ? words.length : end;
  let open = -1;
  for (let j = last - 1; j >= 0; j--) if (OPENS_CLAUSE.test(words[j].text)) { open = j; break; }
  // The phrase: from the opener to its head, the last word before the clause's first verb or auxiliary.
  let h = open + 1;
  while (h < last && (IN_PHRASE.has(words[h].pos) || words[h].key === 'and') && words[h].pos !== 'VERB' && words[h].pos !== 'AUX') h++;
  const head = h - 1;
  if (head <= open || h >= last || (words[h].pos !== 'VERB' && words[h].pos !== 'AUX')) return null;
  // (No name between the phrase and the cue: "the two sides agreed with Kyiv's plan to ..." may be read otherwise.)
  if (s.mentions.some((m) => m.start >= words[h].start && m.end <= at)) return null;
  return partyPhrase(s, head);
}
