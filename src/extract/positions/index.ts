// The positions stage: who demands, rejects, supports or offers what, on which issue.
// A stance cue governs the issue cues that follow it in its sentence, so a list after one
// cue ("demands include neutrality, abandoning NATO ambitions, demilitarising and ...") gives
// one position an item. The holder is the claim's named source, else the subject before the
// cue; negation turns the stance ("will not accept" rejects, "will not ... unless" demands).
import type { Doc, Position, Claim } from '../../doc/model.js';
import type { Issue, Stance } from '../../lexicons/schema.js';
import type { Ctx } from '../../pipeline/context.js';
import { findCues, CueTable, type CueHit } from '../../lexicons/index.js';
import { viewOf, type DocView, type SentenceView } from '../sentence-view.js';
import { subjectBefore, unnamedHeads, clauseSubject } from '../claims/find-source.js';

interface StanceHit extends CueHit { stance: Stance }
interface IssueHit extends CueHit { issue: Issue }

const NEGATION_FLIP: Record<Stance, Stance> = { support: 'reject', offer: 'reject', reject: 'support', demand: 'reject' };

export function positionsStage(doc: Doc, ctx: Ctx): Doc {
  const dv = viewOf(doc, ctx.kb);
  const heads = unnamedHeads(ctx.lexicons.hedges.unnamed_sources);
  const positions: Position[] = [];
  for (const s of dv.sentences) {
    if (s.removed) continue;
    const issues = issueHits(s, ctx);
    const claimIndex = doc.claims.findIndex((c) => c.evidence.start <= s.start && s.end <= c.evidence.end);
    const claim = claimIndex >= 0 ? doc.claims[claimIndex] : null;
    const sentenceFrom = positions.length;
    // Stance cues matter where there is an issue, or terms named again ("rejected such terms").
    const namesTerms = TERMS_WORD.test(s.text);
    if (!issues.length && !namesTerms) continue;
    const stances = stanceHits(s, ctx);
    // (No stance cue: a modal before an act may still state one, see modalStance.)
    const seen = new Set<string>();
    // "agreed to the proposal for a ceasefire": the talks are the vehicle, the ceasefire the issue.
    // (A "peace deal", "peace plan" names the issue itself.)
    const VEHICLE = /^(?!peace\b)(?:\S+\s+){0,2}(?:talks|deal|deals|proposal|proposals|negotiat\S*|agreement|plan|framework|mediat\S*)$/i;
    for (const hit of issues) {
      if (hit.issue === 'peace_talks' && VEHICLE.test(doc.text.slice(hit.start, hit.end)) && issues.some((o) => o.issue !== 'peace_talks' && Math.abs(o.start - hit.start) < 80)) continue;
      const governing = governingStance(stances, hit, doc.text) ?? modalStance(s, hit);
      if (!governing) continue;
      let stance: StanceHit = governing;
      const deontic = DEONTIC.test(stance.cue);
      const speaker = deontic ? speakerOf(s, stance, claim, dv) : null;
      const asking = speaker ? null : askerOf(s, stance, dv, heads);
      const holder = speaker ?? asking?.holder ?? holderOf(s, stance, claim, dv, heads);
      // A news agency reports positions, it does not hold them ("(Reuters) - Moscow is ...").
      if (!holder || dv.isMedia(holder)) continue;
      if (asking) stance = { ...stance, stance: 'demand' };
      // "promised to end the war": ending a war is wanted, not conceded.
      // (Halting one's own strikes is still an offer: "agreed to halt strikes on energy infrastructure".)
      if (stance.stance === 'offer' && hit.issue === 'ceasefire' && /^(?:end|ending|stop|stopping)\b.*\b(?:war|conflict)\b/i.test(doc.text.slice(hit.start, hit.end))) stance = { ...stance, stance: 'support' };
      // "counter a grave threat from Ukrainian membership of NATO": a threat is opposed.
      if (THREAT_FROM.test(doc.text.slice(Math.max(s.start, hit.start - 60), hit.start))) stance = { ...stance, stance: 'reject' };
      // "agreed to disarm in exchange for a full withdrawal": what an offer asks in return is demanded
      // (not inside a proposal's own terms: "proposed a truce that would see X in exchange for Y").
      if (stance.stance === 'offer' && stance.end <= hit.start && IN_RETURN.test(doc.text.slice(stance.end, hit.start)) && !/\b(?:that|which|who)\b/i.test(doc.text.slice(stance.end, hit.start))) {
        stance = { ...stance, stance: 'demand' };
      }
      // "he wanted Ukraine to supply ...": wanting one's own state to act is support, not a demand.
      if (/^want/.test(stance.cue) && stance.stance === 'demand') {
        const object = s.mentions.find((m) => m.start >= stance.end);
        const own = object && (object.actor === holder || dv.countryOf(object.actor) === dv.countryOf(holder)) && dv.countryOf(holder) !== null;
        if (own) stance = { ...stance, stance: 'support' };
      }
      // "Britain and France offered to lead a reassurance force": each of the coordinated subjects holds it.
      const holders = speaker || asking ? [holder] : [...coordinatedWith(s, holder, stance.start, dv), holder];
      for (const h of holders) {
        const key = `${h}|${stance.stance}|${hit.issue}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const target = asking?.target ?? (speaker ? subjectBefore(s, stance.start, dv, heads)?.actor : null) ?? targetOf(s, h, stance, dv);
        positions.push({
          holder: h, stance: stance.stance, issue: hit.issue, target: target && !ownSide(h, target, holders, dv) ? target : null,
          condition: conditionOf(s, ctx), claim: claimIndex >= 0 ? claimIndex : null, evidence: { start: s.start, end: s.end },
        });
      }
    }
    // A rejection that governed no issue of its own may answer terms stated before.
    if (namesTerms && !positions.slice(sentenceFrom).some((p) => p.stance === 'reject')) {
      const answer = rejectionOfTerms(s, stances, positions.slice(0, sentenceFrom), claim, dv, heads);
      if (answer) positions.push({ ...answer, claim: claimIndex >= 0 ? claimIndex : null });
    }
  }
  return { ...doc, positions };
}

const tables = new WeakMap<object, { issues: CueTable<Issue>; not: CueTable<Issue>; stances: CueTable<Stance> }>();

function tablesOf(ctx: Ctx) {
  let t = tables.get(ctx.lexicons);
  if (!t) {
    t = {
      issues: new CueTable(ctx.lexicons.issues.issues.flatMap((e) => e.cues.map((c) => [c, e.issue] as [string, Issue]))),
      not: new CueTable(ctx.lexicons.issues.issues.flatMap((e) => e.not.map((c) => [c, e.issue] as [string, Issue]))),
      stances: new CueTable(ctx.lexicons.stances.stances.flatMap((e) => e.cues.map((c) => [c, e.stance] as [string, Stance]))),
    };
    tables.set(ctx.lexicons, t);
  }
  return t;
}

function issueHits(s: SentenceView, ctx: Ctx): IssueHit[] {
  const out: IssueHit[] = [];
  const t = tablesOf(ctx);
  const not = t.not.find(s.text, s.start);
  for (const h of t.issues.find(s.text, s.start)) {
    if (not.some((n) => n.owner === h.owner && n.start <= h.start && h.end <= n.end)) continue;
    if (!out.some((o) => o.issue === h.owner && o.start < h.end && h.start < o.end)) out.push({ start: h.start, end: h.end, cue: h.cue, issue: h.owner });
  }
  // "lay down its weapons" is disarmament, not weapons deliveries: a cue inside a longer cue of another issue yields.
  return out
    .filter((h) => !out.some((o) => o !== h && o.issue !== h.issue && o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start))
    // "withdraw its troops from the entirety of the territory of four regions": where the troops leave is the withdrawal's, one position.
    .filter((h) => !(h.issue === 'territory' && out.some((o) => o.issue === 'withdrawal' && o.end <= h.start && /^[^.;,]{0,50}\bfrom\b[^.;,]*$/.test(s.text.slice(o.end - s.start, h.start - s.start)))))
    .sort((a, b) => a.start - b.start);
}

function stanceHits(s: SentenceView, ctx: Ctx): StanceHit[] {
  const lex = ctx.lexicons.stances;
  const all: StanceHit[] = [];
  for (const h of tablesOf(ctx).stances.find(s.text, s.start)) {
    // "Russian-backed forces", "US-led talks": a cue inside a compound adjective is no stance;
    // "tanks backed by air strikes": a participle with its agent neither.
    if (s.text[h.start - s.start - 1] === '-') continue;
    if (/ed$/.test(h.cue) && /^\s+by\b/.test(s.text.slice(h.end - s.start, h.end - s.start + 4))) continue;
    all.push({ start: h.start, end: h.end, cue: h.cue, stance: h.owner });
  }
  // "wants Gaza to be demilitarised" asks something of others: a demand; "wants to end the war" supports.
  for (const h of all) {
    if (h.stance === 'support' && /^want/.test(h.cue) && !/^\s+to\b/.test(s.text.slice(h.end - s.start))) h.stance = 'demand';
  }
  // The longest cue wins where two overlap ("will not ... unless" over "unless").
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: StanceHit[] = [];
  for (const h of all) if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h);
  // "rejected any demand that ...", "dismissed calls for ...": a stance noun that is the object of a stance verb is the verb's.
  for (let i = kept.length - 1; i > 0; i--) {
    const between = s.text.slice(kept[i - 1].end - s.start, kept[i].start - s.start);
    if (/^\s+(?:\w+\s+){0,2}$/.test(between) && /^(?:demand|demands|call|calls|request|requests|proposal|proposals|offer|offers|idea|plan|plans|appeal|appeals)\b/i.test(s.text.slice(kept[i].start - s.start))) kept.splice(i, 1);
  }
  // "demands Ukraine give up land", "urged Kyiv to accept": what the demand asks of another
  // (named between the two cues) is the demand's content, not the other's own stance.
  for (let i = kept.length - 1; i > 0; i--) {
    const demand = kept.slice(0, i).reverse().find((k) => k.stance === 'demand' || k.stance === 'support');
    if (!demand || kept[i].stance === 'reject' || kept[i].stance === 'demand') continue;
    const between = s.text.slice(demand.end - s.start, kept[i].start - s.start);
    const named = s.mentions.some((m) => m.start >= demand.end && m.end <= kept[i].start);
    if (named && between.length < 60 && !NEW_CLAUSE.test(between) && !/\b(?:and|but|or)\s+$/.test(between)) kept.splice(i, 1);
  }
  // "whether Russia should keep or withdraw": a question raised, no one's stance.
  const asked = (h: StanceHit) => /\bwhether\b[^.,;]{0,60}$/i.test(s.text.slice(0, h.start - s.start));
  for (let i = kept.length - 1; i >= 0; i--) if (asked(kept[i])) kept.splice(i, 1);
  const negators = findCues(s.text, lex.negators, s.start);
  return kept.map((h) => {
    if (h.stance === 'demand' && /\bunless\b|\bwithout\b|\bonly\b/.test(h.cue)) return h;
    const negated = negators.some((n) => n.end <= h.start && h.start - n.end <= 12 && !(n.start >= h.start));
    // "has not demanded elections" takes no position at all; "would not support" rejects.
    if (negated && h.stance === 'demand') return null;
    return negated ? { ...h, stance: NEGATION_FLIP[h.stance] } : h;
  }).filter((h): h is StanceHit => h !== null);
}

/** "such conditions", "those demands", "the proposal": terms stated before, named again. */
const TERMS = String.raw`(?:such|these|those|this|that|the|their|its|his|her|moscow's|russia's|kyiv's)\s+(?:\w+\s+)?(?:terms|conditions?|demands?|proposals?|plans?|offer|ultimatum)`;
const TERMS_WORD = /\b(?:terms|conditions?|demands?|proposals?|plans?|offer|ultimatum)\b/i;
const TERMS_AFTER = new RegExp(String.raw`^\s+(?:all\s+)?${TERMS}\b`, 'i');
const TERMS_BEFORE = new RegExp(String.raw`\b${TERMS}\s+(?:\w+\s+){0,3}$`, 'i');

/**
 * "Kyiv has rejected such terms", "such conditions would be tantamount to surrender": a
 * rejection of terms stated in the sentences before rejects their (first) issue, held by
 * another side, which is its target. One position, as one statement.
 */
function rejectionOfTerms(s: SentenceView, stances: StanceHit[], before: Position[], claim: Claim | null, dv: DocView, heads: Set<string>): Omit<Position, 'claim'> | null {
  const reject = stances.find((h) => h.stance === 'reject');
  if (!reject) return null;
  const text = dv.doc.text;
  if (!TERMS_AFTER.test(text.slice(reject.end, s.end)) && !TERMS_BEFORE.test(text.slice(s.start, reject.start))) return null;
  const holder = holderOf(s, reject, claim, dv, heads);
  if (!holder || dv.isMedia(holder)) return null;
  const from = dv.sentences[Math.max(0, s.index - 4)].start;
  // The statement of terms: the sentence before with the most positions of another side, not rejections
  // ("he set out his terms: Ukraine must drop ... and withdraw ..."), the latest of equals; its first issue.
  const bySentence = new Map<number, Position[]>();
  for (let i = before.length - 1; i >= 0 && before[i].evidence.start >= from; i--) {
    const p = before[i];
    if (p.holder === holder || p.stance === 'reject') continue;
    bySentence.set(p.evidence.start, [...(bySentence.get(p.evidence.start) ?? []), p]);
  }
  let terms: Position | null = null;
  let most = 0;
  // (Read backwards: the latest sentence comes first and wins a tie; a group's last is its first issue.)
  for (const group of bySentence.values()) if (group.length > most) { most = group.length; terms = group[group.length - 1]; }
  if (!terms) return null;
  return { holder, stance: 'reject', issue: terms.issue, target: terms.holder, condition: null, evidence: { start: s.start, end: s.end } };
}

/**
 * With no stance cue, a modal right before an issue that is an act: "would not recognise
 * occupied territories as Russian" rejects it, "would lift sanctions if ..." offers it.
 */
function modalStance(s: SentenceView, issue: IssueHit): StanceHit | null {
  const before = s.text.slice(Math.max(0, issue.start - s.start - 40), issue.start - s.start);
  const word = s.words.find((w) => w.start === issue.start);
  if (!word || word.pos !== 'VERB' || !ACTS.test(word.key)) return null;
  const negated = /\b(?:would not|will not|won't|wouldn't|refus(?:e|es|ed|ing) to|cannot|can't|never)\s+(?:\w+ly\s+)?$/i.exec(before);
  if (negated) return { start: issue.start - negated[0].length, end: issue.start, cue: negated[0].trim(), stance: 'reject' };
  const intent = /\b(?:will|would|'ll)\s+(?:\w+ly\s+)?$/i.exec(before);
  // Ending the war is wanted, not conceded ("he would end the war in 24 hours").
  const stance = issue.issue === 'ceasefire' || issue.issue === 'peace_talks' ? 'support' : 'offer';
  if (intent) return { start: issue.start - intent[0].length, end: issue.start, cue: intent[0].trim(), stance };
  return null;
}

/** Acts a side does or refuses on an issue (not "bring peace", which happens to it). */
const ACTS = /^(?:withdraw|pull|recogni[sz]|cede|lift|ease|releas|free|return|disarm|demilitari[sz]|hand|give|surrender|sign|accept|join|allow|open|halt|stop|end|hold|impos|send|deploy|suppl|provid|exchang|swap)/;

/** The nearest stance cue before the issue (a list shares its cue), else the nearest after. */
function governingStance(stances: StanceHit[], issue: IssueHit, text: string): StanceHit | null {
  // "will not disarm unless ...": what the holder will not do is rejected, on a condition.
  const around = stances.find((s) => s.start < issue.start && issue.end <= s.end);
  if (around) return around.stance === 'demand' && /\bunless\b|\bwithout\b/.test(around.cue) ? { ...around, stance: 'reject' } : around;
  const before = stances.filter((s) => s.end <= issue.start + 1 && issue.start - s.end <= 220 && !newClause(text, s, issue.start));
  if (before.length) return before[before.length - 1];
  // A stance after its issue only in the passive or as a verdict: "peacekeepers were ruled out", "a ceasefire is unacceptable".
  // So does a modal of obligation whose subject is the issue: "sanctions relief must be part of any deal".
  const after = stances.filter((s) => s.start >= issue.end && s.start - issue.end <= 30 && !NEW_CLAUSE.test(text.slice(issue.end, s.start))
    && (/\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(issue.end, s.start - 20), s.start)) || (DEONTIC.test(s.cue) && /^\s*$/.test(text.slice(issue.end, s.start)))));
  return after[0] ?? null;
}

/**
 * A clause that starts between a stance cue and an issue takes the issue out of the cue's reach
 * ("will pursue military means if negotiations fail": the talks are not pursued).
 */
const NEW_CLAUSE = /,\s+(?:\w+ly\s+|also\s+)?(?:said|says|called|added|told|warned|noted|stressed)\b|;|, (?:which|who|while|but|saying|after|before|as(?! well as)|when|although|though|because)\b| (?:but|while|whereas|although|because|after|before|since|ahead of|if)\b|(?<![A-Z])[.!?]\s/;

/** Whether a new clause starts between the stance cue and at; "would only accept a deal if ...": the condition is the demand. */
function newClause(text: string, stance: StanceHit, at: number): boolean {
  const between = text.slice(stance.end, at);
  if (!NEW_CLAUSE.test(between)) return false;
  const onlyIf = /\bonly\s+(?:\w+\s+){0,2}$/i.test(text.slice(Math.max(0, stance.start - 30), stance.start)) || /\bonly\b/.test(stance.cue);
  return !onlyIf || NEW_CLAUSE.test(between.replace(/ if\b/g, ' '));
}

/**
 * "Moscow is fighting for Ukraine to give up Donbas": the one asked (Ukraine) is the target;
 * the one asking holds the position, and asking another to give something is a demand.
 */
function askerOf(s: SentenceView, stance: StanceHit, dv: DocView, heads: Set<string>): { holder: string; target: string } | null {
  const asked = subjectBefore(s, stance.start, dv, heads);
  if (!asked?.actor || asked.group) return null;
  const text = dv.doc.text;
  if (!/^\s+to\s/.test(text.slice(asked.end, asked.end + 5)) || !/\bfor\s+$/i.test(text.slice(Math.max(s.start, asked.start - 5), asked.start))) return null;
  const outer = subjectBefore(s, asked.start - 4, dv, heads) ?? clauseSubject(s, asked.start - 4, dv, heads);
  return outer?.actor && dv.kindOf(outer.actor) !== 'group' && outer.actor !== asked.actor ? { holder: outer.actor, target: asked.actor } : null;
}

function holderOf(s: SentenceView, stance: StanceHit, claim: Claim | null, dv: DocView, heads: Set<string>): string | null {
  // "Putin's demands include ...": the possessor of the stance noun.
  const poss = s.mentions.filter((m) => m.end <= stance.start && /^['’]s\s*$/.test(dv.doc.text.slice(m.end, stance.start).replace(/\s+\w+\s*$/, (x) => (x.length < 12 ? '' : x))));
  if (poss.length) return poss[poss.length - 1].actor;
  const subject = subjectBefore(s, stance.start, dv, heads) ?? clauseSubject(s, stance.start, dv, heads);
  // "Ukraine's European allies pledged ...": the allies hold the position, not Ukraine; unnamed, it has no holder.
  if (subject && RELATIONS_OF.test(dv.doc.text.slice(subject.end, stance.start))) return null;
  if (subject?.actor && dv.kindOf(subject.actor) !== 'group') return subject.actor;
  if (claim?.source && dv.kindOf(claim.source) !== 'group' && !isMedia(claim, dv)) return claim.source;
  // The sentence's own subject: its first actor or pronoun ("During this call, he will engage with leaders prepared to ...").
  const first = s.words.find((w) => ['he', 'she', 'it', 'they'].includes(w.key) || s.mentions.some((m) => m.start === w.start));
  if (first && first.start < stance.start) {
    const found = subjectBefore(s, first.end, dv, heads);
    if (found?.actor && dv.kindOf(found.actor) !== 'group') return found.actor;
  }
  return null;
}

/** What is named as a danger: "a grave threat to Russia from potential Ukrainian membership of". */
const THREAT_FROM = /\b(?:threat|danger|menace)s?\b[^.;,]{0,40}\b(?:from|of|posed by)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** What a holder asks in return for what it gives. */
const IN_RETURN = /\bin (?:exchange|return) for\b|\bon condition (?:that|of)\b|\bprovided (?:that\b)?/i;

/** The possessor of a group named by its relation to it: "'s (European) allies", "'s Western backers". */
const RELATIONS_OF = /^['’]s\s+(?:[\w-]+\s+){0,2}(?:allies|partners|backers|supporters|sponsors|critics|opponents|enemies|adversaries|rivals|neighbou?rs|friends|creditors|lenders|donors)\b/i;

/** A holder does not target itself, its co-holders or its own state ("Netanyahu ... Israel should"). */
function ownSide(holder: string, target: string, holders: string[], dv: DocView): boolean {
  const country = dv.countryOf(holder);
  return target === holder || holders.includes(target) || (country !== null && dv.kindOf(target) === 'state' && dv.countryOf(target) === country);
}

/** The names coordinated before the holder's, in order: "Britain, Germany and France offered" -> Britain, Germany. */
function coordinatedWith(s: SentenceView, holder: string, before: number, dv: DocView): string[] {
  const text = dv.doc.text;
  const mentions = s.mentions.filter((m) => m.end <= before);
  let i = mentions.map((m) => m.actor).lastIndexOf(holder);
  if (i < 0) return [];
  const out: string[] = [];
  while (i > 0 && /^(?:\s*,)?\s+and\s+$|^\s*,\s+$/.test(text.slice(mentions[i - 1].end, mentions[i].start))) {
    const m = mentions[i - 1];
    if (dv.kindOf(m.actor) === 'group' || dv.isMedia(m.actor) || m.actor === holder || out.includes(m.actor)) break;
    out.unshift(m.actor);
    i--;
  }
  return out;
}

/** "Ukraine must drop its NATO ambitions": a modal of obligation voices the speaker's demand on the subject. */
const DEONTIC = /^(?:must|must be|has to|have to|had to|needs to|need to|should)$/;

function speakerOf(s: SentenceView, stance: StanceHit, claim: Claim | null, dv: DocView): string | null {
  if (claim?.source && dv.kindOf(claim.source) !== 'group' && !dv.isMedia(claim.source)) return claim.source;
  const prev = dv.lastSpeaker?.(s.start);
  return prev && dv.kindOf(prev) !== 'group' && !dv.isMedia(prev) && stance.start - s.start < 400 ? prev : null;
}

function isMedia(claim: Claim, dv: DocView): boolean {
  return dv.isMedia(claim.source!);
}

/** The first other state or leader named after the cue: "insists Kyiv abandon ..." -> Ukraine. */
function targetOf(s: SentenceView, holder: string, stance: StanceHit, dv: DocView): string | null {
  const holderCountry = dv.countryOf(holder);
  const m = s.mentions.find((x) => x.start >= stance.start && x.actor !== holder && (dv.countryOf(x.actor) ?? x.actor) !== holderCountry && ['state', 'person', 'armed_group'].includes(dv.kindOf(x.actor) ?? ''));
  return m?.actor ?? null;
}

/** The condition cues but "if" (too common to introduce a condition on a position), one list a lexicon so that its index is built once. */
const conditionLists = new WeakMap<object, string[]>();
function conditionCues(stances: Ctx['lexicons']['stances']): string[] {
  let list = conditionLists.get(stances);
  if (!list) { list = stances.conditions.filter((c) => c !== 'if'); conditionLists.set(stances, list); }
  return list;
}

/** "contingent on reaching a deal to cease the ongoing conflict": the clause after a condition cue. */
function conditionOf(s: SentenceView, ctx: Ctx): string | null {
  const hit = findCues(s.text, conditionCues(ctx.lexicons.stances), s.start)[0];
  if (!hit) return null;
  const rest = s.text.slice(hit.start - s.start);
  const clause = rest.split(/[,;.](?=\s|$)/)[0].trim();
  return clause.length > 3 ? clause : null;
}
