// One statement, one position (posprec, session 22). Three frames where the rules gave a statement
// a second position, or the wrong stance, that readers do not see in it:
// - two closely related issues named in one phrase of one holder's statement ("the release of the
//   hostages and prisoners", "will never give up its nuclear arsenal to end sanctions"): one position,
//   not two (`mergeAlternatives`);
// - what a side "would only agree to" if its condition is met is offered, not demanded: "the army would
//   only agree to a truce if the rebels withdrew" demands the withdrawal and offers the truce
//   (`onlyOffered`);
// - the deal a conditional refusal or acceptance frames, when the condition names the issue: "will not sign
//   a peace treaty without a change of the constitution", "would only accept a settlement that includes
//   security guarantees": the condition is the position, the treaty no position of its own
//   (`conditionedVehicle`).
import type { Issue, Stance } from '../../lexicons/schema.js';
import type { IssueHit, StanceHit } from './cues.js';

/**
 * Pairs of issues one phrase may name together: both are read from the same words, and the one named first is kept
 * (on the same words, the first of the pair). The captives are one issue even when coordinated ("hostages and
 * prisoners"); the other pairs only with no "and"/"or" between ("the return of western Tigray and the withdrawal of
 * Eritrean troops", "a Palestinian state and any role for the Authority" are two positions each).
 */
const ALTERNATIVES: readonly (readonly [Issue, Issue, 'coordinated' | 'one phrase'])[] = [
  ['hostages', 'prisoners', 'coordinated'],
  // ("will never give up its nuclear arsenal to end sanctions"; "must restore cooperation with the inspectors to avoid the
  // return of UN sanctions" keeps the nuclear demand, named first; "snapback", one word for both, is the sanctions.)
  ['sanctions', 'nuclear', 'one phrase'],
  ['withdrawal', 'territory', 'one phrase'],
  // (Tried and dropped, measured: economic and humanitarian (invented corridors and access are meant as one of them); elections and territory, nuclear or a ceasefire beside talks, security guarantees and
  // minority rights, humanitarian and territory as one phrase cost a held-out true position and broke invented cases
  // where both are meant: "Polisario rejects autonomy" is territory, not the governance beside it.)
];

/** Between two issues of one phrase: no clause break (a comma, semicolon, colon or dash) and at most 80 characters. */
const CLAUSE_BREAK = /[,;:—–()]|\s-\s/;
/** Two issues coordinated: two things named, not one. */
const COORDINATED = /\b(?:and|or|nor|as well as)\b/i;

export interface HeldIssue { holder: string; stance: Stance; issue: Issue; at?: { start: number; end: number } }

/**
 * The indices of positions to drop because another position of the same holder and stance names a closely
 * related issue in the same phrase ("refused a truce for the release of 40 hostages and prisoners": hostages,
 * not also prisoners). Positions with no issue span are never dropped.
 */
export function mergeAlternatives(held: readonly HeldIssue[], text: string): Set<number> {
  const drop = new Set<number>();
  for (let i = 0; i < held.length; i++) {
    for (let j = 0; j < held.length; j++) {
      if (i === j || drop.has(i) || drop.has(j)) continue;
      const a = held[i], b = held[j];
      if (a.holder !== b.holder || a.stance !== b.stance || !a.at || !b.at) continue;
      // (a is kept: named first, or on the same words the first of its pair.)
      const pair = ALTERNATIVES.find(([x, y]) => (a.issue === x && b.issue === y) || (a.issue === y && b.issue === x));
      if (!pair || b.at.start < a.at.start || (b.at.start === a.at.start && a.issue !== pair[0])) continue;
      const [first, second] = [a.at, b.at];
      const between = second.start > first.end ? text.slice(first.end, second.start) : '';
      if (between.length <= 80 && !CLAUSE_BREAK.test(between) && (pair[2] === 'coordinated' || !COORDINATED.test(between))) drop.add(j);
    }
  }
  return drop;
}

/** "would only", "will only agree", "would only accept": a demand cue whose own object is what the side accepts on a condition. */
const ONLY_CUE = /^(?:(?:would|will|could|can)\s+)?only(?:\s+(?:accept|agree))?$|^only accept$/i;
/** After a bare "would only": the verb of accepting or taking part, then the object ("discuss the", "agree to a"). */
const ACCEPTING_VERB = /^\s+(?:agree\s+(?:to|on)|accept|discuss|negotiate(?:\s+(?:on|over))?|sign|meet|consider|enter(?:\s+into)?|join|engage\s+in|hold|resume|talk\s+about)\s+/i;
/** A condition word between the cue and the issue: the issue is the condition's, demanded. */
const CONDITION_WORD = /\b(?:if|when|after|once|unless|until|provided|that|which|who|including|includes?|with|long as)\b|[,;:]/i;

/** What the offer waits for: another issue after "if", "after", "once", "when", "unless", "until" or "provided". */
const WAITS_FOR = /\b(?:if|after|once|when|unless|until|provided)\b/i;

/**
 * "The army would only agree to a truce if the rebels withdrew": the truce, the cue's own object, is offered when the
 * condition names another issue ("Kyiv will only accept security guarantees that include U.S. troops" demands them).
 */
export function onlyOffered(stance: StanceHit, hit: IssueHit, issues: readonly IssueHit[], text: string): boolean {
  if (stance.stance !== 'demand' || !ONLY_CUE.test(stance.cue) || stance.end > hit.start) return false;
  if (!issues.some((o) => o.issue !== hit.issue && o.start >= hit.end && o.start - hit.end <= 120 && !/[.;]/.test(text.slice(hit.end, o.start)) && WAITS_FOR.test(text.slice(hit.end, o.start)))) return false;
  const between = text.slice(stance.end, hit.start);
  if (between.length > 60 || CONDITION_WORD.test(between)) return false;
  // A bare "would only" takes the object of an accepting verb ("will only discuss the captives after ..."),
  // not an outcome ("the war will only end once ...").
  return /\s(?:accept|agree)$/i.test(stance.cue) || /^only accept$/i.test(stance.cue) || ACCEPTING_VERB.test(between);
}

/** The deal, treaty or settlement a conditional cue frames. */
const VEHICLE_WORDS = /(?:treaty|deal|settlement|agreement|accord)s?$/i;
/** A conditional cue: a refusal or an acceptance that names its condition. */
const CONDITIONAL_CUE = /\b(?:only|unless|without|until)\b/i;
/** A condition word that opens what the deal waits for. */
const CONDITION_OPENS = /\b(?:without|unless|until|if|including)\b|\b(?:that|which) (?:includes?|guarantees?|provides?|contains?|ensures?)\b/i;
/** A refusal's condition after the deal: "without", "unless" or "until". */
const REFUSAL_CONDITION = /\b(?:without|unless|until)\b/i;
/** From the deal to the condition's issue: one clause (no full stop or semicolon), the condition word within its first 110 characters. */
const opensIn = (between: string, word: RegExp): boolean => between.length <= 200 && !/[.;]/.test(between) && word.test(between.slice(0, 110));

/**
 * "Baku will not sign a peace treaty without a change of Armenia's constitution", "would only accept a peace
 * settlement that includes security guarantees": the deal the conditional cue frames is no position when the
 * condition names another issue; the condition is the position.
 */
export function conditionedVehicle(stance: StanceHit, hit: IssueHit, issues: readonly IssueHit[], text: string): boolean {
  if (hit.issue !== 'peace_talks' || !VEHICLE_WORDS.test(text.slice(hit.start, hit.end))) return false;
  if (stance.start > hit.start) return false;
  // (A refusal may take the deal with a plain verb, "will not sign", and name its condition after it: "without", "unless".)
  const refusedUnless = (o: IssueHit) => stance.stance === 'reject' && opensIn(text.slice(hit.end, o.start), REFUSAL_CONDITION);
  return issues.some((o) => o.issue !== 'peace_talks' && o.start >= hit.end && (CONDITIONAL_CUE.test(stance.cue) ? opensIn(text.slice(hit.end, o.start), CONDITION_OPENS) : refusedUnless(o)));
}

/** "even in return for", "even in exchange for" and up to four words of what follows, before an issue. */
const EVEN_IN_RETURN = /\beven\s+in\s+(?:return|exchange)\s+for\s+(?:[^\s,;.]+\s+){0,4}$/i;

/**
 * "Armenia rejects ceding any villages, even in return for a peace treaty": what a side would not take in payment for
 * the issue it refuses is no position of its own; the refusal is of the issue named before it.
 */
export function refusedPayment(stance: StanceHit, hit: IssueHit, issues: readonly IssueHit[], text: string): boolean {
  if (stance.end > hit.start || !EVEN_IN_RETURN.test(text.slice(Math.max(stance.end, hit.start - 60), hit.start))) return false;
  return issues.some((o) => o.issue !== hit.issue && o.start >= stance.start && o.end <= hit.start);
}

/** Stances one statement may be read as (the first is kept): "urged Kyiv to accelerate negotiations" demands and supports them. */
const STANCE_ALTERNATIVES: readonly (readonly [Stance, Stance])[] = [
  ['demand', 'support'],
  ['offer', 'support'],
];

/** The indices of positions to drop because the same holder holds the same issue in the sentence with a stance read from the same words (support beside a demand or an offer). */
export function mergeStances(held: readonly HeldIssue[]): Set<number> {
  const drop = new Set<number>();
  held.forEach((b, j) => {
    if (held.some((a, i) => i !== j && !drop.has(i) && a.holder === b.holder && a.issue === b.issue && STANCE_ALTERNATIVES.some(([kept, dropped]) => a.stance === kept && b.stance === dropped))) drop.add(j);
  });
  return drop;
}
