// A stance noun with its owner named before it, as the object of another stance verb: "rejected
// Machado's offer for a negotiated transition", "turned down the mediator's proposal to extend
// the truce", "dismissed US calls to dismantle the programme". Two positions: the owner's (what
// the noun says: an offer, a demand, a call) and the verb subject's (what the verb says) on the
// issues the noun introduces. Also the owner of a stance noun named by a demonym or a name right
// before it ("Israeli demands for the demilitarisation of ...", "a US proposal to ...").
import type { Stance } from '../../lexicons/schema.js';
import { stateActorOf, type DocView, type SentenceView } from '../sentence-view.js';
import type { IssueHit, StanceHit } from './cues.js';
import { NEW_CLAUSE } from './governing.js';
import { matchesOf } from '../../doc/matches.js';

/** The stance a noun states, and the link words that may follow it before its content. */
const NOUNS: Record<string, Stance> = {
  demand: 'demand', demands: 'demand', request: 'demand', requests: 'demand', insistence: 'demand', ultimatum: 'demand',
  call: 'demand', calls: 'demand', offer: 'offer', offers: 'offer', proposal: 'offer', proposals: 'offer', plan: 'offer',
  initiative: 'offer', bid: 'support', push: 'support', appeal: 'support', appeals: 'support', plea: 'support',
  pressure: 'demand', pledge: 'offer', pledges: 'offer', promise: 'offer', willingness: 'offer', readiness: 'offer',
};
/** A stance noun and its link ("for", "to", "that", "of", "on"); the owner and an adjective before it are read word by word. */
const NOUN_LINK = /\b(demands?|requests?|insistence|ultimatum|calls?|offers?|proposals?|plan|initiative|bid|push|appeals?|plea|pressure|pledges?|promise|willingness|readiness) (for|to|that|of|on)\b/u;
/** "a call by the Arakan Army for ...": the owner named after the noun by "by" or "from", before its link. */
const NOUN_BY = /^(demands?|requests?|calls?|offers?|proposals?|plan|initiative|appeals?|plea|pressure|pledges?|promise) (?:by|from) (?:the )?/u;

/** `owner` null: a demonym of a state the article names no actor for. */
export interface OwnedNoun { owner: string | null; stance: Stance; nounStart: number; nounEnd: number; aside?: [number, number] }

/**
 * The owner of the stance noun that starts right at `from` (after a determiner): a name with "'s"
 * or a name or demonym used as a modifier ("Israeli demands", "the US proposal", "U.S. calls").
 */
export function ownedNounAt(s: SentenceView, from: number, dv: DocView): OwnedNoun | null {
  const text = dv.doc.text;
  const rest = text.slice(from, Math.min(s.end, from + 90));
  // ("balked at the SDF's demand", "pushed back against U.S. demands": a preposition the verb takes.)
  const lead = /^\s*(?:(?:at|against)\s+)?(?:(?:the|a|an|any|all)\s+)?(?:(?:opposition|rebel|militia|group|army|government|mediator|envoy|leader|president|prime minister)\s+)?(?:[\p{Ll}]+ly\s+)?/u.exec(rest)!;
  const at = from + lead[0].length;
  const by = agentNounAt(s, at, dv);
  if (by) return by;
  const m = NOUN_LINK.exec(text.slice(at, Math.min(s.end, at + 80)));
  if (!m) return null;
  // Before the noun: the owner, "'s", at most one lower-case adjective.
  let head = text.slice(at, at + m.index);
  if (!/\s$/.test(head)) return null;
  head = head.trimEnd();
  const lastSpace = head.lastIndexOf(' ');
  if (lastSpace > 0 && /^[\p{Ll}-]+$/u.test(head.slice(lastSpace + 1))) head = head.slice(0, lastSpace).trimEnd();
  const ownerText = head.replace(/['’]s?$/, '');
  if (!ownerText) return null;
  const ownerEnd = at + ownerText.length;
  // The owner: a mention filling the owner words (titles before it allowed), else a demonym.
  // ("the Syrian government's demand": a state's government, army or authorities are the state.)
  const mention = s.mentions.find((x) => x.start >= at && (x.end === ownerEnd || (x.end < ownerEnd && /^\s+(?:government|authorities|army|military|leadership|administration|regime|junta)$/.test(text.slice(x.end, ownerEnd)) && dv.kindOf(x.actor) === 'state')) && /^[\p{L}\s.'’-]*$/u.test(text.slice(at, x.start)) && !/\b[\p{Ll}]{3,}\b/u.test(text.slice(at, x.start).replace(/\b(?:opposition|leader|president|prime|minister|envoy|mediator|special|foreign|secretary)\b/g, '')));
  let owner = mention?.actor ?? null;
  // (A demonym whose state the article has no actor for still owns the noun: "balked at a Lebanese demand" is no demand of the verb's subject.)
  let foreign = false;
  if (!owner && /^[\p{Lu}][\p{L}.]*$/u.test(ownerText)) {
    const country = dv.stateOfDemonym(ownerText);
    owner = stateActorOf(dv, country);
    foreign = !owner && country !== null && country !== undefined;
  }
  if (foreign) return { owner: null, stance: 'demand', nounStart: at + m.index, nounEnd: at + m.index + m[1].length };
  if (!owner || !['state', 'person', 'organisation', 'armed_group', 'coalition'].includes(dv.kindOf(owner) ?? '') || dv.isMedia(owner)) return null;
  const noun = m[1];
  const link = m[2];
  let stance = NOUNS[noun];
  // "calls for" a thing supports it; "calls to" another to act, or "calls on", demands.
  if (/^calls?$/.test(noun) && link === 'for') stance = 'support';
  const nounStart = at + m.index;
  return { owner: dv.speaksFor(owner), stance, nounStart, nounEnd: nounStart + noun.length };
}

/** "a call by the Arakan Army for a ceasefire": the noun at `at`, its owner named by "by"/"from" right after it, then its link. */
function agentNounAt(s: SentenceView, at: number, dv: DocView): OwnedNoun | null {
  const text = dv.doc.text;
  const m = NOUN_BY.exec(text.slice(at, Math.min(s.end, at + 40)));
  if (!m) return null;
  const from = at + m[0].length;
  // The owner right after "by", or after its title ("by Malaysian Prime Minister Anwar Ibrahim"); the link
  // after it, also past a parenthetical ("by X — who has mediated before — to halt ...", "by X, who ..., to").
  const linkAfter = (end: number): RegExpExecArray | null => {
    const rest = text.slice(end, Math.min(s.end, end + 160));
    const aside = /^\s*(?:[—–]\s[^—–]{1,120}?\s[—–]|,\s+who\s[^,;]{1,120},)/u.exec(rest);
    const link = /^\s+(for|to|that|on)\b/u.exec(aside ? rest.slice(aside[0].length) : rest);
    if (link) asideAt = aside ? [end, end + aside[0].length] : undefined;
    return link;
  };
  let asideAt: [number, number] | undefined;
  const mention = s.mentions.find((x) => x.start === from && linkAfter(x.end))
    ?? s.mentions.find((x) => x.start > from && x.start - from <= 40 && /^(?:\p{Lu}[\p{L}.'-]*\s+){1,4}$/u.test(text.slice(from, x.start)) && linkAfter(x.end));
  const link = mention ? linkAfter(mention.end) : null;
  if (!mention || !link) return null;
  if (!['state', 'person', 'organisation', 'armed_group', 'coalition'].includes(dv.kindOf(mention.actor) ?? '') || dv.isMedia(mention.actor)) return null;
  const noun = m[1];
  // ("a call by X for a truce" supports it, as "calls for" does.)
  const stance = /^calls?$/.test(noun) && link[1] === 'for' ? 'support' : NOUNS[noun];
  return { owner: dv.speaksFor(mention.actor), stance, nounStart: at, nounEnd: at + noun.length, aside: asideAt };
}

/** The stance verbs a noun object can follow (a verb, not itself a noun), read on the words matched ("balk*" matched "balked"). */
const VERB_CUE = /(?:ed|es|s|e|ing|out|down|aside|off|to|at|against|behind)$/;

export interface ObjectNoun { verb: StanceHit; noun: OwnedNoun; issues: IssueHit[] }

/** "rejected Machado's offer for ...": each stance verb whose object is an owned stance noun, with the issues the noun introduces. */
export function objectNouns(s: SentenceView, stances: StanceHit[], issues: IssueHit[], dv: DocView): ObjectNoun[] {
  const text = dv.doc.text;
  const out: ObjectNoun[] = [];
  for (const verb of stances) {
    if (verb.agent || !VERB_CUE.test(text.slice(verb.start, verb.end)) || /^(?:demands|proposals|calls|requests|conditions|offers)$/.test(verb.cue)) continue;
    const noun = ownedNounAt(s, verb.end, dv);
    if (!noun) continue;
    // The noun's content: the issues after it in its clause.
    // (Past a parenthetical after the owner, not inside it.)
    const after = noun.aside ? noun.aside[1] : noun.nounEnd;
    // ("a U.S. demand for a ceasefire as a condition for peace talks": what the condition is for is not the noun's content.)
    const content = issues.filter((h) => h.start >= after && h.start - after <= 120 && !NEW_CLAUSE.test(text.slice(after, h.start)) && !/[;:]/.test(text.slice(after, h.start)) && !/\bas\s+an?\s+(?:pre-?)?condition\b/i.test(text.slice(after, h.start)));
    if (content.length) out.push({ verb, noun, issues: content });
  }
  // "described the Quad's proposal for a truce as a non-starter": a verdict on an owned stance noun is
  // the verdict verb subject's stance (the verb stands for the verdict cue after "as").
  for (const verdict of stances) {
    // ("Kyiv called Russia's demands for neutrality unacceptable": a turning-down verdict after "called"/"deemed", with no "as".)
    const bare = verdict.stance === 'reject' && !verdict.agent && BARE_VERDICT.test(verdict.cue);
    if (verdict.agent || verdict.stance === 'demand' || (!bare && !/\bas\s+(?:(?:a|an|the)\s+)?(?:[\p{Ll}]+ly\s+)?$/u.test(text.slice(Math.max(s.start, verdict.start - 20), verdict.start)))) continue;
    let last: RegExpExecArray | null = null;
    for (const m of matchesOf(text.slice(Math.max(s.start, verdict.start - 200), verdict.start), VERDICT_VERB_WORD)) last = m;
    if (!last) continue;
    if (/^(?:call|deem)/i.test(last[0]) && !bare) continue;
    const verbEnd = Math.max(s.start, verdict.start - 200) + last.index + last[0].length;
    if (NEW_CLAUSE.test(text.slice(verbEnd, verdict.start)) || out.some((o) => o.noun.nounStart > verbEnd && o.noun.nounStart < verdict.start)) continue;
    const noun = ownedNounAt(s, verbEnd, dv);
    if (!noun) continue;
    const after = noun.aside ? noun.aside[1] : noun.nounEnd;
    const content = issues.filter((h) => h.start >= after && h.end <= verdict.start);
    if (content.length) out.push({ verb: { ...verdict, start: verbEnd - last[0].length, end: verbEnd }, noun, issues: content });
  }
  return out;
}

/** Verdicts that turn their object down with no "as" before them ("called ... unacceptable"). */
const BARE_VERDICT = /^(?:unacceptable|not acceptable|inadmissible|non-starter|nonstarter|premature|out of the question|dead on arrival|unwise|not wise)$/i;
/** A verb that passes a verdict on its object ("described ... as a non-starter"). */
const VERDICT_VERB_WORD = /\b(?:call(?:ed|s)|deem(?:ed|s)|describ(?:ed|es|ing)|brand(?:ed|s|ing)|term(?:ed|s)|label(?:l?ed|s)|dismiss(?:ed|es|ing)|denounc(?:ed|es|ing)|hail(?:ed|s|ing)|welcom(?:ed|es|ing)|characteri[sz](?:ed|es|ing))\b/giu;

/**
 * "Israeli demands for ...", "a Hamas proposal to ...": the owner of a stance noun cue named as its
 * modifier, a demonym or a name right before it (at most one adjective between), when the cue is
 * read as a noun.
 */
export function modifierOwner(s: SentenceView, stance: StanceHit, dv: DocView): string | null {
  if (!/^(?:demands?|requests?|offers?|proposals?(?: for)?|calls?(?: for)?|plans?|initiative|ultimatum|conditions?|insistence(?: on)?)$/i.test(stance.cue)) return null;
  const word = s.words.find((w) => w.start === stance.start);
  if (!word || word.pos !== 'NOUN') return null;
  const text = dv.doc.text;
  const lead = text.slice(Math.max(s.start, stance.start - 40), stance.start);
  const m = s.mentions.filter((x) => x.end <= stance.start && stance.start - x.end <= 25 && /^\s+(?:[\p{Ll}-]+\s+)?$/u.test(text.slice(x.end, stance.start))).pop();
  let owner = m?.actor ?? null;
  if (!owner && /\s$/.test(lead)) {
    // The word before the noun, or before one lower-case adjective: a demonym ("Israeli (security) demands").
    const words = lead.trim().split(/\s+/);
    const word = /^[\p{Ll}-]+$/u.test(words[words.length - 1] ?? '') ? words[words.length - 2] : words[words.length - 1];
    const country = word && /^[\p{Lu}][\p{L}]+$/u.test(word) ? dv.stateOfDemonym(word) : null;
    owner = stateActorOf(dv, country);
  }
  if (!owner || !['state', 'person', 'organisation', 'armed_group', 'coalition'].includes(dv.kindOf(owner) ?? '') || dv.isMedia(owner)) return null;
  return owner;
}
