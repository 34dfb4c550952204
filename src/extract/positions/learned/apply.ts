// The learned filter over position candidates: each candidate (candidates.ts) is scored by the
// linear model of data/models/positions.json; of the stances one holder takes on one issue in one
// sentence, the best-scored is kept when its score is above the model's threshold. Kept rules'
// positions stay as the rules made them (target, condition); new ones have no target.
import type { Doc, Position } from '../../../doc/model.js';
import type { Ctx } from '../../../pipeline/context.js';
import { scoreOf, type PositionModel } from '../../../lexicons/position-model.js';
import { positionCandidates, type Candidate, type RuleOutput } from './candidates.js';

export type { RuleNote, RuleOutput } from './candidates.js';

export function learnedPositions(doc: Doc, ctx: Ctx, rules: RuleOutput, model: PositionModel): Position[] {
  const candidates = positionCandidates(doc, ctx, rules);
  const scores = candidates.map((c) => scoreOf(model, c.features));
  return choose(candidates, scores, model.threshold, model.thresholdNew);
}

/**
 * The positions kept: of the candidates above `threshold` (a rules' position) or `thresholdNew`
 * (one the rules did not make), per sentence, side and issue the best-scored holder and stance
 * (the earlier candidate on a tie; a leader and their state are one side, as the gold's holders are); in text order, the rules' positions first in a sentence in their own order.
 */
export function choose(candidates: readonly Candidate[], scores: readonly number[], threshold: number, thresholdNew: number): Position[] {
  const best = new Map<string, number>();
  candidates.forEach((c, i) => {
    if (!(scores[i] > (c.rule >= 0 ? threshold : thresholdNew))) return;
    const key = `${c.position.evidence.start}|${c.side}|${c.position.issue}`;
    const had = best.get(key);
    if (had === undefined || scores[i] > scores[had]) best.set(key, i);
  });
  const kept = [...best.values()].sort((a, b) => {
    const pa = candidates[a], pb = candidates[b];
    return pa.position.evidence.start - pb.position.evidence.start
      || (pa.rule >= 0 ? pa.rule : Infinity) - (pb.rule >= 0 ? pb.rule : Infinity) || a - b;
  });
  return kept.map((i) => candidates[i].position);
}
