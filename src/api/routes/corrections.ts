// Analysts' corrections: mark a position, event or claim wrong, or change one of its fields.
// A write (bearer token, small body, strict schema, rate-limited); the list is a read. The
// extracted facts are never changed: see src/ledger/corrections.ts for how a correction applies.
import type { FastifyInstance } from 'fastify';
import type { ApiDeps } from '../server.js';
import type { CorrectionInput } from '../correct-input.js';
import { CorrectionError } from '../correct-input.js';
import type { FactKind } from '../../ledger/corrections.js';
import { actorId, DATE, errorBody, EVENT_TYPES, HEDGES, page, paging, query } from '../schemas.js';
import { ISSUES, STANCES } from '../../lexicons/schema.js';
import { requireToken } from '../auth.js';
import { sendError } from '../errors.js';

export const CORRECTION_BODY_LIMIT = 16 * 1024;
const KINDS = ['position', 'event', 'claim'];
const articleId = { type: 'string', pattern: '^[0-9a-f]{16}$', description: 'an article id' };
const nullable = (s: Record<string, unknown>) => ({ ...s, nullable: true });

const changes = {
  type: 'object', additionalProperties: false, minProperties: 1,
  description: 'the fields to change: a position\'s holder, stance, issue, target; an event\'s type, date, status; a claim\'s source, hedge',
  properties: {
    holder: actorId, stance: { type: 'string', enum: [...STANCES] }, issue: { type: 'string', enum: [...ISSUES] }, target: nullable(actorId),
    type: { type: 'string', enum: EVENT_TYPES }, date: nullable(DATE), status: { type: 'string', enum: ['occurred', 'scheduled', 'ongoing'] },
    source: nullable(actorId), hedge: { type: 'string', enum: HEDGES },
  },
};

const body = {
  type: 'object', additionalProperties: false, required: ['fact', 'action', 'reason', 'analyst'],
  properties: {
    fact: {
      type: 'object', additionalProperties: false, required: ['kind', 'article', 'idx'],
      description: 'the fact as the API gives it: its kind, its article and its index (idx) in that article',
      properties: { kind: { type: 'string', enum: KINDS }, article: articleId, idx: { type: 'integer', minimum: 0, maximum: 1_000_000 } },
    },
    action: { type: 'string', enum: ['reject', 'set'], description: 'reject: the fact is wrong and leaves the ledger; set: change the fields in changes' },
    changes,
    reason: { type: 'string', minLength: 3, maxLength: 2000, description: 'why: kept with the correction' },
    analyst: { type: 'string', minLength: 1, maxLength: 100, pattern: '^[^\\u0000-\\u001f\\u007f]+$', description: 'who: kept with the correction' },
  },
};

const str = { type: 'string' };
const fieldValues = { type: 'object', additionalProperties: { type: 'string', nullable: true } };
export const correction = {
  type: 'object', additionalProperties: false,
  required: ['id', 'kind', 'article', 'idx', 'start', 'end', 'original', 'action', 'changes', 'reason', 'analyst', 'created_at', 'applies_to'],
  properties: {
    id: { type: 'integer' }, kind: str, article: str, idx: { type: 'integer' }, start: { type: 'integer' }, end: { type: 'integer' },
    original: fieldValues, action: str, changes: fieldValues, reason: str, analyst: str, created_at: str,
    applies_to: { type: 'integer', nullable: true, description: 'the index of the fact it lands on now (null: its sentence no longer holds that fact)' },
  },
};

export function registerCorrections(app: FastifyInstance, { reader, correct, token, writeLimit }: ApiDeps) {
  app.get<{ Querystring: { article?: string; kind?: FactKind; limit: number; offset: number } }>('/api/corrections', {
    schema: {
      tags: ['corrections'], summary: "Analysts' corrections, newest first, each with the fact it lands on now",
      querystring: query({ article: articleId, kind: { type: 'string', enum: KINDS }, ...paging(100) }),
      response: { 200: page(correction), 400: errorBody },
    },
  }, (req) => reader.corrections(req.query));

  app.post<{ Body: CorrectionInput }>('/api/corrections', {
    bodyLimit: CORRECTION_BODY_LIMIT,
    onRequest: [writeLimit, requireToken(token, !!correct)],
    schema: {
      tags: ['corrections'], security: [{ bearer: [] }],
      summary: 'Correct one fact (reject it, or change a field); bearer token required. The extraction output is kept; the ledger takes the correction.',
      body,
      response: { 201: correction, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 413: errorBody, 429: errorBody },
    },
  }, async (req, reply) => {
    try {
      return reply.code(201).send(await correct!(req.body));
    } catch (e) {
      if (e instanceof CorrectionError) return sendError(reply, e.status, e.message);
      throw e;
    }
  });
}
