// Builds the dashboard into web/dist: one bundled script and one stylesheet, no CDN.
// Run by `npm run build:web` and by `prepare` (so at `npm ci`).
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
rmSync(here('dist'), { recursive: true, force: true });
mkdirSync(here('dist/assets'), { recursive: true });
await build({
  entryPoints: [here('src/main.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['chrome110', 'firefox110', 'safari16'],
  outdir: here('dist/assets'),
  entryNames: 'app',
  chunkNames: 'chunk-[hash]',
  splitting: true, // the network (cytoscape) and the map (d3-geo, world atlas) load when opened
  loader: { '.json': 'json' },
  legalComments: 'linked',
  logLevel: 'warning',
});
cpSync(here('index.html'), here('dist/index.html'));
cpSync(here('style.css'), here('dist/assets/app.css'));
