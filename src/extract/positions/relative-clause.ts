// A stance stated in a relative clause after what it is about: "... end enrichment, a request
// that Tehran has rejected", "to cede the eastern region, which Moscow is demanding",
// "territorial concessions, terms Kyiv swiftly rejected", "..., a demand rejected by Kigali",
// "will not withdraw its police, as demanded by Belgrade". The relative clause's subject holds
// the stance on the issues of the clause before it.
import type { DocView, SentenceView } from '../sentence-view.js';
import type { IssueHit, StanceHit } from './cues.js';
import { NEW_CLAUSE } from './governing.js';
import { unnamedGroupSubject } from './implicit-holder.js';
import { matchesOf } from '../../doc/matches.js';

/** What the relative clause hangs on: a relative pronoun, or a noun in apposition naming the act. */
const HEAD = /(?:\b(?:that|which)|,(?:\s+as)?|[—–]\s*(?:[\p{L}-]+\s+){0,3}?(?:terms|request|demand|move|step|idea|proposal|proposition|plan|offer|condition|call|option|notion|prospect)s?|,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:terms|request|demand|move|step|idea|proposal|proposition|plan|offer|condition|call|option|notion|prospect|point|issue|matter|measure|provision|clause|element|concession)s?(?:\s+that|\s+which)?|,\s+something(?:\s+that)?)\s+(?:the\s+)?$/iu;
/** Between the subject and the stance verb: auxiliaries and adverbs only. */
// ("a condition Kyiv says it will never accept", "a condition Kyiv sees as essential": a report of itself, a verdict frame.)
const AUX = /^\s+(?:(?:says|said|insists|insisted|has said|made clear)\s+(?:that\s+)?(?:it|they)\s+|(?:sees|saw|regards|regarded|considers|considered|views|viewed)\s+as\s+)?(?:(?:has|have|had|is|are|was|were|been|would|will|also|now|still|already|long|so\s+far|continues\s+to|continue\s+to|continued\s+to|\p{L}+ly)\s+)*$/iu;

/** A verb that pronounces a verdict, right before it: "has called unacceptable", "described as a non-starter". */
const CALLED = /\b(?:called|calls|call|described\s+as|describes\s+as|describe\s+as|deemed|deems|branded|brands|labell?ed)\s+(?:it\s+)?(?:a\s+|an\s+)?$/i;
const VERDICT_WORD = /^(?:unacceptable|not acceptable|inadmissible|non-starter|nonstarter|out of the question|absurd|unrealistic|a non-starter|baseless|provocation|provocative)$/i;

export interface RelativeStance { stance: StanceHit; holder: string; issues: IssueHit[] }

/** A stance noun in apposition with its owner after it: "..., a central demand of Moscow", "— a key condition set by Kyiv". */
// ("..., sparking a firm refusal from the RSF", "drawing a swift rejection by Kyiv": the answer the clause before met.)
const APPOSITIVE_LEAD = /(?:,|[—–])\s*(?:(?:sparking|drawing|prompting|triggering|provoking|eliciting|earning|meeting\s+with|met\s+with)\s+)?(?:a|an|the|one|another)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const APPOSITIVE_NOUN = /(?:demands?|conditions?|proposals?|offers?|requests?|calls?|insistence|refusal|rejection|ultimatum|initiative)$/i;

/** "..., a key Russian demand in the Istanbul talks": a noun in apposition whose owner is the state its demonym names. */
export function apposedDemonymOwner(s: SentenceView, stance: StanceHit, dv: DocView): string | null {
  if (!APPOSITIVE_NOUN.test(stance.cue)) return null;
  const lead = dv.doc.text.slice(Math.max(s.start, stance.start - 40), stance.start);
  const m = APPOSITIVE_LEAD.exec(lead);
  if (!m) return null;
  const from = stance.start - lead.length + m.index;
  const owner = s.mentions.find((x) => x.start >= from && x.end <= stance.start && x.via === 'demonym' && dv.kindOf(x.actor) === 'state');
  return owner ? dv.speaksFor(owner.actor) : null;
}

/** After the owner in "a demand Pakistan has long pressed": auxiliaries, adverbs, then a verb of holding a stance. */
const HOLDING = /^\s+(?:(?:has|have|had|is|are|was|were|long|also|\p{Ll}+ly)\s+)*(?:pressed|made|voiced|raised|sought|pushed|put forward|floated|set out|set|tabled|advanced|championed|repeated|reiterated|insisted on|pressed for|pushed for|called for)\b/u;

/** Whether the stance is a noun in apposition that names its owner after it (it refers back, it governs nothing after it). */
export function appositiveNoun(s: SentenceView, stance: StanceHit, text: string): boolean {
  return !!stance.agent && APPOSITIVE_NOUN.test(stance.cue) && APPOSITIVE_LEAD.test(text.slice(Math.max(s.start, stance.start - 40), stance.start));
}

export function relativeStances(s: SentenceView, stances: StanceHit[], issues: IssueHit[], dv: DocView): RelativeStance[] {
  const text = dv.doc.text;
  const out: RelativeStance[] = [];
  for (let stance of stances) {
    // "ruled out ceding the Donetsk region, a central demand of Moscow in the talks": the owner holds the noun's stance on the clause before.
    // ("..., a demand Pakistan has long pressed": the noun's owner named in the relative clause after it, by a verb of holding.)
    const heldBy = !stance.agent && APPOSITIVE_NOUN.test(stance.cue) && APPOSITIVE_LEAD.test(text.slice(Math.max(s.start, stance.start - 40), stance.start))
      ? s.mentions.find((m) => m.start >= stance.end && m.start - stance.end <= 16 && /^\s+(?:(?:that|which)\s+)?(?:the\s+)?$/i.test(text.slice(stance.end, m.start))
        && HOLDING.test(text.slice(m.end, Math.min(s.end, m.end + 50)))) : undefined;
    if (heldBy && ['state', 'person', 'organisation', 'armed_group', 'coalition'].includes(dv.kindOf(heldBy.actor) ?? '') && !dv.isMedia(heldBy.actor)) {
      stance = { ...stance, agent: dv.speaksFor(heldBy.actor) };
    }
    if (appositiveNoun(s, stance, text)) {
      const headAt = s.start + text.slice(s.start, stance.start).search(APPOSITIVE_LEAD);
      const breaks = [...matchesOf(text.slice(s.start, headAt), /[,;:]\s/g)].map((m) => s.start + m.index! + 1).filter((i) => i < headAt - 1);
      const clauseAt = Math.max(s.start, headAt - 160, ...breaks);
      const before = issues.filter((h) => h.end <= headAt && h.start >= clauseAt);
      if (before.length) out.push({ stance, holder: stance.agent!, issues: before });
      continue;
    }
    // ("a condition Kyiv sees as essential for ...": a verdict in the frame "sees ... as".)
    const verdict = /\b(?:sees|saw|regards|regarded|considers|considered|views|viewed)\s+as\s+$/i.test(text.slice(Math.max(s.start, stance.start - 16), stance.start));
    // A verb, not a noun: "rejected", "is demanding", "insists on", "will never accept".
    // (Read on the words matched: "balk*" matched "balked at".)
    const said = text.slice(stance.start, stance.end);
    // ("conditions Iran continues to reject": the infinitive after "continues to" is the verb.)
    const goesOn = /\b(?:continues|continue|continued)\s+to\s+$/i.test(text.slice(Math.max(s.start, stance.start - 20), stance.start));
    // ("a point Hamas is unwilling to discuss": a predicative refusal after the auxiliary.)
    const predicative = /^(?:unwilling|not ready|not prepared|reluctant)$/i.test(stance.cue);
    // ("an offer Moscow has called unacceptable", "a demand Kyiv describes as a non-starter": a verdict the subject pronounces.)
    const pronounced = CALLED.exec(text.slice(Math.max(s.start, stance.start - 30), stance.start));
    const called = !!pronounced && stance.stance === 'reject' && VERDICT_WORD.test(stance.cue);
    if (!verdict && !goesOn && !predicative && !called && (!/(?:ed|ing|s|on)$/.test(stance.cue) && !/(?:ed|ing|ed at|ed against)$/.test(said) && !/^(?:will|would|never|cannot|can't|won't)\b/.test(stance.cue) || /^(?:demands|proposals|calls|requests|conditions|terms)$/.test(stance.cue))) continue;
    // A stance with an issue of its own after it is the main clause's ("..., Kyiv rejected the demand for neutrality").
    // (Not across a relative clause after a passive's agent: "..., a move demanded by Baku that could ease a peace deal".)
    const agentRelative = (gap: string): boolean => !!stance.agent && /ed$/.test(stance.cue) && /^\s+by\s[^,;]*?\b(?:that|which)\s/i.test(gap);
    if (!verdict && issues.some((h) => h.start >= stance.end && h.start - stance.end <= 60 && !/[,;.]/.test(text.slice(stance.end, h.start)) && !NEW_CLAUSE.test(text.slice(stance.end, h.start)) && !/^\s+as\s/.test(text.slice(stance.end, h.start)) && !agentRelative(text.slice(stance.end, h.start)))) continue;
    // ("a move the militant group is resisting": an armed group named by what it is.)
    // ("..., a demand rejected by Kigali": a participle in apposition, its agent the holder; the head ends at the participle.)
    const passive = stance.agent && /ed$/.test(stance.cue) ? { actor: stance.agent, start: stance.start } : null;
    const verbAt = called ? stance.start - pronounced![0].length : stance.start;
    const named = passive ? null : [...s.mentions].reverse().find((m) => m.end <= verbAt && AUX.test(text.slice(m.end, verbAt) || ' '));
    const unnamed = named || passive ? null : unnamedGroupSubject(s, stance, dv);
    const subject = passive ?? named ?? (unnamed ? { actor: unnamed.actor, start: unnamed.start } : null);
    if (!subject || !['state', 'person', 'organisation', 'armed_group', 'coalition'].includes(dv.kindOf(subject.actor) ?? '') || dv.isMedia(subject.actor)) continue;
    // ("..., a condition that has been firmly rejected by Hamas": a passive's auxiliaries and adverbs after the head.)
    const lead = passive
      ? text.slice(Math.max(s.start, subject.start - 100), subject.start).replace(/(?:\b(?:has|have|had|was|were|is|are|been|being|already|since|\p{Ll}+ly)\s+)+$/u, '')
      : text.slice(Math.max(s.start, subject.start - 80), subject.start);
    if (!HEAD.test(lead)) continue;
    // The issues of the clause before the head, back to the previous clause break.
    const headAt = Math.max(s.start, subject.start - (passive ? 100 : 80)) + lead.search(HEAD);
    // The clause before the head, from its infinitive on ("forbidden by the constitution to cede the
    // territory, which Russia is demanding": the cession, not the constitution).
    const breaks = [...matchesOf(text.slice(s.start, headAt), /[,;:]\s/g)].map((m) => s.start + m.index! + 1).filter((i) => i < headAt - 1);
    // ("to withdraw from the Donbas, where fighting remains intense — a condition ...": back over a relative clause.)
    while (breaks.length && /^\s*(?:where|which|who|whose|when)\b/i.test(text.slice(breaks[breaks.length - 1], breaks[breaks.length - 1] + 10))) breaks.pop();
    const clauseAt = Math.max(s.start, headAt - 160, ...breaks);
    // (Not the preposition: "a troop deployment to Ukraine, an idea Moscow rejected".)
    const to = / to (?!(?:the|a|an|its|their|his|her|this|that|these|those|any|all|some|post-war|eastern|western|southern|northern)\b|\p{Lu})/u.exec(text.slice(clauseAt, headAt));
    // ("Israeli negotiators demanded the disarmament of Hamas, a condition Hamas rejected": what the
    // clause's own stance verb governs, not its subject's words before the verb.)
    // (A stance noun that ends the clause, "make territorial concessions", governs nothing after it.)
    const verbBefore = stances.filter((o) => o !== stance && o.start >= clauseAt && issues.some((h) => h.start >= o.end && h.end <= headAt))
      .reduce((m, o) => Math.max(m, o.end), -1);
    const from = Math.max(to ? clauseAt + to.index : clauseAt, verbBefore);
    // ("ready to send a reassurance force once a ceasefire is in place, an offer Moscow has called unacceptable": the offer
    // is answered, not the condition it waits for; unless the head names the condition itself.)
    const conditionHead = /\b(?:(?:pre-?)?conditions?|demands?|terms)\b/i.test(lead.slice(lead.search(HEAD)));
    const inCondition = (h: IssueHit): boolean => !conditionHead && /\b(?:once|if|unless|until|provided|as soon as)\b/i.test(text.slice(from, h.start));
    const before = issues.filter((h) => h.end <= headAt && h.start >= from && !/[;.!?]\s/.test(text.slice(h.end, headAt)) && !inCondition(h));
    if (before.length) out.push({ stance, holder: subject.actor, issues: before });
  }
  return out;
}
