// The holder named after a stance cue: the agent of a passive ("a truce offered by Israel",
// "a change demanded by Baku") or of a stance noun ("a proposal by Malaysia's prime minister",
// "demands from Moscow"), and the one a verdict is for ("unacceptable for Russia").
import { lastMentionBefore, stateActorOf, type DocView, type SentenceView } from '../sentence-view.js';
import type { StanceHit } from './cues.js';
import { nationalArmy } from '../national-army.js';

/** A stance noun whose agent follows it: "a proposal by", "demands from", "a key demand of". */
const STANCE_NOUN = /^(?:(?:key |central |core |main )?demands?|proposals?|offers?|calls?|requests?|(?:key |main )?conditions?|insistence|refusal|rejection|plans?|initiative|ultimatum)$/i;
/** Phrasal participles that do not end in -ed: "put forward by", "drawn up by", "laid out by". */
export const IRREGULAR_PHRASAL = /^(?:put|set|laid|drawn|thrown|brought|sent|written)\s+(?:forward|out|up|down|back)$/i;
/** A verdict says for whom it holds: "is unacceptable for Moscow", "a red line for Kyiv". */
const VERDICT = /^(?:unacceptable|not acceptable|inadmissible|red lines?|non-negotiable|out of the question|non-starter|nonstarter|not negotiable|(?:top )?priority|existential (?:matter|issue|question))$/i;
const HOLDER_KINDS = ['state', 'person', 'organisation', 'armed_group', 'coalition'];
/** An armed group named by what it is, after "by the": "the paramilitary group", "the rebels". */
const UNNAMED_GROUP = /^(?:(?:paramilitary|rebel|militant|armed|jihadist|insurgent)\s+)?(?:group|rebels|militants|paramilitaries|movement|militia)\b/i;

/** A demonym and a plan it owns, after "a demand of the": "Russian peace plan", "US proposal". */
export const OWNER_PLAN = /^(\p{Lu}[\p{L}]+)\s+(?:(?:peace|ceasefire|truce|draft|revised|new|latest|initial)\s+)?(?:plan|proposals?|initiative|framework|draft|terms|offer|position|roadmap|road map|blueprint)\b/u;

/** The actor named right after the cue by "by" (a participle or stance noun), "from" (a noun) or "for"/"to" (a verdict). */
export function agentAfter(s: SentenceView, stance: StanceHit, dv: DocView): string | null {
  const text = dv.doc.text;
  const after = text.slice(stance.end, Math.min(s.end, stance.end + 80));
  // (The word as written: a cue "rebuff*" matches "rebuffed".)
  const word = text.slice(stance.start, stance.end);
  // ("has been ruled out by New Delhi": a phrasal participle, its particle the cue's last word.)
  // ("put forward by Egyptian mediators", "drawn up by Washington": irregular phrasal participles too.)
  const participle = (/ed$/.test(word) && !/\s/.test(word)) || /^\p{L}+ed\s+(?:out|down|off|up|back)$/u.test(word) || IRREGULAR_PHRASAL.test(word);
  const noun = STANCE_NOUN.test(stance.cue);
  const verdict = VERDICT.test(stance.cue);
  // ("its refusal of IAEA inspections": after a refusal or rejection, "of" names what is refused.)
  const objectOf = /^(?:refusal|rejection|insistence)$/i.test(stance.cue);
  const link = participle ? /^\s+(?:\w+ly\s+)?by\s+(?:the\s+)?/i : noun ? (objectOf ? /^\s+(?:by|from)\s+(?:the\s+)?/i : /^\s+(?:by|from|of)\s+(?:the\s+)?/i) : verdict ? /^\s+(?:for|to)\s+(?:the\s+)?/i : null;
  const m = link?.exec(after);
  if (!m) return null;
  const at = stance.end + m[0].length;
  // The agent's name may carry a title or a demonym before it ("by Malaysian Prime Minister Anwar Ibrahim").
  const agent = s.mentions.find((x) => x.start >= at && x.start - at <= 30 && /^[\p{Lu}\p{Ll}\s.'’-]*$/u.test(text.slice(at, x.start)) && !/[,;]/.test(text.slice(at, x.start)));
  // ("..., a central demand of the Russian peace plan": the state a demonym names owns the plan, when the article names that state.)
  if (!agent && noun && /\bof\s+(?:the\s+)?$/i.test(m[0])) {
    const plan = OWNER_PLAN.exec(text.slice(at, at + 60));
    const state = plan ? stateActorOf(dv, dv.stateOfDemonym(plan[1])) : null;
    if (state) return state;
  }
  // ("has been rejected by the paramilitary group": an armed group named by what it is, the one named last.)
  // ("sparking a firm refusal from the paramilitary group": a stance noun's agent named the same way.)
  if (!agent && (participle || objectOf) && /\bthe\s+$/i.test(m[0]) && UNNAMED_GROUP.test(text.slice(at, at + 40))) {
    return lastMentionBefore(dv.doc.mentions, at, at - 1500, (actor) => dv.kindOf(actor) === 'armed_group')?.actor ?? null;
  }
  // ("ignored demands from the army to leave civilian homes": a state's own army named by what it is, the national army
  // named last before, else the state named last in the sentence.)
  if (!agent && noun && /\bthe\s+$/i.test(m[0]) && /^(?:army|military|armed forces)\b(?!\s+(?:of|chief|commander))/i.test(text.slice(at, at + 30))) {
    const army = lastMentionBefore(dv.doc.mentions, at, at - 1500, (actor) => ['armed_group', 'organisation'].includes(dv.kindOf(actor) ?? '') && nationalArmy(actor, dv));
    if (army) return army.actor;
    const state = [...s.mentions].reverse().find((x) => x.end <= stance.start && dv.kindOf(x.actor) === 'state');
    return state ? dv.speaksFor(state.actor) : null;
  }
  if (!agent || !HOLDER_KINDS.includes(dv.kindOf(agent.actor) ?? '') || dv.isMedia(agent.actor)) return null;
  // Only the first capitalised stretch: "by Israel" but not "by the army in the south of Lebanon".
  // ("a central demand of Moscow in the U.S.-brokered talks": not past a preposition to a name further on.)
  if (/\b(?:in|at|on|during|with|after|before|over|about)\b/.test(text.slice(at, agent.start))) return null;
  if (/\b[a-z]{4,}\b/.test(text.slice(at, agent.start).replace(/\b(?:prime|minister|president|foreign|defen[cs]e|secretary|envoy|chancellor|leader|spokes(?:man|woman|person)|chief|head|special|deputy|state)\b/gi, ''))) return null;
  return agent.actor;
}

/** "was echoed by Egypt and Turkey", "backed by Britain, France and Germany": the agent and the names coordinated after it. */
export function agentList(s: SentenceView, agent: string, after: number, dv: DocView): string[] {
  const text = dv.doc.text;
  const mentions = s.mentions.filter((m) => m.start >= after);
  let i = mentions.findIndex((m) => m.actor === agent);
  if (i < 0) return [agent];
  const out = [agent];
  for (; i + 1 < mentions.length; i++) {
    const next = mentions[i + 1];
    if (!/^(?:\s*,)?\s+(?:and\s+)?(?:by\s+)?(?:the\s+)?$|^\s*,\s+(?:the\s+)?$/i.test(text.slice(mentions[i].end, next.start))) break;
    if (!HOLDER_KINDS.includes(dv.kindOf(next.actor) ?? '') || dv.isMedia(next.actor) || out.includes(next.actor)) break;
    // ("and by US President Donald Trump": the person the title and demonym name.)
    const titled = mentions[i + 2];
    if (titled && dv.kindOf(titled.actor) === 'person' && /^\s+(?:(?:Vice|Deputy|Prime|Foreign|Defen[cs]e)\s+)?(?:President|Minister|Secretary|Chancellor|Leader|Envoy|King|Emir)\s+$/.test(text.slice(next.end, titled.start))) {
      out.push(titled.actor);
      if (/\band\s/i.test(text.slice(mentions[i].end, next.start))) break;
      i++;
      continue;
    }
    out.push(next.actor);
    // (The list ends at its "and".)
    if (/\band\s/i.test(text.slice(mentions[i].end, next.start))) break;
  }
  return out;
}
