// The positions stage: who demands, rejects, supports or offers what, on which issue.
// A stance cue governs the issue cues that follow it in its sentence, so a list after one
// cue ("demands include neutrality, abandoning NATO ambitions, demilitarising and ...") gives
// one position an item. The holder is the claim's named source, else the subject before the
// cue; negation turns the stance ("will not accept" rejects, "will not ... unless" demands).
import type { Claim, Doc, Position } from '../../doc/model.js';
import type { Ctx } from '../../pipeline/context.js';
import { viewOf, claimHolding, type DocView, type SentenceView, stateActorOf } from '../sentence-view.js';
import { subjectBefore, unnamedHeads } from '../claims/find-source.js';
import { CONTINUE_UNTIL, issueHits, stanceHits, type IssueHit, type StanceHit } from './cues.js';
import { DEONTIC, governingStance, modalStance, ownedVerdict } from './governing.js';
import { askerOf, coordinatedWith, documentSender, holderOf, ownSide, speakerOf, targetOf } from './holders.js';
import { adjustStance, carriesOnWar } from './adjust-stance.js';
import { TERMS_WORD, rejectionOfTerms } from './answer-terms.js';
import { conditionOf } from './condition.js';
import { conditionalOffer } from './condition-demand.js';
import { appositiveNoun, relativeStances } from './relative-clause.js';
import { commentator, deniedReport, notAPosition } from './hard-negatives.js';
import { unnamedOtherSubject } from './other-subject.js';
import { authorityHolder, rulersHolder, shortNameHolder, bothSidesHolders, firstPersonHolder, groupSourceHolder, officeHolder, speakersGovernmentHolder, theyPairHolders, unnamedBlocHolder, unnamedGroupHolder } from './implicit-holder.js';
import { ifOutcome } from './if-outcome.js';
import { endsIf, outcomeCondition, OUTCOME_CONDITION_CUE } from './outcome-condition.js';
import { stayingConditions, stayingOn, staysIn } from './staying-condition.js';
import { pronounAntecedent, openingPossessive } from './pronoun-holder.js';
import { frontedCondition, FRONTED_CUE } from './fronted-condition.js';
import { butNotStance } from './but-not.js';
import { objectNouns } from './object-noun.js';
import { referenceHits, mayRefer, type Prior } from './issue-reference.js';
import { agentList } from './agent.js';
import { attendsTalks } from './attend-talks.js';
import { conditionedVehicle, mergeAlternatives, mergeStances, onlyOffered, refusedPayment } from './alternatives.js';
import { documentAuthor, documentSpeaker, ministryHolder, speakerAfter } from './context-holder.js';
import { learnedPositions, type RuleNote, type RuleOutput } from './learned/apply.js';
import { matchesOf } from '../../doc/matches.js';

/**
 * "agreed to the proposal for a ceasefire": the talks are the vehicle, the ceasefire the issue.
 * (A "peace deal", "peace plan" names the issue itself.)
 */
/** A comma or a coordinated verb ("and accuses", "but said"): where what an outcome waits for ends. */
const OUTCOME_REACH_END = /[,;]|\b(?:and|but)\s+(?:also\s+)?[a-z]+(?:s|ed)\s/;
/** A cue of hosting or brokering talks, through the talks: "ready to host negotiations", "offered to mediate talks". */
const HOSTING_WORD = /\b(?:host|mediat|facilitat|broker|sponsor|conven)/i;
const hosting = (span: string): boolean => span.length <= 70 && !/[,;.]/.test(span) && HOSTING_WORD.test(span) && /(?:talks|negotiations|dialogue)$/i.test(span);
/** The topic of talks right after them: "on a ceasefire", "for a truce", "over the release of". */
const TOPIC = /^\s+(?:on|for|over|about|toward|towards)\s+(?:(?:an?|the|a\s+possible|a\s+lasting|a\s+permanent)\s+)?(?:[\p{L}-]+\s+)?$/iu;
const VEHICLE = /^(?!peace\b)(?:\S+\s+){0,2}(?:talks|deal|deals|proposal|proposals|negotiat\S*|agreement|plan|framework|mediat\S*)$/i;

/** Demand cues that are a condition of what comes before them: "only if", "only ... once", "unless". */
const CONDITION_CUE = /^(?:only\b.*\b(?:if|when|after|once)|only if|only when|only after|only once|unless|provided that|as long as|so long as|on condition that|on the condition that)$/;

/** "a demand of Moscow for ...", "a call by Kyiv that ...": after the owner, a link that opens what the noun asks (within 40 characters, no comma). */
function asksAfterOwner(between: string): boolean {
  const owner = /^\s+(?:of|by|from)\s/i.exec(between);
  if (!owner) return false;
  const rest = between.slice(owner[0].length - 1, owner[0].length + 41);
  const stop = rest.search(/[,;]/);
  return /\s(?:for|that|to)\s/i.test(stop < 0 ? rest : rest.slice(0, stop + 1));
}

/** A stance noun in apposition and the plan it belongs to: ", a central demand of the US-drafted peace plan". */
const APPOSITIVE_OWNER_PLAN = /(?:,|[—–])\s*(?:a|an|the|one|another)\s+(?:[\p{L}-]+\s+){0,2}?(?:demands?|conditions?|requests?|elements?|terms?|points?|planks?|provisions?)\s+(?:of|in|under)\s+(?:the|a|an)\s+(?:[\p{L}.-]+\s+){0,3}(?:peace\s+)?(?:plan|proposals?|deal|framework|initiative|draft|agreement|roadmap|talks|negotiations)$/iu;

/** Cues that judge what is named before them: "X is a precondition", "X is non-negotiable". */
/** A condition stated after what it conditions: "X is conditioned on Y", "X depends on Y". */
const CONDITIONED = /^(?:condition\* \.\.\. on|conditioned|conditional on|conditional upon|conditioned upon|conditioned \.\.\. on|contingent on|contingent upon|is contingent|remains contingent|was contingent|depends on|depend on|depended on|hinge\* on)$/;
const VERDICT_CUE = /^(?:(?:(?:pre-?)?conditions?|precondition\*|pre-condition\*|prerequisite\*)(?: for| of)?|non-negotiable|unacceptable|not acceptable|a must|is a must|essential|red lines?|out of the question|sine qua non)$/;

/** "and called on the army to do the same", "urged Kyiv to follow suit": asking another side for the stance just stated. */
const FOLLOW_SUIT = /\b(called on|calls on|calling on|urged|urges|urging|asked|asks|pressed|challenged)\s+(?:[\p{L}'’.-]+\s+){1,6}?to\s+(?:do the same|follow suit|reciprocate)\b/giu;

/** Verdicts that turn down what is named before them: "X is unacceptable", "X is a non-starter". */
const REJECT_VERDICT = /^(?:unacceptable|not acceptable|non-?starter|out of the question|dead on arrival)$/;

/** Stance nouns whose content a verdict after them judges: "Russia's demand that ...", "the RSF's proposal for ...". */
const STANCE_NOUN = /^(?:demands?|proposals?|offers?|calls?|plans?|conditions|terms|insistence|requests?|ultimatum|initiative)\b/i;

/** "Moscow will consider any X ...", "Israel regards X as ...": the subject of a verb of judging before the issue, in its clause. */
function judgeOf(s: SentenceView, at: number, dv: DocView): string | null {
  const text = dv.doc.text;
  for (const m of [...s.mentions].reverse()) {
    if (m.end > at) continue;
    if (!['state', 'person', 'organisation', 'armed_group', 'coalition'].includes(dv.kindOf(m.actor) ?? '') || dv.isMedia(m.actor)) return null;
    return /^\s+(?:(?:will|would|does|did|still|now|also|clearly|has|have|had|always|long)\s+){0,2}(?:consider|considers|considered|regard|regards|regarded|view|views|viewed|deem|deems|deemed|treat|treats|treated)\s[^,;:]{0,80}$/i.test(text.slice(m.end, at)) ? m.actor : null;
  }
  return null;
}

/** "Netanyahu's government rejected ...": the state of the person whose government (administration, cabinet, regime) is named before `at`, when the article names that state. */
function leaderGovernment(s: SentenceView, person: string, at: number, dv: DocView): string | null {
  const text = dv.doc.text;
  const m = s.mentions.find((x) => x.actor === person && x.end <= at && /^['’]s\s+(?:government|administration|cabinet|regime)\b/i.test(text.slice(x.end, x.end + 24)));
  // ("Somalia's president X said his government was open to ...": the person's own government, the subject of the clause the speaker reports.)
  const his = !m && s.mentions.some((x) => x.actor === person && x.end <= at)
    && /\b(?:said|says|stated|added|announced)\s+(?:that\s+)?(?:his|her)\s+(?:government|administration|cabinet)\s+(?:\S+\s+){0,3}$/iu.test(text.slice(Math.max(s.start, at - 90), at));
  return m || his ? stateActorOf(dv, dv.countryOf(person)) : null;
}

/** "... remains the main obstacle to a peace treaty", "the last obstacle to signing the treaty", "has stalled talks on an energy truce": what a stance stands in the way of. */
const OBSTACLE = [
  /\b(?:obstacles?|hurdles?|stumbling blocks?|sticking points?|barriers?|impediments?)\s+(?:to|for|in)\s+(?:(?:a|an|the|any)\s+)?(?:[\p{L}-]+\s+)?$/iu,
  /\b(?:obstacles?|hurdles?|stumbling blocks?|sticking points?|barriers?|impediments?)\s+(?:to|for|in)\s+\p{L}+ing\s+(?:a|an|the|any)\s+(?:[\p{L}-]+\s+)?$/iu,
  /\b(?:has|have|had)\s+(?:stalled|held up|blocked|delayed|derailed|hampered|complicated)\s+(?:the\s+|a\s+|an\s+|any\s+)?(?:talks\s+on\s+|talks\s+over\s+|negotiations\s+on\s+|negotiations\s+over\s+)?(?:the\s+|a\s+|an\s+|any\s+)?(?:[\p{L}-]+\s+)?$/iu,
];

/** Right before a goal an act is for: "to help secure", "in order to bring", "so as to achieve". */
const PURPOSE = /\b(?:to\s+help(?:\s+to)?|in\s+order\s+to|so\s+as\s+to|to)\s+(?:secure|bring(?:\s+about)?|achieve|restore|build|maintain|keep|preserve|consolidate|cement|support)\s+(?:a\s+|the\s+|lasting\s+|durable\s+)*$/i;

/** The goal verb an issue cue may open with ("secure peace"), with the space after it. */
const PURPOSE_VERB = /^(?:secure|bring|achieve|restore|build|maintain|keep|preserve)\s+/i;

/** Before a deal that frames another act: "under the U.S.-", "alongside the peace ", "in line with the". */
const DEAL_FRAME = /\b(?:under|alongside|in line with|in accordance with|pursuant to)\s+(?:the\s+|a\s+|an\s+|this\s+|its\s+|their\s+)?(?:[\p{L}'’]+\s+){0,2}(?:[\p{L}.]+-)?$/u;

/** The state whose unnamed officials speak ("Syrian officials"), when the article names that state. */
function stateOfGroup(group: string, dv: DocView): string | null {
  return stateActorOf(dv, dv.countryOf(group));
}

export function positionsStage(doc: Doc, ctx: Ctx): Doc {
  const model = ctx.lexicons.positionModel;
  if (!model?.enabled) return { ...doc, positions: rulePositions(doc, ctx).positions };
  return { ...doc, positions: learnedPositions(doc, ctx, rulePositions(doc, ctx), model) };
}

/** "Netanyahu maintained his position that the PA will not be allowed to ...": the name before the "that" the cue's clause hangs on. */
function reporterBefore(s: SentenceView, stance: StanceHit, dv: DocView): string | null {
  const lead = dv.doc.text.slice(s.start, stance.start);
  const that = lead.lastIndexOf(' that ');
  if (that < 0) return null;
  const m = s.mentions.find((x) => x.end <= s.start + that && ['person', 'state', 'organisation', 'armed_group'].includes(dv.kindOf(x.actor) ?? '') && !dv.isMedia(x.actor));
  return m?.actor ?? null;
}

/** "were both required to", "would be obliged to": an obligation in the passive, with no agent after it. */
function obligedSubject(stance: StanceHit, s: SentenceView, text: string): boolean {
  return /^(?:required|obliged|obligated|compelled)(?: to)?$/i.test(stance.cue)
    && /\b(?:be|is|are|was|were|been|being)\s+(?:(?:both|all|also|legally|formally|not|then|now|each|therefore)\s+)?$/i.test(text.slice(Math.max(s.start, stance.start - 30), stance.start))
    && !/^\s+by\b/i.test(text.slice(stance.end, stance.end + 4));
}

/** "Western powers and the IAEA insist it is a matter that ...": the subject of the last verb of saying before the cue. */
function asserterBefore(s: SentenceView, stance: StanceHit, dv: DocView, heads: Set<string>): string | null {
  const lead = dv.doc.text.slice(s.start, stance.start);
  let verb: RegExpExecArray | null = null;
  for (const m of matchesOf(lead, /\b(?:insist(?:s|ed)?|say|says|said|argue[sd]?|maintain(?:s|ed)?|stress(?:es|ed)?|believe[sd]?)\b/gi)) verb = m as RegExpExecArray;
  if (!verb) return null;
  const subject = subjectBefore(s, s.start + verb.index, dv, heads);
  return subject?.actor && dv.kindOf(subject.actor) !== 'group' && !dv.isMedia(subject.actor) ? subject.actor : null;
}

/** "prepared to give up", "ready to accept": a cue that is the infinitive of the cue right before it, anchored at that cue (for its subject). */
function chainHead(stances: StanceHit[], stance: StanceHit, text: string): StanceHit {
  let head = stance;
  for (;;) {
    const before = stances.find((o) => o !== head && o.end <= head.start && head.start - o.end <= 12 && /\bto$/i.test(text.slice(o.start, head.start).trimEnd()) && /^\s+(?:to\s+)?$/i.test(text.slice(o.end, head.start)));
    if (!before || before.agent) return head;
    head = { ...stance, start: before.start };
  }
}


/** "the precondition for <issue> is ...": the issue between the noun and a copula, with another issue after the copula. */
function conditionedBeforeCopula(cue: StanceHit, hit: { start: number; end: number }, issues: { start: number }[], text: string): boolean {
  if (/\b(?:is|are|was|were|remains?|remained|include|includes)\b|[,;]/i.test(text.slice(cue.end, hit.start))) return false;
  const cop = /^[^,;.]{0,40}?\s(?:is|are|was|were|remains?|remained)\s/i.exec(text.slice(hit.end, hit.end + 80));
  return !!cop && issues.some((o) => o.start >= hit.end + cop[0].length);
}

/** "... with (the) jihadist groups that lay down ...": a relative clause on the parties a stance is about, right before the issue. */
const PARTY_RELATIVE = /\b(?:groups?|fighters|militants|rebels|insurgents|militias?|factions?|those|anyone|members) (?:that|who|which) (?:(?:agree|agrees|agreed|will|would) (?:to )?)?$/i;

interface HolderArgs {
  pair: string[] | null;
  agent: string | null;
  speaker: string | null;
  verdict: string | null;
  asking: { holder: string; target: string } | null;
  s: SentenceView;
  anchor: StanceHit;
  claim: Claim | null;
  dv: DocView;
  stance: StanceHit;
  heldAt: { at: number; holder: string }[];
  positions: Position[];
  heads: Set<string>;
}

/**
 * The first route that finds a holder, and what it found: each route is asked only when those
 * before it found none. (Plain code, not a list of callbacks made for each issue: V8 compiled
 * such callbacks again after every full collection; docs/performance.md, twentieth session.)
 */
function holderFound(a: HolderArgs): [string, string | null] {
  const { s, anchor, claim, dv, stance } = a;
  let found: string | null | undefined;
  if ((found = a.pair?.[1] ?? null)) return ['both-sides', found];
  if ((found = a.agent)) return ['agent', found];
  if ((found = a.speaker)) return ['speaker', found];
  if ((found = a.verdict)) return ['verdict', found];
  if ((found = a.asking?.holder ?? null)) return ['asker', found];
  if ((found = documentSender(s, anchor, dv))) return ['sender', found];
  if ((found = firstPersonHolder(s, anchor, claim, dv))) return ['first-person', found];
  if ((found = unnamedGroupHolder(s, anchor, dv))) return ['unnamed-group', found];
  if ((found = unnamedBlocHolder(s, anchor, dv))) return ['unnamed-bloc', found];
  if ((found = officeHolder(s, anchor, dv))) return ['office', found];
  // ("Haftar said he would accept a unified government only if elections were held": the condition is the one who would accept's.)
  if (CONDITION_CUE.test(stance.cue)) {
    for (let i = a.heldAt.length - 1; i >= 0; i--) {
      if (a.heldAt[i].at < stance.start) { found = a.heldAt[i].holder; break; }
    }
    if (found) return ['condition-of', found];
  }
  // ("The AFC/M23 is seeking talks. Their demands include ...": an opening "Their"/"Its" before a stance noun is the side that held the sentence before.)
  if (STANCE_NOUN.test(anchor.cue) && (found = openingPossessive(s, anchor.start, a.positions, dv))) return ['opening-possessive', found];
  if ((found = authorityHolder(s, anchor, dv))) return ['authority', found];
  if ((found = rulersHolder(s, anchor, dv))) return ['rulers', found];
  if ((found = shortNameHolder(s, anchor, dv))) return ['short-name', found];
  if ((found = speakersGovernmentHolder(s, anchor, claim, dv))) return ['speakers-government', found];
  // ("the EU's plan ... . The proposal includes ...": a plan that is the cue's subject speaks for its author.)
  if ((found = documentAuthor(s, anchor.start, dv))) return ['document-author', found];
  if ((found = holderOf(s, anchor, claim, dv, a.heads))) return ['subject', found];
  if ((found = groupSourceHolder(claim, dv))) return ['group-source', found];
  // ("Defense forces will not leave Donbas. This was announced ... by President X": the speaker the next sentence names.)
  if (!claim?.source && (found = speakerAfter(s, dv))) return ['said-after', found];
  // ("South Korea's unification ministry ... . Meanwhile, the foreign ministry stressed that ...": the state whose ministry the paragraph named.)
  if (claim?.source && dv.kindOf(claim.source) === 'group' && (found = ministryHolder(s, claim, dv))) return ['ministry', found];
  // ("The proposal stipulates that the assets will be returned if ...": the author of the document that opens the sentence.)
  if (!claim?.source && (found = documentSpeaker(s, dv))) return ['document-speaker', found];
  return ['none', null];
}

/** What one sentence's rules share while its issues are read (rulePositions). */
interface SentenceState {
  doc: Doc;
  ctx: Ctx;
  dv: DocView;
  heads: Set<string>;
  s: SentenceView;
  claim: Claim | null;
  claimIndex: number;
  named: IssueHit[];
  stances: StanceHit[];
  issues: IssueHit[];
  fronted: ReturnType<typeof frontedCondition>;
  seen: Set<string>;
  heldAt: { at: number; holder: string }[];
  modalActs: StanceHit[];
  nounObjects: ReturnType<typeof objectNouns>;
  antecedent: () => string | null;
  positions: Position[];
  add: (p: Position, note: RuleNote) => void;
}

/**
 * The positions one issue of a sentence gives (the body of rulePositions' loop over the issues, a
 * function of its own: TurboFan compiled rulePositions whole, in one of the longest compiles of
 * the run; docs/performance.md, twentieth session).
 */
function issuePositions(hit: IssueHit, st: SentenceState): void {
  const { doc, ctx, dv, heads, s, claim, claimIndex, named, stances, issues, fronted, seen, heldAt, modalActs, nounObjects, antecedent, positions, add } = st;
    // (Unless a stance verb takes the talks themselves: "ready to engage in negotiations on ...".)
    // ("ruled out third-party mediation on Kashmir": the verb takes the mediation itself.)
    const process = /^(?:\S+\s+)?(?:talks|negotiat\S*|mediat\S*)$/i.test(doc.text.slice(hit.start, hit.end));
    // ("offered to host talks on a truce": a cue that ends inside the issue's words takes it.)
    const taken = stances.some((st) => (st.start < hit.start && hit.start < st.end && st.end < hit.end) || st.end <= hit.start && (/^\s+(?:immediately\s+)?(?:(?:to\s+)?(?:engage|take part|participate|join|host|attend|hold|resume|start|enter)\s+(?:in\s+)?)?(?:the\s+|new\s+|direct\s+)?$/i.test(doc.text.slice(st.end, hit.start))
      // ("is ready to host negotiations for a truce": the issue's own words start with the act the cue takes.)
      || (process && /^\s+to\s+$/i.test(doc.text.slice(st.end, hit.start)) && /^(?:engage|take part|participate|join|host|attend|hold|resume|start|enter)/i.test(doc.text.slice(hit.start, hit.end)))
      || (process && /^\s+(?:(?:any|all|the|a|new|direct|further|[\w]+-[\w]+)\s+){0,2}$/i.test(doc.text.slice(st.end, hit.start)))
      // ("would welcome U.S. mediation on Kashmir": the mediator named before the process.)
      || (process && /^\s+(?:(?:any|the|a)\s+)?(?:[A-Z][\w.]*\s+){1,2}$/.test(doc.text.slice(st.end, hit.start)))));
    // (A clause or condition between the two keeps the talks: "exclude them from negotiations if sanctions return".)
    // (The vehicle carries the issue after it in its phrase, "talks on a truce", or right before it, "truce talks".)
    const carried = (o: typeof hit) => o.issue !== 'peace_talks'
      && (o.start > hit.start ? o.start - hit.end < 80 && !/[,;.]\s|\b(?:if|unless|until|once|but|while|whereas)\b/.test(doc.text.slice(hit.end, o.start))
        // ("talks with the junta": the party talked with, not the topic.)
        && !/^\s+(?:with|between|among)\s+(?:the\s+)?$/i.test(doc.text.slice(hit.end, o.start)) : hit.start - o.end < 20 && !/[,;.]|\b(?:and|or)\b/.test(doc.text.slice(o.end, hit.start)));
    if (hit.issue === 'peace_talks' && !taken && VEHICLE.test(doc.text.slice(hit.start, hit.end)) && issues.some(carried)) return;
    let governing = governingStance(stances, hit, doc.text) ?? butNotStance(stances, hit, issues, doc.text) ?? modalStance(s, hit)
      // ("Israel would withdraw from the hilltops if the Lebanese army disarmed Hezbollah": the condition of an announced act is demanded.)
      ?? conditionalOffer(modalActs.map((m) => ({ ...m, stance: 'offer' as const })), hit.start, doc.text);
    // (The fronted condition's demand reaches to its comma; an issue of the main clause is the refusal's.)
    const front = governing?.cue === FRONTED_CUE ? fronted.find((f) => f.demand.start === governing!.start) : undefined;
    if (front && hit.start > front.clauseEnd) {
      if (!front.personal) return;
      governing = stances.find((st) => st.start < front.refusal.end && front.refusal.start < st.end) ?? front.refusal;
    }
    // "intends to remain in the buffer zone and will not withdraw": a refused act coordinated after the cue is the refusal's.
    if (governing && governing.stance !== 'reject' && governing.end <= hit.start) {
      const refusal = modalStance(s, hit);
      if (refusal?.stance === 'reject' && refusal.start >= governing.end && /\b(?:and|but)\s+(?:\w+ly\s+)?$/i.test(doc.text.slice(governing.end, refusal.start))) governing = refusal;
    }
    // ("intends to remain in the buffer zone": staying in a zone a withdrawal would leave refuses the withdrawal.)
    if (governing && governing.stance !== 'reject' && governing.end <= hit.start && hit.issue === 'withdrawal' && staysIn(doc.text.slice(governing.end, hit.start))) governing = { ...governing, stance: 'reject' };
    // ("vowed there would be no truce": ruling the issue out, right before it, turns a support or an offer into a rejection.)
    if (governing && (governing.stance === 'support' || governing.stance === 'offer') && governing.end <= hit.start) {
      const none = modalStance(s, hit);
      if (none?.stance === 'reject' && /^there\b/i.test(none.cue) && none.start >= governing.end) governing = none;
    }
    // ("..., a central demand of Moscow in the U.S.-brokered talks": a noun in apposition refers back; only "for"/"that" opens what it asks.)
    if (governing && governing.end <= hit.start && appositiveNoun(s, governing, doc.text) && !asksAfterOwner(doc.text.slice(governing.end, hit.start))) return;
    // ("..., a central demand of the Russian peace plan": the plan the noun belongs to, no issue it asks, whoever owns it.)
    if (governing && governing.end <= hit.start && APPOSITIVE_OWNER_PLAN.test(doc.text.slice(Math.max(s.start, governing.start - 40), hit.end)) && hit.issue === 'peace_talks') return;
    // ("... remains the main obstacle to a peace treaty": what a stance stands in the way of is no issue of the stance.)
    if (governing && governing.end <= hit.start && OBSTACLE.some((re) => re.test(doc.text.slice(Math.max(s.start, hit.start - 50), hit.start)))) return;
    // ("U.S. envoy Steve Witkoff said", "its envoy said": the speaker's office names no talks.)
    // ("the UN envoy's office said": the office of one.)
    if (/^envoys?$/i.test(hit.cue) && /^(?:\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}|['’]s\s+(?:office|team|spokes(?:man|woman|person)|aides?)\s+)(?:said|says|told|added|stressed|noted)\b/u.test(doc.text.slice(hit.end, Math.min(s.end, hit.end + 60)))) return;
    // ("prepared to deploy 20,000 troops in Gaza to help secure peace": peace as the purpose of another issue's act is no position of its own.)
    if (hit.issue === 'peace_talks' && issues.some((o) => o.issue !== 'peace_talks' && o.end <= hit.start) && PURPOSE.test(doc.text.slice(Math.max(s.start, hit.start - 40), hit.start) + (PURPOSE_VERB.exec(doc.text.slice(hit.start, hit.end))?.[0] ?? ''))) return;
    // ("agreed to reopen transport links under the U.S.-brokered deal", "alongside the peace deal": a deal as the frame of another act, no object of the cue.)
    if (hit.issue === 'peace_talks' && issues.some((o) => o.issue !== 'peace_talks' && o.end <= hit.start) && DEAL_FRAME.test(doc.text.slice(Math.max(s.start, hit.start - 50), hit.start))) return;
    // ("The withdrawal of Turkish troops is a precondition for any normalisation": what is conditioned is not demanded.)
    if (governing && governing.end <= hit.start && VERDICT_CUE.test(governing.cue) && issues.some((o) => o.end <= governing!.start)
      && (/\b(?:is|are|was|were|remains?|remained|be)\s+(?:(?:a|an|the|one)\s+)?(?:[\p{L}-]+\s+)?$/iu.test(doc.text.slice(Math.max(s.start, governing.start - 30), governing.start))
        || ownedVerdict(doc.text.slice(Math.max(s.start, governing.start - 60), governing.start)))) return;
    // ("would continue fighting until Kyiv made decisions ..., even as negotiations resumed": what the hostility waits for ends at its clause.)
    if (governing && governing.cue === CONTINUE_UNTIL && governing.end <= hit.start && /[,;:]|\b(?:while|whereas|but|even as)\b/.test(doc.text.slice(governing.end, hit.start))) return;
    // ("a U.S. demand for a ceasefire as a condition for peace talks": what another's condition is for is no position here.)
    if (governing && governing.end <= hit.start && /^as an? (?:pre-?)?condition$/.test(governing.cue)) return;
    // ("agreeing on another truce is conditioned on ...", "the signing depends on ...": what is conditioned is not demanded; what it waits for is.)
    if (governing && governing.start >= hit.end && CONDITIONED.test(governing.cue) && /\b(?:is|are|was|were|remains?|remained|be|been)\s+(?:\w+ly\s+)?$|^[^,;]*\s$/i.test(doc.text.slice(hit.end, governing.start)) && issues.some((o) => o.start >= governing!.end)) return;
    // ("Baku's main precondition for signing the peace treaty is a change to ...": what the condition is for is not demanded; what it is, is.)
    if (governing && governing.end <= hit.start && /^(?:pre-?)?conditions?(?: for)?$|^precondition\*$|^prerequisite\*$/.test(governing.cue) && conditionedBeforeCopula(governing, hit, issues, doc.text)) return;
    // ("releases will only occur after a peace accord is signed and accuses the rebels of violating the truce": what an outcome
    // waits for ends at a comma or a second verb of the sentence's subject.)
    if (governing && governing.end <= hit.start && governing.cue.endsWith(OUTCOME_CONDITION_CUE) && OUTCOME_REACH_END.test(doc.text.slice(governing.end, hit.start))) return;
    // ("ready to host negotiations on a ceasefire": the host offers the talks, not their topic.)
    if (governing && governing.end <= hit.start && hit.issue !== 'peace_talks' && issues.some((o) => o.issue === 'peace_talks' && o.start >= governing!.start && o.end <= hit.start
      && hosting(doc.text.slice(governing!.start, o.end)) && TOPIC.test(doc.text.slice(o.end, hit.start)))) return;
    // ("open to meeting Kim at the demilitarized zone": where the talks take place is no issue of the stance on them.)
    // (Its abbreviation in brackets after it too: "at the demilitarized zone (DMZ)".)
    const placeAt = (h: typeof hit) => /\b(?:at|in)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(s.start, h.start - 8), h.start));
    if (governing && governing.end <= hit.start && hit.issue !== 'peace_talks' && (placeAt(hit) || issues.some((o) => o.issue === hit.issue && o.end < hit.start && /^\s*\($/.test(doc.text.slice(o.end, hit.start)) && placeAt(o)))
      && issues.some((o) => o.issue === 'peace_talks' && o.start >= governing!.end && o.end <= hit.start)) return;
    if (!governing || deniedReport(governing, hit.start, s.text, s.start) || notAPosition(governing, hit, s, dv, claim)) return;
    // ("will not sign a peace treaty without a change of the constitution": the condition is the position, the treaty none.)
    if (conditionedVehicle(governing, hit, issues, doc.text)) return;
    // ("will not give up Donetsk, even in exchange for security guarantees": the payment refused is no position.)
    if (refusedPayment(governing, hit, issues, doc.text)) return;
    // ("would only agree to a truce if the rebels withdrew": the truce is offered, the withdrawal demanded.)
    const offeredOnIf = onlyOffered(governing, hit, issues, doc.text);
    // ("open to dialogue with jihadist groups that lay down their arms": what the parties offered talks must do is demanded.)
    if (governing.stance === 'offer' && governing.end <= hit.start && PARTY_RELATIVE.test(doc.text.slice(Math.max(governing.end, hit.start - 60), hit.start))) governing = { ...governing, stance: 'demand' };
    if (!stances.includes(governing) && governing.stance !== 'reject' && governing.stance !== 'demand' && governing.end <= hit.start) modalActs.push(governing);
    // ("Israel balked at a Lebanese demand for ...": the noun is the owner's, added below, never the verb subject's.)
    const owned = nounObjects.find((on) => on.noun.nounStart === governing!.start && on.issues.includes(hit));
    let stance: StanceHit = governing;
    const agent = stance.agent ?? null;
    // ("the Palestinian Authority will not be allowed to rule Gaza": the one not allowed is the target; the speaker holds it.)
    const deontic = !agent && (DEONTIC.test(stance.cue) || /\bbe allowed\b/.test(stance.cue));
    // ("Under the deal, both armies are required to withdraw": the one obliged holds nothing; "Western powers insist that Iran
    // is obliged to ...": the one who says so demands it.)
    const obliged = !agent && obligedSubject(stance, s, doc.text);
    const speaker = deontic ? speakerOf(s, stance, claim, dv) ?? (/\bbe allowed\b/.test(stance.cue) ? reporterBefore(s, stance, dv) : null)
      : obliged ? (claim?.source && !dv.isMedia(claim.source) && dv.kindOf(claim.source) !== 'group' ? claim.source : asserterBefore(s, stance, dv, heads)) : null;
    if (obliged && !speaker) return;
    const asking = speaker || agent ? null : askerOf(s, stance, dv, heads);
    if (asking && !asking.holder) return;
    // A verdict after its issue is the speaker's ("any troops sent to Ukraine would be legitimate targets", Lavrov warned).
    // ("The withdrawal of Turkish troops is a precondition for ..., Syrian officials said": a state's officials, the state, when the article names it.)
    // ("Zero enrichment is Washington's bottom line, the envoy said": the owner named before the noun holds it.)
    // ("Russia will consider any European troops in Ukraine legitimate targets, Lavrov said": the one who judges does.)
    const judge = !agent && !speaker && stance.start >= hit.end ? judgeOf(s, hit.start, dv) : null;
    const verdict = judge ?? (!agent && !speaker && stance.start >= hit.end && claim?.source && !dv.isMedia(claim.source) && !ownedVerdict(doc.text.slice(Math.max(s.start, stance.start - 60), stance.start))
      ? (dv.kindOf(claim.source) !== 'group' ? claim.source : VERDICT_CUE.test(stance.cue) ? stateOfGroup(claim.source, dv) : null) : null);
    // ("Hamas \"doesn't intend to disarm\", the analyst said": a quote that opens at the cue keeps the subject before it.)
    const quoted = /[“"‘]\s*(?:(?:will|would|could|can|shall|should|must|is|are|was|were|has|have|had|does|do|did|not|never|also|still|\w+ly)\s+)*$/i.exec(doc.text.slice(s.start, stance.start));
    const quotedAnchor = quoted && stance.start - s.start - quoted[0].length > 0 ? { ...stance, start: stance.start - quoted[0].length } : stance;
    // ("Ukraine was prepared to give up X in exchange for Y": the condition of an offer that is another cue's infinitive has that cue's subject.)
    // ("Until Israel withdraws, Hezbollah will not disarm": the main clause's subject, between its comma and the refusal, holds both.)
    const frontAnchor = front && (s.mentions.some((m) => m.start > front.clauseEnd && m.end <= front.refusal.start) || /\b(?:we|they|he|she|it|I)\s/.test(doc.text.slice(front.clauseEnd, front.refusal.start))) ? { ...stance, start: front.refusal.start } : null;
    const anchor = frontAnchor ?? (stances.includes(governing) ? quotedAnchor : chainHead(stances, quotedAnchor, doc.text));
    // "Both sides agreed to ...": each of the two parties named together last.
    const pair = agent || speaker || asking ? null : bothSidesHolders(s, anchor, dv) ?? theyPairHolders(s, anchor, dv);
    const [holderRoute, found] = holderFound({ pair, agent, speaker, verdict, asking, s, anchor, claim, dv, stance, heldAt, positions, heads });
    // A ministry holds no position of its own: its state does.
    // ("... Zelensky has hinted that he is open to a summit. He also insisted that ...": the opening
    // "he" is the subject of the sentence before, not an earlier speaker the sentence does not name.)
    const continued = found && dv.kindOf(found) === 'person' && !s.mentions.some((m) => m.actor === found) ? antecedent() : null;
    // ("envoys of the Quad - the United States, ... and Egypt - pressed ...": a list set off by dashes names the members of the body before it, which holds the position.)
    const apposed = !continued && found && holderRoute === 'subject' ? dashApposition(s, found, stance.start, dv) ?? servedBy(s, found, stance.start, dv) : null;
    // ("... Cyprus's interior ministry ... . Meanwhile, the foreign ministry stressed ...": the claim's bare ministry is the state whose ministry the paragraph named, not the state the claims stage took.)
    const ministry = found && found === claim?.source && holderRoute !== 'ministry' ? ministryHolder(s, claim, dv) : null;
    const person = apposed ?? continued ?? ministry ?? (found ? dv.speaksFor(found) : null);
    // ("Burhan's government has made ... a precondition": a leader's government is the leader's state, when the article names it.)
    const holder = person && dv.kindOf(person) === 'person' ? leaderGovernment(s, person, anchor.start, dv) ?? person : person;
    // A news agency reports positions, it does not hold them ("(Reuters) - Moscow is ...").
    if (!holder || dv.isMedia(holder) || (owned && owned.noun.owner !== holder)) return;
    // ("Both protagonists of Sudan's civil war have rejected ...": the state whose war names the subject's phrase is not its subject.)
    if (holderRoute === 'subject' && warOf(s, holder, anchor.start, dv)) return;
    // ("Fidan said the two sides had agreed to ...": a party phrase that names no one is the subject; the speaker holds nothing.)
    if (holderRoute === 'subject' && unnamedOtherSubject(s, anchor, holder, dv)) return;
    // ("National security analyst X said Hamas \"doesn't intend to disarm\"": an analyst's reading, no one's position.)
    if (commentator(holder, dv) || commentator(claim?.source, dv)) return;
    if (asking) stance = { ...stance, stance: 'demand' };
    // "calls for Kyiv to reduce its army": the one called on to act does not hold the call.
    if (/\bfor$/.test(stance.cue) && s.mentions.some((m) => m.actor === holder && m.start >= stance.end && m.start - stance.end <= 6 && /^\s+to\s/.test(doc.text.slice(m.end, m.end + 5)))) return;
    // ("deprives Russia of the appetite to continue fighting": carrying on the war is a stance only as the cue's own object.)
    if (carriesOnWar(hit, doc.text) && !(stance.end <= hit.start && /^\s*(?:to\s+)?$/i.test(doc.text.slice(stance.end, hit.start)))) return;
    stance = adjustStance(stance, hit, s, holder, dv);
    if (offeredOnIf && stance.stance === 'demand') stance = { ...stance, stance: 'offer' };
    // "Aliyev reiterated that Armenia should change its constitution": what a speaker says another side should do is demanded of it.
    if (deontic && stance.stance === 'support' && speaker) {
      const subject = subjectBefore(s, stance.start, dv, heads);
      if (subject?.actor && !subject.group && subject.actor !== holder && dv.kindOf(subject.actor) !== 'group' && !ownSide(holder, dv.speaksFor(subject.actor), [], dv)
        && /^\s+(?:\w+ly\s+)?$/.test(doc.text.slice(subject.end, stance.start))) stance = { ...stance, stance: 'demand' };
    }
    // "Britain and France offered to lead a reassurance force": each of the coordinated subjects holds it.
    // ("Britain, France and Germany said Iran must ...": each of the coordinated speakers.)
    const holders = pair ? pair.map((h) => dv.speaksFor(h)) : speaker && holderRoute === 'speaker' && found ? [...coordinatedWith(s, found, stance.start, dv).map((h) => dv.speaksFor(h)), holder]
      : agent && holderRoute === 'agent' && holder === dv.speaksFor(agent) ? agentList(s, agent, stance.end, dv).map((h) => dv.speaksFor(h))
      : speaker || asking || agent || apposed ? [holder] : [...coordinatedWith(s, holder, stance.start, dv), holder];
    for (const h of holders) {
      const key = `${h}|${stance.stance}|${hit.issue}`;
      if (seen.has(key)) continue;
      seen.add(key);
      heldAt.push({ at: stance.start, holder: h });
      const target = asking?.target ?? (speaker ? subjectBefore(s, stance.start, dv, heads)?.actor : null) ?? targetOf(s, h, stance, dv);
      add({
        holder: h, stance: stance.stance, issue: hit.issue, target: target && !ownSide(h, target, holders, dv) ? target : null,
        condition: conditionOf(s, ctx), claim: claimIndex >= 0 ? claimIndex : null, evidence: { start: s.start, end: s.end },
      }, { rule: named.includes(hit) ? 'cue' : 'reference', holderBy: h === holder ? holderRoute : 'coordinated', cue: governing.cue, modal: !stances.includes(governing), at: named.includes(hit) ? { start: hit.start, end: hit.end } : undefined });
    }
}

/** The rules' positions, each with a note of the rule that made it (what a learned filter reads). */
export function rulePositions(doc: Doc, ctx: Ctx): RuleOutput {
  const dv = viewOf(doc, ctx.kb);
  const heads = unnamedHeads(ctx.lexicons.hedges.unnamed_sources);
  const positions: Position[] = [];
  const notes: RuleNote[] = [];
  const add = (p: Position, note: RuleNote) => { positions.push(p); notes.push(note); };
  // The issues of the sentences read so far, for an issue named by reference ("this proposal").
  const prior: Prior[] = [];
  for (const s of dv.sentences) {
    if (s.removed) continue;
    const named = issueHits(s, ctx, dv);
    // ("their army will remain in the south for as long as ...": staying on refuses a withdrawal.)
    // ("will keep its troops in Transnistria until ...": the lexicon may name the act a withdrawal cue already.)
    const stays = stayingOn(s, dv);
    if (stays && !named.some((h) => h.issue === 'withdrawal' && h.start < stays.issue.end && stays.issue.start < h.end)) { named.push(stays.issue); named.sort((a, b) => a.start - b.start); }
    const claimIndex = claimHolding(doc, s);
    const claim = claimIndex >= 0 ? doc.claims[claimIndex] : null;
    // ("the war would stop immediately if Hamas released the hostages": the end of a hostility offered, what it waits for demanded.)
    // ("The proposal stipulates that ...": with no claim, the author of the document the sentence opens with speaks.)
    const voice = claim?.source && !dv.isMedia(claim.source) ? claim.source : documentSpeaker(s, dv);
    const ends = endsIf(s, voice);
    if (ends && !named.some((h) => h.start < ends.issue.end && ends.issue.start < h.end)) { named.push(ends.issue); named.sort((a, b) => a.start - b.start); }
    // ("... proposed holding talks next week. Ukraine has confirmed it will attend.": taking part offers the talks named before.)
    const attends = attendsTalks(s, named, prior, doc.text);
    if (attends && !named.some((h) => h.start < attends.issue.end && attends.issue.start < h.end)) { named.push(attends.issue); named.sort((a, b) => a.start - b.start); }
    const here: Prior = { start: s.start, end: s.end, positionIssues: [], hitIssues: named.map((h) => h.issue) };
    const sentenceFrom = positions.length;
    // Stance cues matter where there is an issue, or terms named again ("rejected such terms").
    const namesTerms = TERMS_WORD.test(s.text);
    const refers = mayRefer(s.text);
    if (!named.length && !namesTerms && !refers) { prior.push(here); continue; }
    const stances = stanceHits(s, ctx, dv);
    if (stays && !stances.some((st) => st.start < stays.stance.end && stays.stance.start < st.end)) { stances.push(stays.stance); stances.sort((a, b) => a.start - b.start); }
    if (ends) for (const st of [ends.offer, ends.demand]) if (!stances.some((o) => o.start < st.end && st.start < o.end)) stances.push(st);
    if (attends && !stances.some((o) => o.start < attends.stance.end && attends.stance.start < o.end)) stances.push(attends.stance);
    // "If X drops its claims, peace can be achieved," the speaker said: the condition is demanded.
    const outcome = ifOutcome(s, claim, dv);
    if (outcome && !stances.some((st) => st.start <= outcome.start && st.end >= outcome.end)) stances.unshift(outcome);
    // "Sanctions would be lifted once the authorities guarantee ...": the outcome offered, what it waits for demanded.
    for (const o of outcomeCondition(s, named, voice)) if (!stances.some((st) => st.start < o.end && o.start < st.end)) stances.push(o);
    // "Until all foreign forces withdraw, we will not take part in any talks": the opening clause demanded, the main clause refused.
    const fronted = frontedCondition(s);
    for (const f of fronted) {
      if (!stances.some((st) => st.start < f.demand.end && f.demand.start < st.end)) stances.push(f.demand);
      if (f.personal && !stances.some((st) => st.start < f.refusal.end && f.refusal.start < st.end)) stances.push(f.refusal);
    }
    stances.sort((a, b) => a.start - b.start);
    const issues = refers ? [...named, ...referenceHits(s, stances, named, prior, doc.text)].sort((a, b) => a.start - b.start) : named;
    // (No stance cue: a modal before an act may still state one, see modalStance.)
    const seen = new Set<string>();
    // The holders of the stances read so far in the sentence, for the condition that follows one ("would accept X only if Y").
    const heldAt: { at: number; holder: string }[] = [];
    // The announced acts read so far in the sentence (a modal with no stance cue: "would withdraw"), for the condition after one.
    const modalActs: StanceHit[] = [];
    const nounObjects = objectNouns(s, stances, issues, dv);
    let antecedentOf: string | null | undefined;
    const antecedent = () => (antecedentOf === undefined ? (antecedentOf = pronounAntecedent(s, dv)) : antecedentOf);
    const state: SentenceState = { doc, ctx, dv, heads, s, claim, claimIndex, named, stances, issues, fronted, seen, heldAt, modalActs, nounObjects, antecedent, positions, add };
    for (const hit of issues) issuePositions(hit, state);
    // "rejected Machado's offer for a transition": the owner holds the noun's stance, the subject the verb's.
    for (const on of nounObjects) {
      // ("The transitional authorities in Bamako rejected an ECOWAS proposal": a governing body of a state named by seat or adjective.)
      const subject = authorityHolder(s, on.verb, dv) ?? rulersHolder(s, on.verb, dv) ?? holderOf(s, on.verb, claim, dv, heads);
      const subjectActor = subject ? dv.speaksFor(subject) : null;
      const verbHolder = subjectActor && dv.kindOf(subjectActor) === 'person' ? leaderGovernment(s, subjectActor, on.verb.start, dv) ?? subjectActor : subjectActor;
      for (const hit of on.issues) {
        for (const [h, stance, cue] of [[on.noun.owner, on.noun.stance, 'owned noun'], [verbHolder, on.verb.stance, on.verb.cue]] as const) {
          if (!h || dv.isMedia(h) || (h === on.noun.owner && cue !== 'owned noun')) continue;
          const key = `${h}|${stance}|${hit.issue}`;
          if (seen.has(key)) continue;
          seen.add(key);
          add({ holder: h, stance, issue: hit.issue, target: null, condition: conditionOf(s, ctx), claim: claimIndex >= 0 ? claimIndex : null, evidence: { start: s.start, end: s.end } },
            { rule: 'object-noun', holderBy: cue === 'owned noun' ? 'owner' : 'subject', cue, modal: false, at: { start: hit.start, end: hit.end } });
        }
      }
    }
    // "will not discuss handing over its weapons while Israel continues to occupy five points": the refusal's holder demands the withdrawal.
    const refusal = stayingConditions(s, dv).length > 0 ? positions.slice(sentenceFrom).find((p) => p.stance === 'reject') : undefined;
    if (refusal && !seen.has(`${refusal.holder}|demand|withdrawal`)) {
      seen.add(`${refusal.holder}|demand|withdrawal`);
      add({ ...refusal, stance: 'demand', issue: 'withdrawal', target: null }, { rule: 'staying-condition', holderBy: 'subject', cue: 'while', modal: false });
    }
    // "The RSF accepted the truce and called on the army to do the same": the one called on is asked for the stance
    // just stated, on its issues (a call demands it, an urging supports it).
    for (const m of matchesOf(s.text, FOLLOW_SUIT)) {
      const at = s.start + m.index!;
      const before = positions.slice(sentenceFrom).filter((p) => (p.stance === 'offer' || p.stance === 'support'));
      const last = before[before.length - 1];
      if (!last) continue;
      const asked = s.mentions.find((x) => x.start >= at && x.start < at + m[0].length && x.actor !== last.holder);
      for (const p of before.filter((q) => q.holder === last.holder)) {
        const stance = /^urg/i.test(m[1]) ? 'support' as const : 'demand' as const;
        const key = `${p.holder}|${stance}|${p.issue}`;
        if (seen.has(key)) continue;
        seen.add(key);
        add({ ...p, stance, target: asked && !ownSide(p.holder, dv.speaksFor(asked.actor), [], dv) ? dv.speaksFor(asked.actor) : null },
          { rule: 'follow-suit', holderBy: 'subject', cue: m[1], modal: false });
      }
    }
    // "Russia's demand that Ukraine abandon four regions is a non-starter, Ukrainian officials said": a verdict on
    // another's stance noun is the speaker's rejection of what the noun asks.
    for (const v of stances) {
      if (v.stance !== 'reject' || !REJECT_VERDICT.test(v.cue)) continue;
      if (!/\b(?:is|are|was|were|remains?|remained|be)\s+(?:(?:a|an|simply|completely|totally|wholly|entirely|absolutely|clearly|still)\s+)*$/i.test(doc.text.slice(Math.max(s.start, v.start - 40), v.start))) continue;
      const speakerOfVerdict = claim?.source && !dv.isMedia(claim.source) ? (dv.kindOf(claim.source) !== 'group' ? claim.source : stateOfGroup(claim.source, dv)) : null;
      if (!speakerOfVerdict) continue;
      const verdictHolder = dv.speaksFor(speakerOfVerdict);
      for (const p of positions.slice(sentenceFrom)) {
        const note = notes[positions.indexOf(p)];
        if (p.holder === verdictHolder || !note.cue || p.stance === 'reject') continue;
        // The noun and its issue before the verdict, in one clause with it.
        const noun = stances.find((n) => n.cue === note.cue && n.end <= v.start && STANCE_NOUN.test(doc.text.slice(n.start, n.end)));
        if (!noun || /[;:]|,\s/.test(doc.text.slice(noun.end, v.start))) continue;
        const key = `${verdictHolder}|reject|${p.issue}`;
        if (seen.has(key)) continue;
        seen.add(key);
        add({ holder: verdictHolder, stance: 'reject', issue: p.issue, target: dv.kindOf(p.holder) === 'state' || dv.kindOf(p.holder) === 'armed_group' ? p.holder : null, condition: null, claim: claimIndex >= 0 ? claimIndex : null, evidence: { start: s.start, end: s.end } },
          { rule: 'noun-verdict', holderBy: 'speaker', cue: v.cue, modal: false });
      }
    }
    // "turned down a truce offered by Israel": the participle's agent holds its stance on the noun before it.
    for (const st of stances) {
      if (!st.agent || !/ed$|^\p{L}+ed \.\.\. (?:out|down|off|up|back)$/u.test(st.cue)) continue;
      const hit = [...issues].reverse().find((h) => h.end <= st.start && (/^[\s\w-]{0,25}$/.test(doc.text.slice(h.end, st.start))
        // ("The issue of mutual recognition, vehemently opposed by Serbia, ...": a participle in apposition after a comma.)
        || /^,\s+(?:\w+ly\s+)?$/.test(doc.text.slice(h.end, st.start))
        // ("A ceasefire plan put forward by Qatar was rejected by the RSF": the passive's subject, past another participle and its agent.)
        || passiveSubject(doc.text.slice(h.end, st.start))));
      if (!hit) continue;
      // ("was echoed by Egypt and Turkey": each agent of a list.)
      for (const agent of agentList(s, st.agent, st.end, dv)) {
        const key = `${agent}|${st.stance}|${hit.issue}`;
        if (seen.has(key)) continue;
        seen.add(key);
        add({ holder: agent, stance: st.stance, issue: hit.issue, target: null, condition: null, claim: claimIndex >= 0 ? claimIndex : null, evidence: { start: s.start, end: s.end } },
          { rule: 'participle', holderBy: 'agent', cue: st.cue, modal: false, at: { start: hit.start, end: hit.end } });
      }
    }
    // "..., a request that Tehran has rejected": the relative clause's subject on the issues before it.
    for (const rel of relativeStances(s, stances, issues, dv)) {
      for (const hit of rel.issues) {
        const key = `${rel.holder}|${rel.stance.stance}|${hit.issue}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const other = positions.slice(sentenceFrom).find((p) => p.issue === hit.issue && p.holder !== rel.holder);
        add({
          holder: rel.holder, stance: rel.stance.stance, issue: hit.issue, target: other && !ownSide(rel.holder, other.holder, [], dv) ? other.holder : null,
          condition: null, claim: claimIndex >= 0 ? claimIndex : null, evidence: { start: s.start, end: s.end },
        }, { rule: 'relative', holderBy: 'relative', cue: rel.stance.cue, modal: false, at: { start: hit.start, end: hit.end } });
      }
    }
    // A rejection that governed no issue of its own may answer terms stated before.
    if (namesTerms && !positions.slice(sentenceFrom).some((p) => p.stance === 'reject')) {
      const answer = rejectionOfTerms(s, stances, positions.slice(0, sentenceFrom), claim, dv, heads);
      if (answer) add({ ...answer, claim: claimIndex >= 0 ? claimIndex : null }, { rule: 'terms', holderBy: 'terms', cue: null, modal: false });
    }
    // One statement, one position: two related issues of one phrase, or a support beside a demand or offer of the same issue.
    const held = positions.slice(sentenceFrom).map((p, k) => ({ holder: p.holder, stance: p.stance, issue: p.issue, at: notes[sentenceFrom + k].at }));
    const drop = new Set([...mergeAlternatives(held, doc.text), ...mergeStances(held)]);
    for (const k of [...drop].sort((a, b) => b - a)) { positions.splice(sentenceFrom + k, 1); notes.splice(sentenceFrom + k, 1); }
    prior.push({ ...here, positionIssues: positions.slice(sentenceFrom).map((p) => p.issue) });
  }
  return { positions, notes };
}

/** Whether the only mentions of `holder` before `at` are "of X's (civil) war": a state named inside the subject's phrase. */
function warOf(s: SentenceView, holder: string, at: number, dv: DocView): boolean {
  const text = dv.doc.text;
  const before = s.mentions.filter((m) => m.end <= at && dv.speaksFor(m.actor) === holder);
  return before.length > 0 && before.every((m) => /\bof\s+$/i.test(text.slice(Math.max(s.start, m.start - 4), m.start))
    && /^['’]s?\s+(?:(?:civil|bloody|long|brutal|ongoing|devastating)\s+)?(?:war|conflict|crisis)\b/i.test(text.slice(m.end, m.end + 30)));
}

/**
 * " plan put forward by Qatar was ", " proposal, floated by Egypt, was quickly ": between an issue and a
 * passive stance with its agent, the rest of the subject's phrase (a participle with its own agent, set
 * off by commas or not) and the auxiliary, no other verb.
 */
function passiveSubject(between: string): boolean {
  if (between.length > 90 || /[;:.]/.test(between)) return false;
  const m = /^(?:\s+[\p{L}-]+){0,2}?(?:,?\s+(?:\w+ed|put forward|drawn up|set out|laid out)\s+by\s+(?:the\s+)?[\p{Lu}][^,;]{0,40}?,?)?\s+(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:\w+ly\s+)?$/u.exec(between);
  return !!m && !/\b(?:said|says|and|but|which|who|that)\b/i.test(between);
}

/** "the Quad - the United States, Saudi Arabia and Egypt - pressed": the name before a list set off by dashes, when the found holder closes that list. */
function dashApposition(s: SentenceView, found: string, before: number, dv: DocView): string | null {
  const text = dv.doc.text;
  const last = s.mentions.filter((m) => m.end <= before && m.actor === found).pop();
  if (!last || !/^\s+[-—–]\s/.test(text.slice(last.end, last.end + 4))) return null;
  const open = text.slice(s.start, last.start).search(/\s[-—–]\s[^-—–]*$/);
  if (open < 0) return null;
  const head = s.mentions.filter((m) => m.end <= s.start + open && /^\s*$/.test(text.slice(m.end, s.start + open))).pop();
  return head && head.actor !== found && dv.kindOf(head.actor) !== 'group' && !dv.isMedia(head.actor) ? head.actor : null;
}

/** "..., but an adviser to Burhan rejected any truce": an unnamed aide speaks for the one named after "to", not for the subject before. */
function servedBy(s: SentenceView, found: string, before: number, dv: DocView): string | null {
  const text = dv.doc.text;
  const m = s.mentions.filter((x) => x.end <= before).pop();
  if (!m || m.actor === found || !/^\s+(?:\w+ly\s+)?$/.test(text.slice(m.end, before))) return null;
  if (!/\b(?:an?|the)\s+(?:senior\s+|top\s+|close\s+)?(?:adviser|advisor|aide|spokesman|spokeswoman|spokesperson|envoy|representative|negotiator)\s+(?:to|for|of)\s+$/i.test(text.slice(Math.max(s.start, m.start - 40), m.start))) return null;
  return dv.kindOf(m.actor) === 'group' || dv.isMedia(m.actor) ? null : dv.speaksFor(m.actor);
}
