// Actors of the ledger: each once, with how many articles name them.
import type { FastifyInstance } from 'fastify';
import type { ApiDeps } from '../server.js';
import { actor, actorId, errors, page, paging, query } from '../schemas.js';
import { sendError } from '../errors.js';

const KINDS = ['person', 'state', 'organisation', 'armed_group', 'coalition', 'group'];

export function registerActors(app: FastifyInstance, { reader }: ApiDeps) {
  app.get<{ Querystring: { limit: number; offset: number; kind?: string } }>('/api/actors', {
    schema: {
      tags: ['actors'], summary: 'Ledger actors, most reported first',
      querystring: query({ ...paging(100), kind: { type: 'string', enum: KINDS } }), response: { 200: page(actor), ...errors },
    },
  }, (req) => reader.actors(req.query.limit, req.query.offset, req.query.kind));

  app.get<{ Params: { id: string } }>('/api/actors/:id', {
    schema: { tags: ['actors'], summary: 'One ledger actor', params: { type: 'object', properties: { id: actorId }, required: ['id'] }, response: { 200: actor, ...errors } },
  }, async (req, reply) => (await reader.actor(req.params.id)) ?? sendError(reply, 404, `no actor "${req.params.id}"`));
}
