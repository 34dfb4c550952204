// Claims: who says so and how the article frames it.
import type { FastifyInstance } from 'fastify';
import type { ApiDeps } from '../server.js';
import type { ClaimFilter } from '../reader.js';
import { actorId, claim, errors, HEDGES, page, paging, query } from '../schemas.js';

export function registerClaims(app: FastifyInstance, { reader }: ApiDeps) {
  app.get<{ Querystring: ClaimFilter }>('/api/claims', {
    schema: {
      tags: ['claims'], summary: 'Attributed statements, by source, hedge or article',
      querystring: query({ source: actorId, hedge: { type: 'string', enum: HEDGES }, article: { type: 'string', pattern: '^[0-9a-f]{6,64}$' }, ...paging(100) }),
      response: { 200: page(claim), ...errors },
    },
  }, (req) => reader.claims(req.query));
}
