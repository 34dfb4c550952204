// An issue named only by reference: "Kyiv wants a truce now. Moscow turned this proposal down."
// The noun phrase ("this proposal", "such a deployment", "the plan") stands for the issue named
// just before it, in its own sentence or in the one or two sentences before it in the paragraph;
// a stance cue that takes the phrase takes that issue.
import type { Issue } from '../../lexicons/schema.js';
import type { SentenceView } from '../sentence-view.js';
import type { IssueHit, StanceHit } from './cues.js';
import { NEW_CLAUSE } from './governing.js';
import { matchesOf } from '../../doc/matches.js';

/** The nouns a side's proposal is referred back to by. */
const NOUN = String.raw`(?:proposals?|plans?|ideas?|offers?|deal|deployment|move|initiatives?|positions?|demands?|requests?|step|arrangements?|suggestions?|conditions|approach|stance|scheme|formula|concept|option|vision|terms)`;
/** Nouns of an announced step or a threat, referred back to after "the" or "any" ("welcomed the announcement", "rejects any extension"). */
const STEP_NOUN = String.raw`(?:announcement|decision|calls?|extensions?|understanding|threat)`;
/** "this proposal", "such a deployment", "these demands" (a demonstrative may refer further back than "the"). */
// ("dismissed that precondition", "rejected this condition", "ready to observe such a pause": a condition, or a pause named
// again, by a demonstrative only, never "on the condition that".)
const DEMONSTRATIVE = new RegExp(String.raw`\b(?:this|that|these|those|such(?:\s+an?)?)\s+(?:[\p{L}-]+\s+)?(?:${NOUN}|(?:pre-?)?conditions?|ultimatums?|pauses?|halts?|freezes?|moratori(?:um|ums|a))\b`, 'giu');
/** "rejected the plan", "welcomed the move": with "the" only right after its stance cue. */
const DEFINITE = new RegExp(String.raw`\bthe\s+(?:(?:latest|new|proposed|same|whole|entire|american|u\.s\.|us|european|russian|ukrainian|egyptian|arab|qatari|israeli)\s+)?${NOUN}\b`, 'giu');
/** "welcomed the announcement", "dismissed the threat", "rejects any extension". */
const STEP = new RegExp(String.raw`\b(?:the|any)\s+${STEP_NOUN}\b`, 'giu');
/** "welcomed the Lebanese government's announcement": a government's or a body's phrase, with "the" right after the cue. */
const POSSESSED = new RegExp(String.raw`\bthe\s+[\p{L}-]+\s+(?:government|cabinet|council|army|junta|authorities)['’]s?\s+(?:announcement|decision|plan|proposal|move|initiative|offer|step)\b`, 'giu');

/** "Moscow rejected it": an object pronoun right after a one-word stance verb. */
const PRONOUN = /\b(?:it|them)\b(?!\s+(?:to|that|is|was|were|are|would|will|has|had|could|should|must|may|might)\b)/giu;

/** Whether sentence text holds a referring phrase at all (a cheap test before the stance cues are found). */
export function mayRefer(text: string): boolean {
  return text.search(DEMONSTRATIVE) >= 0 || text.search(DEFINITE) >= 0 || text.search(STEP) >= 0 || text.search(POSSESSED) >= 0 || text.search(PRONOUN) >= 0;
}

/** Issues of the sentences before, as the positions stage found them (positions first, then plain hits). */
export interface Prior { start: number; end: number; positionIssues: Issue[]; hitIssues: Issue[] }

/**
 * Reference hits of sentence s: the referring phrases a stance cue takes, each resolved to the
 * issues named last before it. `prior` holds the earlier sentences of the document in order.
 */
export function referenceHits(s: SentenceView, stances: StanceHit[], issues: IssueHit[], prior: Prior[], text: string): IssueHit[] {
  const out: IssueHit[] = [];
  for (const [re, near] of [[DEMONSTRATIVE, 40], [DEFINITE, 12], [STEP, 12], [POSSESSED, 12], [PRONOUN, 1]] as const) {
    for (const m of matchesOf(s.text, re)) {
      const start = s.start + m.index!;
      const end = start + m[0].length;
      // ("rejected it", "welcomed them": the verb itself, one word, right before; not a pronoun subject.)
      if (re === PRONOUN && !stances.some((st) => st.end + 1 === start && /^[a-z]+(?:ed|es|s)$/i.test(st.cue) && !/\s/.test(st.cue))) continue;
      // (A pronoun refers only to the sentences before, never to an issue of its own sentence.)
      if (re === PRONOUN && issues.some((h) => h.end <= start)) continue;
      // The phrase is already an issue ("the peace plan") or names its own issue ("the proposal for a truce").
      if (issues.some((h) => h.start < end + 60 && h.end > start && (h.start < end || /^\s+(?:of|for|on|to|over|about|that|which)\b/i.test(text.slice(end, h.start)) && !/[,;]/.test(text.slice(end, h.start))))) continue;
      // ("floated the idea of letting ...": a phrase with its own content after it refers to nothing.)
      // ("rejected the deal on Saturday": a day is no content.)
      if ((re === DEFINITE || re === STEP || re === POSSESSED) && /^\s+(?:of|to|that|for|on(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|over|about|with|by)\b/i.test(text.slice(end, end + 20))) continue;
      if (!taken(start, end, stances, text, near)) continue;
      const referent = referentOf(s, start, issues, prior, text);
      for (const issue of referent) out.push({ start, end, cue: m[0], issue });
    }
  }
  return out;
}

/** A stance cue right before the phrase in its clause, or a passive/agent stance right after it ("this plan was rejected by"). */
function taken(start: number, end: number, stances: StanceHit[], text: string, near: number): boolean {
  // ("opposes any extension": a cue that ends inside the phrase's determiner takes it too.)
  return stances.some((st) => (st.start < start && start < st.end && st.end < end && /\bany$/i.test(st.cue))
    || (st.end <= start && start - st.end <= near && !NEW_CLAUSE.test(text.slice(st.end, start)) && !/[,;:]/.test(text.slice(st.end, start)))
    || (st.start >= end && st.start - end <= 30 && (!!st.agent || /^\s+(?:has\s+been|have\s+been|had\s+been|was|were|is|are)\s+(?:\w+ly\s+)?$/i.test(text.slice(end, st.start))))
    // ("The plan, drafted by Cairo, has been rejected by Israel": past a participle in apposition.)
    || (st.start >= end && st.start - end <= 120 && /^,\s+\w+(?:ed|en|wn)\s[^,;]{1,80},\s+(?:has\s+been|have\s+been|had\s+been|was|were|is|are)\s+(?:\w+ly\s+)?$/i.test(text.slice(end, st.start))));
}

/** The issues named last before the phrase: earlier in its sentence, else in the two sentences before it in its paragraph. */
function referentOf(s: SentenceView, at: number, issues: IssueHit[], prior: Prior[], text: string): Issue[] {
  const here = issues.filter((h) => h.end <= at);
  if (here.length) return distinct(here.slice(-2).map((h) => h.issue));
  let from = s.start;
  for (let i = prior.length - 1; i >= 0 && i >= prior.length - 2; i--) {
    const p = prior[i];
    // Not across a paragraph break.
    if (/\n\s*\n/.test(text.slice(p.end, from))) break;
    const found = p.positionIssues.length ? p.positionIssues : p.hitIssues;
    if (found.length) return distinct(found).slice(0, 3);
    from = p.start;
  }
  return [];
}

function distinct(xs: Issue[]): Issue[] {
  return [...new Set(xs)];
}
