// The cues of a sentence: its issues (minus the "not" phrases and the cues inside longer ones of
// another issue) and its stance cues (compound adjectives, stance nouns that are the object of
// a stance verb, the content of another's demand and questions left out; negation turns them).
import type { Issue, Stance } from '../../lexicons/schema.js';
import type { Ctx } from '../../pipeline/context.js';
import { findCues, CueTable, type CueHit } from '../../lexicons/index.js';
import type { DocView, SentenceView } from '../sentence-view.js';
import { DEONTIC, NEW_CLAUSE } from './governing.js';

/** The cue of "made X a condition": it governs only what it encloses. */
export const MADE_CONDITION = 'made ... a condition';
/** The cue of a hostility vowed to go on until a condition is met (governs only what follows "until"). */
export const CONTINUE_UNTIL = 'continue ... until';
import { agentAfter, IRREGULAR_PHRASAL } from './agent.js';
import { apposedDemonymOwner } from './relative-clause.js';
import { conditionContent } from './condition-demand.js';

/** `agent`: the holder named after the cue ("offered by Israel"), see agent.ts. */
export interface StanceHit extends CueHit { stance: Stance; agent?: string }
export interface IssueHit extends CueHit { issue: Issue }

/** A modal or auxiliary (negated or not) right before a cue: " Armenia would not ", " Kyiv will never ", " it is ". */
const REPORTED_OWN = /\s(?:will|would|can|could|cannot|can['’]t|won['’]t|wouldn['’]t|shall|is|are|was|were|has|have|had|does|do|did)(?:\s+(?:not|never|no\s+longer))?\s+(?:\w+ly\s+)?$/i;

const NEGATION_FLIP: Record<Stance, Stance> = { support: 'reject', offer: 'reject', reject: 'support', demand: 'reject' };

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

export function issueHits(s: SentenceView, ctx: Ctx, dv?: DocView): IssueHit[] {
  const out: IssueHit[] = [];
  const t = tablesOf(ctx);
  const not = t.not.find(s.text, s.start);
  const hits: (CueHit & { owner: Issue })[] = t.issues.find(s.text, s.start);
  if (dv) hits.push(...releasedPeople(s, dv));
  hits.push(...namedProcesses(s));
  hits.push(...pronounRelease(s));
  for (const h of hits) {
    if (negated(not, h)) continue;
    // ("the Asia Pacific Economic Cooperation summit", "the Declaration on State Sovereignty": a cue inside an institution's or a document's name is none.)
    if (insideInstitutionName(s.text, h.start - s.start, h.end - s.start)) continue;
    // ("aid to all parts of the Palestinian enclave", "fighting inside the enclave": the enclave as a place, not its control.)
    if (h.owner === 'territory' && /^enclaves?$/i.test(s.text.slice(h.start - s.start, h.end - s.start))
      && /\b(?:to|into|in|across|throughout|inside|within)\s+(?:all\s+)?(?:parts\s+of\s+)?(?:the\s+)?(?:[\p{L}-]+\s+)?$/iu.test(s.text.slice(Math.max(0, h.start - s.start - 50), h.start - s.start))) continue;
    if (!overlapsIssue(out, h.owner, h)) out.push({ start: h.start, end: h.end, cue: h.cue, issue: h.owner });
  }
  // ("will not accept Turkiye, a key Gaza ceasefire mediator, having any role": a role in apposition describes the name before it.)
  const described = appositiveRoles(s);
  // "lay down its weapons" is disarmament, not weapons deliveries: a cue inside a longer cue of another issue yields.
  const kept: IssueHit[] = [];
  for (const h of out) if (keptIssue(h, out, described, s)) kept.push(h);
  return kept.sort(byStart);
}

const byStart = (a: { start: number }, b: { start: number }): number => a.start - b.start;

function negated(not: (CueHit & { owner: Issue })[], h: CueHit & { owner: Issue }): boolean {
  for (const n of not) if (n.owner === h.owner && n.start <= h.start && h.end <= n.end) return true;
  return false;
}

function overlapsIssue(out: IssueHit[], issue: Issue, h: { start: number; end: number }): boolean {
  for (const o of out) if (o.issue === issue && o.start < h.end && h.start < o.end) return true;
  return false;
}

function overlapsAny(kept: readonly StanceHit[], h: StanceHit): boolean {
  for (const k of kept) if (k.start < h.end && h.start < k.end) return true;
  return false;
}

function insideMention(s: SentenceView, h: { start: number; end: number }): boolean {
  for (const m of s.mentions) if (m.start <= h.start && h.end <= m.end) return true;
  return false;
}

/**
 * The tests issueHits makes of each hit against all of them (a function of the module, not
 * callbacks made at each call: V8 compiled such callbacks again after every full collection).
 */
function keptIssue(h: IssueHit, out: IssueHit[], described: [number, number][], s: SentenceView): boolean {
  for (const [from, to] of described) if (from <= h.start && h.end <= to) return false;
  // ("hand over heavy weapons to the army": "weapons to" overlapping the longer disarmament cue before it yields too.)
  // ("guarantees of southwest Syria's demilitarization, and security guarantees": not a longer cue whose gap runs past a comma after it.)
  for (const o of out) if (o !== h && o.issue !== h.issue && o.start <= h.start && h.start < o.end && o.end - o.start > h.end - h.start && !s.text.slice(h.end - s.start, o.end - s.start).includes(', and ')) return false;
  // "withdraw its troops from the entirety of the territory of four regions": where the troops leave is the withdrawal's, one position.
  // (Also the parts named in apposition: "from the Donbas region, made up of Donetsk and Luhansk".)
  if (h.issue === 'territory') for (const o of out) if (o.issue === 'withdrawal' && o.end <= h.start && /^(?:\s+of\b|[^.;,]{0,50}\b(?:from|out of)\b)(?:[^.;,]|,\s+(?:comprised|comprising|made up|consisting|including|namely|i\.e\.)\b)*$/.test(s.text.slice(o.end - s.start, h.start - s.start))) return false;
  // ("the withdrawal of French troops": the troops that leave are the withdrawal's, no foreign force sent.)
  if (h.issue === 'peacekeepers') for (const o of out) if (o.issue === 'withdrawal' && o.end <= h.start && /^\s+of\s+(?:the\s+|all\s+)?$/i.test(s.text.slice(o.end - s.start, h.start - s.start))) return false;
  return true;
}

/** The verb or noun of a release ("the release of", "to free"). */
const RELEASE_WORD = /\b(?:releas(?:e|es|ed|ing)|free(?:s|d|ing)?|freedom\s+(?:of|for))\s/giu;

/**
 * "demanded the release of their former leader Julius Ayuk Tabe", "urged the junta to free the ousted
 * president Mohamed Bazoum": a named person released or freed is a prisoner, whatever the lexicon's nouns.
 * (Up to four words, none a punctuation mark, between the last such word and the name.)
 */
function releasedPeople(s: SentenceView, dv: DocView): (CueHit & { owner: Issue })[] {
  const out: (CueHit & { owner: Issue })[] = [];
  for (const m of s.mentions) {
    if (dv.kindOf(m.actor) !== 'person') continue;
    const before = s.text.slice(Math.max(0, m.start - s.start - 70), m.start - s.start);
    let at = -1;
    RELEASE_WORD.lastIndex = 0;
    for (let r = RELEASE_WORD.exec(before); r; r = RELEASE_WORD.exec(before)) at = r.index;
    if (at < 0) continue;
    const between = before.slice(at).split(/\s+/).filter(Boolean).slice(1);
    if (between[0] === 'of' || between[0] === 'for') between.shift();
    // ("freed by", "released a statement": no person right after the verb's own object words.)
    if (between.length > 4 || between.some((w) => /[,.;:()"“”]/.test(w) || /^(?:statement|report|video|footage|funds|by|from|after|when|as)$/i.test(w))) continue;
    const start = m.start - (before.length - at);
    out.push({ start, end: m.end, cue: 'release of ... person', owner: 'prisoners' });
  }
  return out;
}

/** "demanded his immediate release", "called for her freedom": a person's release named by a possessive pronoun (not "from hospital"). */
const PRONOUN_RELEASE = /\b(?:his|her)\s+(?:(?:immediate|unconditional|swift|prompt|early|eventual)\s+(?:and\s+)?)*(?:release|freedom)\b(?!\s+(?:from\s+(?:hospital|the\s+hospital)|of\s+(?:a|an|the|his|her)\s+(?:statement|report|album|book|video|memoir)))/giu;

function pronounRelease(s: SentenceView): (CueHit & { owner: Issue })[] {
  const out: (CueHit & { owner: Issue })[] = [];
  PRONOUN_RELEASE.lastIndex = 0;
  for (let m = PRONOUN_RELEASE.exec(s.text); m; m = PRONOUN_RELEASE.exec(s.text)) {
    out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, cue: 'his/her release', owner: 'prisoners' });
  }
  return out;
}

/** "rejected the Ankara process", "the Jeddah track": a process, track or format named after its venue is the talks. */
const NAMED_PROCESS = /(?=[t\p{Lu}])(?<=[\p{Ll},;:] )(?:the\s+)?[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?\s+(?:process|track|format)\b/gu;

function namedProcesses(s: SentenceView): (CueHit & { owner: Issue })[] {
  const out: (CueHit & { owner: Issue })[] = [];
  NAMED_PROCESS.lastIndex = 0;
  for (let m = NAMED_PROCESS.exec(s.text); m; m = NAMED_PROCESS.exec(s.text)) {
    if (/^(?:the\s+)?(?:Peace|Political|Electoral|Legal|Judicial|Constitutional|Transition|Transitional|Selection|Nomination|Accession|Budget|Approval|Review|Reform)\s/i.test(m[0])) continue;
    out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, cue: 'named process', owner: 'peace_talks' });
  }
  return out;
}

/**
 * ", a key Gaza ceasefire mediator,", ", a guarantor of the truce,": a role noun set off by commas right
 * after a name describes that actor; the issue words inside it are no issue of the sentence's stances.
 */
const ROLE_APPOSITION = /^,\s+(?:a|an|the|its|their|one of the)\s+(?:[\p{L}'’-]+\s+){0,5}?(?:mediators?|brokers?|guarantors?|sponsors?|backers?|allies|ally|members?|signator(?:y|ies)|hosts?|supporters?|critics?|opponents?|architects?|negotiators?|envoys?|monitors?)(?:\s+(?:in|of|for|to|on|between|behind)\s[^,;.()]{1,60})?(?=,)/u;

/** The spans [start, end) of the document that are role appositions after a name of s. */
function appositiveRoles(s: SentenceView): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of s.mentions) {
    const at = m.end - s.start;
    if (s.text[at] !== ',') continue;
    const r = ROLE_APPOSITION.exec(s.text.slice(at, at + 160));
    if (r) spans.push([m.end, m.end + r[0].length]);
  }
  return spans;
}

/** Words that make a capitalised run the name of a body, a meeting or a document. */
const INSTITUTION = /^(?:Cooperation|Co-[Oo]peration|Organi[sz]ation|Association|Declaration|Conference|Forum|Council|Commission|Committee|Institute|Agency|Fund|Bank|Community|Union|Programme|Program|Office|Ministry|Department|Court|Tribunal|Act|Charter|Convention)$/;
const CONNECTOR = /^(?:of|on|for|and|in|the|de)$/;

/**
 * Whether the cue at [from, to) of a sentence is written in capitals inside a run of at least three
 * capitalised words (connectors allowed) that holds an institution word (a word walk, no regex over the run).
 */
function insideInstitutionName(text: string, from: number, to: number): boolean {
  const cue = text.slice(from, to).split(/\s+/);
  if (!cue.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return false;
  const before = text.slice(Math.max(0, from - 80), from).split(/\s+/).filter(Boolean);
  if (from - 80 <= 0 && before.length === 0) return false;
  const after = text.slice(to, to + 80).split(/\s+/).filter(Boolean);
  const isCap = (w: string) => /^\p{Lu}[\p{L}-]*$/u.test(w);
  const run = [...cue];
  for (let i = before.length - 1; i >= 0; i--) {
    const w = before[i];
    if (isCap(w)) run.unshift(w);
    else if (CONNECTOR.test(w) && i > 0 && isCap(before[i - 1])) continue;
    else break;
  }
  // (A run that opens the sentence holds the sentence's first word, capitalised anyway: at least one other before the cue.)
  for (let i = 0; i < after.length; i++) {
    let e = after[i].length;
    while (e > 0 && ',.;:)'.includes(after[i][e - 1])) e--;
    const w = after[i].slice(0, e);
    if (isCap(w)) { run.push(w); if (w !== after[i]) break; }
    else if (CONNECTOR.test(w) && i + 1 < after.length && isCap(after[i + 1])) continue;
    else break;
  }
  // ("a member of the Sovereignty Council": a cue right before a body's word names that body.)
  let cut = after[0]?.length ?? 0;
  while (cut > 0 && ',.;:)'.includes(after[0][cut - 1])) cut--;
  const next = after[0]?.slice(0, cut) ?? '';
  return (run.length >= 3 && run.some((w) => INSTITUTION.test(w))) || BODY.test(next);
}

/** A body's word right after a capitalised cue: "Sovereignty Council", "Reconstruction Ministry". */
const BODY = /^(?:Council|Committee|Commission|Ministry|Department|Agency|Office|Court)$/;

/** Verbs of saying, which report the clause after them. */
const SAYING = /^(?:said|says|say|told|tells|added|adds|stated|states|announced|noted|stressed|reiterated)$/;

/** A quote mark inside a cue's words: 'saying it is "fully prepared" to begin talks'. */
const QUOTE_MARK = /["“”]/g;

/** The stance cues of s, also those a quote mark splits (read with the quote marks as spaces, offsets unchanged). */
function stanceCueHits(s: SentenceView, ctx: Ctx): (CueHit & { owner: Stance })[] {
  const table = tablesOf(ctx).stances;
  const hits = table.find(s.text, s.start);
  if (!/["“”]/.test(s.text)) return hits;
  for (const h of table.find(s.text.replace(QUOTE_MARK, ' '), s.start)) {
    if (!/["“”]/.test(s.text.slice(h.start - s.start, h.end - s.start)) || hits.some((o) => o.start < h.end && h.start < o.end)) continue;
    hits.push(h);
  }
  return hits.sort((a, b) => a.start - b.start);
}

export function stanceHits(s: SentenceView, ctx: Ctx, dv?: DocView): StanceHit[] {
  const lex = ctx.lexicons.stances;
  const all: StanceHit[] = [];
  for (const h of stanceCueHits(s, ctx)) {
    // "Russian-backed forces", "US-led talks": a cue inside a compound adjective is no stance;
    // "tanks backed by air strikes": a participle with its agent neither, unless the agent is a
    // party ("a truce offered by Israel": Israel offers it).
    if (s.text[h.start - s.start - 1] === '-') continue;
    // ("air support", "logistical support": a kind of support given is a noun, no one's stance.)
    if (/^support$/i.test(h.cue) && /\b(?:air|logistical|logistics|military|financial|budget|budgetary|fire|technical|intelligence|naval|artillery|drone)\s+$/i.test(s.text.slice(Math.max(0, h.start - s.start - 14), h.start - s.start))) continue;
    // ("brokered by Qatar with support from the United States", "with the backing of Egypt": the manner of
    // a deed, no one's stance on what the sentence goes on to name.)
    if (/^(?:support|backing|help|assistance)$/i.test(h.cue) && /\bwith\s+(?:the\s+)?(?:\w+\s+)?$/i.test(s.text.slice(Math.max(0, h.start - s.start - 24), h.start - s.start))
      && /^\s+(?:from|of)\b/i.test(s.text.slice(h.end - s.start, h.end - s.start + 6))) continue;
    // "the Rapid Support Forces": a cue inside a name is none.
    if (insideMention(s, h)) continue;
    // ("offered no details on how the truce would work", "provided little clarity": nothing given is no offer.)
    if (h.owner === 'offer' && /^\s+(?:no|nothing|little|few)\b/i.test(s.text.slice(h.end - s.start, h.end - s.start + 9))) continue;
    // ("declined to comment on ...": the infinitive after it is what the negator list reads; "declined" alone takes a noun, "declined any engagement".)
    if (h.owner === 'reject' && h.cue === 'declined' && /^\s+to\b/i.test(s.text.slice(h.end - s.start, h.end - s.start + 4))) continue;
    // ("Israel's proposed changes to the truce deal": a participle as the adjective of changes sought to a deal, no offer of the deal.)
    if (h.owner === 'offer' && /^propos/i.test(h.cue) && /^\s+(?:changes|amendments|revisions|modifications|tweaks|edits|alterations)\b/i.test(s.text.slice(h.end - s.start, h.end - s.start + 16))) continue;
    // ("Hamas expects to release the hostages next week": with no one between, the subject's own act foreseen, not a
    // demand of another, as "expects Russia to withdraw" is.)
    if (h.owner === 'demand' && h.cue === 'expects ... to' && /^expect(?:s|ed|ing)?\s+to$/i.test(s.text.slice(h.start - s.start, h.end - s.start))) continue;
    const hit: StanceHit = { start: h.start, end: h.end, cue: h.cue, stance: h.owner };
    const agent = dv ? agentAfter(s, hit, dv) : null;
    // ("have been rebuffed by the army": a cue "rebuff*" is named by its participle, as the rules after read it.)
    if (agent) {
      hit.agent = agent;
      if (h.cue.endsWith('*') && /^\p{L}+ed$/u.test(s.text.slice(h.start - s.start, h.end - s.start))) hit.cue = s.text.slice(h.start - s.start, h.end - s.start).toLowerCase();
    } else if ((/ed$/.test(s.text.slice(h.start - s.start, h.end - s.start)) || IRREGULAR_PHRASAL.test(s.text.slice(h.start - s.start, h.end - s.start))) && /^\s+by\b/.test(s.text.slice(h.end - s.start, h.end - s.start + 4))) continue;
    else if (dv) {
      // ("..., a key Russian demand in the talks": the demonym before a noun in apposition names its owner.)
      const owner = apposedDemonymOwner(s, hit, dv);
      if (owner) hit.agent = owner;
    }
    // "an internationally backed ceasefire plan", "the proposed truce": a participle before its noun is an adjective, no one's stance.
    if (!agent && /^[a-z]+ed$/.test(h.cue) && /\b(?:a|an|the|its|their|this|that|any)\s+(?:[a-z]+ly\s+)?$/i.test(s.text.slice(Math.max(0, h.start - s.start - 30), h.start - s.start))
      && /^\s+[\p{L}-]+/u.test(s.text.slice(h.end - s.start)) && !/^\s+(?:to|by|that|for|on|with|in|at|from|as|it|them|him|her|and|or|but)\b/i.test(s.text.slice(h.end - s.start))) continue;
    // "a crucial economic lifeline", "the necessary steps", "a mutually acceptable solution": a verdict adjective before its noun judges nothing asked for.
    if (/^(?:crucial|essential|necessary|vital|important|acceptable)$/i.test(h.cue) && /\b(?:a|an|the|its|their|this|that|his|her)\s+(?:\w+ly\s+)?$/i.test(s.text.slice(Math.max(0, h.start - s.start - 20), h.start - s.start))) continue;
    // ("sanctions would depend on how the talks proceeded": what depends on an open course of events asks for nothing.)
    if (/^depend/.test(h.cue) && /^\s+(?:how|whether|what|when|where|who|which|progress|developments|the\s+(?:outcome|progress|course|situation|results?))\b/i.test(s.text.slice(h.end - s.start, h.end - s.start + 30))) continue;
    // "atrocities committed by its troops": committing a crime is no commitment to anything.
    if (/^committed$/i.test(h.cue) && /^\s+(?:by|against|in|during|on)\b/i.test(s.text.slice(h.end - s.start, h.end - s.start + 10))) continue;
    all.push(hit);
  }
  // "has been pushing to end the conflict": pressing with no one pressed (nothing between "push" and "to") supports.
  for (const h of all) {
    if (h.stance === 'demand' && /^(?:push|press)\S* \.\.\. to$/.test(h.cue) && /^\S+\s+to$/i.test(s.text.slice(h.start - s.start, h.end - s.start))) h.stance = 'support';
  }
  // "wants Gaza to be demilitarised" asks something of others: a demand; "wants to end the war" supports.
  for (const h of all) {
    if (h.stance === 'support' && /^want/.test(h.cue) && !/^\s+to\b/.test(s.text.slice(h.end - s.start))) h.stance = 'demand';
  }
  // "will not sign a treaty with Yerevan without a change of ...": a refusal that ends in "without",
  // "unless" or "until" however far apart, one demand cue (see governingStance), as the short cues are.
  for (const m of refusalsUntil(s.text)) {
    // ("will not accept any deal lacking ...": from the auxiliary, so that the refusal outlasts "will not accept".)
    const aux = /\b(?:will|would|can|could|does|do|did|shall|is|are|was|were)\s+$/i.exec(s.text.slice(Math.max(0, m.index - 8), m.index));
    const start = s.start + m.index - (aux ? aux[0].length : 0);
    const end = s.start + m.index + m.length;
    if (!all.some((h) => h.start <= start && h.end >= end)) all.push({ start, end, cue: `not ... ${m.word.toLowerCase()}`, stance: 'demand' });
  }
  // "vowed to intensify attacks on shipping until the war in Gaza ends", "will continue the war until Hamas is
  // disarmed": a hostility vowed to go on until another side acts demands that act (one cue to "until").
  for (const m of continuingUntil(s.text)) {
    const start = s.start + m.index;
    const end = start + m.length;
    if (!all.some((h) => h.start <= start && h.end >= end)) all.push({ start, end, cue: CONTINUE_UNTIL, stance: 'demand' });
  }
  // "threatened to walk away if Moscow and Kyiv did not agree to a ceasefire": the failure a threat names is demanded; an
  // accepting verb right after the negation is inside the cue (not a refusal).
  for (const m of threatsOnFailure(s.text)) {
    const start = s.start + m.index;
    let end = start + m.length;
    const next = all.find((h) => h.start >= end && (h.stance === 'offer' || h.stance === 'support') && /^\s+(?:\w+ly\s+)?$/.test(s.text.slice(end - s.start, h.start - s.start)));
    if (next) end = next.end;
    if (!all.some((h) => h.start <= start && h.end >= end)) all.push({ start, end, cue: 'if ... not', stance: 'demand' });
  }
  // "has made the return of all hostages a condition for ...": what is made the condition is demanded (and only that).
  for (const m of madeConditions(s.text)) {
    const start = s.start + m.index;
    all.push({ start, end: start + m.length, cue: MADE_CONDITION, stance: 'demand' });
  }
  // "emphasized Israel's security control as a condition for ending the war", "has put the withdrawal as
  // precondition": what is named as the condition is demanded (and only that), from the clause's verb on.
  for (const h of all) {
    if (h.stance !== 'demand' || !/^(?:as\s+(?:an?\s+|the\s+)?)?(?:pre-?)?condition\b/i.test(s.text.slice(h.start - s.start, h.end - s.start))) continue;
    const lead = s.text.slice(0, h.start - s.start);
    if (!/^as\b/i.test(s.text.slice(h.start - s.start)) && !/\bas\s+(?:an?\s+|the\s+)?$/i.test(lead)) continue;
    const clause = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':')) + 1;
    // ("Medinsky said Moscow wanted Ukraine to pull out ... as a condition for ...": past a verb of saying to the verb it reports.)
    const verbs = s.words.filter((w) => w.start >= s.start + clause && w.end <= h.start && w.pos === 'VERB');
    const verb = verbs.find((w, i) => !(SAYING.test(w.key) && i + 1 < verbs.length));
    if (!verb || h.start - verb.start > 200) continue;
    // ("would not agree to a U.S. demand for a ceasefire as a condition for talks": the condition of another's demand, named
    // by its noun, is that demand's; the verb's subject answers it.)
    if (/\b(?:demands?|calls?|requests?|insistence)\s+(?:for|that|to|of)\b/i.test(s.text.slice(verb.start - s.start, h.start - s.start))) continue;
    h.start = verb.start;
    h.cue = MADE_CONDITION;
  }
  // The longest cue wins where two overlap ("will not ... unless" over "unless").
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: StanceHit[] = [];
  for (const h of all) if (!overlapsAny(kept, h)) kept.push(h);
  // "rejected any demand that ...", "dismissed calls for ...": a stance noun that is the object of a stance verb is the verb's.
  for (let i = kept.length - 1; i > 0; i--) {
    const between = s.text.slice(kept[i - 1].end - s.start, kept[i].start - s.start);
    // ("rejected the government's offer of amnesty": an owner the sentence does not name, so the noun is the verb's object;
    // also "the eastern parliament's call", "the rebels' demand".)
    if ((/^\s+(?:\w+\s+){0,2}$/.test(between) || /^\s+the\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+(?:['’]s|s['’])\s+$/u.test(between) || SINGLED_OUT.test(between)) && /^(?:demand|demands|call|calls|request|requests|proposal|proposals|offer|offers|idea|plan|plans|appeal|appeals|road map|roadmap)\b/i.test(s.text.slice(kept[i].start - s.start))) kept.splice(i, 1);
  }
  // "ruled out any deal that would require Tehran to halt enrichment", "rejected any agreement that would send its
  // commanders before the tribunal": a cue inside the relative clause of a rejected document is what it would bring,
  // turned down with it.
  for (let i = kept.length - 1; i > 0; i--) {
    if (kept[i - 1].stance !== 'reject' || kept[i - 1].agent) continue;
    if (REJECTED_TERMS.test(s.text.slice(kept[i - 1].end - s.start, kept[i].start - s.start))) kept.splice(i, 1);
  }
  // "demands Ukraine give up land", "urged Kyiv to accept": what the demand asks of another
  // (named between the two cues) is the demand's content, not the other's own stance.
  for (let i = kept.length - 1; i > 0; i--) {
    const demand = kept.slice(0, i).reverse().find((k) => k.stance === 'demand' || k.stance === 'support' || /^(?:propos|suggest)/.test(k.cue));
    // ("a truce proposed by Qatar was accepted by the RSF": a passive with its agent asks nothing of the one after it.)
    // ("Egypt's call for a ceasefire in Sudan was echoed by Saudi Arabia": a passive with its own agent is that agent's stance.)
    if (!demand || demand.agent || kept[i].stance === 'demand' || kept[i].agent) continue;
    const between = s.text.slice(demand.end - s.start, kept[i].start - s.start);
    // ("wants a written guarantee that Ukraine will never join NATO": a refusal is the content only of a guarantee asked for.)
    if (kept[i].stance === 'reject' && !(demand.stance !== 'offer' && guaranteeAsked(between))) continue;
    // ("asked Tshisekedi to express his commitment to ...": a cue "asked ... to" that holds the one asked.)
    // ("urged both sides to agree to a ceasefire": the parties asked may go unnamed.)
    const named = s.mentions.some((m) => (m.start >= demand.end && m.end <= kept[i].start) || (/\.\.\./.test(demand.cue) && m.start > demand.start && m.end < demand.end))
      || /^\s+(?:both (?:[\p{Lu}][\p{L}-]+\s+)?(?:sides|parties)|the two sides|the two parties|the (?:warring )?parties|all (?:the )?(?:warring )?(?:parties|sides))\s+to\s+$/iu.test(between)
      // ("wanted the army to accept a truce": a party named by its kind only.)
      || /^\s+the\s+(?:army|military|government|rebels|group|militia|junta|regime|authorities|other side|insurgents|paramilitaries|opposition)\s+to\s+$/i.test(between)
      // ("pressed both sides to accept a truce": the parties asked inside the cue "press* ... to".)
      || (/\.\.\./.test(demand.cue) && /\s(?:both (?:sides|parties)|the two sides|the two parties|the (?:warring )?parties|all (?:the )?(?:warring )?(?:parties|sides))\s+to$/i.test(s.text.slice(demand.start - s.start, demand.end - s.start)));
    // ("urged Kinshasa to free the detainees and Kinshasa agreed to a ceasefire": a new subject after "and" answers for itself.)
    const newSubject = /\s(?:and|but)\s+(?:the\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}\s+$/u.test(between);
    // ("insisted that Armenia would not agree to ...": a modal or auxiliary after the one named reports that side's own stance,
    // not what the insisting side asks of it, as "insisted that Armenia change ..." does.)
    const reported = /\bthat$/i.test(demand.cue) && REPORTED_OWN.test(between);
    if (named && !reported && !newSubject && between.length < 60 && !NEW_CLAUSE.test(between) && !/\b(?:and|but|or)\s+$/.test(between)) { kept.splice(i, 1); continue; }
    // ("conditions for a ceasefire, including that Cambodia first stop firing and agree to talks": a second act of the one
    // asked, coordinated in the base form, is asked too; "demanded that Hamas disarm and agreed to ..." is the holder's own.)
    if (named && (demand.stance === 'demand' ? askedThenAnd(between) : ASKING_CUE.test(demand.cue) && urgedThenAnd(between)) && between.length < 90 && !NEW_CLAUSE.test(between) && /^(?:agree|accept|allow|withdraw|release|recognise|recognize|lay|hand|pull|return|open|commit|offer|give|cede|join|hold|sign|end|stop|halt|drop|enter|resume|engage)\b/i.test(s.text.slice(kept[i].start - s.start))) { kept.splice(i, 1); continue; }
    // ("wants NATO to disavow ..., and for Ukraine to agree to neutrality": a second party asked in the same breath.)
    if (named && demand.stance !== 'offer' && between.length < 200 && /,?\s+and\s+(?:also\s+)?for\s+(?:the\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}\s+to\s+$/u.test(between)
      && !NEW_CLAUSE.test(between.replace(/,?\s+and\s+(?:also\s+)?for\s+[^,;.]*$/u, ''))) kept[i] = { start: demand.start, end: kept[i].end, cue: 'and for ... to', stance: 'demand' };
  }
  // "Ukraine should give up Crimea": an offer under a modal of obligation is what the speaker asks, the modal's.
  for (let i = kept.length - 1; i > 0; i--) {
    // ("Armenia should change its constitution and agree to ...": an offer coordinated inside what the modal asks.)
    if (kept[i].stance === 'offer' && DEONTIC.test(kept[i - 1].cue) && /^\s[^,;.:]{0,80}\s(?:and|or)\s+(?:\w+ly\s+)?$/.test(s.text.slice(kept[i - 1].end - s.start, kept[i].start - s.start))
      && !s.mentions.some((m) => m.start >= kept[i - 1].end && m.end <= kept[i].start && /^\s+(?:\w+ly\s+)?(?:will|would|has|have|is|are|was|were|can|could)\b/.test(s.text.slice(m.end - s.start, m.end - s.start + 12)))) { kept.splice(i, 1); continue; }
    // ("partners must also be ready to ...": an adverb and "be" between.)
    if (kept[i].stance === 'offer' && DEONTIC.test(kept[i - 1].cue) && /^\s+(?:\w+\s+)?(?:be\s+)?$/.test(s.text.slice(kept[i - 1].end - s.start, kept[i].start - s.start))) kept.splice(i, 1);
  }
  // "whether Russia should keep or withdraw": a question raised, no one's stance.
  const asked = (h: StanceHit) => /\bwhether\b[^.,;]{0,60}$/i.test(s.text.slice(0, h.start - s.start));
  for (let i = kept.length - 1; i >= 0; i--) if (asked(kept[i])) kept.splice(i, 1);
  const negators = findCues(s.text, lex.negators, s.start);
  // "a meeting could occur if Washington accepts ...": what a condition names is demanded.
  if (dv) for (let i = 0; i < kept.length; i++) kept[i] = conditionContent(s, kept[i], dv) ?? kept[i];
  return kept.map((h) => {
    if (h.stance === 'demand' && /\bunless\b|\bwithout\b|\bonly\b|\buntil\b|\blacking\b/.test(h.cue)) return h;
    const negated = negators.some((n) => n.end <= h.start && h.start - n.end <= 12 && !(n.start >= h.start));
    // "has not demanded elections" takes no position at all; "would not support" rejects.
    if (negated && h.stance === 'demand') return null;
    // ("had neither sought a suspension nor ...", "has not asked for a truce", "did not call for talks": a request not made
    // is no position either, not a rejection; "does not seek membership", in the present, still turns it down.)
    if (negated && PAST_REQUEST.test(h.cue)) return null;
    return negated ? { ...h, stance: NEGATION_FLIP[h.stance] } : h;
  }).filter((h): h is StanceHit => h !== null);
}

/** "a (written) guarantee that ...": what another side is asked to guarantee, right before its subject and verb (`between` ends at the refusal). */
function guaranteeAsked(between: string): boolean {
  const at = between.toLowerCase().lastIndexOf(' that ');
  if (at < 0 || between.length - at - 6 > 40 || /[,;.]/.test(between.slice(at + 6))) return false;
  return /\b(?:guarantees?|assurances?|pledges?|commitments?|promises?|undertakings?)$/i.test(between.slice(Math.max(0, at - 14), at));
}

/** "rejected the plan's key provisions, particularly the demand that ...": an object's part singled out after a comma. */
const SINGLED_OUT = /^\s[^.;:!?,]{1,60},\s+(?:particularly|especially|notably|in particular|including|above all|chiefly|namely)\s+(?:the\s+|any\s+|its\s+|their\s+)?$/i;

const NEGATOR = /\b(?:not|never|no|won't|cannot|can't)\b/gi;
/** The past of a verb of asking ("sought", "asked for", "called for", "requested"): negated, it says no request was made. */
const PAST_REQUEST = /^(?:sought|asked|called|requested|pushed(?! back)|pressed|appealed)\b/i;
const UNTIL = /\b(without|unless|until|lacking)\b/gi;

/**
 * "not ... without", "never ... unless": a negator and the first "without", "unless" or "until"
 * after it in the same clause (no comma, semicolon or full stop before a space between them).
 * What /\b(?:not|...)\b(?:(?![,;.]\s)[^,;])*?\b(without|unless|until)\b/gi matched, without
 * its walk to the end of the sentence from every negator: the next keyword and the next clause
 * end are each found once and kept while the negators pass them.
 */
export function refusalsUntil(text: string): { index: number; length: number; word: string }[] {
  const out: { index: number; length: number; word: string }[] = [];
  let keyword: RegExpExecArray | null = null;
  let clauseEnd = -1;
  NEGATOR.lastIndex = 0;
  for (let neg = NEGATOR.exec(text); neg; neg = NEGATOR.exec(text)) {
    const from = neg.index + neg[0].length;
    if (!keyword || keyword.index < from) {
      UNTIL.lastIndex = from;
      keyword = UNTIL.exec(text);
      if (!keyword) break;
    }
    if (clauseEnd < from) clauseEnd = clauseEndFrom(text, from);
    if (keyword.index <= clauseEnd) {
      const end = keyword.index + keyword[0].length;
      out.push({ index: neg.index, length: end - neg.index, word: keyword[1] });
      NEGATOR.lastIndex = end;
    } else {
      NEGATOR.lastIndex = neg.index + 1;
    }
  }
  return out;
}

/** A vow or modal, then a verb of going on with a hostility: "will continue", "vowed to intensify", "vowing to persist". */
const GOES_ON = /\b(?:will|would|shall|'ll|(?:is|are)\s+going\s+to|(?:vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|threaten(?:s|ed|ing)?|swear(?:s|ing)?|swore|intend(?:s|ed|ing)?|plan(?:s|ned|ning)?|resolv(?:e|es|ed|ing)|determined)\s+to)\s+(?:[a-z]+ly\s+)?(?:continu(?:e|ing)|keep\s+(?:up|on)|intensify|escalate|step\s+up|persist|press\s+on|carry\s+on|fight\s+on|pursue)\b/gi;

/**
 * "will continue their attacks on ships until Israel stops its offensive": a vowed hostility and the first
 * "until" after it in the same clause (within 160 characters), one demand cue.
 */
export function continuingUntil(text: string): { index: number; length: number }[] {
  const out: { index: number; length: number }[] = [];
  GOES_ON.lastIndex = 0;
  for (let m = GOES_ON.exec(text); m; m = GOES_ON.exec(text)) {
    const from = m.index + m[0].length;
    const clauseEnd = clauseEndFrom(text, from);
    const until = /\buntil\b/i.exec(text.slice(from, Math.min(clauseEnd, from + 160)));
    if (!until) continue;
    const end = from + until.index + until[0].length;
    // (The cue is the "until" alone: the hostility before it keeps its own reading, "carrying on the war" rejects a ceasefire.)
    out.push({ index: from + until.index, length: until[0].length });
    GOES_ON.lastIndex = end;
  }
  return out;
}

/** The first position from `from` that ends a clause: a comma or semicolon, or a full stop before a space. */
function clauseEndFrom(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === ',' || c === ';' || (c === '.' && i + 1 < text.length && /\s/.test(text[i + 1]))) return i;
  }
  return text.length;
}

/** A threat: "threatened to walk away", "warned it would quit the talks". */
const THREAT = /\b(?:threaten(?:s|ed|ing)?|warn(?:s|ed|ing)?)\b/gi;
/** "if Moscow and Kyiv did not", "if Kinshasa fails to": a named side (or two) failing to act, after "if". */
const IF_NOT = /\bif\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+)?(?:the\s+)?\p{Lu}[\p{L}'’.-]*){0,4}\s+(?:(?:did|do|does)\s+not|didn['’]t|don['’]t|doesn['’]t|fail(?:s|ed)?\s+to|refuse(?:s|d)?\s+to)\b/u;

/**
 * "threatened to walk away from the talks if Moscow and Kyiv did not agree to a ceasefire", "warned it would quit
 * if Kinshasa does not free the detainees": what a threat asks of a side that fails to act is demanded, one demand
 * cue from "if" to the negation (within 140 characters of the threat, in its sentence).
 */
export function threatsOnFailure(text: string): { index: number; length: number }[] {
  const out: { index: number; length: number }[] = [];
  THREAT.lastIndex = 0;
  for (let m = THREAT.exec(text); m; m = THREAT.exec(text)) {
    const from = m.index + m[0].length;
    const rest = text.slice(from, from + 140);
    const stop = rest.search(/[.;:]\s|["“”]/);
    const f = IF_NOT.exec(stop < 0 ? rest : rest.slice(0, stop));
    // (The threat's own act comes first: "warned that if Russia did not stop, sanctions would follow" opens on the condition,
    // and its comma would not end the cue's reach.)
    if (!f || /^\s+(?:that\s+)?$/i.test(rest.slice(0, f.index))) continue;
    out.push({ index: from + f.index, length: f[0].length });
    THREAT.lastIndex = from + f.index + f[0].length;
  }
  return out;
}

const MADE = /\b(?:made|makes|make|making)\s+/gi;
const A_CONDITION = /\ban?\s+(?:pre-?)?condition\b/gi;
const A_CONDITION_HERE = /an?\s+(?:pre-?)?condition\b/iy;
const SPACE = /\s/;

/**
 * "made the return of all hostages a condition": what
 * /\b(?:made|makes|make|making)\s+((?:(?![,;.]\s)[^,;])*?)\s+an?\s+(?:pre-?)?condition\b/gi matched,
 * without its walk to the end of the sentence from every verb. After the verb's spaces, the first
 * "a condition" after a space in the same clause; failing that, one right after the verb when two
 * or more spaces precede it (the expression gave one of them back to reach it).
 */
export function madeConditions(text: string): { index: number; length: number }[] {
  const out: { index: number; length: number }[] = [];
  // The first "a condition" with a space before it found so far (null: none after `searchedFrom`), and where its spaces start.
  let condition: RegExpExecArray | null = null;
  let searchedFrom = -1;
  let spaces = -1;
  let clauseEnd = -1;
  MADE.lastIndex = 0;
  for (let verb = MADE.exec(text); verb; verb = MADE.exec(text)) {
    const from = verb.index + verb[0].length;
    if (condition ? condition.index <= from : searchedFrom < 0) {
      A_CONDITION.lastIndex = from + 1;
      searchedFrom = from;
      for (condition = A_CONDITION.exec(text); condition && !SPACE.test(text[condition.index - 1]); condition = A_CONDITION.exec(text)) A_CONDITION.lastIndex = condition.index + 1;
      if (condition) for (spaces = condition.index; SPACE.test(text[spaces - 1]); ) spaces--;
    }
    if (clauseEnd < from) clauseEnd = clauseEndFrom(text, from);
    let end = -1;
    if (condition && spaces <= clauseEnd) end = condition.index + condition[0].length;
    if (end < 0 && from - verb.index >= 2 && SPACE.test(text[from - 2]) && SPACE.test(text[from - 1])) {
      A_CONDITION_HERE.lastIndex = from;
      const here = A_CONDITION_HERE.exec(text);
      if (here) end = from + here[0].length;
    }
    if (end >= 0) {
      out.push({ index: verb.index, length: end - verb.index });
      MADE.lastIndex = end;
    } else {
      MADE.lastIndex = verb.index + 1;
    }
  }
  return out;
}

/** Between a rejecting verb and a later cue: "any deal that would", "a plan which could": a document whose terms the later cue states. */
const REJECTED_TERMS = /^\s+(?:any|a|an|the|such|every)\s+(?:[\p{L}-]+\s+){0,2}?(?:deal|agreement|accord|plan|proposal|arrangement|settlement|framework|text|draft|resolution|treaty|formula|initiative|process|roadmap|solution)s?\s+(?:that|which)\s+(?:(?:would|will|could|might|can|may|seeks? to|aims? to)\s+)?(?:\p{L}+ly\s+)?$/iu;

/** "... including that Cambodia first stop firing and ": a named one asked ("that/for <Name>"), then within 50 characters and no comma, an "and". */
/** A support cue that asks another side to act: "urged", "called on", "pressed". */
const ASKING_CUE = /^(?:urg|call(?:ed|s|ing)? on|press|ask)/i;
/** "urged him to release the prisoners and ...", "urged Kinshasa to withdraw its troops and ...": one asked, a first act, then "and". */
const URGED_ONE = /^\s+(?:him|her|them|the\s+\p{Ll}+|[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})\s+to\s/u;
function urgedThenAnd(between: string): boolean {
  const one = URGED_ONE.exec(between);
  const and = one ? /\sand\s+(?:also\s+|then\s+)?$/.exec(between) : null;
  if (!one || !and || and.index <= one[0].length) return false;
  const act = between.slice(one[0].length, and.index);
  return act.length <= 60 && !/[,;:]/.test(act);
}

function askedThenAnd(between: string): boolean {
  const and = /\sand\s+(?:also\s+|then\s+)?$/.exec(between);
  if (!and) return false;
  const head = between.slice(0, and.index);
  const asked = /\b(?:that|for)\s+(?:the\s+)?\p{Lu}/u.exec(head);
  if (!asked) return false;
  const rest = head.slice(asked.index);
  return rest.length <= 60 && !/[,;:]/.test(rest);
}
