// zod, loaded when a schema is first made rather than when a module is imported: a process whose
// shipped files all come from the build's data cache (kb/checked-file.ts) never loads it.
import { createRequire } from 'node:module';

export function loadZod(): typeof import('zod').z {
  return (createRequire(import.meta.url)('zod') as typeof import('zod')).z;
}
