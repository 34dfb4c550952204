// "the two sides met again in Nairobi", "the delegations agreed to swap
// prisoners": the sides named collectively are the parties of the talks told before, not the
// country that hosts them. And an agreement reached at talks told in the same sentence
// ("another round was held, reaching an agreement on a prisoner swap") is the talks' parties'.
import type { Event } from '../../doc/model.js';
import { partiesOfLastRound } from './next-round.js';

const COLLECTIVE = /\b(?:the two sides|both sides|the (?:two |warring |negotiating )?(?:parties|delegations)|both (?:parties|delegations)|the negotiators|the two countries|the belligerents)\b/i;

export function collectiveParties(sentence: string, own: string[], earlier: readonly Event[]): string[] {
  return COLLECTIVE.test(sentence) ? partiesOfLastRound(earlier, own) : own;
}

/** AGREE / COOPERATE events that share their sentence with a meeting take the meeting's parties. */
export function shareMeetingParties(events: Event[]): void {
  for (const e of events) {
    if (e.type !== 'AGREE' && e.type !== 'COOPERATE') continue;
    const meeting = events.find((m) => m.type === 'CONSULT' && m.evidence.start === e.evidence.start && m.actors.length > e.actors.length);
    if (meeting) e.actors = [...new Set([...e.actors, ...meeting.actors])];
  }
}
