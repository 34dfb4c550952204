// Articles: the list, and one article with its text and every fact taken from it.
import type { FastifyInstance } from 'fastify';
import type { ApiDeps } from '../server.js';
import { articleDetail, articleSummary, errors, page, paging, query } from '../schemas.js';
import { sendError } from '../errors.js';

export function registerArticles(app: FastifyInstance, { reader }: ApiDeps) {
  app.get<{ Querystring: { limit: number; offset: number } }>('/api/articles', {
    schema: { tags: ['articles'], summary: 'Stored articles, newest first', querystring: query(paging(50)), response: { 200: page(articleSummary), ...errors } },
  }, (req) => reader.articles(req.query.limit, req.query.offset));

  app.get<{ Params: { id: string } }>('/api/articles/:id', {
    schema: {
      tags: ['articles'], summary: 'One article: its record, its text (plain text, never HTML) and its facts with their offsets',
      params: { type: 'object', properties: { id: { type: 'string', pattern: '^[0-9a-f]{6,64}$' } }, required: ['id'] },
      response: { 200: articleDetail, ...errors },
    },
  }, async (req, reply) => (await reader.article(req.params.id)) ?? sendError(reply, 404, `no article "${req.params.id}"`));
}
