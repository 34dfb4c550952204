// A rate limit on writes (ingest, corrections): each write extracts or rebuilds the ledger, so a
// client that sends many, or guesses at the token, is held back with a 429 and Retry-After.
// @fastify/rate-limit (in memory, per client address): counted before the token is checked.
import type { FastifyInstance, FastifyRequest, onRequestHookHandler } from 'fastify';
import rateLimit from '@fastify/rate-limit';

export interface WriteRate {
  /** Writes allowed per client address in each window. */
  max: number;
  /** The window in milliseconds. */
  timeWindow: number;
}

export const DEFAULT_WRITE_RATE: WriteRate = { max: 60, timeWindow: 60_000 };

export async function registerRateLimit(app: FastifyInstance): Promise<void> {
  await app.register(rateLimit, {
    global: false, // only the routes that ask (the writes): reads are cached and cheap
    errorResponseBuilder: (_req: FastifyRequest, context: { after: string; max: number }) => ({
      statusCode: 429, error: 'Too Many Requests',
      message: `too many writes: at most ${context.max} a window from one address; retry in ${context.after}`,
    }),
  });
}

/**
 * The hook of the write routes: one instance (one counter per client) shared by every write
 * route, put first in each route's onRequest so that it counts before the token is checked.
 */
export function writeLimiter(app: FastifyInstance, rate: WriteRate): onRequestHookHandler {
  return app.rateLimit({ max: rate.max, timeWindow: rate.timeWindow }) as onRequestHookHandler;
}
