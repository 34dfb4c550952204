// The learned position filter's weights (data/models/positions.json), written by
// scripts/train-positions.ts: a linear model over named features of a candidate position
// (see src/extract/positions/learned/). Loaded once; scoring is a sum of weights, so the same
// candidate always gets the same score.
import { existsSync } from 'node:fs';
import { loadZod } from '../kb/lazy-zod.js';
import { readLexicon } from './index.js';
import type { z } from 'zod';

function makeSchema(z: typeof import('zod').z) {
  return z.object({
  schema: z.literal('detente/position-model@1'),
  /** Bumped whenever the features or the training data change. */
  version: z.string().min(1),
  /** Whether the pipeline uses the model unless told otherwise (DETENTE_POSITION_MODEL=on|off). */
  enabled: z.boolean(),
  /** A rules' position is kept when its score is above this. */
  threshold: z.number(),
  /** A candidate the rules did not make is kept when its score is above this. */
  threshold_new: z.number(),
  /** What it was trained on and how it measured: for people, not read by the code. */
  trained_on: z.array(z.string()),
  notes: z.string().optional(),
  weights: z.record(z.string(), z.number()),
  });
}

let made: ReturnType<typeof makeSchema> | undefined;

/** The model file's schema, made on first use (as `kbSchemas()` in kb/schema.ts, and why). */
export function positionModelSchema(): ReturnType<typeof makeSchema> {
  return made ??= makeSchema(loadZod());
}

export type PositionModelFile = z.infer<ReturnType<typeof makeSchema>>;

export interface PositionModel {
  version: string;
  enabled: boolean;
  threshold: number;
  thresholdNew: number;
  weights: Map<string, number>;
}

export function positionModelOf(file: PositionModelFile, enabled = file.enabled): PositionModel {
  return { version: file.version, enabled, threshold: file.threshold, thresholdNew: file.threshold_new, weights: new Map(Object.entries(file.weights)) };
}

/**
 * The model at `path`, or null when there is none. `override` ("on" / "off", from
 * DETENTE_POSITION_MODEL at the edge) turns it on or off whatever the file says.
 */
export function readPositionModel(path: string, override?: string): PositionModel | null {
  if (!existsSync(path)) return null;
  const data = readLexicon(path, positionModelSchema, 'position-model');
  const enabled = override === 'on' ? true : override === 'off' ? false : data.enabled;
  return positionModelOf(data, enabled);
}

/** The model's score of a candidate: the sum of its features' weights (unknown features weigh nothing). */
export function scoreOf(model: PositionModel, features: readonly string[]): number {
  let sum = 0;
  for (const f of features) sum += model.weights.get(f) ?? 0;
  return sum;
}
