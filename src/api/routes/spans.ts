// The spans of an article that the store does not keep: removed boilerplate, restored gaps and
// each actor mention. They come from running the pipeline again on the stored text (the same
// text, so the offsets hold); the knowledge base loads on the first such request.
import type { FastifyInstance } from 'fastify';
import type { ApiDeps } from '../server.js';
import { errors } from '../schemas.js';
import { sendError } from '../errors.js';
import { runPipeline } from '../../pipeline/run.js';
import { toRecord } from '../../pipeline/record.js';

const span = { start: { type: 'integer' }, end: { type: 'integer' } };
const response = {
  type: 'object', additionalProperties: false, required: ['removed', 'gaps', 'mentions'],
  properties: {
    removed: { type: 'array', items: { type: 'object', additionalProperties: false, required: ['start', 'end', 'reason'], properties: { ...span, reason: { type: 'string' } } } },
    gaps: {
      type: 'array', items: {
        type: 'object', additionalProperties: false, required: ['start', 'end', 'context', 'restored'],
        properties: { ...span, context: { type: 'string' }, restored: { type: 'object', nullable: true, additionalProperties: false, required: ['actor', 'name', 'confidence'], properties: { actor: { type: 'string' }, name: { type: 'string' }, confidence: { type: 'number' } } } },
      },
    },
    mentions: { type: 'array', items: { type: 'object', additionalProperties: false, required: ['actor', 'start', 'end'], properties: { actor: { type: 'string' }, ...span } } },
  },
};

export function registerSpans(app: FastifyInstance, { reader, context }: ApiDeps) {
  app.get<{ Params: { id: string } }>('/api/articles/:id/spans', {
    schema: {
      tags: ['articles'], summary: 'Removed boilerplate, restored gaps and actor mentions of an article (re-read from its text)',
      params: { type: 'object', properties: { id: { type: 'string', pattern: '^[0-9a-f]{6,64}$' } }, required: ['id'] },
      response: { 200: response, ...errors },
    },
  }, async (req, reply) => {
    if (!context) return sendError(reply, 404, 'this server does not re-read articles');
    const a = await reader.article(req.params.id);
    if (!a) return sendError(reply, 404, `no article "${req.params.id}"`);
    const record = toRecord(runPipeline(a.text, { title: a.title, published: a.published, url: a.url, source: a.source }, context(), a.title_line));
    return {
      removed: record.removed,
      gaps: record.gaps,
      mentions: record.actors.flatMap((actor) => actor.mentions.map((m) => ({ actor: actor.id, start: m.start, end: m.end })))
        .sort((x, y) => x.start - y.start || x.end - y.end),
    };
  });
}
