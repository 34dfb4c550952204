// `detente serve`: the HTTP API and the dashboard. Fastify with JSON schemas that validate the
// requests, serialise the responses and make the OpenAPI 3 document at /api/openapi.json.
import Fastify, { type FastifyInstance, type onRequestHookHandler } from 'fastify';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import type { LedgerReader } from './reader.js';
import { errorHandler, sendError } from './errors.js';
import { registerDashboard } from './static.js';
import { registerArticles } from './routes/articles.js';
import { registerActors } from './routes/actors.js';
import { registerPositions } from './routes/positions.js';
import { registerEvents } from './routes/events.js';
import { registerClaims } from './routes/claims.js';
import { registerSearch } from './routes/search.js';
import { registerNetwork } from './routes/network.js';
import { registerIngest } from './routes/ingest.js';
import { registerSpans } from './routes/spans.js';
import { registerResponseCache } from './response-cache.js';
import { registerCorrections } from './routes/corrections.js';
import { registerRateLimit, writeLimiter, DEFAULT_WRITE_RATE, type WriteRate } from './rate-limit.js';
import type { CorrectionInput, CorrectionRow } from './correct-input.js';
import type { Ctx } from '../pipeline/context.js';

export interface IngestInput { text?: string; html?: string; url?: string; published?: string; source?: string }
export type Ingestor = (input: IngestInput) => Promise<{ ids: string[]; duplicates: number }>;
export type Corrector = (input: CorrectionInput) => Promise<CorrectionRow>;

export interface ApiDeps {
  reader: LedgerReader;
  /** Writes are refused unless the token and the writer are set. */
  ingest?: Ingestor;
  correct?: Corrector;
  token?: string;
  /** The rate limit of the write routes (one counter for all of them). */
  writeLimit: onRequestHookHandler;
  /** The knowledge base, loaded when first needed: re-reading an article for its spans. */
  context?: () => Ctx;
}

export interface ServerOptions extends Omit<ApiDeps, 'writeLimit'> {
  /** Writes per client address and window (default 60 a minute). */
  writeRate?: WriteRate;
  /** When given, answers are kept until it changes (see response-cache.ts). */
  fingerprint?: () => Promise<string>;
  logger?: boolean;
  version?: string;
  webDir?: string;
}

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: 64 * 1024,
    // Unknown query parameters are an error, not silently dropped.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, allErrors: false } },
  });
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((req, reply) => sendError(reply, 404, `no route ${req.method} ${req.url.split('?')[0]}`));
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"], fontSrc: ["'self'"], objectSrc: ["'none'"], baseUri: ["'none'"], frameAncestors: ["'none'"], formAction: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: false,
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'detente API', version: opts.version ?? '0', description: 'The ledger of positions, events, claims and actors, each fact with its evidence.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  await registerRateLimit(app);
  if (opts.fingerprint) registerResponseCache(app, opts.fingerprint);
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
  const deps: ApiDeps = {
    reader: opts.reader, ingest: opts.ingest, correct: opts.correct, token: opts.token || undefined, context: opts.context,
    writeLimit: writeLimiter(app, opts.writeRate ?? DEFAULT_WRITE_RATE),
  };
  app.get('/api/config', {
    schema: {
      tags: ['config'], summary: 'What this server allows: whether it takes writes (a token is set)',
      response: { 200: { type: 'object', additionalProperties: false, required: ['writable'], properties: { writable: { type: 'boolean' } } } },
    },
  }, () => ({ writable: !!deps.token && !!deps.correct }));
  for (const register of [registerArticles, registerActors, registerPositions, registerEvents, registerClaims, registerSearch, registerNetwork,
    registerIngest, registerCorrections, registerSpans]) {
    register(app, deps);
  }
  registerDashboard(app, opts.webDir);
  return app;
}
