// A condition set before the refusal it qualifies: "Until all foreign forces withdraw, we will not take
// part in any conference", "said that until the withdrawal of foreign forces is agreed, progress on other
// issues would be impossible", "Without security guarantees, Kyiv cannot accept a ceasefire". What the
// opening clause waits for is demanded; what the main clause refuses is rejected. (The lexicon's
// "will not ... unless" reads the other order only.)
import type { SentenceView } from '../sentence-view.js';
import type { StanceHit } from './cues.js';

/** The cue of the demand the opening clause states (it governs the issues of that clause only). */
export const FRONTED_CUE = 'until ... , (fronted condition)';

/** Where the opening clause may start: the sentence (or its quote), or right after a verb of saying ("said (that)"). */
const OPENER = /(?:^|["“‘]\s*|\b(?:said|says|stated|added|insisted|warned|stressed|argued|reiterated|declared|noted|hinted)\s+(?:that\s+)?|\bthat\s+)(until|unless|without)\s/giu;

/** One more condition of a run, to its comma: " and until our detainees are released,". */
const MORE = /^\s+(?:and\s+)?(?:until|unless)\s[^,;:.!?"”]{1,140},/iu;

/** A refusal in the main clause, near its start: "will not", "cannot", "would be impossible", "will yield no results". */
const REFUSAL = /^\s*(?:[^,;.:]{0,70}?\s)?(?:will\s+not|won['’]t|would\s+not|wouldn['’]t|cannot|can['’]t|could\s+not|shall\s+not|(?:will|would)\s+never|(?:is|are|was|were|will\s+be|would\s+be|remains?)\s+(?:\w+ly\s+)?(?:impossible|not\s+possible|out\s+of\s+the\s+question|meaningless|pointless|futile)|(?:will|would)\s+(?:\w+\s+)?yield\s+no\b|there\s+(?:will|would|can|could)\s+be\s+no\b)/iu;

/** The refusal's own words at the end of a REFUSAL match (what follows its optional lead). */
function refusalWords(matched: string): string {
  const words = /(?:will\s+not|won['’]t|would\s+not|wouldn['’]t|cannot|can['’]t|could\s+not|shall\s+not|(?:will|would)\s+never|(?:is|are|was|were|will\s+be|would\s+be|remains?)\s+(?:\w+ly\s+)?(?:impossible|not\s+possible|out\s+of\s+the\s+question|meaningless|pointless|futile)|(?:will|would)\s+(?:\w+\s+)?yield\s+no\b|there\s+(?:will|would|can|could)\s+be\s+no\b)$/iu.exec(matched);
  return words ? words[0] : matched.trimStart();
}

/**
 * The stance cues of a fronted condition in s: a demand covering the opening clause's conjunction and,
 * after its comma, a rejection on the refused main clause (where the main clause has no cue of its own
 * before the issue, the rejection governs it).
 */
export interface Fronted { demand: StanceHit; refusal: StanceHit; clauseEnd: number; personal: boolean }

export function frontedCondition(s: SentenceView): Fronted[] {
  const out: Fronted[] = [];
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(s.text); m; m = OPENER.exec(s.text)) {
    const conj = m.index + m[0].length - m[1].length - 1;
    // The opening clause runs to its comma (within 160 characters, no other clause break).
    const rest = s.text.slice(conj, conj + 170);
    const comma = rest.search(/,\s/);
    if (comma < 0 || /[;:.!?]\s|["”]/.test(rest.slice(0, comma))) continue;
    // ("until the occupation ends, until our names are removed from the lists, and until our detainees are released, talks ...": a run of conditions.)
    let end = conj + comma;
    for (let more = MORE.exec(s.text.slice(end + 1)); more; more = MORE.exec(s.text.slice(end + 1))) end += 1 + more[0].length - 1;
    // (The main clause's first 160 characters: the refusal stands near its start.)
    const main = s.text.slice(end + 1, end + 161);
    const refused = REFUSAL.exec(main);
    if (!refused) continue;
    const clauseEnd = s.start + end;
    // (The refusal's words, after the main clause's subject.)
    const at = clauseEnd + 1 + refused[0].length - refusalWords(refused[0]).length;
    // ("we will not take part in any talks" refuses the talks; "it will not be possible to reach an agreement",
    // "talks will yield no results" only say what the condition is for.)
    const words = refusalWords(refused[0]);
    const lead = refused[0].slice(0, refused[0].length - words.length);
    const personal = /^(?:will|won|would|cannot|can['’]t|could|shall)/i.test(words) && /\b(?:we|they|he|she|I)\b|\p{Lu}/u.test(lead) && !/^\s*it\b/i.test(lead);
    out.push({
      demand: { start: s.start + conj, end: s.start + conj + m[1].length, cue: FRONTED_CUE, stance: 'demand' },
      refusal: { start: at, end: clauseEnd + 1 + refused[0].length, cue: 'fronted refusal', stance: 'reject' },
      clauseEnd,
      personal,
    });
  }
  return out;
}
