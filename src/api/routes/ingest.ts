// Writes: ingest an article given as text, as HTML or as a URL. Needs the bearer token
// (DETENTE_TOKEN); a server started without one is read-only.
import type { FastifyInstance } from 'fastify';
import type { ApiDeps, IngestInput } from '../server.js';
import { DATE, errorBody } from '../schemas.js';
import { requireToken } from '../auth.js';
import { sendError } from '../errors.js';

export const INGEST_BODY_LIMIT = 2 * 1024 * 1024;

const body = {
  type: 'object', additionalProperties: false,
  properties: {
    text: { type: 'string', minLength: 1, maxLength: INGEST_BODY_LIMIT, description: 'plain text; a first line followed by a blank line is the title' },
    html: { type: 'string', minLength: 1, maxLength: INGEST_BODY_LIMIT, description: 'an HTML page; the article body is chosen from it' },
    url: { type: 'string', pattern: '^https?://', maxLength: 2000, description: 'an http(s) page to fetch' },
    published: DATE,
    source: { type: 'string', minLength: 1, maxLength: 500, description: 'where the text came from (kept with the article)' },
  },
  oneOf: [{ required: ['text'] }, { required: ['html'] }, { required: ['url'] }],
};

export function registerIngest(app: FastifyInstance, { ingest, token, writeLimit }: ApiDeps) {
  app.post<{ Body: IngestInput }>('/api/articles', {
    bodyLimit: INGEST_BODY_LIMIT + 64 * 1024,
    // Authorisation runs before the body is parsed or validated: no work for a caller without the token.
    onRequest: [writeLimit, requireToken(token, !!ingest)],
    schema: {
      tags: ['articles'], summary: 'Ingest one article (text, html or url); bearer token required', security: [{ bearer: [] }],
      body,
      response: {
        201: { type: 'object', additionalProperties: false, required: ['ids', 'duplicates'], properties: { ids: { type: 'array', items: { type: 'string' } }, duplicates: { type: 'integer' } } },
        400: errorBody, 401: errorBody, 403: errorBody, 413: errorBody, 429: errorBody,
      },
    },
  }, async (req, reply) => {
    try {
      const result = await ingest!(req.body);
      return reply.code(201).send(result);
    } catch (e) {
      return sendError(reply, 400, (e as Error).message);
    }
  });
}
