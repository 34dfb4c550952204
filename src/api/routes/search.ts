// Full-text search over the articles, with the facts whose evidence holds the words.
import type { FastifyInstance } from 'fastify';
import type { ApiDeps } from '../server.js';
import { errors, query, searchHit } from '../schemas.js';

export function registerSearch(app: FastifyInstance, { reader }: ApiDeps) {
  app.get<{ Querystring: { q: string; limit: number } }>('/api/search', {
    schema: {
      tags: ['search'], summary: 'Articles matching all the words, with their matching facts',
      querystring: { ...query({ q: { type: 'string', minLength: 2, maxLength: 200 }, limit: { type: 'integer', minimum: 1, maximum: 50, default: 20 } }), required: ['q'] },
      response: { 200: { type: 'object', additionalProperties: false, required: ['q', 'hits'], properties: { q: { type: 'string' }, hits: { type: 'array', items: searchHit } } }, ...errors },
    },
  }, async (req) => ({ q: req.query.q, hits: await reader.search(req.query.q, req.query.limit) }));
}
