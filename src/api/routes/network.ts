// The actor network: meetings, attacks and other events, and demands or rejections aimed at an actor, as typed edges.
import type { FastifyInstance } from 'fastify';
import type { ApiDeps } from '../server.js';
import { errors, network } from '../schemas.js';

export function registerNetwork(app: FastifyInstance, { reader }: ApiDeps) {
  app.get('/api/network', {
    schema: { tags: ['actors'], summary: 'Actors as nodes; events and targeted stances as typed, counted edges', response: { 200: network, ...errors } },
  }, () => reader.network());
}
