// The pipeline: a short, explicit list of named stages, each a pure function of the document
// and the context (knowledge, lexicons). Read top to bottom, it is what `extract` does.
import { createDoc, type Doc, type DocMeta } from '../doc/model.js';
import { boilerplateStage } from '../clean/boilerplate/index.js';
import { gapsStage } from '../clean/gaps/index.js';
import { nlpStage } from '../nlp/index.js';
import { linkStage } from '../link/index.js';
import { restoreGapsStage } from '../link/restore-gaps.js';
import { claimsStage } from '../extract/claims/index.js';
import { positionsStage } from '../extract/positions/index.js';
import { eventsStage } from '../extract/events/index.js';
import type { Ctx } from './context.js';

export interface Stage {
  name: string;
  run: (doc: Doc, ctx: Ctx) => Doc;
}

export const STAGES: Stage[] = [
  { name: 'boilerplate', run: boilerplateStage },
  { name: 'gaps', run: gapsStage },
  { name: 'nlp', run: nlpStage },
  { name: 'link', run: linkStage },
  { name: 'restore-gaps', run: restoreGapsStage },
  { name: 'claims', run: claimsStage },
  { name: 'positions', run: positionsStage },
  { name: 'events', run: eventsStage },
];

/** The stages up to linking: what the sentence coder needs. */
const UNDERSTAND = STAGES.filter((s) => ['nlp', 'link'].includes(s.name));

export function runPipeline(text: string, meta: DocMeta, ctx: Ctx, titleLine = true, upTo: 'all' | 'understand' = 'all'): Doc {
  let doc = createDoc(text, meta, titleLine);
  for (const stage of upTo === 'all' ? STAGES : UNDERSTAND) doc = stage.run(doc, ctx);
  return doc;
}
