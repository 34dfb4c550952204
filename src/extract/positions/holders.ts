// Who holds a position and whom it targets: the claim's source or the subject before the cue,
// the one asking another to act, the speaker of a modal of obligation, coordinated subjects.
import type { Claim, Mention } from '../../doc/model.js';
import type { DocView, SentenceView } from '../sentence-view.js';
import { subjectBefore, clauseSubject, inBetweenPair, PLACE_PREPOSITIONS, toldObject } from '../claims/find-source.js';
import type { StanceHit } from './cues.js';
import { modifierOwner } from './object-noun.js';
import { nationalArmy } from '../national-army.js';
import { documentAuthor } from './context-holder.js';
import { previousSubjectPerson } from './pronoun-holder.js';

/**
 * "Moscow is fighting for Ukraine to give up Donbas": the one asked (Ukraine) is the target;
 * the one asking holds the position, and asking another to give something is a demand.
 */
export function askerOf(s: SentenceView, stance: StanceHit, dv: DocView, heads: Set<string>): { holder: string; target: string } | null {
  const asked = subjectBefore(s, stance.start, dv, heads);
  if (!asked?.actor || asked.group) return null;
  const text = dv.doc.text;
  // ("would turn to the Security Council to push Israel to withdraw", "asked Qatar to press Hamas to ...": the one asked to press another acts for the asker.)
  const relay = /^\s+to\s+(?:push|press|pressure|force|compel|persuade|convince|get)\s/i.test(text.slice(asked.end, asked.end + 16))
    && /\b(?:(?:refer|referred|referring|turn|turned|turning|appeal|appealed|appealing)\s+(?:it\s+)?to|ask|asks|asked|asking|urge|urged|urges|urging)\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, asked.start - 24), asked.start));
  // ("Russia wants NATO to disavow ..., and for Ukraine to agree to neutrality": the one who wants asks both.)
  const toAfter = /^\s+to\s/.test(text.slice(asked.end, asked.end + 5));
  const wants = toAfter && /\bwant(?:s|ed)?\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, asked.start - 12), asked.start));
  const andFor = toAfter && /,\s+and\s+for\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, asked.start - 14), asked.start));
  if (!relay && !wants && !andFor && (!toAfter || !/\bfor\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, asked.start - 9), asked.start)))) return null;
  const wantAt = andFor ? text.slice(s.start, asked.start).search(/\swant(?:s|ed)?\s/i) : -1;
  if (andFor && wantAt < 0) return null;
  let outer = andFor ? subjectBefore(s, s.start + wantAt + 1, dv, heads) : subjectBefore(s, asked.start - 4, dv, heads) ?? clauseSubject(s, asked.start - 4, dv, heads);
  // ("Lebanon said ..., warning it would refer to the Council to push ...": "it" is the sentence's subject.)
  if (relay && !outer?.actor) outer = clauseSubject(s, asked.start - 4, dv, heads);
  // ("The plan included calls for Kyiv to make territorial concessions": an asker the sentence does not name; the one asked holds nothing.)
  // ("The widely-leaked proposal included calls for Kyiv to ...": a plan the article gave an author asks for its author.)
  const author = !outer?.actor && !relay ? documentAuthor(s, stance.start, dv) : null;
  if (author && dv.speaksFor(author) !== dv.speaksFor(asked.actor)) return { holder: author, target: asked.actor };
  if (!outer?.actor && !relay) return { holder: '', target: asked.actor };
  return outer?.actor && dv.kindOf(outer.actor) !== 'group' && outer.actor !== asked.actor ? { holder: outer.actor, target: asked.actor } : null;
}

/** "Baku has made clear that it will not ...": a reporting verb, "that", then the pronoun subject of the stance's clause. */
const SAID_IT = /(?:^|\s)(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:said|says|stated|states|added|adds|made (?:it )?clear|makes (?:it )?clear|warned|warns|insisted|insists|announced|announces|declared|declares|noted|stressed|reiterated|confirmed|signalled|signaled|indicated|told [\w\s]{1,30}?)\s+(?:on \w+\s+)?(?:that\s+)?(it|they)\s+(?:(?:\w+ly|also|still|would|will|could|was|is|were|are|had|has|have|not|never|be|been)\s+)*$/i;

/** The sentence's first reporting verb with its "that" ("has insisted that", "said on Monday that"). */
const FIRST_REPORT = /\s(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:said|says|stated|insisted|insists|made (?:it )?clear|warned|warns|announced|declared|stressed|reiterated|maintained|maintains)\s+(?:on \w+\s+)?that\s/i;

/** ", which Kinshasa says is backed by Rwanda," right before a reporting verb: a relative clause with no comma inside. */
const RELATIVE_BEFORE = /,\s+(?:which|who)\s[^,;]{1,140},\s?$/i;

/** The name that says "it" about itself: "Iran said it would ...", "Baku has made clear that it will not ...". */
export function reportedSelf(s: SentenceView, stance: StanceHit, dv: DocView): string | null {
  const text = dv.doc.text;
  const before = text.slice(s.start, stance.start);
  const m = SAID_IT.exec(before);
  if (!m) return null;
  let verbAt = s.start + m.index;
  // ("Israel has insisted that Hamas must disarm and says it will not ...": a reporting verb coordinated with the sentence's first shares its subject.)
  if (/\band\s+$/i.test(text.slice(Math.max(s.start, verbAt - 6), verbAt + 1))) {
    const first = FIRST_REPORT.exec(text.slice(s.start, verbAt));
    if (first && first.index > 0) verbAt = s.start + first.index;
  }
  // ("M23, which Kinshasa says is backed by Rwanda, said it ...": back over a relative clause set off by commas.)
  const relative = RELATIVE_BEFORE.exec(text.slice(Math.max(s.start, verbAt - 160), verbAt + 1));
  if (relative) verbAt -= relative[0].length - 1;
  // The speaker: the last name before the reporting verb, with nothing but a few words between.
  let speaker = [...s.mentions].reverse().find((x) => x.end <= verbAt + 1);
  // ("The Self-Administration in northeast Syria said it ...": a place after "in" is where the speaker sits, not the speaker.)
  if (speaker && /\b(?:in|of)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?$/u.test(text.slice(Math.max(s.start, speaker.start - 24), speaker.start))) {
    const at = speaker.start;
    const owner = [...s.mentions].reverse().find((x) => x.end <= at && at - x.end <= 24 && /^\s+(?:in|of)\s/.test(text.slice(x.end, at)));
    if (owner) speaker = owner;
  }
  if (!speaker || verbAt - speaker.end > 40 || /[,;]/.test(text.slice(speaker.end, verbAt))) return null;
  const ran = runBy(s, speaker, dv);
  // ("The Iran-backed group said it ...": the backer named in the compound is not the one speaking.)
  if (!ran && /^-(?:backed|aligned|allied|linked|affiliated|sponsored|supported|funded|armed|controlled|led)\s/.test(text.slice(speaker.end, verbAt))) return null;
  speaker = ran ?? speaker;
  const kind = dv.kindOf(speaker.actor);
  if (!kind || kind === 'person' || kind === 'group' || dv.isMedia(speaker.actor)) return null;
  return speaker.actor;
}

/** "Houthi-run", "RSF-led", "Taliban-controlled" before a governing body's noun. */
const RUN_BY = /^-(?:run|led|controlled|dominated|backed)\s+(?:[\p{Ll}-]+\s+){1,3}(?:in|of)\s+(?:the\s+)?$/u;

/**
 * "The Taliban-run foreign ministry in Kabul said it ...": the body a name runs, seated in a
 * capital, speaks for the one that runs it, not for the capital's state.
 */
function runBy(s: SentenceView, seat: Mention, dv: DocView): Mention | null {
  const text = dv.doc.text;
  const runner = [...s.mentions].reverse().find((x) => x.end <= seat.start && seat.start - x.end <= 60 && RUN_BY.test(text.slice(x.end, seat.start)));
  if (!runner || dv.kindOf(seat.actor) !== 'state' || dv.kindOf(runner.actor) === 'state' || dv.kindOf(runner.actor) === 'group' || nationalArmy(runner.actor, dv)) return null;
  return runner;
}

/** ", he said, would never": a reporting clause set off by commas, then auxiliaries and adverbs. */
const PARENTHETICAL = /^\s*,\s+(?:he|she|they|it)\s+(?:said|says|added|insisted|stressed|warned|noted|argued)\s*,\s+(?:(?:\w+ly|also|still|not|never|would|will|could|can|is|are|was|were|has|have|had)\s+)*$/i;

/** "Moscow, he said, would never accept ...": the name before a parenthetical reporting clause is the subject. */
function parentheticalSubject(s: SentenceView, stance: StanceHit, dv: DocView): string | null {
  const text = dv.doc.text;
  const m = [...s.mentions].reverse().find((x) => x.end <= stance.start);
  if (!m || stance.start - m.end > 60 || !PARENTHETICAL.test(text.slice(m.end, stance.start))) return null;
  const kind = dv.kindOf(m.actor);
  return kind && kind !== 'group' && !dv.isMedia(m.actor) ? m.actor : null;
}

/**
 * "Putin's demands", "Russia's key demands": between `from` and `to` only "'s" and at most one
 * short word. Beyond a dozen characters only white space can follow the "'s"; it is looked at
 * character by character, so that each name of a long sentence costs no more than the spaces after it.
 */
function possessive(text: string, from: number, to: number): boolean {
  if (!/^['’]s/.test(text.slice(from, from + 2))) return false;
  if (to - from - 2 < 12) return /^['’]s\s*$/.test(text.slice(from, to).replace(/(?<!\s)\s+\w+\s*$/, (x) => (x.length < 12 ? '' : x)));
  for (let i = from + 2; i < to; i++) if (!/\s/.test(text[i])) return false;
  return true;
}

export function holderOf(s: SentenceView, stance: StanceHit, claim: Claim | null, dv: DocView, heads: Set<string>): string | null {
  const self = reportedSelf(s, stance, dv);
  if (self) return self;
  const opening = openingParticipleSubject(s, stance, dv);
  if (opening) return opening;
  const parenthetical = parentheticalSubject(s, stance, dv);
  if (parenthetical) return parenthetical;
  const described = appositiveRelativeHead(s, stance, dv);
  if (described) return described;
  // "Putin's demands include ...": the possessor of the stance noun.
  const poss: Mention[] = [];
  for (const m of s.mentions) if (m.end <= stance.start && possessive(dv.doc.text, m.end, stance.start)) poss.push(m);
  if (poss.length) return poss[poss.length - 1].actor;
  // ("Hamas’ “ongoing and public refusal to disarm”": a bare apostrophe after a name in s, a quote mark and a few adjectives before the noun.)
  if (STANCE_NOUN.test(stance.cue)) {
    const bare = [...s.mentions].reverse().find((m) => m.end <= stance.start && stance.start - m.end <= 60 && /s$/i.test(dv.doc.text.slice(m.start, m.end)));
    if (bare && BARE_POSSESSIVE.test(dv.doc.text.slice(bare.end, stance.start)) && dv.kindOf(bare.actor) !== 'group' && !dv.isMedia(bare.actor)) return bare.actor;
  }
  // "Israeli demands for ...", "a Hamas proposal to ...": the owner named as the noun's modifier.
  const modifier = modifierOwner(s, stance, dv);
  if (modifier) return modifier;
  const owner = pronounOwner(s, stance, dv) ?? personalOwner(s, stance, dv);
  if (owner) return owner;
  const subject = subjectBefore(s, stance.start, dv, heads) ?? clauseSubject(s, stance.start, dv, heads);
  // "Ukraine's European allies pledged ...": the allies hold the position, not Ukraine; unnamed, it has no holder.
  if (subject && RELATIONS_OF.test(dv.doc.text.slice(subject.end, stance.start))) return null;
  if (subject?.actor && dv.kindOf(subject.actor) !== 'group') {
    // "Lebanon's Hezbollah ... emphasizing its commitment": the named possession, not its state, is the subject.
    // ("Sudan's paramilitary Rapid Support Forces declared ...": one adjective between.)
    const owned = s.mentions.find((m) => m.start > subject.start && m.start <= stance.start && /^['’]s\s+(?:[\p{Lu}][\p{L}-]*\s+|[\p{Ll}-]+\s+)?$/u.test(dv.doc.text.slice(subject.end, m.start)));
    if (owned && owned.actor !== subject.actor && dv.kindOf(owned.actor) !== 'group' && dv.kindOf(owned.actor) !== 'state' && dv.kindOf(owned.actor) !== 'person') return owned.actor;
    return subject.actor;
  }
  if (claim?.source && dv.kindOf(claim.source) !== 'group' && !dv.isMedia(claim.source)) return claim.source;
  // The sentence's own subject: its first actor or pronoun ("On the call, he will speak with leaders ready to ...").
  // ("Talks between Kyiv and Moscow aim to ...": a name after "between" is not the subject.)
  // ("The negotiations, set to take place in Qatar, aim to ...": a name after a place's preposition is where, not who.)
  const placed = (k: number) => k > 0 && s.words[k - 1].pos === 'ADP' && PLACE_PREPOSITIONS.has(s.words[k - 1].key);
  const first = s.words.find((w, k) => ['he', 'she', 'it', 'they'].includes(w.key) || (s.mentions.some((m) => m.start === w.start) && !inBetweenPair(s, k) && !placed(k) && !toldObject(s.words, k)));
  if (first && first.start < stance.start) {
    const found = subjectBefore(s, first.end, dv, heads);
    if (found?.actor && dv.kindOf(found.actor) !== 'group') return found.actor;
  }
  return null;
}

/**
 * "The junta outlawed the Kachin Independence Army, a rebel force that seeks autonomy for ...", "..., the M23,
 * which has long demanded ...": a relative clause on a noun set beside a name after a comma describes that
 * name's own stance, not the sentence subject's.
 */
function appositiveRelativeHead(s: SentenceView, stance: StanceHit, dv: DocView): string | null {
  const text = dv.doc.text;
  let head: Mention | undefined;
  for (let i = s.mentions.length - 1; i >= 0; i--) { const m = s.mentions[i]; if (m.end <= stance.start && stance.start - m.end <= 90) { head = m; break; } }
  if (!head || !APPOSITIVE_RELATIVE.test(text.slice(head.end, stance.start))) return null;
  if (dv.kindOf(head.actor) === 'group' || dv.isMedia(head.actor)) return null;
  return head.actor;
}
/** After the name: a comma, an indefinite or definite noun phrase (up to six words), a relative pronoun, an adverb or auxiliary. */
const APPOSITIVE_RELATIVE = /^(?:\s*\([^()]{1,20}\))?,\s+(?:(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){1,6}?)?(?:that|which|who)\s+(?:(?:has|have|had|is|are|was|were)\s+)?(?:(?:\w+ly|long|also|still|now)\s+)?$/u;

/**
 * "While rejecting the Azerbaijani precondition in public, Pashinian pledged ...", "After dismissing
 * the plan, Moscow ...": a participle that opens the sentence has the main clause's subject, the
 * first name after the comma that closes the participle's clause.
 */
function openingParticipleSubject(s: SentenceView, stance: StanceHit, dv: DocView): string | null {
  const text = dv.doc.text;
  const lead = text.slice(s.start, stance.start);
  if (!/^\s*["“]?(?:(?:while|after|before|despite|since|though|although|when|by|in)\s+)?$/i.test(lead)) return null;
  if (!/ing$/i.test(text.slice(stance.start, stance.end).split(/\s/)[0])) return null;
  const comma = text.indexOf(', ', stance.end);
  if (comma < 0 || comma >= s.end || /[;:]/.test(text.slice(stance.end, comma))) return null;
  const subject = s.mentions.find((m) => m.start > comma && m.start - comma <= 40 && /^,\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/u.test(text.slice(comma, m.start)));
  if (!subject || dv.kindOf(subject.actor) === 'group' || dv.isMedia(subject.actor)) return null;
  return subject.actor;
}

/** A verb that asks someone to act, right before the one asked: "persuade", "urged", "pressing". */
const PERSUADED = /\b(?:persuad(?:e|es|ed|ing)|convinc(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|push(?:es|ed|ing)?|pressur(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|ask(?:s|ed|ing)?|call(?:s|ed|ing)?\s+on)\s+[“"‘]?(?:the\s+)?$/i;

/**
 * "chided Moscow for its insistence on ...": the owner of a stance noun named by a possessive
 * pronoun, when a verb of praise or blame names it just before (a person for "his"/"her", a
 * state, body or group for "its"/"their").
 */
function pronounOwner(s: SentenceView, stance: StanceHit, dv: DocView): string | null {
  if (!STANCE_NOUN.test(stance.cue)) return null;
  const m = /\b(its|their|his|her)\s+(?:[“"‘]?[\p{L}-]+\s+){0,2}[“"‘]?$/iu.exec(dv.doc.text.slice(Math.max(s.start, stance.start - 40), stance.start));
  if (!m) return null;
  const at = stance.start - m[0].length;
  const person = /^(?:his|her)$/i.test(m[1]);
  // Only the object of a verb of praise or blame, right before: "chided Moscow for its", "praised Kyiv over its".
  const text = dv.doc.text;
  const owner = s.mentions.find((x) => x.end <= at && /^\s+(?:for|over|about)\s+$/i.test(text.slice(x.end, at)))
    // ("trying to persuade Ethiopia to consider other options beyond its demand for a port": the one urged to act owns it.)
    ?? [...s.mentions].reverse().find((x) => x.end <= at && at - x.end <= 90 && PERSUADED.test(text.slice(Math.max(s.start, x.start - 30), x.start)) && /^[”"’]?\s+to\s+[^.;,]{0,70}$/.test(text.slice(x.end, at)));
  if (!owner || dv.isMedia(owner.actor) || dv.kindOf(owner.actor) === 'group' || (dv.kindOf(owner.actor) === 'person') !== person) return null;
  return owner.actor;
}

/**
 * "Sudan's army chief Abdel Fattah al-Burhan has dug in on his refusal of ...": "his"/"her" before a
 * stance noun is the last person named before it in the sentence, not the body the person leads.
 */
function personalOwner(s: SentenceView, stance: StanceHit, dv: DocView): string | null {
  if (!STANCE_NOUN.test(stance.cue) || !/\b(?:his|her)\s+(?:[\p{L}-]+\s+)?$/iu.test(dv.doc.text.slice(Math.max(s.start, stance.start - 30), stance.start))) return null;
  const person = [...s.mentions].reverse().find((m) => m.end <= stance.start && dv.kindOf(m.actor) === 'person' && !dv.isMedia(m.actor));
  // ("Aliyev signed the deal. It leaves out many of his demands, such as ...": no person before it in the sentence, the
  // person the sentence before is about.)
  return person?.actor ?? (s.mentions.some((m) => m.end <= stance.start) ? null : previousSubjectPerson(s, dv));
}

/** After a name ending in s: the apostrophe alone, an opening quote mark, then up to four lower-case words ("ongoing and continuing public "). */
const BARE_POSSESSIVE = /^['’]\s+[“"‘]?(?:[\p{Ll}-]+\s+){0,4}$/u;

/** A gerund stance cue opening a participle clause: "urging", "calling for", "demanding". */
const GERUND_CUE = /^(?:urging|calling for|calling on|demanding|proposing|offering|pressing for|pushing for|insisting on|seeking)\b/i;
/** A document and its sender before the participle's comma: "a letter from <sender> arrived, ". */
const DOCUMENT_FROM = /^[^,;.]{0,40},\s+$/;

/**
 * "... as a letter from US President Donald Trump arrived, urging such talks": a participle clause after a
 * document named with its sender is the sender's (not the sentence subject's).
 */
export function documentSender(s: SentenceView, stance: StanceHit, dv: DocView): string | null {
  const text = dv.doc.text;
  if (!GERUND_CUE.test(text.slice(stance.start, stance.end + 8))) return null;
  const sender = [...s.mentions].reverse().find((m) => m.end <= stance.start && stance.start - m.end <= 50);
  if (!sender || !DOCUMENT_FROM.test(text.slice(sender.end, stance.start))) return null;
  if (!/\b(?:letter|message|note|missive|statement)\s+(?:sent\s+)?(?:from|by)\s+(?:[\p{L}.'’-]+\s+){0,4}$/iu.test(text.slice(Math.max(s.start, sender.start - 60), sender.start))) return null;
  const kind = dv.kindOf(sender.actor);
  return kind && kind !== 'group' && !dv.isMedia(sender.actor) ? sender.actor : null;
}

/** Stance cues that are nouns a possessive can own. */
const STANCE_NOUN = /^(?:insistence|demands?|refusal|offers?|rejection|support|readiness|willingness|opposition|proposals?|calls?|commitment|conditions|requests?|plea|backing|insistence on|resistance to|objection to|opposition to|reluctance to|readiness to|willingness to|commitment to|support for|ultimatum|red lines?|pledge)$/i;

/** The possessor of a group named by its relation to it: "'s (European) allies", "'s Western backers", "(the Port Sudan) authorities' rivals". */
const RELATIONS_OF = /^(?:\s+[a-z]+)?['’]s?\s+(?:[\w-]+\s+){0,2}(?:allies|partners|backers|supporters|sponsors|critics|opponents|enemies|adversaries|rivals|neighbou?rs|friends|creditors|lenders|donors)\b/i;

/** A holder does not target itself, its co-holders or its own state ("Netanyahu ... Israel should"). */
export function ownSide(holder: string, target: string, holders: string[], dv: DocView): boolean {
  const country = dv.countryOf(holder);
  return target === holder || holders.includes(target) || (country !== null && dv.kindOf(target) === 'state' && dv.countryOf(target) === country);
}

/** The names coordinated before the holder's, in order: "Britain, Germany and France offered" -> Britain, Germany. */
export function coordinatedWith(s: SentenceView, holder: string, before: number, dv: DocView): string[] {
  const text = dv.doc.text;
  const mentions = s.mentions.filter((m) => m.end <= before);
  let i = mentions.map((m) => m.actor).lastIndexOf(holder);
  if (i < 0) return [];
  const out: string[] = [];
  // ("During its talks with Syria, Israel seeks ...": a comma alone next to the holder joins no list.)
  // ("Colombia's government and the ELN agreed": a state's government is the state.)
  // ("The Colombian government and the ELN agreed": a demonym's government too.)
  // ("Damascus and the Kurdish-led SDF agreed": a hyphenated modifier before the next name.)
  const AND = /^(?:(?:['’]s)?\s+(?:government|administration|army|military|leadership|authorities))?(?:\s*,)?\s+and\s+(?:by\s+)?(?:the\s+)?(?:(?:mr|mrs|ms|dr|sir|president|premier|general|gen)\.?\s+)?(?:[\p{L}.]+-(?:led|backed|allied|aligned|based|run|dominated|supported)\s+)?$/iu;
  if (i > 0 && !AND.test(text.slice(mentions[i - 1].end, mentions[i].start))) return [];
  while (i > 0 && (AND.test(text.slice(mentions[i - 1].end, mentions[i].start)) || /^\s*,\s+(?:the\s+)?$/.test(text.slice(mentions[i - 1].end, mentions[i].start)))) {
    const m = mentions[i - 1];
    if (dv.kindOf(m.actor) === 'group' || dv.isMedia(m.actor) || m.actor === holder || out.includes(m.actor)) break;
    out.unshift(m.actor);
    i--;
  }
  return out;
}

export function speakerOf(s: SentenceView, stance: StanceHit, claim: Claim | null, dv: DocView): string | null {
  if (claim?.source && dv.kindOf(claim.source) !== 'group' && !dv.isMedia(claim.source)) return claim.source;
  const prev = dv.lastSpeaker?.(s.start);
  return prev && dv.kindOf(prev) !== 'group' && !dv.isMedia(prev) && stance.start - s.start < 400 ? prev : null;
}


/** The first other state or leader named after the cue: "insists Kyiv abandon ..." -> Ukraine. */
export function targetOf(s: SentenceView, holder: string, stance: StanceHit, dv: DocView): string | null {
  const holderCountry = dv.countryOf(holder);
  const m = s.mentions.find((x) => x.start >= stance.start && x.actor !== holder && (dv.countryOf(x.actor) ?? x.actor) !== holderCountry && ['state', 'person', 'armed_group'].includes(dv.kindOf(x.actor) ?? '')
    // ("..., Kazakh Foreign Minister Murat Nurtleu said": who reports the stance after it is not its target.)
    && !REPORTS_AFTER.test(dv.doc.text.slice(x.end, Math.min(s.end, x.end + 60))));
  return m?.actor ?? null;
}
/** A name followed, within a few words of a title, by its reporting verb. */
const REPORTS_AFTER = /^(?:['’]s)?(?:\s+[\p{L}'’-]+){0,5}?\s+(?:said|says|told|tells|added|stated|noted|announced|confirmed)\b/u;
