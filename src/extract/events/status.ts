// Whether an event happened, is scheduled or is under way, from the words around its cue:
// "are set to convene", "will lead a call on Saturday", "is scheduled for" -> scheduled;
// "talks are under way", "has been in Cairo since last week meeting" -> ongoing.
import type { EventStatus } from '../../doc/model.js';
import { agreedToWhatFollows } from './agreed-to.js';

const SCHEDULED = /\b(?:will|shall|'ll|is set to|are set to|was set to|were set to|set to|is due to|are due to|due to (?:meet|hold|take place|convene|visit|travel|arrive)|scheduled|is expected to|are expected to|(?:is|are) (?:due|expected) in|plans? to|planned|planning to|intends? to|to be held|upcoming|next week|next month|later this (?:week|month|year)|is to (?:meet|hold|visit|travel)|are to (?:meet|hold|convene|continue|resume)|is to (?:continue|resume)|(?:dispatched|sent|sending|dispatching|heads?|heading|travel(?:s|ling|ing)?)\b[^.]{0,60}\bto (?:meet|hold|attend|visit|join|represent)|would (?:meet|hold|take place|convene)|(?:would|will|is to|are to) be held|next round|next meeting)\b/i;
const ONGOING = /\b(?:under ?way|ongoing|continu(?:e|es|ing)|(?:is|are|was|were) (?:still )?(?:meeting|holding|talking|negotiating|fighting|attacking|shelling|advancing)|has been (?:in|holding|meeting)|have been (?:holding|meeting)|since last)\b/i;

/** "negotiators were due to resume talks on Friday": a round announced to come. */
const DUE_TO_RESUME = /\b(?:is|are|was|were) due to (?:resume|begin|start|open)\b/i;

/** "due to continue", "will continue": what goes on is under way, not a new event to come. */
const CONTINUING = /\b(?:(?:is|are|was|were) (?:due|set|expected|scheduled) to continue|will continue|(?:is|are) to continue)\b/i;

/** "agreed on Sunday to meet in Malaysia for talks": the meeting agreed on is to come (the agreement itself is not). */
const AGREED_TO_MEET = /\bagree[ds]? (?:on \w+ )?to (?:meet|hold|convene|resume)\b[^.;]{0,60}$/i;
/** "said it would host talks": a saying's future (events23). */
const WOULD_HOST = /\bwould\shost\b/i;

/** "ahead of the summit": what comes after "ahead of" is yet to happen, not what the sentence tells before it. */
const AHEAD_OF = /\bahead of\s+(?:(?:the|a|an|next|planned|upcoming|this|their|his|her)\s+)?(?:[\w-]+\s+)?$/i;

/** Where the cue's own clause starts: "he expected the next round ..., after his officials concluded a meeting". */
// ("... travel to Doha to meet the rebels following deadly attacks": what follows "following" is a landmark of its own time.)
const CLAUSE_START = /(?:[;]|,\s+(?:after|following|before|while|when|as|since|but|and|once)\s|\b(?:after|following|before|while|when|since|once)\s+(?=\S+\s+\S+))(?![^;,]*(?:[;]|,\s+(?:after|following|before|while|when|as|since|but|and|once)\s))/i;

/** "who is hosting a virtual meeting of 25 leaders on Saturday": a present progressive with a day to come is planned. */
const PROGRESSIVE = /\b(?:is|are)\s+(?:hosting|holding|convening|meeting|visiting|travel(?:l)?ing|heading|flying|attending|chairing)\b(?:\s+(?:a|an|the|its|their|his|her))?(?:\s+[\w-]+){0,2}\s*$/i;
const DAY_AHEAD = /^[^.;]{0,70}?\b(?:tomorrow|(?:on|this|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/;

export function statusOf(sentence: string, cueOffset: number): EventStatus {
  // (The cue is the verb itself, "is hosting", or a noun after it, "is hosting a virtual meeting".)
  const cueWord = /^[\w-]+/.exec(sentence.slice(cueOffset))?.[0] ?? '';
  const progressive = PROGRESSIVE.test(sentence.slice(Math.max(0, cueOffset - 60), cueOffset + cueWord.length));
  if (progressive && DAY_AHEAD.test(sentence.slice(cueOffset))) return 'scheduled';
  if (AHEAD_OF.test(sentence.slice(0, cueOffset))) return 'scheduled';
  const head = sentence.slice(Math.max(0, cueOffset - 90), cueOffset);
  const cut = CLAUSE_START.exec(head);
  const clause = cut ? head.slice(cut.index) : head;
  // ("progress on a plan to end the war after talks in Geneva": a plan named as a thing is no plan to meet.)
  const window = (clause + sentence.slice(cueOffset, cueOffset + 40)).replace(/\b(?:a|the|its|his|her|their|this|that) plan to\b/gi, 'a plan for');
  // "talks that are due to continue on Thursday": talks under way that go on.
  if (CONTINUING.test(clause + sentence.slice(cueOffset, cueOffset + 70))) return 'ongoing';
  if (SCHEDULED.test(window) || DUE_TO_RESUME.test(window) || AGREED_TO_MEET.test(clause) || WOULD_HOST.test(clause.slice(-40)) || (agreedToWhatFollows(clause) && /^(?:meet|hold|convene|resume)/i.test(cueWord))) return 'scheduled';
  if (ONGOING.test(window)) return 'ongoing';
  return 'occurred';
}
