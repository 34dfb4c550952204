// Positions: the actors x issues matrix (latest stance per cell) and one cell's history.
import type { FastifyInstance } from 'fastify';
import type { ApiDeps } from '../server.js';
import { actorId, cellHistory, DATE, errors, ISSUE_PATTERN, matrix, query } from '../schemas.js';

const issue = { type: 'string', pattern: ISSUE_PATTERN, description: 'an issue id, e.g. ceasefire' };

export function registerPositions(app: FastifyInstance, { reader }: ApiDeps) {
  app.get<{ Querystring: { actor?: string; issue?: string; since?: string } }>('/api/positions', {
    schema: {
      tags: ['positions'], summary: 'The positions matrix: for each holder and issue the latest stance, its hedge and evidence',
      querystring: query({ actor: actorId, issue, since: DATE }), response: { 200: matrix, ...errors },
    },
  }, (req) => reader.matrix(req.query));

  app.get<{ Querystring: { holder: string; issue: string } }>('/api/positions/history', {
    schema: {
      tags: ['positions'], summary: "A cell's history: each stance with its change flag, and every statement with its evidence sentence",
      querystring: { ...query({ holder: actorId, issue }), required: ['holder', 'issue'] }, response: { 200: cellHistory, ...errors },
    },
  }, (req) => reader.cellHistory(req.query.holder, req.query.issue));
}
