// Events of the ledger (each real event once, with every report): the timeline, filtered and paged.
import type { FastifyInstance } from 'fastify';
import type { ApiDeps } from '../server.js';
import type { EventFilter } from '../reader.js';
import { actorId, DATE, errors, event, EVENT_TYPES, page, paging, place, query } from '../schemas.js';
import { sendError } from '../errors.js';

export function registerEvents(app: FastifyInstance, { reader }: ApiDeps) {
  app.get<{ Querystring: EventFilter }>('/api/events', {
    schema: {
      tags: ['events'], summary: 'The timeline of ledger events, oldest first',
      querystring: query({
        type: { type: 'string', enum: EVENT_TYPES }, actor: actorId,
        country: { type: 'string', pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2, upper case' },
        location: { type: 'string', minLength: 1, maxLength: 200, description: 'a place name as the events give it' },
        since: DATE, until: DATE, located: { type: 'boolean', description: 'only events with coordinates (the map)' }, ...paging(100),
      }),
      response: { 200: page(event), ...errors },
    },
  }, async (req, reply) => {
    const q = req.query;
    if (q.since && q.until && q.since > q.until) return sendError(reply, 400, `querystring: since (${q.since}) is after until (${q.until})`);
    return reader.events(q);
  });

  app.get('/api/places', {
    schema: { tags: ['events'], summary: 'Places with events (the map): coordinates, how many events, how many attacks, the latest date', response: { 200: { type: 'array', items: place }, ...errors } },
  }, () => reader.places());

  app.get<{ Params: { id: string } }>('/api/events/:id', {
    schema: {
      tags: ['events'], summary: 'One ledger event with every report of it',
      params: { type: 'object', properties: { id: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{1,80}$' } }, required: ['id'] },
      response: { 200: event, ...errors },
    },
  }, async (req, reply) => (await reader.event(req.params.id)) ?? sendError(reply, 404, `no event "${req.params.id}"`));
}
