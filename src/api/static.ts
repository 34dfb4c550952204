// The dashboard's built files (web/dist), read once at start and served with their type.
// Nothing else of the disk is reachable: only names found in that folder are served.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.map': 'application/json',
};

export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out); else out.push(p);
  }
  return out;
}

export function registerDashboard(app: FastifyInstance, dir = WEB_DIST) {
  const files = new Map<string, { body: Buffer; type: string }>();
  if (existsSync(dir)) {
    for (const p of walk(dir)) files.set(`/${relative(dir, p).split('\\').join('/')}`, { body: readFileSync(p), type: TYPES[extname(p)] ?? 'application/octet-stream' });
  }
  const index = files.get('/index.html') ?? {
    body: Buffer.from('<!doctype html><meta charset="utf-8"><title>detente</title><p>The dashboard is not built: run <code>npm run build:web</code>. The API is at <a href="/api/openapi.json">/api/openapi.json</a>.</p>'),
    type: TYPES['.html'],
  };
  app.get('/', { schema: { hide: true } }, (_req, reply) => reply.type(index.type).header('cache-control', 'no-cache').send(index.body));
  app.get('/assets/*', { schema: { hide: true } }, (req, reply) => {
    const f = files.get(req.url.split('?')[0]);
    if (!f) return reply.code(404).type('text/plain').send('not found');
    return reply.type(f.type).header('cache-control', 'no-cache').send(f.body);
  });
}
