// What stages receive besides the document: knowledge and options. No I/O happens in stages.
import type { Kb } from '../kb/index.js';
import type { Lexicons } from '../lexicons/index.js';

export interface Ctx {
  kb: Kb;
  lexicons: Lexicons;
}
