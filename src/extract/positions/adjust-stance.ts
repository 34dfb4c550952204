// What the words around an issue make of the governing cue's stance: ending a war is wanted,
// a threat is opposed, what an offer asks in return is demanded, and wanting one's own state
// to act is support.
import type { DocView, SentenceView } from '../sentence-view.js';
import type { IssueHit, StanceHit } from './cues.js';

/** What is named as a danger: "a grave threat to Russia from potential Ukrainian membership of". */
const THREAT_FROM = /\b(?:threat|danger|menace)s?\b[^.;,]{0,40}\b(?:from|of|posed by)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** A verb of talking, then a purpose infinitive that asks for something ("negotiate to end", "hold talks to secure the"). */
const PURPOSE_OF_TALKS = /\b(?:negotiat\w*|talk|talks|dialogue|engage|meet)\s+(?:(?:with\s+)?[\p{L}'’-]+\s+){0,3}?(?:in order\s+)?to\s+(?:end|secure|achieve|obtain|bring about|win)\s+(?:(?:the|an?|its|their)\s+|[\p{Lu}][\p{L}-]*['’]s\s+)?$/u;

/** A verb of talking and the "to" of a purpose, right before an issue that names the purpose itself ("negotiate to | end Israel's occupation"). */
const TALKS_TO = /\b(?:negotiat\w*|talk|talks|dialogue|engage|meet)\s+(?:(?:with\s+)?[\p{L}'’-]+\s+){0,3}?(?:in order\s+)?to\s+$/u;

/** "the agreement, under which Israeli forces will ...": the deal, then who acts under it (1) and the modal (2). */
const UNDER_WHICH = /\b(?:agreement|deal|plan|accord|framework|proposal|ceasefire|truce),?\s+under which\s((?:[\p{L}'’.-]+\s){1,6}?)(will|would|are to|is to)\s/diu;

/** What a holder asks in return for what it gives. */
const IN_RETURN = /\bin (?:exchange|return) for\b|\bon condition (?:that|of)\b|\bprovided (?:that\b)?/i;

/** A ceasefire cue that names carrying on the war ("continue fighting", "resume attacks"). */
export function carriesOnWar(hit: IssueHit, text: string): boolean {
  return hit.issue === 'ceasefire' && /^(?:continu|keep|resum|return\w*\s+to|fight|escalat)/i.test(text.slice(hit.start, hit.end));
}

export function adjustStance(stance: StanceHit, hit: IssueHit, s: SentenceView, holder: string, dv: DocView): StanceHit {
  const text = dv.doc.text;
  // ("said the conditions for halting hostilities \"were not met\"": conditions for the issue said to be unmet turn it down.)
  if (stance.stance === 'demand' && /^(?:pre-?)?conditions?(?: for)?$/.test(stance.cue) && stance.end <= hit.start && /^\s+(?:for\s+)?(?:(?:a|an|the|any)\s+)?$/i.test(text.slice(stance.end, hit.start))
    && /^[\s"“”]*(?:were|are|was|is|have|has|had)\s+(?:not|n['’]t)\s+(?:yet\s+|been\s+)*(?:met|in place|fulfilled|ripe)\b/i.test(text.slice(hit.end, hit.end + 50))) {
    return { ...stance, stance: 'reject' };
  }
  // "promised to end the war": ending a war is wanted, not conceded.
  // (Halting one's own strikes is still an offer: "agreed to halt strikes on energy infrastructure".)
  if (stance.stance === 'offer' && hit.issue === 'ceasefire' && /^(?:end|ending|stop|stopping)\b.*\b(?:war|conflict)\b/i.test(text.slice(hit.start, hit.end))) {
    return { ...stance, stance: 'support' };
  }
  // "vowed to continue fighting", "threatened to resume the war": carrying on the war opposes a ceasefire.
  if (carriesOnWar(hit, text)) {
    return { ...stance, stance: stance.stance === 'reject' ? 'support' : 'reject' };
  }
  // "counter a grave threat from Ukrainian membership of NATO": a threat is opposed.
  if (THREAT_FROM.test(text.slice(Math.max(s.start, hit.start - 60), hit.start))) return { ...stance, stance: 'reject' };
  // "agreed to disarm in exchange for a full withdrawal": what an offer asks in return is demanded
  // (not inside a proposal's own terms: "proposed a truce that would see X in exchange for Y").
  const between = stance.end <= hit.start ? text.slice(stance.end, hit.start) : '';
  if (stance.stance === 'offer' && IN_RETURN.test(between) && !/\b(?:that|which|who)\b/i.test(between)) return { ...stance, stance: 'demand' };
  // "approved the agreement, under which Israeli forces will pull back ... in exchange for the release of ...":
  // what the holder's own side will do under a deal it accepts is offered, what it gets in return demanded.
  if ((stance.stance === 'support' || stance.stance === 'offer') && /^(?:approv|endors|ratif|sign|accept|agree)/i.test(stance.cue)) {
    const under = UNDER_WHICH.exec(between);
    if (under) {
      const who = under.indices![1];
      const own = s.mentions.some((m) => m.start >= stance.end + who[0] && m.end <= stance.end + who[1] && dv.speaksFor(m.actor) === holder);
      if (own) return { ...stance, stance: IN_RETURN.test(between.slice(under.index + under[0].length)) ? 'demand' : 'offer' };
    }
  }
  // "ready to negotiate a package that includes a withdrawal ...": the terms of a package one is ready to
  // negotiate are what one wants from it, not what one gives.
  if (stance.stance === 'offer' && /\b(?:package|deal|agreement|settlement|plan|framework)\s+(?:that|which)\s+(?:would\s+)?(?:includes?|covers?)\b/i.test(between)) return { ...stance, stance: 'support' };
  // "ready to negotiate to end Israel's occupation", "prepared to hold talks to secure the withdrawal of ...": what the talks are
  // offered for is wanted, not given.
  if (stance.stance === 'offer' && (PURPOSE_OF_TALKS.test(between.slice(-120))
    || (TALKS_TO.test(between.slice(-100)) && /^(?:end|ending|secure|achieve|obtain|bring about|win)\b/i.test(text.slice(hit.start, hit.end))))) return { ...stance, stance: 'support' };
  // "proposed that Russia arrange a truce": proposing that another acts asks it of them.
  if (stance.stance === 'offer' && /^(?:propos|suggest)/.test(stance.cue)) {
    const other = s.mentions.find((m) => m.start >= stance.end && m.start - stance.end <= 12 && m.actor !== holder);
    if (other && /^\s+that\s+(?:the\s+)?$/i.test(text.slice(stance.end, other.start))) return { ...stance, stance: 'support' };
  }
  // "Putin's call for Ukraine to withdraw": calling for another side to act is demanding it of them.
  if (stance.stance === 'support' && /\bfor$/.test(stance.cue)) {
    // ("called for ASEAN observers to be deployed": a name inside the issue's own words is what is called for, not who is asked.)
    const asked = s.mentions.find((m) => m.start >= stance.end && m.start - stance.end <= 6 && m.actor !== holder && !(m.start >= hit.start && m.end <= hit.end));
    if (asked && /^\s+to\s/.test(text.slice(asked.end, asked.end + 5))) return { ...stance, stance: 'demand' };
  }
  // "is seeking full control of Donetsk as part of any settlement", "seeking a declaration by Kinshasa of ...":
  // what one wants of the other side in a deal, or from a named other side, is demanded.
  if (stance.stance === 'support' && /^(?:seek|sought|is seeking|are seeking|want|wants|wanted|wanting)/.test(stance.cue) && stance.end <= hit.start) {
    const after = text.slice(hit.end, Math.min(s.end, hit.end + 80));
    if (/^[^.;]{0,60}?\bas (?:a )?part of (?:any|a|an|the|an eventual|a future|a final|the final) (?:[\p{L}-]+ )?(?:settlement|deal|agreement|accord|peace)/iu.test(after)) return { ...stance, stance: 'demand' };
    const from = s.mentions.find((m) => m.start >= stance.end && m.end <= hit.start && m.actor !== holder && /\b(?:by|from)\s+(?:[\p{L}.-]+\s+){0,3}$/u.test(text.slice(Math.max(stance.end, m.start - 40), m.start)));
    if (from && dv.speaksFor(from.actor) !== dv.speaksFor(holder)) return { ...stance, stance: 'demand' };
  }
  // "he wanted Ukraine to supply ...": wanting one's own state to act is support, not a demand.
  if (/^want/.test(stance.cue) && stance.stance === 'demand') {
    const object = s.mentions.find((m) => m.start >= stance.end);
    const own = object && (object.actor === holder || dv.countryOf(object.actor) === dv.countryOf(holder)) && dv.countryOf(holder) !== null;
    if (own) return { ...stance, stance: 'support' };
  }
  return stance;
}
