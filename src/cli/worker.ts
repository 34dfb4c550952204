// A worker thread of `extract`: loads the knowledge once, then extracts the sources the main
// thread sends, one at a time, and posts back the records or the input's error.
import { parentPort, workerData } from 'node:worker_threads';
import { extractSource, type ExtractOptions } from '../pipeline/extract-source.js';
import { InputError } from '../ingest/read-input.js';
import { loadContext } from './context.js';

const { kbFiles, lexiconFiles } = workerData as { kbFiles: string[]; lexiconFiles: string[] };
const ctx = loadContext(kbFiles, lexiconFiles);

parentPort!.on('message', async ({ index, source, opts }: { index: number; source: string; opts: ExtractOptions }) => {
  try {
    const { records, warnings } = await extractSource(source, opts, ctx);
    parentPort!.postMessage({ index, records, warnings });
  } catch (e) {
    if (e instanceof InputError) parentPort!.postMessage({ index, error: { source: e.source, message: e.message } });
    else parentPort!.postMessage({ index, fatal: (e as Error).stack ?? String(e) });
  }
});
