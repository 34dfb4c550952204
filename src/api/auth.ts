// Bearer-token check for writes. Both sides are hashed first so that the comparison takes the
// same time whatever the length or content of the token sent (timingSafeEqual needs equal lengths).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from './errors.js';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

export function bearerMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer[ ]+(\S+)\s*$/i.exec(header ?? '');
  const sent = m ? m[1] : '';
  // Always compare, even when nothing was sent, so that a missing header costs the same time.
  const same = timingSafeEqual(digest(sent), digest(token));
  return m !== null && same;
}

/**
 * The onRequest hook of every write route: runs before the body is read, parsed or validated,
 * so that a caller without the token costs no work. 403 on a read-only server, 401 without the token.
 */
export function requireToken(token: string | undefined, writable: boolean) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    if (!token || !writable) return sendError(reply, 403, 'this server is read-only: start it with DETENTE_TOKEN set to accept writes');
    if (!bearerMatches(req.headers.authorization, token)) {
      reply.header('www-authenticate', 'Bearer realm="detente"');
      return sendError(reply, 401, 'writes need "Authorization: Bearer <DETENTE_TOKEN>"');
    }
  };
}
