// "All our military operations will be ceased immediately upon the cessation of aggression",
// "Remaining sanctions would be lifted once the authorities guarantee ...", "The release of the
// hostages will follow the withdrawal of ...": an outcome stated in the future, in the passive or
// with an intransitive verb, and what it waits for. The outcome, when it names an issue before the
// modal, is offered; what it waits for (after "upon", "once", "after", "as soon as", "the moment",
// "follow") is demanded.
import type { SentenceView } from '../sentence-view.js';
import type { IssueHit, StanceHit } from './cues.js';

/** The cue of the outcome's offer (governs the issue before it, its subject). */
export const OUTCOME_CUE = 'will be ... (outcome)';
/** The end of the cue of what the outcome waits for ("upon (condition of an outcome)"). */
export const OUTCOME_CONDITION_CUE = '(condition of an outcome)';

/** A modal, where the frame may start. */
const MODAL = /\b(?:will|would|can|could|shall)\s/giu;
/** The outcome's verb right after the modal ("will be ceased", "can resume", "would be allowed", "will follow"). */
const OUTCOME_VERB = /^(?:will|would|can|could|shall)\s+(?:only\s+)?(?:be\s+)?(?:\w+ly\s+)?(ceased|halted|stopped|suspended|lifted|eased|released|freed|resumed?|allowed|permitted|reopened|opened|ended|withdrawn|returned|restored|handed\s+over|completed|implemented|carried\s+out|begin|start|proceed|occur|happen|take\s+place|follow)\b/iu;
/** What it waits for, within a few words of the verb: "upon", "once", "after", "as soon as", "the moment". */
const WAITS_FOR = /\b(?:upon|once|after|as\s+soon\s+as|the\s+moment)\s/iu;
/** A preposition: the party after one is inside the subject's phrase ("sanctions on Syria"), not the subject. */
const PREPOSITIONS = new Set(['on', 'of', 'in', 'for', 'against', 'with', 'to', 'from', 'by', 'over', 'between', 'and']);

/** The frame in s: where the modal starts, and the conjunction ("follow" itself for "will follow"). */
function frameOf(s: SentenceView): { modal: number; tail: { start: number; end: number; word: string } } | null {
  MODAL.lastIndex = 0;
  for (let m = MODAL.exec(s.text); m; m = MODAL.exec(s.text)) {
    const v = OUTCOME_VERB.exec(s.text.slice(m.index, m.index + 80));
    if (!v) continue;
    const verbEnd = m.index + v[0].length;
    if (/^follow$/i.test(v[1])) return { modal: m.index, tail: { start: verbEnd - v[1].length, end: verbEnd, word: 'follow' } };
    // (Within 60 characters of the verb and no punctuation between.)
    const rest = s.text.slice(verbEnd, verbEnd + 60).split(/[,;.:]/)[0];
    const w = WAITS_FOR.exec(rest);
    if (w) return { modal: m.index, tail: { start: verbEnd + w.index, end: verbEnd + w.index + w[0].trimEnd().length, word: w[0].trim() } };
  }
  return null;
}

/**
 * The stance hits of the frame: an offer at the modal (for the issue named before it, as its
 * subject) and a demand at the conjunction (for the issues after it). None when a party is the
 * modal's subject (that is the conditional offer of condition-demand.ts) or the frame is a question
 * or a hypothesis. `speaker`: the source of the sentence's claim, who holds both.
 */
export function outcomeCondition(s: SentenceView, issues: IssueHit[], speaker: string | null): StanceHit[] {
  const frame = frameOf(s);
  if (!frame) return [];
  const modal = s.start + frame.modal;
  const end = s.start + frame.tail.end;
  // (What it waits for is an issue named after the conjunction.)
  if (!issues.some((h) => h.start >= end - 1 && h.start - end <= 80)) return [];
  const lead = s.text.slice(0, frame.modal);
  if (/\b(?:if|whether|unless|analysts?|expect(?:s|ed)?|believe[sd]?|might)\b|\?/i.test(lead) || s.text.trimEnd().endsWith('?')) return [];
  // (A party as the modal's subject, "Hamas will release the hostages once ...": not this frame.)
  // ("Talks with the Arakan Army can resume", "sanctions on Syria would be lifted": a party inside the issue's phrase is none.)
  const subject = s.mentions.filter((x) => x.end <= modal).pop();
  if (subject && /^\s+(?:\w+ly\s+)?$/.test(s.text.slice(subject.end - s.start, frame.modal))) {
    const words = s.text.slice(Math.max(0, subject.start - s.start - 30), subject.start - s.start).trim().split(/\s+/).slice(-3).map((w) => w.toLowerCase());
    if (!words.some((w) => PREPOSITIONS.has(w))) return [];
  }
  const out: StanceHit[] = [];
  // The outcome: an issue before the modal as its subject (no clause between).
  if (issues.some((h) => h.end <= modal && modal - h.end <= 60 && !/[,;:]|\b(?:said|says|that)\b/.test(s.text.slice(h.end - s.start, frame.modal)))) {
    out.push({ start: modal, end: modal + /^\S+/.exec(s.text.slice(frame.modal))![0].length, cue: OUTCOME_CUE, stance: 'offer', ...(speaker ? { agent: speaker } : {}) });
  }
  out.push({ start: s.start + frame.tail.start, end, cue: `${frame.tail.word} ${OUTCOME_CONDITION_CUE}`, stance: 'demand', ...(speaker ? { agent: speaker } : {}) });
  return out;
}

/** The hostility that would end, right before the modal: "the war in Gaza", "its attacks", "the fighting". */
const HOSTILITY = new Set(['war', 'fighting', 'conflict', 'offensive', 'attacks', 'strikes', 'bombing', 'bombardment', 'hostilities', 'operations', 'aggression']);

/** The lead before the modal ends in a hostility, with at most "in/on/against (the) Name (Name)" after it. */
function endsInHostility(lead: string): boolean {
  if (!/\s$/.test(lead)) return false;
  const words = lead.slice(-80).trim().split(/\s+/);
  let i = words.length - 1;
  const cap = (w: string | undefined) => !!w && /^\p{Lu}/u.test(w);
  if (cap(words[i])) {
    i--;
    if (cap(words[i])) i--;
    if (words[i]?.toLowerCase() === 'the') i--;
    if (!/^(?:in|on|against)$/i.test(words[i] ?? '')) return false;
    i--;
  }
  return HOSTILITY.has((words[i] ?? '').toLowerCase());
}
/** The modal and its verb of ending: "would stop", "could end", "will only cease", "would be over", "will be halted". */
const ENDS = /^(?:will|would|could|can|shall)\s+(?:only\s+)?(?:[a-z]+ly\s+)?(?:stop|end|cease|halt|be\s+over|come\s+to\s+an\s+end|be\s+stopped|be\s+halted|be\s+ended|be\s+suspended)\b/i;
/** What it waits for, a few words on: "immediately if", "“immediately” if", "at once when". */
const ENDS_IF = /^\s+(?:(?:at\s+once|[“"‘]?[a-z]+[”"’]?)\s+){0,2}(if|when|once|as\s+soon\s+as)\s/i;

/**
 * "the war in Gaza would stop immediately if Hamas released all the hostages", "its attacks will stop when
 * Israel ceases its operations": the end of a hostility, stated as the outcome of another side's acts, is the
 * speaker's offer of a ceasefire (at the verb of ending), and the acts after "if"/"when" are demanded. None in
 * a question, a hypothesis or an analyst's guess.
 */
export function endsIf(s: SentenceView, speaker: string | null): { issue: IssueHit; offer: StanceHit; demand: StanceHit } | null {
  MODAL.lastIndex = 0;
  for (let m = MODAL.exec(s.text); m; m = MODAL.exec(s.text)) {
    const lead = s.text.slice(0, m.index);
    if (!endsInHostility(lead)) continue;
    const v = ENDS.exec(s.text.slice(m.index, m.index + 60));
    if (!v) continue;
    const verbEnd = m.index + v[0].length;
    const w = ENDS_IF.exec(s.text.slice(verbEnd, verbEnd + 60));
    if (!w) continue;
    if (/\b(?:if|whether|unless|analysts?|expect(?:s|ed)?|believe[sd]?|might)\b|\?/i.test(lead) || s.text.trimEnd().endsWith('?')) return null;
    const modalWord = /^\S+/.exec(s.text.slice(m.index))![0];
    const verbStart = m.index + modalWord.length + 1;
    const at = s.start + verbEnd + w.index + w[0].length - w[1].length - 1;
    const agent = speaker ? { agent: speaker } : {};
    return {
      issue: { start: s.start + verbStart, end: s.start + verbEnd, cue: 'war ... would stop', issue: 'ceasefire' },
      offer: { start: s.start + m.index, end: s.start + m.index + modalWord.length, cue: OUTCOME_CUE, stance: 'offer', ...agent },
      demand: { start: at, end: at + w[1].length, cue: `${w[1].toLowerCase()} ${OUTCOME_CONDITION_CUE}`, stance: 'demand', ...agent },
    };
  }
  return null;
}
