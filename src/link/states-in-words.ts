// States named without their name: demonyms before a noun that acts ("Ukrainian troops",
// "Russian officials") and seats of power or capitals that act or speak ("the Kremlin said",
// "Moscow swiftly underscored", "Kyiv's allies").
import type { Doc } from '../doc/model.js';
import type { Kb } from '../kb/index.js';
import { type Word, adjacent, keyOf } from './words.js';
import type { Candidate } from './candidate.js';

/** Nouns after a demonym that make it stand for the state: "Russian forces", "Iranian officials". */
const ACTING_NOUNS = new Set([
  'troops', 'forces', 'force', 'army', 'military', 'officials', 'official', 'government', 'authorities', 'side',
  'delegation', 'delegations', 'delegates', 'negotiators', 'diplomats', 'navy', 'soldiers', 'units', 'drones', 'missiles',
  'strikes', 'attack', 'attacks', 'offensive', 'leadership', 'regime', 'administration', 'sources', 'intelligence',
  'ministry', 'ministries', 'defence', 'defense', 'parliament', 'lawmakers', 'state', 'embassy', 'envoy', 'leaders',
  'president', 'premier', 'counterpart', 'counterparts', 'aggression', 'invasion', 'occupation', 'occupiers',
  'mediators', 'mediation', 'envoys', 'peacekeepers', 'junta', 'strike', 'raid', 'raids', 'bombing', 'bombings', 'blockade', 'statement', 'team',
  'shelling', 'bombardment', 'airstrikes', 'tanks', 'jets', 'warplanes', 'aircraft', 'artillery', 'warships', 'ships', 'vessels', 'police', 'cabinet', 'demands', 'proposal', 'proposals', 'position', 'stance', 'claims',
  // A stance the state holds: "a Lebanese demand for ...", "Chinese pressure for a truce", "an Egyptian offer to ...".
  'demand', 'offer', 'offers', 'pressure', 'request', 'requests', 'insistence', 'refusal', 'rejection', 'ultimatum', 'objections',
  // People and bodies that speak or act for their state: "the Ukrainian leader", "Russian representatives".
  'leader', 'officers', 'spokesman', 'spokesperson', 'spokespeople', 'representative', 'representatives', 'negotiator', 'negotiating',
  'diplomat', 'commander', 'commanders', 'generals', 'presidency', 'legislators', 'mediator', 'emissary', 'emissaries',
]);

/** Nouns of a compound between a demonym and its acting noun: "an Israeli drone strike", "Russian air attacks", "Thai border troops". */
const COMPOUND_MODIFIERS = new Set(['drone', 'missile', 'rocket', 'air', 'artillery', 'naval', 'tank', 'ground', 'military', 'army', 'border', 'security', 'peace', 'defence', 'defense', 'foreign', 'intelligence', 'special', 'armed', 'ballistic', 'cruise', 'navy', 'marine', 'coast']);

/** Seats that stand for their state whatever follows ("the Kremlin"), unlike capitals. */
const SEAT = /kremlin|white house|downing street|no 10|number 10|elysee|élysée|bankova|whitehall|quai d'orsay|holy see|vatican|zhongnanhai|blue house/i;

export function findStatesInWords(doc: Doc, words: Word[], kb: Kb): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w.cap) continue;
    const iso = kb.demonyms.get(w.key);
    const next = words[i + 1];
    // "Latin American leaders" is no American: a demonym inside a longer capitalised name.
    const prev = words[i - 1];
    const compound = prev && prev.cap && prev.pos === 'PROPN' && adjacent(doc, prev, w);
    // "Qatari and Egyptian mediators": both demonyms stand for their states.
    const paired = next?.key === 'and' && words[i + 2]?.cap && kb.demonyms.has(words[i + 2].key) && words[i + 3] && ACTING_NOUNS.has(words[i + 3].key);
    const third = words[i + 2];
    const viaCompound = !!next && !!third && adjacent(doc, w, next) && adjacent(doc, next, third) && COMPOUND_MODIFIERS.has(next.key) && ACTING_NOUNS.has(third.key);
    if (iso && !compound && next && (paired || viaCompound || (adjacent(doc, w, next) && (ACTING_NOUNS.has(next.key) || next.key === 'drone' || next.key === 'missile')))) {
      out.push({ start: w.start, end: w.end, text: w.text, ids: [kb.stateOf.get(iso)!], via: 'demonym', first: i, last: i });
      continue;
    }
    // "The Americans are proposing ...", "the Iranians have long insisted": a plural demonym after "the", as the
    // subject of a verb, is its state's side (not people of that nation: "the Russians killed in ..." has no verb next).
    const plural = iso && /^[a-z]+s$/.test(w.key) && kb.demonyms.get(w.key.slice(0, -1)) === iso ? iso : undefined;
    if (plural && prev?.key === 'the' && kb.stateOf.get(plural) && actsNext(words, i + 1) && !peopleNext(words, i + 1)) {
      out.push({ start: w.start, end: w.end, text: w.text, ids: [kb.stateOf.get(plural)!], via: 'demonym', first: i, last: i });
      continue;
    }
    // Metonyms of one or two words ("Kyiv", "White House", "Downing Street").
    for (const n of [3, 2, 1]) {
      if (i + n > words.length) continue;
      const key = keyOf(words, i, i + n);
      const metonymIso = kb.metonyms.get(key);
      if (!metonymIso) continue;
      const phrase = words.slice(i, i + n);
      const after = words[i + n];
      // "urged Moscow to accept ...": the capital is the party asked to act.
      const asked = words[i - 1]?.pos === 'VERB' && after?.key === 'to' && words[i + n + 1]?.pos === 'VERB';
      const acts = SEAT.test(key) || asked || (after !== undefined && actsNext(words, i + n) && (!PLACE_BEFORE.has(words[i - 1]?.key ?? '') || /^['’]s?$/.test(after.text))) || betweenStates(words, i)
        || agentOfParticiple(words, i) || ownerOfStanceNoun(words, i) || judgedFor(words, i) || seatOfBody(words, i) || seatAsAdjective(words, i, n) || objectOfAct(words, i) || (!LOCATIVE_BEFORE.has(words[i - 1]?.key ?? '') && listActs(words, i + n, kb));
      if (acts) {
        const last = phrase[n - 1];
        out.push({ start: w.start, end: last.end, text: doc.text.slice(w.start, last.end), ids: [kb.stateOf.get(metonymIso)!], via: 'metonym', first: i, last: i + n - 1 });
        i += n - 1;
      }
      break;
    }
  }
  return out;
}

/** "the Russians killed in ...", "the Israelis held in Gaza were freed": what befalls people of a nation, not their state's act. */
const PEOPLE_PARTICIPLES = new Set(['killed', 'wounded', 'injured', 'living', 'held', 'detained', 'captured', 'arrested', 'trapped', 'evacuated', 'displaced', 'stranded', 'kidnapped', 'abducted', 'freed', 'released', 'aboard', 'abroad', 'who', 'residing', 'born']);
function peopleNext(words: Word[], j: number): boolean {
  const a = words[j]?.key ?? '';
  if (PEOPLE_PARTICIPLES.has(a)) return true;
  return /^(?:were|are|was|is|have|had|been|being)$/.test(a) && (PEOPLE_PARTICIPLES.has(words[j + 1]?.key ?? '') || (/^(?:been|being)$/.test(words[j + 1]?.key ?? '') && PEOPLE_PARTICIPLES.has(words[j + 2]?.key ?? '')));
}

const DAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|overnight)$/;

/** After "Kyiv" at `j`: the index of the first word past "on Monday", "late on Friday", "last week" or "earlier this month", else `j`. */
function timeAfter(words: Word[], j: number): number {
  let k = j;
  if (/^(?:late|early|earlier|later)$/.test(words[k]?.key ?? '') && (words[k + 1]?.key === 'on' || DAY.test(words[k + 1]?.key ?? '') || /^(?:this|last)$/.test(words[k + 1]?.key ?? ''))) k++;
  if (words[k]?.key === 'on' && DAY.test(words[k + 1]?.key ?? '')) return k + 2;
  if (DAY.test(words[k]?.key ?? '')) return k + 1;
  if (/^(?:last|this)$/.test(words[k]?.key ?? '') && /^(?:week|month|year|weekend)$/.test(words[k + 1]?.key ?? '')) return k + 2;
  return j;
}

/** The company a capital keeps when it acts: "Kyiv and its allies". */
const ALLIES = new Set(['allies', 'partners', 'backers', 'supporters']);

/** Reporting verbs of a parenthetical clause: "Moscow, he said, would ...". */
const PARENTHETICAL_VERBS = new Set(['said', 'says', 'added', 'insisted', 'stressed', 'warned', 'noted', 'argued']);

/** "Moscow said", "Moscow swiftly underscored", "Kyiv's allies", "Washington, which ... , said". */
function actsNext(words: Word[], j: number): boolean {
  // ("Kyiv on Monday ruled out ...", "Moscow last week proposed ..."): over a time between the capital and its verb.
  const time = timeAfter(words, j);
  if (time > j) j = time;
  const a = words[j];
  // ("... Moscow Monday" at the text's end: nothing after the time.)
  if (!a) return false;
  const b = words[j + 1];
  if (/^['’]s?$/.test(a.text)) return true;
  if (a.text === ',' && b && (b.key === 'which' || b.key === 'who')) return true;
  // "Kyiv and its allies reject ...", "Washington and its European partners want ...": the capital acts with its allies.
  if (a.key === 'and' && b?.key === 'its' && (ALLIES.has(words[j + 2]?.key ?? '') || ALLIES.has(words[j + 3]?.key ?? ''))) return true;
  // "Moscow, he said, would never accept ...": a capital before a parenthetical reporting clause is its subject.
  if (a.text === ',' && b && (b.key === 'he' || b.key === 'she' || b.key === 'they') && PARENTHETICAL_VERBS.has(words[j + 2]?.key ?? '') && words[j + 3]?.text === ',') return true;
  if (a.pos === 'VERB' || a.pos === 'AUX') return true;
  // "Moscow demands a ...", "Beijing backs the ...": an -s word the tagger reads as a plural noun is
  // the verb when an object or clause follows it at once (a noun compound would go on with a verb).
  if (a.pos === 'NOUN' && /^[a-z]+[^s']s$/.test(a.text) && b && (b.pos === 'DET' || b.pos === 'PRON' || b.pos === 'PROPN' || b.pos === 'NUM' || b.key === 'that' || b.key === 'to')) return true;
  if (a.pos === 'ADV' && b && (b.pos === 'VERB' || b.pos === 'AUX')) return true;
  return false;
}

/**
 * "a demand rejected by Kigali", "a plan backed by Washington", "turned down by Kyiv": a capital
 * after "by" that follows a past participle (and its particle) is the participle's agent.
 */
function agentOfParticiple(words: Word[], i: number): boolean {
  if (words[i - 1]?.key !== 'by') return false;
  let k = i - 2;
  if (PARTICLES.has(words[k]?.key ?? '')) k--;
  const verb = words[k];
  return !!verb && verb.pos === 'VERB' && /(?:ed|en|wn)$/.test(verb.key);
}

/** Verbs whose object is a party, never a place: "accused Washington of murder", "urged Kigali". */
const PARTY_OBJECT_VERBS = new Set(['accused', 'accuses', 'accusing', 'accuse', 'blamed', 'blames', 'blaming', 'blame', 'condemned', 'condemns', 'criticised', 'criticized', 'criticises', 'criticizes',
  'urged', 'urges', 'urging', 'pressed', 'presses', 'pressing', 'warned', 'warns', 'warning', 'thanked', 'thanks', 'praised', 'praises', 'sanctioned', 'slammed', 'slams', 'denounced', 'denounces', 'rebuked', 'chided', 'lambasted', 'faulted']);

/** "accused Washington of", "called on Kigali to": a capital that is the object of an act on a party. */
function objectOfAct(words: Word[], i: number): boolean {
  const prev = words[i - 1];
  if (!prev) return false;
  if (PARTY_OBJECT_VERBS.has(prev.key)) return true;
  return prev.key === 'on' && /^call(?:s|ed|ing)?$/.test(words[i - 2]?.key ?? '');
}

/** Nouns of a stance whose owner may follow them: "a central demand of Moscow", "a proposal from Kyiv". */
const STANCE_NOUNS = new Set(['demand', 'demands', 'proposal', 'proposals', 'offer', 'offers', 'condition', 'conditions', 'request', 'requests',
  'position', 'insistence', 'ultimatum', 'initiative', 'terms', 'call', 'calls', 'stance', 'priority', 'priorities', 'objections', 'refusal', 'rejection']);

/** "a key demand of Moscow", "a proposal by Ankara", "calls from Kyiv": a capital after a stance noun and "of", "by" or "from" owns it. */
function ownerOfStanceNoun(words: Word[], i: number): boolean {
  const prep = words[i - 1]?.key;
  return (prep === 'of' || prep === 'by' || prep === 'from') && STANCE_NOUNS.has(words[i - 2]?.key ?? '');
}

/** "unacceptable to Moscow", "a red line for Kyiv": a capital a verdict is for. */
function judgedFor(words: Word[], i: number): boolean {
  const prep = words[i - 1]?.key;
  if (prep !== 'to' && prep !== 'for') return false;
  const k = words[i - 2]?.key ?? '';
  // ("a priority for Kyiv": what a side puts first.)
  return /^(?:unacceptable|acceptable|non-negotiable|inadmissible)$/.test(k) || (/^lines?$/.test(k) && words[i - 3]?.key === 'red') || (prep === 'for' && /^(?:priority|matter|issue|question)$/.test(k) && /^(?:priority|existential)$/.test(k === 'priority' ? k : words[i - 3]?.key ?? ''));
}

/** Particles of phrasal participles: "turned down by", "ruled out by". */
const PARTICLES = new Set(['down', 'out', 'off', 'up', 'back']);

/** Bodies that govern from a capital: "the junta in Niamey", "the foreign ministry in Islamabad". */
const GOVERNING_BODIES = new Set(['government', 'junta', 'ministry', 'authorities', 'administration', 'regime', 'cabinet', 'presidency', 'spokesman', 'spokeswoman', 'spokesperson']);

/** "the junta in Ouagadougou said ...": a capital after "in" that seats a governing body stands for its state. */
function seatOfBody(words: Word[], i: number): boolean {
  return words[i - 1]?.key === 'in' && GOVERNING_BODIES.has(words[i - 2]?.key ?? '');
}

/** "the Port Sudan authorities", "the Kinshasa government": a capital or seat as the adjective of a governing body after "the". */
function seatAsAdjective(words: Word[], i: number, n: number): boolean {
  return words[i - 1]?.key === 'the' && GOVERNING_BODIES.has(words[i + n]?.key ?? '') && words[i + n + 1]?.key !== 'in';
}

/** Words before a list of capitals that make them places: "talks in Riyadh, Doha and Cairo were held". */
const LOCATIVE_BEFORE = new Set(['in', 'to', 'from', 'at', 'via', 'near', 'through', 'visited', 'visit', 'visiting', 'toured', 'across']);

/**
 * Prepositions that make a capital the place of what the sentence tells, even before a verb:
 * "signed in Kuala Lumpur witnessed by", "talks at Doha were held". Only a possessive still
 * makes it the state ("in Moscow's view"). "envoys from Moscow arrived" is left to the verb: a
 * capital after "from" is often the state that sent someone.
 */
const PLACE_BEFORE = new Set(['in', 'at', 'to', 'into', 'near', 'inside', 'outside', 'via', 'through', 'across', 'throughout', 'around', 'within']);

/** "Washington, Riyadh, Cairo and Abu Dhabi agreed": a list of capitals or states whose last member acts. */
/** "Kurdish-led", "Rwanda-backed", "Iran-aligned": a hyphenated modifier before a body's name (one word, or three with the hyphen). */
const HYPHENED_MODIFIER = /^[\p{L}.]+ ?- ?(?:led|backed|allied|aligned|based|run|dominated|supported)$/u;

function listActs(words: Word[], j: number, kb: Kb): boolean {
  let k = j;
  for (let hops = 0; hops < 6; hops++) {
    const sep = words[k];
    if (!sep || (sep.text !== ',' && sep.key !== 'and')) return false;
    k++;
    if (words[k]?.key === 'and') k++;
    // The next member: a capital or a state of one to three words.
    let n = 0;
    // (Not "Rwanda" of "the Rwanda-backed M23": a state before a hyphen modifies the member.)
    const modifier = sep.key === 'and' ? [1, 2, 3].find((m) => HYPHENED_MODIFIER.test(keyOf(words, words[k]?.key === 'the' ? k + 1 : k, (words[k]?.key === 'the' ? k + 1 : k) + m))) : undefined;
    for (const m of modifier ? [] : [3, 2, 1]) {
      const key = keyOf(words, k, k + m);
      if (kb.metonyms.has(key) || kb.names.get(key)?.some((id) => kb.actors.get(id)?.kind === 'state')) { n = m; break; }
    }
    // ("Damascus and the Kurdish-led SDF agreed", "Kigali and the M23 rebels said"): the last member may be
    // a body or armed group the knowledge base knows, after "the" and a hyphenated modifier ("Kurdish-led").
    if (!n && sep.key === 'and') {
      let b = k;
      if (words[b]?.key === 'the') b++;
      if (modifier) b += modifier;
      for (const m of [4, 3, 2, 1]) {
        // (An acronym is a strict alias, matched as written: "SDF", "M23".)
        const ids = kb.names.get(keyOf(words, b, b + m)) ?? (m === 1 ? kb.strictNames.get(words[b]?.text ?? '') : undefined);
        if (words[b]?.cap && ids?.some((id) => { const kind = kb.actors.get(id)?.kind; return kind === 'armed_group' || kind === 'organisation'; })) {
          n = m + b - k;
          // "the M23 rebels": a noun naming the group's kind after its name.
          if (/^(?:rebels|group|militia|movement|fighters|alliance|forces)$/.test(words[k + n]?.key ?? '')) n++;
          break;
        }
      }
    }
    if (!n) return false;
    k += n;
    if (words[k] && actsNext(words, k)) return true;
  }
  return false;
}

/** Words before "with" or "against" that make the capital after it a party: "talks with Washington". */
const DEALINGS = new Set(['talks', 'negotiations', 'deal', 'deals', 'agreement', 'accord', 'ties', 'relations', 'war', 'conflict', 'dialogue', 'contacts', 'ceasefire', 'truce', 'tensions', 'cooperation', 'negotiate', 'negotiating', 'talk', 'signed', 'agreed', 'sided', 'allied', 'fighting', 'confrontation', 'rapprochement', 'normalisation', 'normalization', 'standoff', 'dispute']);

/** "talks between Moscow and Kyiv": both sides act; "talks with Washington", "war against Kyiv": the other side acts. */
function betweenStates(words: Word[], i: number): boolean {
  const prev = words[i - 1]?.key;
  if ((prev === 'with' || prev === 'against') && DEALINGS.has(words[i - 2]?.key ?? '')) return true;
  return (prev === 'between') || (prev === 'and' && words[i - 3]?.key === 'between');
}
