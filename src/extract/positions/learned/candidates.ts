// Candidate positions for the learned filter, more than the rules make: in every sentence with an
// issue cue, each actor that could hold a stance there (one named in the sentence, the claim's
// source, the last speaker) on each issue named, with each stance a cue of the sentence gives,
// plus the rules' own positions. Each candidate carries named features (the rules' verdict,
// cue words, the words between holder, cue and issue, negation, quotes, the claim's hedge ...)
// that a linear model weighs (see apply.ts and scripts/train-positions.ts).
import type { Claim, Doc, Position } from '../../../doc/model.js';
import type { Stance } from '../../../lexicons/schema.js';
import type { Ctx } from '../../../pipeline/context.js';
import { findCues } from '../../../lexicons/index.js';
import { viewOf, claimHolding, type DocView, type SentenceView } from '../../sentence-view.js';
import { issueHits, stanceHits, type IssueHit, type StanceHit } from '../cues.js';
import { governingStance, modalStance } from '../governing.js';
import { conditionOf } from '../condition.js';
import { deniedReport, notAPosition } from '../hard-negatives.js';
import { holderOf } from '../holders.js';
import { unnamedHeads } from '../../claims/find-source.js';

/** Which rule made a position and how it found the holder. */
export interface RuleNote { rule: string; holderBy: string; cue: string | null; modal: boolean; /** The issue cue the position was read from, where one rule read it (posprec22: one position per phrase). */ at?: { start: number; end: number } }
export interface RuleOutput { positions: Position[]; notes: RuleNote[] }

export interface Candidate {
  position: Position;
  /** The index of the rules' position it is, or -1. */
  rule: number;
  /** The side the holder speaks for: a person's or a state's country, else the holder itself. */
  side: string;
  /** Sorted, without repeats. */
  features: string[];
}

const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall']);
const PAST = new Set(['had', 'was', 'were', 'did']);

/** A distance in characters, in a few bands. */
function band(n: number): string {
  return n <= 1 ? '0' : n < 12 ? 's' : n < 35 ? 'm' : n < 90 ? 'l' : 'xl';
}

/** Whether `at` lies inside a quotation of the sentence (an odd number of straight quotes before it, or an open curly one). */
function quoted(s: SentenceView, at: number): boolean {
  const before = s.text.slice(0, Math.max(0, at - s.start));
  const straight = (before.match(/"/g) ?? []).length;
  return straight % 2 === 1 || before.lastIndexOf('“') > before.lastIndexOf('”');
}

/** Lower-case lemmas of the words between two offsets. */
function lemmas(s: SentenceView, from: number, to: number): string[] {
  return s.words.filter((w) => w.start >= from && w.end <= to && /\p{L}/u.test(w.text)).map((w) => (w.lemma || w.key).toLowerCase());
}

function usable(dv: DocView, actor: string | null | undefined): actor is string {
  return !!actor && dv.kindOf(actor) !== 'group' && !dv.isMedia(actor);
}

interface SentenceFacts {
  s: SentenceView;
  claim: Claim | null;
  claimIndex: number;
  negated: boolean;
  sentenceFeatures: string[];
  heads: Set<string>;
}

export function positionCandidates(doc: Doc, ctx: Ctx, rules: RuleOutput): Candidate[] {
  const dv = viewOf(doc, ctx.kb);
  const heads = unnamedHeads(ctx.lexicons.hedges.unnamed_sources);
  const out: Candidate[] = [];
  const sideOf = (holder: string) => (['person', 'state'].includes(dv.kindOf(holder) ?? '') ? dv.countryOf(holder) : null) ?? holder;
  const bySentence = new Map<number, number[]>();
  rules.positions.forEach((p, i) => {
    const list = bySentence.get(p.evidence.start) ?? [];
    list.push(i);
    bySentence.set(p.evidence.start, list);
  });
  for (const s of dv.sentences) {
    if (s.removed) continue;
    const ruled = bySentence.get(s.start) ?? [];
    const named = issueHits(s, ctx, dv);
    if (!named.length && !ruled.length) continue;
    const claimIndex = claimHolding(doc, s);
    const claim = claimIndex >= 0 ? doc.claims[claimIndex] : null;
    const negated = findCues(s.text, ctx.lexicons.stances.negators, s.start).length > 0;
    const facts: SentenceFacts = { s, claim, claimIndex, negated, sentenceFeatures: sentenceFeatures(s, claim, negated, named.length, ruled.length), heads };
    const stances = named.length ? stanceHits(s, ctx, dv) : [];
    // Who could hold a stance here, and how each is offered.
    const holders = new Map<string, Set<string>>();
    const offer = (actor: string | null | undefined, how: string) => {
      if (!usable(dv, actor)) return;
      const a = dv.speaksFor(actor);
      if (!usable(dv, a)) return;
      const set = holders.get(a) ?? new Set<string>();
      set.add(how);
      holders.set(a, set);
    };
    for (const m of s.mentions) offer(m.actor, 'mention');
    offer(claim?.source, 'claim');
    offer(dv.lastSpeaker?.(s.start), 'last');
    for (const i of ruled) offer(rules.positions[i].holder, 'rule');
    const made = new Set<string>();
    for (const hit of named) {
      const governing = governingStance(stances, hit, doc.text) ?? modalStance(s, hit);
      // Each stance the sentence offers, with the cue nearest the issue.
      const options = new Map<Stance, StanceHit>();
      if (governing) options.set(governing.stance, governing);
      for (const st of stances) {
        const had = options.get(st.stance);
        if (!had || (had !== governing && gap(st, hit) < gap(had, hit))) options.set(st.stance, st);
      }
      for (const [holder, how] of holders) {
        for (const [stance, cue] of options) {
          const key = `${holder}|${stance}|${hit.issue}`;
          if (made.has(key)) continue;
          made.add(key);
          const rule = ruled.find((i) => rules.positions[i].holder === holder && rules.positions[i].stance === stance && rules.positions[i].issue === hit.issue) ?? -1;
          const position: Position = rule >= 0 ? rules.positions[rule] : {
            holder, stance, issue: hit.issue, target: null, condition: conditionOf(s, ctx),
            claim: claimIndex >= 0 ? claimIndex : null, evidence: { start: s.start, end: s.end },
          };
          const features = candidateFeatures(dv, facts, rules, ruled, position, how, hit, cue, cue === governing);
          out.push({ position, rule, side: sideOf(holder), features });
        }
      }
    }
    // The rules' positions on issues named by reference (no cue of the issue in the sentence).
    for (const i of ruled) {
      const p = rules.positions[i];
      const key = `${p.holder}|${p.stance}|${p.issue}`;
      if (made.has(key)) continue;
      made.add(key);
      out.push({ position: p, rule: i, side: sideOf(p.holder), features: candidateFeatures(dv, facts, rules, ruled, p, holders.get(p.holder) ?? new Set(['rule']), null, null, false) });
    }
  }
  return out;
}

/** Characters between a stance cue and an issue. */
function gap(st: StanceHit, hit: IssueHit): number {
  return st.end <= hit.start ? hit.start - st.end : st.start >= hit.end ? st.start - hit.end : 0;
}

/** A question mark in the run of non-word characters that ends the text ("... deal?”"): what `/\?\W*$/` tests, without its quadratic restarts. */
function endsInQuestion(t: string): boolean {
  for (let i = t.length - 1; i >= 0 && /\W/.test(t[i]); i--) if (t[i] === '?') return true;
  return false;
}

function sentenceFeatures(s: SentenceView, claim: SentenceFacts['claim'], negated: boolean, issues: number, ruled: number): string[] {
  const f = ['bias', `claim:${claim ? claim.hedge : 'none'}`, `sent:${Math.min(s.index, 3)}`, `issues:${Math.min(issues, 3)}`, `ruled:${Math.min(ruled, 2)}`];
  if (negated) f.push('neg');
  if (/[“”"]/.test(s.text)) f.push('quote');
  if (endsInQuestion(s.text)) f.push('question');
  if (claim?.source_text) for (const w of claim.source_text.toLowerCase().match(/\p{L}+/gu) ?? []) f.push(`src:${w}`);
  for (const w of s.words) {
    if (MODALS.has(w.key)) f.push(`modal:${w.key}`);
    if (PAST.has(w.key)) f.push('past');
  }
  const actors = new Set(s.mentions.map((m) => m.actor)).size;
  f.push(`actors:${Math.min(actors, 4)}`);
  return f;
}

function candidateFeatures(
  dv: DocView, facts: SentenceFacts, rules: RuleOutput, ruled: number[], p: Position, how: Set<string>,
  hit: IssueHit | null, cue: StanceHit | null, governs: boolean,
): string[] {
  const { s, claim } = facts;
  const f = [...facts.sentenceFeatures, `st:${p.stance}`, `is:${p.issue}`, `st_is:${p.stance}:${p.issue}`];
  const kind = dv.kindOf(p.holder) ?? 'unknown';
  f.push(`hk:${kind}`, `hk_st:${kind}:${p.stance}`);
  for (const h of how) f.push(`hs:${h}`);
  f.push(`hs_all:${[...how].sort().join('+')}`);
  if (claim?.source && dv.speaksFor(claim.source) === p.holder) f.push('h:claim_source');
  // What the rules said about it.
  const same = ruled.filter((i) => rules.positions[i].holder === p.holder && rules.positions[i].issue === p.issue);
  const exact = same.find((i) => rules.positions[i].stance === p.stance);
  if (exact !== undefined) {
    const note = rules.notes[exact];
    f.push('r:exact', `r:rule:${note.rule}`, `r:by:${note.holderBy}`, `r:rule_by:${note.rule}:${note.holderBy}`);
    if (note.modal) f.push('r:modal');
    if (note.cue) f.push(`r:cue:${note.cue.toLowerCase()}`);
  } else if (same.length) f.push('r:other_stance');
  else if (ruled.some((i) => rules.positions[i].issue === p.issue)) f.push(rules.positions.some((q, i) => ruled.includes(i) && q.issue === p.issue && q.stance === p.stance) ? 'r:other_holder_same_stance' : 'r:other_holder');
  else if (ruled.some((i) => rules.positions[i].holder === p.holder)) f.push('r:holder_other_issue');
  else f.push(ruled.length ? 'r:not_this' : 'r:none');
  if (!hit) { f.push('i:reference'); return finish(f); }
  // The holder's mention nearest before the cue (or the issue), else the first after.
  const anchor = cue ? Math.min(cue.start, hit.start) : hit.start;
  const mentions = s.mentions.filter((m) => dv.speaksFor(m.actor) === p.holder);
  const before = [...mentions].reverse().find((m) => m.end <= anchor);
  const mention = before ?? mentions.find((m) => m.start >= anchor);
  if (!mention) f.push('h:not_named');
  else {
    f.push(before ? 'h:before' : 'h:after', `h:dist:${before ? band(anchor - mention.end) : band(mention.start - anchor)}`, `h:via:${mention.via}`);
    if (quoted(s, mention.start)) f.push('h:quoted');
    if (mention === s.mentions[0]) f.push('h:first');
    if (/^['’]s\b/.test(dv.doc.text.slice(mention.end, mention.end + 2))) f.push('h:possessive');
    if (before) {
      const others = s.mentions.filter((m) => m.start > mention.end && m.end <= anchor && dv.speaksFor(m.actor) !== p.holder);
      if (others.length) f.push('h:others_between');
      const between = dv.doc.text.slice(mention.end, anchor);
      if (/[,;:]/.test(between)) f.push('h:punct_between');
      const words = lemmas(s, mention.end, anchor);
      if (words.length <= 6) for (const w of words) f.push(`hb:${w}`);
      else f.push('hb:long');
    }
    const prev = s.words.filter((w) => w.end <= mention.start).slice(-1);
    for (const w of prev) f.push(`hw-:${(w.lemma || w.key).toLowerCase()}`);
  }
  if (quoted(s, hit.start)) f.push('i:quoted');
  f.push(`i:cue:${dv.doc.text.slice(hit.start, hit.end).toLowerCase().split(/\s+/).slice(0, 3).join('_')}`);
  for (const w of s.words.filter((x) => x.end <= hit.start).slice(-2)) f.push(`iw-:${(w.lemma || w.key).toLowerCase()}`);
  for (const w of s.words.filter((x) => x.start >= hit.end).slice(0, 2)) f.push(`iw+:${(w.lemma || w.key).toLowerCase()}`);
  if (!cue) { f.push('c:none'); return finish(f); }
  const cueText = cue.cue.toLowerCase();
  // The rules' own tests: the denial of a report, a prediction, an accusation ... (hard-negatives.ts), and the holder they would pick.
  if (deniedReport(cue, hit.start, s.text, s.start)) f.push('hn:denied');
  if (notAPosition(cue, hit, s, dv, claim)) f.push('hn:not_a_position');
  const picked = holderOf(s, cue, claim, dv, facts.heads);
  f.push(picked ? (dv.speaksFor(picked) === p.holder ? 'h:picked' : 'h:other_picked') : 'h:none_picked');
  f.push(`c:${cueText}`, `c_st:${cueText}:${p.stance}`);
  if (governs) f.push('c:governs', `c:governs:${p.stance}`);
  if (cue.agent) f.push(cue.agent === p.holder ? 'c:agent_is_holder' : 'c:agent_other');
  const after = cue.start >= hit.end;
  const inside = cue.start < hit.end && hit.start < cue.end;
  f.push(inside ? 'c:inside' : after ? 'c:after' : 'c:before', `c:dist:${band(gap(cue, hit))}`);
  if (!inside) {
    const words = after ? lemmas(s, hit.end, cue.start) : lemmas(s, cue.end, hit.start);
    if (words.length <= 8) {
      for (const w of words) f.push(`cb:${w}`);
      for (let i = 0; i + 1 < words.length; i++) f.push(`cb2:${words[i]}_${words[i + 1]}`);
    } else f.push('cb:long');
    if (/[,;]/.test(after ? dv.doc.text.slice(hit.end, cue.start) : dv.doc.text.slice(cue.end, hit.start))) f.push('c:punct_between');
  }
  for (const w of s.words.filter((x) => x.end <= cue.start).slice(-2)) f.push(`cw-:${(w.lemma || w.key).toLowerCase()}`);
  if (facts.negated && /\b(?:not|never|no|n't)\b/i.test(dv.doc.text.slice(Math.max(s.start, cue.start - 14), cue.start))) f.push('c:negated_near');
  return finish(f);
}

function finish(f: string[]): string[] {
  return [...new Set(f)].sort();
}
