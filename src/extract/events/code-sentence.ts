// Sentence-level PLOVER coding (the GDELT / PETRARCH task): the sentence runs through the
// same pipeline as an article, then its main event is the first cue of the sentence that is
// not a reporting verb wrapper, verbal acts included.
import type { Ctx } from '../../pipeline/context.js';
import { runPipeline } from '../../pipeline/run.js';
import { compileEvents, eventHits } from './lexicon.js';

export interface CodedSentence {
  type: string | null;
  mode: string | null;
  source: { name: string; country: string | null }[];
  target: { name: string; country: string | null }[];
}

export function codeSentence(text: string, ctx: Ctx): CodedSentence {
  const doc = runPipeline(text, { title: null, published: null, url: null, source: 'sentence' }, ctx, false, 'understand');
  const hits = eventHits(text, 0, compileEvents(ctx.lexicons.events));
  if (!hits.length) return { type: null, mode: null, source: [], target: [] };
  // Prefer the first non-generic cue; a generic one ("attack") only when nothing else fires.
  const hit = hits.find((h) => h.entry.mode !== null || h.entry.type !== 'ASSAULT') ?? hits[0];
  const actor = (id: string) => {
    const a = doc.actors.find((x) => x.id === id)!;
    return { name: a.name, country: a.country };
  };
  const before = [...new Set(doc.mentions.filter((m) => m.end <= hit.start).map((m) => m.actor))];
  const after = [...new Set(doc.mentions.filter((m) => m.start >= hit.end).map((m) => m.actor))];
  const source = before.length ? [actor(before[before.length - 1])] : [];
  const target = after.filter((id) => !before.includes(id)).slice(0, 1).map(actor);
  return { type: hit.entry.type, mode: hit.entry.mode, source, target };
}
