// Loads knowledge and lexicons once per process (the only file reads besides the inputs).
import { loadKb, KbError } from '../kb/index.js';
import { loadLexicons } from '../lexicons/index.js';
import type { Ctx } from '../pipeline/context.js';

export function loadContext(kbFiles: string[], lexiconFiles: string[] = []): Ctx {
  try {
    return { kb: loadKb(kbFiles), lexicons: loadLexicons(lexiconFiles) };
  } catch (e) {
    if (e instanceof KbError) throw new Error(`knowledge or lexicon file: ${e.message}`);
    throw e;
  }
}
