// Holders named in the sentences before, by what speaks for them: "the foreign ministry" after
// "South Korea's unification ministry ...", and "The proposal stipulates ..." after "the EU's plan".
import type { Claim, Mention } from '../../doc/model.js';
import { type DocView, type SentenceView } from '../sentence-view.js';

/** The sentences before s in its paragraph (a line break ends one), nearest first, at most `n`. */
function before(s: SentenceView, dv: DocView, n: number): SentenceView[] {
  const out: SentenceView[] = [];
  let next = s;
  for (let i = s.index - 1; i >= 0 && out.length < n; i--) {
    const prev = dv.sentences[i];
    if (prev.removed || /\n/.test(dv.doc.text.slice(prev.end, next.start))) break;
    out.push(prev);
    next = prev;
  }
  return out;
}

/** An unnamed ministry as a speaker: "the foreign ministry", "the ministry". */
const MINISTRY_SOURCE = /^(?:the\s+)?(?:(?:foreign|defen[cs]e|interior|unification|information|justice)\s+)?ministry$/i;
/** "South Korea's unification ministry", "Iran's foreign ministry": a state's ministry, right after its name. */
const STATES_MINISTRY = /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}ministry\b/iu;

/**
 * "In Seoul, South Korea's unification ministry reiterated support for ... . Meanwhile, the foreign ministry
 * stressed that ...": a ministry the claim names with no state (whatever state the claims stage took it
 * for, often the last one named) is the state whose ministry the paragraph named last (in s before the claim, else in the two sentences before s). No state's ministry named there,
 * no holder (the last state named is no guess: docs/accuracy.md).
 */
export function ministryHolder(s: SentenceView, claim: Claim | null, dv: DocView): string | null {
  if (!claim?.source || !claim.source_text || !MINISTRY_SOURCE.test(claim.source_text.trim())) return null;
  const text = dv.doc.text;
  const named = text.indexOf(claim.source_text, s.start);
  const upTo = named >= s.start && named < s.end ? named : s.start;
  for (const view of [s, ...before(s, dv, 2)]) {
    let owned: Mention | null = null;
    for (const m of view.mentions) if (m.end <= upTo && dv.kindOf(m.actor) === 'state' && STATES_MINISTRY.test(text.slice(m.end, m.end + 40))) owned = m;
    if (owned) return owned.actor;
  }
  return null;
}

/** A document that states terms, as the subject: "The (widely-leaked) proposal", "The 20-point plan". */
const DOCUMENT_SUBJECT = /^[\s“"‘(]*(?:(?:but|and|meanwhile|however),? )?the (?:[\p{L}\d-]+ ){0,2}(?:plan|proposal|draft|framework|initiative|blueprint|roadmap) (?:(?:also|reportedly|further|then|would|will) ){0,2}(?:(?:includes?|included|contains?|contained|stipulates?|stipulated|states|stated|says|said|envisages?|envisaged|provides|provided|specifies|specified) (?:that )?)?$/iu;

/** How the sentences before name a document with its author: "the EU's plan", "X shared a 28-point plan", "a plan drawn up by X". */
const OWNER_AFTER = /^(?: (?:administration|government|team|side))?['’]s? (?:[\p{L}\d-]+ ){0,3}(?:plan|proposal|draft|framework|initiative|blueprint|roadmap)\b/iu;
const AUTHOR_VERB = /^(?: (?:administration|government|team|side))? (?:(?:has|have|had) )?(?:shared|presented|unveiled|proposed|put forward|drafted|drew up|submitted|tabled|floated|sent|offered|released|published) (?:a|an|its|their|the) (?:[\p{L}\d-]+ ){0,3}(?:plan|proposal|draft|framework|initiative|blueprint|roadmap)\b/iu;
const AUTHOR_AGENT = /(?:plan|proposal|draft|framework|initiative|blueprint|roadmap),? (?:drawn up|put forward|presented|proposed|drafted|submitted|tabled|floated|unveiled) by (?:the )?$/i;

/**
 * "Kallas defended the EU's plan to use frozen Russian assets. The proposal stipulates that ...", "the Trump
 * Administration shared a 28-point plan. The widely-leaked proposal included calls for Kyiv to ...": a plan or
 * proposal that opens the clause of the cue at `at` speaks for its author, named with it in s or in the
 * sentence before in the paragraph (the last so named; none, or a person's plan among others', no holder).
 */
export function documentAuthor(s: SentenceView, at: number, dv: DocView): string | null {
  const text = dv.doc.text;
  const lead = text.slice(s.start, at);
  // (The clause from the last comma, stop or colon before the cue.)
  const cut = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':'), lead.lastIndexOf('.')) + 1;
  const clauseAt = s.start + cut;
  if (!DOCUMENT_SUBJECT.test(lead.slice(cut)) || s.mentions.some((m) => m.end <= at && m.start >= clauseAt)) return null;
  return authorBefore(s, clauseAt, dv);
}

/** A sentence that opens with a document's terms: "The proposal stipulates that ...", "The plan also says that ...". */
const DOCUMENT_SAYS = /^[\s“"‘(]*(?:(?:but|and|meanwhile|however),? )?the (?:[\p{L}\d-]+ ){0,2}(?:plan|proposal|draft|framework|initiative|blueprint|roadmap) (?:(?:also|further) )?(?:stipulates|states|says|envisages|provides|specifies|foresees) that /iu;

/** "The proposal stipulates that the assets will be returned if ...": the author of the document that opens s speaks (for what its terms offer and ask). */
export function documentSpeaker(s: SentenceView, dv: DocView): string | null {
  if (!DOCUMENT_SAYS.test(s.text) || s.mentions.some((m) => m.end <= s.start + s.text.search(/\sthat\s/))) return null;
  return authorBefore(s, s.start, dv);
}

/** The author of the document that opens at `docAt`: named with a document in s before it, else in the sentence before in the paragraph. */
function authorBefore(s: SentenceView, docAt: number, dv: DocView): string | null {
  const text = dv.doc.text;
  for (const view of [s, ...before(s, dv, 1)]) {
    let found: string | null = null;
    for (const m of view.mentions) {
      if (m.end > docAt) break;
      const kind = dv.kindOf(m.actor);
      if (!kind || kind === 'group' || dv.isMedia(m.actor)) continue;
      const after = text.slice(m.end, Math.min(view.end, m.end + 80));
      if (OWNER_AFTER.test(after) || AUTHOR_VERB.test(after) || AUTHOR_AGENT.test(text.slice(Math.max(view.start, m.start - 40), m.start))) found = m.actor;
    }
    if (found) return found;
  }
  return null;
}

/** A sentence that gives the one before it a speaker after the fact: "This was announced by ...", "That was stated at a briefing by ...". */
const SAID_AFTER = /^[\s“"‘]*(?:this|that|it) (?:was|has been|had been) (?:\p{Ll}+ly )?(?:stated|said|announced|declared|reported|noted|stressed|emphasi[sz]ed) /iu;

/**
 * "Defense forces will not leave Donbas ... . This was announced at a meeting with journalists by President
 * Volodymyr Zelenskyy": the name after "by" in the next sentence of the paragraph speaks the sentence s
 * (within 120 characters of the verb; a news outlet or an unnamed group speaks for no one).
 */
export function speakerAfter(s: SentenceView, dv: DocView): string | null {
  const next = dv.sentences[s.index + 1];
  const text = dv.doc.text;
  if (!next || next.removed || /\n/.test(text.slice(s.end, next.start))) return null;
  const said = SAID_AFTER.exec(next.text);
  if (!said) return null;
  const by = next.text.slice(said[0].length, said[0].length + 120).search(/\bby /);
  if (by < 0) return null;
  const at = next.start + said[0].length + by;
  const m = next.mentions.find((x) => x.start > at && x.start - at <= 60);
  if (!m || !/^by (?:the )?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u.test(text.slice(at, m.start))) return null;
  const kind = dv.kindOf(m.actor);
  return kind && kind !== 'group' && !dv.isMedia(m.actor) ? m.actor : null;
}
