// Who a reporting cue attributes the statement to: the subject before the verb ("Lavrov has
// already dismissed"), the name after it ("said Dani Miran"), the phrase after "according to",
// a pronoun's antecedent ("He said"), or an unnamed collective ("western security officials").
import { IRREGULAR_HEADS, nationalArmy } from '../national-army.js';
import type { Mention } from '../../doc/model.js';
import type { Word } from '../../link/words.js';
import { mentionHolding, lastMentionBefore, pairedAfterBetween, type SentenceView, type DocView } from '../sentence-view.js';
import { findCues } from '../../lexicons/index.js';
import { groupPhrase } from './group-phrase.js';
import { matchesOf } from '../../doc/matches.js';

export interface Source {
  /** A linked actor id, or null for an unnamed group (then `group` holds its phrase). */
  actor: string | null;
  /** For an unnamed group, the body it is in: "a source in Hamas", "officials close to the Kremlin". */
  of?: string;
  text: string;
  start: number;
  end: number;
  group: boolean;
  /** A capitalised name the linker did not know (see unlinked-speaker.ts). */
  unlinked?: boolean;
  /** An unlinked name of a body, not a person: "The Emergency Lawyers, a group that ...", "the KDF". */
  body?: boolean;
  /** The body's full name when the text names it by initials ("KDF" for "Kenya Defence Forces"). */
  name?: string;
}

const SKIPPABLE = new Set(['ADV', 'AUX', 'PART']);
const SPEAKER_NOUNS = new Set(['office', 'spokesman', 'spokeswoman', 'spokesperson', 'press', 'secretary', 'ministry', 'service', 'team', 'aides', 'aide', 'government', 'administration', 'statement', 'campaign']);
const PERSON_PRONOUNS = new Set(['he', 'she']);
const THING_PRONOUNS = new Set(['it', 'they']);

/** The unnamed-source head nouns from the hedge lexicon, single words only ("officials", "sources"). */
export function unnamedHeads(cues: readonly string[]): Set<string> {
  const heads = new Set<string>();
  for (const c of cues) if (/^[a-z-]+$/.test(c)) heads.add(c);
  // ("locals" gives no "local": that is an adjective, "local media", "local officials".)
  for (const h of [...heads]) if (h.endsWith('s') && h !== 'locals') heads.add(h.slice(0, -1));
  for (const p of PERSON_NOUNS) heads.add(p);
  return heads;
}

/** People named by what they are, who speak for themselves: "one woman told", "a resident said". */
const PERSON_NOUNS = ['woman', 'women', 'man', 'men', 'resident', 'mother', 'father', 'soldier', 'doctor', 'nurse', 'survivor', 'villager', 'farmer', 'student', 'volunteer', 'driver', 'teacher', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'relative', 'relatives', 'families', 'family', 'neighbour', 'neighbor', 'eyewitness', 'medic', 'medics', 'officer', 'officers', 'member', 'members', 'rescuer', 'rescuers', 'journalist',
  'governments', 'sides', 'countries', 'ministers', 'mediators', 'parties', 'militants', 'rebels', 'authorities', 'police', 'organisers', 'organizers', 'protesters', 'activists', 'campaigners', 'lawmakers', 'legislators', 'prosecutors', 'investigators', 'monitors', 'observers', 'scientists', 'researchers',
  // ("hospital staff said", "staff at the clinic said": the people who work there, unnamed)
  'staff',
  'traders', 'insurers', 'merchants', 'shippers', 'doctors', 'others', 'bloggers', 'commentators', 'witnesses', 'leaders', 'agencies', 'organisations', 'organizations', 'charities', 'ngos', 'groups', 'person', 'people',
  // ("an aid worker told AFP", "a village elder said", "a lawyer for the detainees said")
  'worker', 'workers', 'elder', 'elders', 'trader', 'lawyer', 'lawyers', 'paramedic', 'paramedics', 'surgeon', 'surgeons', 'refugee', 'refugees', 'priest', 'imam', 'shopkeeper', 'shopkeepers', 'fisherman', 'fishermen',
  // ("a private security firm said")
  'firm', 'company',
  // ("which the West says helps finance the war": the Western states, an unnamed collective.)
  'west',
  // ("said a local administrator who asked not to be named")
  'administrator', 'administrators',
  // ("said a representative of the local defence force", "a local politician told AFP", "a government employee reported")
  'representative', 'representatives', 'politician', 'politicians', 'employee', 'employees', 'cleric', 'clerics',
  // ("Baloch separatists accuse ...", "insurgents said": fighters named by what they are, an unnamed collective)
  'separatists', 'insurgents', 'jihadists',
  // ("Pashinyan's critics say": the critics speak, not the man they criticise)
  'critics', 'opponents', 'detractors'];

/** Word `k` ends a noun phrase opened by "a"/"an" over at most four modifiers of lower case. */
function indefiniteHead(ws: readonly Word[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
    if (ws[j].key === 'a' || ws[j].key === 'an') return j < k - 1;
    if (!(ws[j].pos === 'ADJ' || ws[j].pos === 'NOUN') || !/^\p{Ll}/u.test(ws[j].text)) return false;
  }
  return false;
}

/** Nouns of a state of affairs that head a subject and hold nothing: "peace in Sudan will require ...". */
const STATES_OF_AFFAIRS = new Set(['peace', 'settlement', 'solution', 'stability', 'security', 'recovery', 'reconstruction', 'ceasefire', 'truce', 'calm', 'progress']);

/** Prepositions of place: the name after one is where, not who. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'into', 'near', 'across', 'inside', 'throughout']);
/** Prepositions whose noun is an object, never the subject of the verb after it: "videos on social media showed". */
const OBJECT_PREPOSITIONS = new Set(['in', 'at', 'into', 'near', 'across', 'inside', 'throughout', 'on', 'from', 'over', 'about']);

/** Days and time words that stand between a subject and its verb: "The army on Sunday said", "The IDF said Wednesday". */
const DAY_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/;
/** "in a statement by his spokesman": a parenthetical naming the channel of a statement. */
const STATEMENT_NOUNS = new Set(['statement', 'post', 'video', 'interview', 'message', 'letter', 'speech', 'address', 'tweet', 'briefing']);

/** Whether word `and` (an "and") closes the first half of a pair after "between" or "among" ("between the army and"). */
function betweenAnd(ws: readonly Word[], and: number): boolean {
  if (ws[and]?.key !== 'and') return false;
  for (let b = and - 1; b >= 0 && and - b <= 7; b--) {
    if (ws[b].text === ',' || ws[b].text === ';' || ws[b].text === '.' || ws[b].key === 'and') return false;
    if (ws[b].key === 'between' || ws[b].key === 'among' || ws[b].key === 'amongst') return b < and - 1;
  }
  return false;
}

/** Whether word `k` of the sentence opens a name inside a pair after "between" ("between Kyiv and Moscow"): no subject. */
export function inBetweenPair(view: SentenceView, k: number): boolean {
  const ws = view.words;
  const prep = (i: number) => /^(?:between|among|amongst)$/.test(ws[i]?.key ?? '');
  return prep(k - 1) || (ws[k - 1]?.key === 'the' && prep(k - 2))
    || betweenAnd(ws, k - 1) || (ws[k - 1]?.key === 'the' && betweenAnd(ws, k - 2));
}

// (Loops over the words, not callbacks made at each call: V8 compiled such callbacks again after
// every full collection; docs/performance.md, twentieth session.)
/** The index of the first word starting at or after `at`, or -1. */
function firstWordFrom(ws: readonly Word[], at: number): number {
  for (let i = 0; i < ws.length; i++) if (ws[i].start >= at) return i;
  return -1;
}

/** The index of the word starting at `start`, or -1. */
function wordStartingAt(ws: readonly Word[], start: number): number {
  for (let i = 0; i < ws.length; i++) if (ws[i].start === start) return i;
  return -1;
}

export function subjectBefore(view: SentenceView, verbAt: number, dv: DocView, heads: Set<string>): Source | null {
  const ws = view.words;
  let k = firstWordFrom(ws, verbAt) - 1;
  if (k < -1) k = ws.length - 1;
  let skipped = 0;
  // Where the clause before the verb ends once a relative clause is skipped ("X of Sudan, where Egypt keeps troops, said").
  let clauseEnd = verbAt;
  while (k >= 0 && skipped < 6) {
    const w = ws[k];
    // ("His spokesman said", "The Civil Defence spokesman said", "A Hamas spokesman said": whom the spokesman speaks for.)
    if (SPOKES_WORD.test(w.key)) {
      const voice = spokesmanVoice(view, k, dv);
      if (voice) return voice;
    }
    const mention = mentionHolding(view.mentions, w);
    if (mention) {
      // "Russia's envoy for talks with the United States said": a name inside a
      // prepositional phrase modifies the subject; the subject is the clause's first name.
      const mk = wordStartingAt(ws, mention.start);
      const lead = ws[mk - 1]?.key === 'the' ? ws[mk - 2] : ws[mk - 1];
      // ("for Ukraine to give up": the subject of an infinitive, kept.)
      // ("to send police to Haiti to support the mission": a place is no subject of the infinitive after it.)
      const place = lead?.pos === 'ADP' && PLACE_PREPOSITIONS.has(lead.key);
      // ("talks between Kyiv and Moscow aim to": the second name of a "between" pair is inside the phrase too.)
      const paired = betweenAnd(ws, mk - 1) || (ws[mk - 1]?.key === 'the' && betweenAnd(ws, mk - 2));
      if (paired) {
        let b = mk - 2;
        while (b > 0 && mk - b < 9 && !/^(?:between|among|amongst)$/.test(ws[b].key)) b--;
        if (/^(?:between|among|amongst)$/.test(ws[b]?.key ?? '')) { k = b - 1; skipped++; continue; }
      }
      if (lead?.pos === 'ADP' && !/^(?:according|by)$/.test(lead.key) && (place || !/^\s+to\s/.test(dv.doc.text.slice(mention.end, mention.end + 5)))) {
        const first = clauseSubject(view, clauseEnd, dv, heads);
        if (first) return first;
        // ("A lasting peace in Sudan will require ...": a common noun heads the subject; the place names no one.)
        if (place && first === null && ws[mk - 1]?.key === 'in' && mk >= 2 && STATES_OF_AFFAIRS.has(ws[mk - 2].key)) return null;
      }
      return fromMention(mention);
    }
    // "The United Nations Support Mission in Libya (UNSMIL) called on": the short name in brackets repeats the subject.
    if (w.text === ')' && (skipped === 0 || ws[k + 1]?.text === ',')) {
      const open = lastBefore(ws, k, (x) => x.text === '(');
      if (open > 0 && k - open <= 4) { k = open - 1; skipped++; continue; }
    }
    // "Witkoff, writing on the X platform, said" / "The coalition, led by X, claimed": skip a
    // participle phrase between commas back to its name (the name inside "led by" is not the subject).
    if (w.text === ',' && skipped === 0) {
      const open = lastBefore(ws, k, (x) => x.text === ',');
      // ("Hiba Morgan, reporting from Khartoum, said"; "Governor X, in a statement by his spokesman Y, condemned";
      // "two sources, including a defector from the group, told": the sources speak, not the body inside the aside.)
      // ("a youth representative, also speaking anonymously, said": over an adverb before the participle.)
      const p = ws[open + 1]?.key === 'also' ? open + 2 : open + 1;
      if (open >= 0 && (/^(?:speaking|writing|talking|addressing|posting|testifying|appearing|responding|reporting|briefing|asked|interviewed|quoted|contacted|including|set|scheduled|due|slated|planned|held|hosted|convened|taking)$/i.test(ws[p]?.key ?? '')
        // ("The rebels, for their part, insist", "The army, in turn, said": an aside of the speaker's turn.)
        || (ws[open + 1]?.key === 'for' && /^(?:its|their|his|her|our)$/.test(ws[open + 2]?.key ?? '') && ws[open + 3]?.key === 'part' && k === open + 4)
        || (ws[open + 1]?.key === 'in' && ws[open + 2]?.key === 'turn' && k === open + 3)
        || (ws[open + 1]?.key === 'in' && /^(?:a|an|his|her|its|their)$/.test(ws[open + 2]?.key ?? '') && STATEMENT_NOUNS.has(ws[open + 3]?.key ?? ''))
        || (/^(?:led|headed|commanded|founded|chaired|run|backed|supported|accompanied|flanked|joined|formed|created|established)$/.test(ws[open + 1]?.key ?? '') && ws[open + 2]?.key === 'by'))) {
        k = open - 1; skipped++;
        // ("A Western diplomat in Addis Ababa, speaking on condition of anonymity, said": over the place the speaker is in, to the speaker.)
        let j = k;
        while (j > 0 && k - j < 3 && ws[j].cap) j--;
        if (j < k && PLACE_PREPOSITIONS.has(ws[j].key) && heads.has(ws[j - 1]?.key ?? '')) k = j - 1;
        continue;
      }
    }
    // "The European Union's naval force in the region, known as Aspides, said": the name the clause opens with, whatever it is known as.
    if (w.text === ',' && skipped === 0) {
      const open = lastBefore(ws, k, (x) => x.text === ',');
      if (open > 0 && /^(?:known|dubbed|nicknamed)$/.test(ws[open + 1]?.key ?? '') && ws[open + 2]?.key === 'as') {
        const first = clauseSubject(view, ws[open].start, dv, heads);
        if (first) return first;
      }
    }
    // "Russia, Armenia's traditional ally, said" / "Qatar, a key mediator alongside Egypt, said":
    // the phrase between commas describes the name before it, which is the subject.
    if (w.text === ',') {
      const owner = appositiveOwner(view, k) ?? chainedAppositiveOwner(view, k, dv);
      if (owner) return fromMention(owner);
    }
    // "Kyiv, which wants to join NATO ... if it can, said": skip the relative clause back to its name.
    if (w.text === ',') {
      // ("The new president of Sudan, where Egypt keeps troops, said"; "Kenya, whose troops lead the mission, said": the same.)
      const rel = lastBefore(ws, k, (x, i) => (x.key === 'which' || x.key === 'who' || x.key === 'whose' || x.key === 'where') && ws[i - 1]?.text === ',');
      if (rel >= 0) {
        // "Residents of Basuba, who spoke on condition of anonymity, said": the head before "of" a place is the subject.
        // ("A Ukrainian official involved in the talks, who spoke on condition of anonymity, said": the head the relative clause's phrase opens with.)
        const landing = ws[rel - 2];
        if (landing && !mentionHolding(view.mentions, landing) && !heads.has(landing.key)) {
          for (let h = rel - 3; h >= 0 && h >= rel - 9 && ws[h].text !== ',' && ws[h].text !== ';'; h--) {
            if ((heads.has(ws[h].key) || (ws[h].key === 'leader' && indefiniteHead(ws, h))) && !(ws[h - 1]?.pos === 'ADP')) return groupPhrase(view, h, dv);
          }
        }
        k = rel - 2; skipped++; clauseEnd = ws[rel - 1].start; continue;
      }
    }
    // "The M23 armed group on Sunday accused", "The IDF said Wednesday": a day between the subject and its verb.
    if (DAY_WORDS.test(w.key) && !mention) { k -= ws[k - 1]?.key === 'on' ? 2 : 1; skipped++; continue; }
    if (PERSON_PRONOUNS.has(w.key) || THING_PRONOUNS.has(w.key)) return pronoun(w, dv, view);
    // ("the Britain-based monitor said", "the war monitor said"): the monitoring body the article has named.
    if ((w.key === 'monitor' || w.key === 'watchdog') && !mention) {
      let d = k - 1;
      while (d >= 0 && k - d <= 5 && ws[d].key !== 'the' && /^[\p{L}-]/u.test(ws[d].text)) d--;
      if (d >= 0 && ws[d].key === 'the') {
        const body = lastMentionBefore(dv.doc.mentions, ws[d].start, ws[d].start - 3000, (actor) => dv.kindOf(actor) === 'organisation' && MONITOR_NAME.test(dv.nameOf(actor) ?? ''));
        if (body) return { actor: body.actor, text: dv.doc.text.slice(ws[d].start, w.end), start: ws[d].start, end: w.end, group: false };
      }
    }
    // "Ukraine's DeepState monitoring project said": a body the linker does not know, named before what it is.
    if (UNKNOWN_BODY_NOUNS.has(w.key)) {
      const body = unknownBodyBefore(view, k, dv);
      if (body) return body;
    }
    // "the group's leader said", "the militia's spokesman said": the group named before speaks through its head.
    if (GROUP_HEADS.has(w.key) && /^['’]s$/.test(ws[k - 1]?.text ?? '') && GROUP_NOUNS.has(ws[k - 2]?.key ?? '')) {
      const named = namedGroupBefore(view, k - 2, dv);
      if (named) return { ...named, text: dv.doc.text.slice(named.start, w.end), end: w.end };
    }
    if (GROUP_NOUNS.has(w.key) && (skipped === 0 || DAY_WORDS.test(ws[k + 1]?.key ?? '') || ws[k + 1]?.key === 'on')) {
      const named = namedGroupBefore(view, k, dv);
      if (named) return named;
    }
    // "a local civil society leader said", "a community leader told AFP": a leader named by what they lead, with "a", is an unnamed source.
    if (w.key === 'leader' && indefiniteHead(ws, k)) return groupPhrase(view, k, dv);
    // ("the army's general staff reported": a body, read as a body below; "hospital staff said" are people.)
    if (heads.has(w.key) && !(w.key === 'staff' && ws[k - 1]?.key === 'general')) {
      const phrase = groupPhrase(view, k, dv);
      // "Videos circulating on social media purportedly showed": a head after a preposition is its object, not the subject.
      let before = ws.findIndex((x) => x.start >= phrase.start) - 1;
      // ("officials from both countries said": over a determiner to the preposition.)
      if (before > 0 && ws[before].pos === 'DET') before--;
      if (phrase.group && before >= 0 && ws[before].pos === 'ADP' && OBJECT_PREPOSITIONS.has(ws[before].key)) return clauseSubject(view, verbAt, dv, heads);
      return phrase;
    }
    if (SPEAKER_NOUNS.has(w.key) || /^['’]s?$/.test(w.text)) { k--; skipped++; continue; }
    // "Sudan's army-aligned government": a hyphenated modifier of a speaking office.
    if (k >= 2 && SPEAKER_NOUNS.has(ws[k + 1]?.key ?? '') && ws[k - 1].text === '-' && ws[k - 1].end === w.start) { k--; skipped++; continue; }
    if (w.text === '-' && ws[k - 1]?.end === w.start && ws[k + 1]?.start === w.end && k >= 1) { k -= 2; skipped++; continue; }
    // "the defence ministry", "the health ministry": the modifiers of a speaking office.
    if ((w.pos === 'NOUN' || w.pos === 'ADJ' || w.pos === 'PROPN') && SPEAKER_NOUNS.has(ws[k + 1]?.key ?? '') && !mentionHolding(view.mentions, w)) { k--; skipped++; continue; }
    // "Kyiv, which wants to join NATO": the relative pronoun stands for the name before its comma.
    if ((w.key === 'which' || w.key === 'who') && ws[k - 1]?.text === ',') { k -= 2; skipped++; continue; }
    // "Putin is open to talks but rules out ...": a coordinated verb shares the first verb's subject.
    if ((w.key === 'but' || w.key === 'and') && k === firstSkippable(ws, verbAt)) return firstConjunctSubject(view, k, dv, heads);
    if (SKIPPABLE.has(w.pos) || w.text === ',' || w.key === 'also') { k--; skipped++; continue; }
    break;
  }
  return null;
}

/** The names of monitoring bodies: the Syrian Observatory for Human Rights, ACLED, Airwars. */
const MONITOR_NAME = /\b(?:observatory|monitor(?:ing)?|watch|acled|armed conflict location|airwars|insecurity insight)\b/i;

/** What a body named by a capitalised name is: "the DeepState monitoring project", "the Emergency Lawyers group". */
const UNKNOWN_BODY_NOUNS = new Set(['project', 'group', 'monitor', 'initiative', 'network', 'organisation', 'organization', 'collective', 'coalition', 'watchdog', 'platform']);

/** The capitalised name (one to three words, none of them linked) before the lower-case words that end in body noun `k`. */
function unknownBodyBefore(view: SentenceView, k: number, dv: DocView): Source | null {
  const ws = view.words;
  let j = k - 1;
  while (j >= 0 && k - j <= 2 && /^\p{Ll}/u.test(ws[j].text) && (ws[j].pos === 'NOUN' || ws[j].pos === 'ADJ' || ws[j].pos === 'VERB')) j--;
  const end = j;
  while (j >= 0 && end - j < 3 && ws[j].cap && ws[j].pos === 'PROPN' && /^\p{Lu}/u.test(ws[j].text) && ws[j].key !== 'the' && !mentionHolding(view.mentions, ws[j])) j--;
  if (j === end) return null;
  // The name follows a state's possessive ("Ukraine's DeepState monitoring project"): a body of that country the linker does not know.
  if (j < 1 || !/^['’]s$/.test(ws[j].text)) return null;
  const owner = mentionHolding(view.mentions, ws[j - 1]);
  if (!owner || dv.kindOf(owner.actor) !== 'state') return null;
  const first = ws[j + 1];
  if (/^(?:The|A|An|It|They|He|She|This|That|But|And)$/.test(first.text)) return null;
  return { actor: null, text: view.text.slice(first.start - view.start, ws[end].end - view.start), start: first.start, end: ws[end].end, group: false, unlinked: true, body: true };
}

/** Who speaks for a group: "the group's leader", "the rebels' spokesman". */
const GROUP_HEADS = new Set(['leader', 'chief', 'head', 'commander', 'founder', 'spokesman', 'spokeswoman', 'spokesperson', 'negotiator', 'envoy']);

/** "the group said", "the rebels said": an armed group named before, spoken of by what it is. */
const GROUP_NOUNS = new Set(['group', 'militia', 'rebels', 'insurgents', 'movement', 'militants', 'paramilitaries', 'faction']);
/** The second half of a compound that names a group's backer or ally: "Iran-backed", "army-aligned", "Qaeda-linked". */
const BACKED = /^(?:backed|aligned|allied|linked|affiliated|sponsored|supported|funded|armed|controlled|run|led|leaning|inspired|dominated|oriented|trained|equipped)$/;

function namedGroupBefore(view: SentenceView, k: number, dv: DocView): Source | null {
  const ws = view.words;
  let d = k - 1;
  if (d >= 0 && (ws[d].pos === 'ADJ' || /^(?:rebel|militant|armed|paramilitary|islamist|jihadist)$/.test(ws[d].key))) d--;
  // "the Iran-backed group", "the Rwanda-backed rebels": the backer named in the compound is not the group.
  let backer = false;
  if (d >= 2 && BACKED.test(ws[d].key) && ws[d - 1].text === '-' && ws[d - 1].start === ws[d - 2].end) {
    d -= 2;
    while (d >= 2 && ws[d - 1].text === '-' && ws[d - 1].start === ws[d - 2].end) d -= 2;
    d--;
    backer = true;
  }
  // "The M23 armed group": the group's own name before its description.
  const own = d >= 0 && !backer ? mentionHolding(view.mentions, ws[d]) : undefined;
  if (own && dv.kindOf(own.actor) === 'armed_group') return { actor: own.actor, text: own.text, start: own.start, end: own.end, group: false };
  if (d < 0 || ws[d].key !== 'the') return null;
  const irregular = IRREGULAR_HEADS.has(ws[k].key);
  const isGroup = (actor: string) => dv.kindOf(actor) === 'armed_group' && !(irregular && nationalArmy(actor, dv));
  // (Not a party named in passing in a pair after "between", when another group was named: "Houthi rebels backed the deal between Israel and Hamas. The group said".)
  const group = lastMentionBefore(dv.doc.mentions, ws[d].start, ws[d].start - 1500, isGroup, (m) => !pairedAfterBetween(dv.doc.text, m.start))
    ?? lastMentionBefore(dv.doc.mentions, ws[d].start, ws[d].start - 1500, isGroup);
  return group ? { actor: group.actor, text: dv.doc.text.slice(ws[d].start, ws[k].end), start: ws[d].start, end: ws[k].end, group: false } : null;
}

/** An office named with no article before "of <body>" in an appositive ("head of", "co-chair of"). */
const BARE_OFFICES = new Set(['head', 'leader', 'chief', 'chairman', 'chairwoman', 'chair', 'co-chair', 'president', 'secretary-general', 'spokesman', 'spokeswoman', 'spokesperson', 'commander', 'founder', 'director', 'envoy', 'deputy', 'governor', 'mayor', 'speaker', 'coordinator']);
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'one', 'another']);

/**
 * The name an appositive that ends at the comma `close` describes: "Russia, Armenia's
 * traditional ally," / "Turkey, a NATO member that has kept ties with Moscow,". The phrase
 * opens with a determiner or a possessive name and holds a common noun of its own in its first
 * words; a phrase that is only a name ("Egypt's foreign minister, Badr Abdelatty,", "Kyiv's
 * ally, the United States,") names the subject itself and is no appositive here.
 */
/**
 * "Amina Yusuf, a senior analyst at the Crisis Group, the Brussels-based think tank, told"; "Hassan Ali, programme
 * director for the Peace Initiative at the Centre for Strategic Studies, told": a person opens the sentence, a comma
 * follows the name, and only noun phrases (no verb of a clause, no pronoun, no subordinator) stand between it and the
 * comma before the verb; the person is the subject, whatever names the phrases between hold.
 */
function chainedAppositiveOwner(view: SentenceView, close: number, dv: DocView): Mention | null {
  const ws = view.words;
  const first = view.mentions[0];
  if (!first || first.start !== ws[0]?.start && !titledFromClauseStart(ws, wordStartingAt(ws, first.start))) return null;
  let after = wordStartingAt(ws, first.start);
  while (after < close && ws[after].start < first.end) after++;
  if (ws[after]?.text !== ',' || close - after < 3 || close - after > 24 || dv.kindOf(first.actor) !== 'person') return null;
  // (A verb joined by a hyphen or before a noun is part of a noun phrase: "Brussels-based", "think tank".)
  const verbal = (j: number) => ws[j].pos === 'VERB' && ws[j - 1].text !== '-' && ws[j + 1]?.pos !== 'NOUN';
  for (let j = after + 1; j < close; j++) if (verbal(j) || ws[j].pos === 'AUX' || ws[j].pos === 'PRON' || ws[j].pos === 'SCONJ' || ws[j].text === ';') return null;
  return first;
}

function appositiveOwner(view: SentenceView, close: number): Mention | null {
  const ws = view.words;
  const open = lastBefore(ws, close, (x) => x.text === ',');
  if (open < 1 || close - open < 3 || close - open > 16) return null;
  // ("The National Unity Government (NUG), the shadow administration ..., said": the short name in brackets repeats the owner.)
  const shortName = ws[open - 1].text === ')' && open >= 4 && ws[open - 3].text === '(' ? 3 : 0;
  const owner = mentionHolding(view.mentions, ws[open - 1 - shortName]);
  if (!owner) return null;
  // The name must open its clause: "In Kyiv, a city of millions, said ..." is no subject.
  const ownerFirst = ws.findIndex((x) => x.start >= owner.start);
  const lead = ws[ownerFirst - 1];
  // ("In Latakia, the Syrian Observatory, a Britain-based monitor, said": "the" after a clause's comma opens it too.)
  const opens = (x: Word | undefined) => !x || x.text === ',' || x.text === ';' || x.key === 'and' || x.key === 'but';
  // ("Former Cambodian leader Hun Sen, Hun Manet's father, said": a title before the name, no verb, opens it too.)
  if (lead && !(lead.key === 'the' && opens(ws[ownerFirst - 2])) && !opens(lead) && !titledFromClauseStart(ws, ownerFirst)) return null;
  let k = open + 1;
  const first = ws[k];
  const inName = (x: Word) => !!mentionHolding(view.mentions, x);
  if (APPOSITIVE_OPENERS.has(first.key)) k++;
  // ("Akhtar Mengal, head of the Balochistan National Party, called on": a bare office of a body describes the person before it.)
  else if (BARE_OFFICES.has(first.key) && ws[k + 1]?.key === 'of' && owner && view.mentions.some((m) => m.start > first.end && m.end <= ws[close].start)) return owner;
  // ("Malaysia, as ASEAN chair, offered": the office the name acts in.)
  else if (first.key === 'as' && close - open <= 6) { k++; if (APPOSITIVE_OPENERS.has(ws[k]?.key ?? '')) k++; }
  else if (inName(first)) {
    // "Armenia's traditional ally": a possessive name opens it.
    while (k < close && inName(ws[k])) k++;
    if (!/^['’]s?$/.test(ws[k]?.text ?? '')) return null;
    k++;
  } else return null;
  for (let j = k; j < Math.min(close, k + 4); j++) {
    const x = ws[j];
    if (inName(x)) continue;
    if ((x.pos === 'NOUN' || x.pos === 'ADJ') && /^\p{Ll}/u.test(x.text)) return owner;
  }
  return null;
}

/** The words from the clause's start to word `k` are a title ("Former Cambodian leader"): no verb, at most five words. */
function titledFromClauseStart(ws: Word[], k: number): boolean {
  for (let i = k - 1, n = 0; i >= 0; i--, n++) {
    const x = ws[i];
    if (x.text === ',' || x.text === ';') return n > 0;
    if (n >= 5 || x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'ADP' || x.pos === 'PRON' || x.pos === 'PUNCT') return false;
  }
  return k > 0;
}

/** The index of the last word before k that passes test, or -1. */
function lastBefore(ws: Word[], k: number, test: (w: Word, i: number) => boolean): number {
  for (let i = k - 1; i >= 0; i--) if (test(ws[i], i)) return i;
  return -1;
}

/** "Netanyahu did not comment directly but said": the subject of the first verb of the clause before "but". */
function firstConjunctSubject(view: SentenceView, conj: number, dv: DocView, heads: Set<string>): Source | null {
  const ws = view.words;
  let start = 0;
  // (", and urged": the comma right before the conjunction is the coordination's own, unless a
  // reported clause comes before it: "told Anadolu that Baku was ready ..., but insisted" is the
  // speaker's, which the routes after this one find.)
  const reported = ws.slice(0, conj).some((w) => w.key === 'that');
  for (let k = conj - 1; k >= 0; k--) if ((ws[k].text === ',' && (k < conj - 1 || reported)) || ws[k].text === ';' || ws[k].key === 'that') { start = k + 1; break; }
  // The verb coordinated is the nearest finite one before the conjunction ("the ministry said Thailand
  // rejected mediation and insisted on ...": "rejected", whose subject is Thailand, not "said").
  // (Not a participle used as an adjective: "Hamas' proposed changes", "the agreed text".)
  const verbs = ws.slice(start, conj).filter((w, i) => {
    const prev = ws[start + i - 1];
    return (w.pos === 'VERB' || w.pos === 'AUX') && prev?.key !== 'to' && !(prev && (prev.pos === 'DET' || /^['’]s?$/.test(prev.text) || /^(?:its|their|his|her|our|my|your)$/.test(prev.key)));
  });
  for (let v = verbs.length - 1; v >= 0; v--) {
    const subject = subjectBefore(view, verbs[v].start, dv, heads);
    if (subject) return subject;
  }
  return null;
}

/** The index of the word just before the verb once adverbs are skipped. */
function firstSkippable(ws: Word[], verbAt: number): number {
  let k = firstWordFrom(ws, verbAt) - 1;
  while (k >= 0 && (ws[k].pos === 'ADV' || ws[k].pos === 'AUX' || ws[k].pos === 'PART')) k--;
  return k;
}

export function subjectAfter(view: SentenceView, verbEnd: number): Source | null {
  const next: Word | undefined = view.words[firstWordFrom(view.words, verbEnd)];
  if (!next) return null;
  const mention = view.mentions.find((m) => m.start <= next.start && next.start < m.end);
  return mention ? fromMention(mention) : null;
}

/** Where a clause may begin: the subject is the first name or noun after it. */
const CLAUSE_BREAK = /^(?:,|;|:|—|–|that|and|but|while|as|when|after|before|because|although|though|which|who)$/i;
const STRONG_BREAK = /^(?:;|:|—|–|that|while|when|after|before|because|although|though)$/i;

/**
 * The subject of the clause the cue is in: its first actor, pronoun or unnamed-source noun
 * ("a source in the Palestinian armed group has told", "Russia's envoy for talks with
 * the United States said" -> Russia).
 */
export function clauseSubject(view: SentenceView, verbAt: number, dv: DocView, heads: Set<string>, strongOnly = false): Source | null {
  const ws = view.words;
  const v = firstWordFrom(ws, verbAt);
  const end = v < 0 ? ws.length : v;
  let start = 0;
  const brk = strongOnly ? STRONG_BREAK : CLAUSE_BREAK;
  // ("talks between Kyiv and Moscow": the "and" of a pair after "between" opens no clause.)
  const pairAnd = (k: number) => betweenAnd(ws, k);
  for (let k = end - 1; k >= 0; k--) if (brk.test(ws[k].text) && !(ws[k].text === ',' && k >= end - 3) && !pairAnd(k)) { start = k + 1; break; }
  for (let k = start; k < end; k++) {
    const w = ws[k];
    if (inQuote(view, w.start, dv)) continue;
    const mention = mentionHolding(view.mentions, w);
    // "The al Qaeda-linked al Shabaab group": a name that opens a compound adjective modifies the subject.
    if (mention && /^-\p{L}/u.test(dv.doc.text.slice(mention.end, mention.end + 2))) { k = Math.max(k, ws.findIndex((x) => x.start >= mention.end) ); continue; }
    // ("mediating between Israel and Hamas": the pair after "between" is no subject.)
    if (mention && inBetweenPair(view, k)) continue;
    // ("Most of those polled told the Institute they reject ...": the one told is no subject.)
    // ("The negotiations, set to take place in Saudi Arabia, aim to": a name after a place's preposition is where, not
    // who.) A name skipped is skipped whole: its later words are not a subject either.
    if (mention && wordStartingAt(ws, mention.start) === k && (toldObject(ws, k) || (k > 0 && ws[k - 1].pos === 'ADP' && PLACE_PREPOSITIONS.has(ws[k - 1].key)))) {
      while (k + 1 < end && ws[k + 1].start < mention.end) k++;
      continue;
    }
    if (mention) return fromMention(titledPerson(view, mention, dv) ?? mention);
    if (PERSON_PRONOUNS.has(w.key) || THING_PRONOUNS.has(w.key)) return pronoun(w, dv, view);
    if (heads.has(w.key) && k > 0 && OBJECT_PREPOSITIONS.has(ws[k - 1].key) && ws[k - 1].pos === 'ADP') continue;
    if (heads.has(w.key) && k > 1 && OBJECT_PREPOSITIONS.has(ws[k - 2].key) && ws[k - 2].pos === 'ADP' && ws[k - 1].pos === 'ADJ') continue;
    if (heads.has(w.key)) {
      // "open-source data": the head is the last noun of the compound.
      let h = k;
      while (h + 1 < end && (ws[h + 1].pos === 'NOUN' || ws[h + 1].text === '-' || ws[h].text === '-') && !/^['’]/.test(ws[h + 1].text)) h++;
      // ("The group's military spokesman Yahya Saree in a televised address said": the title's name speaks.)
      const titled = view.mentions.find((m) => m.start > ws[h].end && m.start <= ws[h].end + 2 && m.end <= verbAt && dv.kindOf(m.actor) === 'person');
      if (titled) return fromMention(titled);
      return groupPhrase(view, heads.has(ws[h].key) ? h : k, dv);
    }
    // "civil society leaders said": a compound whose last noun is a head names a group.
    if (w.pos === 'NOUN') {
      let h = k;
      while (h + 1 < end && ws[h + 1].pos === 'NOUN') h++;
      if (h > k && heads.has(ws[h].key)) return groupPhrase(view, h, dv);
    }
    if (w.pos === 'NOUN' && !SPEAKER_NOUNS.has(w.key) && ws[k + 1]?.key !== 'of' && !/^['’]s$/.test(ws[k + 1]?.text ?? '')) {
      // A common noun heads the subject and names no one ("the proposal is said to ..."): no source.
      const later = ws.slice(k + 1, end).some((x) => /^['’]s$/.test(x.text));
      if (!later) return null;
    }
  }
  return null;
}

/** The quoted stretches of the document: [start, end) pairs, reset at paragraph breaks. */
const quoteCache = new WeakMap<object, [number, number][]>();
export function quotedRanges(dv: DocView): [number, number][] {
  let ranges = quoteCache.get(dv.doc);
  if (ranges) return ranges;
  ranges = [];
  const text = dv.doc.text;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' && open >= 0 && text[i + 1] === '\n') { ranges.push([open, i]); open = -1; }
    else if (c === '“' && open < 0) open = i;
    else if (c === '”' && open >= 0) { ranges.push([open, i + 1]); open = -1; }
    else if (c === '"') {
      if (open < 0) open = i;
      else { ranges.push([open, i + 1]); open = -1; }
    }
  }
  if (open >= 0) ranges.push([open, text.length]);
  quoteCache.set(dv.doc, ranges);
  return ranges;
}

export function inQuote(_view: SentenceView, at: number, dv: DocView): boolean {
  return quoteAround(dv, at) !== null;
}

/**
 * The quoted range that holds `at` (a < at < b), or null. The ranges follow one another without
 * overlapping, so the one that may hold `at` is the last to open before it, found by halving:
 * asking every range at every cue made a page of quotes quadratic.
 */
export function quoteAround(dv: DocView, at: number): [number, number] | null {
  const ranges = quotedRanges(dv);
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid][0] < at) lo = mid + 1; else hi = mid;
  }
  return lo > 0 && at < ranges[lo - 1][1] ? ranges[lo - 1] : null;
}

/** The nearest actor mention before the cue in the same clause (no full stop, colon or "that" between). */
export function nearestBefore(view: SentenceView, verbAt: number, dv: DocView): Source | null {
  const before = view.mentions.filter((m) => m.end <= verbAt);
  for (let i = before.length - 1; i >= 0; i--) {
    const between = dv.doc.text.slice(before[i].end, verbAt);
    if (between.length > 80 || /[;:"“”]|\bthat\b|\bwhich\b/.test(between)) return null;
    if (/^['’]s\b/.test(between) && between.length > 30) continue;
    return fromMention(before[i]);
  }
  return null;
}

/** "according to western security officials", "according to a Palestinian official familiar with ...". */
export function phraseAfter(view: SentenceView, cueEnd: number, dv: DocView, heads: Set<string>): Source | null {
  const idx = view.words.findIndex((w) => w.start >= cueEnd);
  if (idx < 0) return null;
  // "According to him, ...": the person (or body, "according to them") the pronoun stands for.
  const object = OBJECT_PRONOUNS[view.words[idx].key];
  if (object && /^(?:,|\.|;|)$/.test(view.words[idx + 1]?.text ?? '')) return pronoun({ ...view.words[idx], key: object }, dv, view);
  // The head noun decides: "a Syrian official close to the talks" is an official, not Palestine.
  for (let k = idx; k < Math.min(view.words.length, idx + 6); k++) {
    const w = view.words[k];
    if (w.text === ',' || w.text === '.' || w.pos === 'VERB' || w.pos === 'ADP') break;
    // "Defence Ministry adviser Serhiy Beskrestnov": a head followed by a name is that person's title.
    const named = titleOfName(dv, w);
    // "according to local media": a head before another head modifies it; the last one heads the phrase.
    if (heads.has(w.key) && heads.has(view.words[k + 1]?.key ?? '') && view.words[k + 1].start - w.end <= 1) continue;
    // "according to UN figures", "African Union estimates": the body whose numbers they are speaks.
    const owner = k > idx && DATA_HEADS.has(w.key) ? mentionHolding(view.mentions, view.words[k - 1]) : undefined;
    if (owner && view.words[k - 1].end === owner.end) return fromMention(owner);
    // ("according to the conflict monitor ACLED", "the rights group HRANA said": the body's name right after what it is.)
    if ((heads.has(w.key) || COLLECTIVE_HEADS.has(w.key)) && !mentionHolding(view.mentions, w)) {
      const next = view.mentions.find((m) => m.start > w.end && m.start <= w.end + 1);
      if (next && /^(?:organisation|armed_group|coalition)$/.test(dv.kindOf(next.actor) ?? '') && !dv.isMedia(next.actor)) return fromMention(next);
    }
    if (heads.has(w.key) && !named && !view.mentions.some((m) => m.start <= w.start && w.end <= m.end && dv.kindOf(m.actor) !== 'state')) return groupPhrase(view, k, dv);
    // "according to a local rights group", "a Palestinian prisoners' group": a described body, named by what it does.
    if (COLLECTIVE_HEADS.has(w.key) && k > idx && /^(?:ADJ|NOUN|PROPN|PART|PUNCT)$/.test(view.words[k - 1].pos) && view.words[k - 1].key !== 'the' && !mentionHolding(view.mentions, w)) return groupPhrase(view, k, dv);
  }
  for (let k = idx; k < Math.min(view.words.length, idx + 10); k++) {
    const w = view.words[k];
    const mention = mentionHolding(view.mentions, w);
    // ("the conflict monitor ACLED", with "monitor" read as a verb: the body's name right after what it is.)
    if ((heads.has(w.key) || COLLECTIVE_HEADS.has(w.key)) && !mention) {
      const next = view.mentions.find((m) => m.start > w.end && m.start <= w.end + 1);
      if (next && /^(?:organisation|armed_group|coalition)$/.test(dv.kindOf(next.actor) ?? '') && !dv.isMedia(next.actor)) return fromMention(next);
    }
    // ("Ukraine's commander-in-chief Oleksandr Syrskyi": the title's name speaks.)
    if (heads.has(w.key) && !(titleOfName(dv, w) && view.mentions.some((m) => m.start > w.end && m.start <= w.end + 16 && dv.kindOf(m.actor) === 'person'))) return groupPhrase(view, k, dv);
    if (mention && !isPossessiveOwner(view, mention)) return fromMention(mention);
    if (w.text === ',' || w.text === '.') break;
  }
  return null;
}

/** "according to him": the object pronoun read as its subject form. */
const OBJECT_PRONOUNS: Record<string, string> = { him: 'he', her: 'she', them: 'they' };

/** Numbers a body publishes: "UN figures", "African Union estimates". */
const DATA_HEADS = new Set(['figures', 'estimates', 'estimate', 'data', 'statistics', 'tallies', 'tally', 'count', 'numbers', 'report', 'reports']);

/** Bodies described by what they do ("a local rights group", "a monitoring group"): an unnamed source after "according to". */
const COLLECTIVE_HEADS = new Set(['group', 'groups', 'organisation', 'organization', 'organisations', 'organizations', 'network', 'monitor', 'watchdog', 'charity', 'body']);

/** A head followed by a capitalised name ("adviser Serhiy Beskrestnov", "commander-in-chief Oleksandr Syrskyi") is that person's title. */
function titleOfName(dv: DocView, w: { end: number }): boolean {
  return /^(?:-[\p{L}]+){0,2}\s*[“"]?\p{Lu}/u.test(dv.doc.text.slice(w.end, w.end + 14));
}

function isPossessiveOwner(view: SentenceView, m: Mention): boolean {
  const next = view.words.find((w) => w.start >= m.end);
  return !!next && /^['’]s?$/.test(next.text);
}

/** "Colombian President Gustavo Petro", "Sudan's army chief Abdel Fattah al-Burhan": a state named before a title and a person's name is the person's. */
function titledPerson(view: SentenceView, state: Mention, dv: DocView): Mention | null {
  if (dv.kindOf(state.actor) !== 'state') return null;
  const person = view.mentions.find((m) => m.start > state.end && m.start - state.end <= 40);
  if (!person || dv.kindOf(person.actor) !== 'person') return null;
  const between = view.words.filter((w) => w.start >= state.end && w.end <= person.start);
  return between.length >= 1 && between.length <= 4 && between.every((w, i) => (i === 0 && /^['’]s$/.test(w.text)) || ((w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'ADJ') && /^\p{L}[\p{L}-]*$/u.test(w.text)))
    && between.some((w) => w.pos === 'NOUN' || /^\p{Lu}/u.test(w.text)) ? person : null;
}

function fromMention(m: Mention): Source {
  return { actor: m.actor, text: m.text, start: m.start, end: m.end, group: false };
}

/** "He said": the last person named before; "It says": the last organisation, group or state. */
/** Reporting verbs whose subject an "it" right after them stands for. */
const TELLING = /^(?:told|tells|telling|assured|assures|informed|informs)$/;
/** Whether the name opening at word `k` is the one told: "told (the) X". */
export function toldObject(ws: readonly Word[], k: number): boolean {
  return TELLING.test(ws[ws[k - 1]?.key === 'the' ? k - 2 : k - 1]?.key ?? '');
}
/** The subject of "told" when the pronoun at `w` opens the clause after "told <name> (that)"; undefined when it does not. */
function tellerBefore(w: Word, dv: DocView, view: SentenceView): Source | null | undefined {
  const ws = view.words;
  const i = wordStartingAt(ws, w.start);
  const before = ws[ws[i - 1]?.key === 'that' ? i - 2 : i - 1];
  const told = before && mentionHolding(view.mentions, before);
  if (!told) return undefined;
  let v = wordStartingAt(ws, told.start) - 1;
  if (ws[v]?.key === 'the') v--;
  if (v < 1 || !TELLING.test(ws[v].key)) return undefined;
  const teller = subjectBefore(view, ws[v].start, dv, NO_HEADS);
  return teller && teller.actor !== told.actor ? teller : null;
}
const SAYING = /^(?:said|says|say|stated|insisted|insists|warned|warns|added|announced|declared|vowed|stressed|reiterated)$/;
const NO_HEADS: Set<string> = new Set();

/** The body or state the sentence before `view` opens with ("The OLA, which ..., was designated"), when no claim holds that sentence. */
function openingBody(view: SentenceView, dv: DocView): string | null {
  const prev = dv.sentences[view.index - 1];
  if (!prev || prev.index !== view.index - 1 || prev.removed || !dv.claimWithin || dv.claimWithin(prev.start, prev.end)) return null;
  const opener = prev.words[0]?.key === 'the' ? prev.words[1] : prev.words[0];
  const m = opener ? mentionHolding(prev.mentions, opener) : undefined;
  if (!m || m.start !== opener!.start) return null;
  // (The mention is the subject: no possessive after it, "Russia's strikes", and no name of a person.)
  if (/^['’]/.test(dv.doc.text.slice(m.end, m.end + 1))) return null;
  return m.actor;
}

function pronoun(w: Word, dv: DocView, view: SentenceView): Source | null {
  const wantPerson = PERSON_PRONOUNS.has(w.key);
  // ("Most residents told Reuters they oppose the deal"; "He told the BBC that he rejects ...": a pronoun opening what
  // someone told someone is the teller, never the one told; a teller not named is no one this can resolve to.)
  const toldBy = tellerBefore(w, dv, view);
  if (toldBy !== undefined) return toldBy && { ...toldBy, text: w.text, start: w.start, end: w.end };
  // "..., according to Lebanon's health ministry, hours after the group's leader said it would not":
  // "it" right after a reporting verb is that verb's subject, when a body or state.
  if (!wantPerson) {
    const i = wordStartingAt(view.words, w.start);
    const verb = view.words[view.words[i - 1]?.key === 'that' ? i - 2 : i - 1];
    if (verb && SAYING.test(verb.key)) {
      const said = subjectBefore(view, verb.start, dv, NO_HEADS);
      const kind = said?.actor ? dv.kindOf(said.actor) : null;
      if (said?.actor && kind !== 'person' && kind !== 'group' && kind !== null && !dv.isMedia(said.actor)) return { actor: said.actor, text: w.text, start: w.start, end: w.end, group: false };
    }
  }
  // "Netanyahu's office said ... that it would only accept": "it" is the office, which speaks for its head.
  if (!wantPerson) {
    const office = view.mentions.find((m) => m.end <= w.start && /^['’]s\s+(?:\w+\s+)?(?:office|government|administration|ministry|cabinet|team|camp)\b/i.test(dv.doc.text.slice(m.end, m.end + 40)));
    if (office) return { actor: office.actor, text: w.text, start: w.start, end: w.end, group: false };
  }
  // "... that Moscow remains open to a dialogue on Ukraine, but it will keep its demand": a pronoun
  // takes the subject of the clause before it, not the nearest name (here an object).
  if (!wantPerson) {
    const subject = inSentenceSubject(w, dv, view);
    if (subject) return { actor: subject, text: w.text, start: w.start, end: w.end, group: false };
  }
  // ("Erhurman, who took over from Ersin Tatar, said he was willing": "he" right after a reporting verb is that verb's
  // subject when a person, not the last person named in the relative clause between.)
  if (wantPerson) {
    const i = wordStartingAt(view.words, w.start);
    const verb = view.words[view.words[i - 1]?.key === 'that' ? i - 2 : i - 1];
    if (verb && SAYING.test(verb.key)) {
      const said = subjectBefore(view, verb.start, dv, NO_HEADS);
      if (said?.actor && dv.kindOf(said.actor) === 'person' && !dv.isMedia(said.actor)) return { actor: said.actor, text: w.text, start: w.start, end: w.end, group: false };
    }
  }
  // "In Putin's speech to the ministry, he set out his terms": a person named earlier in the same sentence.
  if (wantPerson) {
    // (Not a person named inside the quote the pronoun closes: "“Putin only wants war,” he said" is Zelensky's.)
    const here = view.mentions.filter((m) => m.end <= w.start && dv.kindOf(m.actor) === 'person' && (inQuote(view, w.start, dv) || !inQuote(view, m.start, dv)));
    if (here.length) return { actor: here[here.length - 1].actor, text: w.text, start: w.start, end: w.end, group: false };
  }
  // "Umerov, head of the delegation, also gave a statement. “...,” he said.": the person who opens the sentence before.
  if (wantPerson) {
    const opener = openingPerson(w, dv, view);
    if (opener) return { actor: opener, text: w.text, start: w.start, end: w.end, group: false };
  }
  // "“We heard the jet,” he said" after "a member of a local resistance group told the BBC": that member.
  if (wantPerson) {
    const unnamed = dv.lastUnnamedPerson?.(w.start);
    if (unnamed) return { actor: unnamed, text: w.text, start: w.start, end: w.end, group: false };
  }
  // Discourse keeps its speaker: "It says ..." after "Hamas has called for ..." is Hamas.
  const fits = (actor: string) => {
    const kind = dv.kindOf(actor);
    // ("It" is a body or state the article names, never an unnamed group made by the claims stage: "a member of a resistance group told the BBC ... It has denied".)
    if (w.key === 'it' && kind === null) return false;
    return wantPerson ? kind === 'person' : kind !== 'person' && kind !== 'group' && !dv.isMedia(actor);
  };
  // ("NNA reported that ... . It said": the outlet, or a body made by the claims stage, right before.)
  if (w.key === 'it' && w.start === view.start) {
    const body = dv.lastBodySpeaker?.(w.start);
    if (body) return { actor: body, text: w.text, start: w.start, end: w.end, group: false };
    // ("The OLA, which split from ..., was designated a terrorist organisation. It says ...": the body the sentence
    // before opens with, when that sentence states no claim of its own, not an earlier speaker.)
    const topic = openingBody(view, dv);
    if (topic && fits(topic)) return { actor: topic, text: w.text, start: w.start, end: w.end, group: false };
  }
  const lastSpeaker = dv.lastSpeaker?.(w.start);
  if (lastSpeaker && fits(lastSpeaker)) return { actor: lastSpeaker, text: w.text, start: w.start, end: w.end, group: false };
  const named = lastMentionBefore(dv.doc.mentions, w.start, view.start - 2000, fits, (m) => !pairedAfterBetween(dv.doc.text, m.start))
    ?? lastMentionBefore(dv.doc.mentions, w.start, view.start - 2000, fits);
  // "..., as the spokesman Vianney Kazarama issued a message to the president, Joseph Kabila. “...,” he announced":
  // a person named as an object (after a preposition, or in apposition to a title) gives way to the subject before.
  if (wantPerson && named && objectPosition(dv.doc.text, named.start)) {
    const subject = lastMentionBefore(dv.doc.mentions, named.start, Math.max(view.start - 2000, named.start - 300), (a) => fits(a) && a !== named.actor, (m) => !objectPosition(dv.doc.text, m.start) && !/[.!?]["”’]?\s/.test(dv.doc.text.slice(m.end, named.start)));
    if (subject) return { actor: subject.actor, text: w.text, start: w.start, end: w.end, group: false };
  }
  return named ? { actor: named.actor, text: w.text, start: w.start, end: w.end, group: false } : null;
}

/** A name in object position: after a preposition ("a message to the president"), or in apposition to a title ("the president, Joseph Kabila"). */
const OBJECT_LEAD = /(?:\b(?:to|with|from|against|toward|towards|at|about)\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,3}|\bthe\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?,\s+)$/u;
function objectPosition(text: string, at: number): boolean {
  const lead = text.slice(Math.max(0, at - 40), at);
  return OBJECT_LEAD.test(lead) && !/\baccording to\s+$/i.test(lead);
}

/** A phrase or clause that opens a sentence before its subject: "Despite the regime's collapse, ", "After meeting X in Doha, ". */
const LEADING_PHRASE = /^(?:Despite|After|Before|Following|During|Amid|Since|Unlike|Like|While|When|Although|Though|As|With|Without|In|On|At|Having|Speaking|Asked|Addressing|Responding|Writing)\b[^,;:]{1,160},\s+/;

/**
 * The person named first in the sentence before the pronoun's (before the quote it closes, when
 * it closes one), if nothing but capitalised title words stands before the name.
 */
function openingPerson(w: Word, dv: DocView, view: SentenceView): string | null {
  let from = view.start;
  const quote = quotedRanges(dv).filter(([a, b]) => a < w.start && b <= w.start && /^[\s,.!?]*$/.test(dv.doc.text.slice(b, w.start))).pop();
  if (quote) from = Math.min(from, quote[0]);
  let prev: SentenceView | undefined;
  for (let i = dv.sentences.length - 1; i >= 0; i--) if (dv.sentences[i].end <= from + 1) { prev = dv.sentences[i]; break; }
  if (!prev || from - prev.end > 400) return null;
  // ("Despite the Assad regime's collapse, Turkish Foreign Minister Hakan Fidan maintained ...": the clause the
  // sentence opens with sets the scene; the subject comes after its comma.)
  // (Within the paragraph only: after a paragraph break the opening phrase is no bridge to a new speaker.)
  const opening = /\n\s*\n/.test(dv.doc.text.slice(prev.end, from)) ? null : LEADING_PHRASE.exec(prev.text);
  const from2 = prev.start + (opening ? opening[0].length : 0);
  const first = prev.mentions.find((m) => m.start >= from2 && dv.kindOf(m.actor) === 'person');
  if (!first) return null;
  if (!/^(?:[\p{Lu}][\p{L}.’'-]*\s+|(?:the|a|an)\s+)*$/u.test(dv.doc.text.slice(from2, first.start))) return null;
  // (A name that modifies a noun, "the Assad regime's", is no subject.)
  if (/^\s+\p{Ll}+['’]s\b/u.test(dv.doc.text.slice(first.end, first.end + 20))) return null;
  return first.actor;
}

/**
 * The non-person name that opens the clause before pronoun w in its sentence: the first name
 * after the last "that" (or the sentence start), if it stands right at the clause's start.
 */
function inSentenceSubject(w: Word, dv: DocView, view: SentenceView): string | null {
  const text = dv.doc.text;
  const before = text.slice(view.start, w.start);
  const that = [...matchesOf(before, /\b(?:that|saying|said)\s+/gi)].pop();
  const from = view.start + (that ? that.index + that[0].length : 0);
  const first = view.mentions.find((m) => m.start >= from && m.end <= w.start);
  if (!first || dv.kindOf(first.actor) === 'person' || dv.kindOf(first.actor) === 'group' || dv.isMedia(first.actor)) return null;
  // The name opens the clause: nothing but "the" between the clause start and the name.
  return /^\s*(?:the\s+)?$/i.test(text.slice(from, first.start)) ? first.actor : null;
}

/** Cue matches inside a sentence, in text order. */
export function cuesIn(view: SentenceView, cues: readonly string[]): { start: number; end: number; cue: string }[] {
  return findCues(view.text, cues, view.start);
}

const SPOKES_WORD = /^spokes(?:man|woman|person)$/;
const BODY_OF_SPOKESMAN = /^(?:organisation|armed_group|coalition|state)$/;

/**
 * Whom a spokesman named by no name speaks for: "his spokesman" (the person named last before), "its
 * spokesman" (the body named last), "A Hamas spokesman", "The Kremlin spokesman" (the body or state
 * named in the phrase), "The Civil Defence spokesman" (a body by its capitalised name: one the article
 * named in full before, one the knowledge base knows by that name, or an unlinked body). A title the
 * linker read as the knowledge base's holder of the office ("Civil Defence spokesman") is read the same
 * way: the office speaks, as the body. `k` is the spokesman word, right before its verb.
 */
function spokesmanVoice(view: SentenceView, k: number, dv: DocView): Source | null {
  const ws = view.words;
  const w = ws[k];
  const prev = ws[k - 1];
  if (!prev) return null;
  const own = mentionHolding(view.mentions, w);
  // "His spokesman", "its spokesman".
  if (!own && /^(?:his|her|its|their)$/.test(prev.key)) {
    const person = prev.key === 'his' || prev.key === 'her';
    const accept = (a: string) => person ? dv.kindOf(a) === 'person' : /^(?:organisation|armed_group|coalition)$/.test(dv.kindOf(a) ?? '') && !dv.isMedia(a);
    const m = lastMentionBefore(dv.doc.mentions, prev.start, prev.start - 1000, accept, (x) => quoteAround(dv, x.start) === null);
    return m ? { actor: m.actor, text: dv.doc.text.slice(prev.start, w.end), start: prev.start, end: w.end, group: false } : null;
  }
  // "A Hamas spokesman", "The Kremlin spokesman": a body or state named right before the word.
  const before = mentionHolding(view.mentions, prev);
  if (!own && before && before.end === prev.end && BODY_OF_SPOKESMAN.test(dv.kindOf(before.actor) ?? '') && !dv.isMedia(before.actor)) {
    return { actor: before.actor, text: dv.doc.text.slice(before.start, w.end), start: before.start, end: w.end, group: false };
  }
  // "The Civil Defence spokesman": capitalised words, unlinked or the linker's title of a person, after "the" or "a".
  if (own && (dv.kindOf(own.actor) !== 'person' || own.end !== w.end)) return null;
  if (before && before !== own) return null;
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && ws[j].cap && !/^(?:the|a|an)$/.test(ws[j].key) && /^\p{Lu}[\p{L}-]+$/u.test(ws[j].text) && (!own || ws[j].start >= own.start)) j--;
  if (j === k - 1 || j < 0 || !/^(?:the|a|an)$/.test(ws[j].key)) return null;
  // (A title with the holder's name is that person: only words of an office here.)
  if (own && dv.nameOf(own.actor) && dv.nameOf(own.actor)!.split(/\s+/).some((n) => own.text.includes(n))) return null;
  const first = ws[j + 1];
  const name = dv.doc.text.slice(first.start, prev.end);
  const text = dv.doc.text.slice(first.start, w.end);
  const key = name.toLowerCase();
  const earlier = lastMentionBefore(dv.doc.mentions, first.start, 0, (a) => /^(?:organisation|armed_group|coalition)$/.test(dv.kindOf(a) ?? '') && ` ${(dv.nameOf(a) ?? '').toLowerCase()} `.includes(` ${key} `));
  if (earlier) return { actor: earlier.actor, text, start: first.start, end: w.end, group: false };
  const known = dv.kbBodyNamed?.(name);
  return { actor: null, text: name, start: first.start, end: prev.end, group: false, unlinked: true, body: true, ...(known ? { name: known.name } : {}) };
}
