// Loads the cue lexicons (data/lexicons/*.json and the user's own) and compiles each cue
// into a regular expression over the text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, KbError } from '../kb/index.js';
import {
  issueLexiconSchema, stanceLexiconSchema, eventLexiconSchema, hedgeLexiconSchema,
  type IssueLexicon, type StanceLexicon, type EventLexicon, type HedgeLexicon,
} from './schema.js';
import type { z } from 'zod';

export interface Lexicons {
  issues: IssueLexicon;
  stances: StanceLexicon;
  events: EventLexicon;
  hedges: HedgeLexicon;
}

function readLexicon<T>(path: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new KbError(`${path}: not readable JSON (${(e as Error).message})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new KbError(`${path}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

export function loadLexicons(dir = join(DATA_DIR, 'lexicons')): Lexicons {
  return {
    issues: readLexicon(join(dir, 'issues.json'), issueLexiconSchema),
    stances: readLexicon(join(dir, 'stances.json'), stanceLexiconSchema),
    events: readLexicon(join(dir, 'events.json'), eventLexiconSchema),
    hedges: readLexicon(join(dir, 'hedges.json'), hedgeLexiconSchema),
  };
}

const cache = new Map<string, RegExp>();

/** A cue as a global, case-insensitive expression on word boundaries (see schema.ts for the syntax). */
export function cueRegExp(cue: string): RegExp {
  let re = cache.get(cue);
  if (!re) {
    const parts = cue.trim().split(/\s+/).map((w) => {
      if (w === '...') return null;
      const star = w.endsWith('*');
      const word = (star ? w.slice(0, -1) : w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
      return star ? `${word}[\\p{L}'’-]*` : word;
    });
    let src = '';
    parts.forEach((p, i) => {
      if (p === null) { src += "(?:[\\s,]+[\\p{L}\\p{N}'’-]+){0,4}"; return; }
      src += i === 0 ? p : (parts[i - 1] === null ? '[\\s,]+' : '\\s+') + p;
    });
    re = new RegExp(`(?<![\\p{L}\\p{N}])${src}(?![\\p{L}\\p{N}])`, 'giu');
    cache.set(cue, re);
  }
  re.lastIndex = 0;
  return re;
}

export interface CueHit {
  start: number;
  end: number;
  cue: string;
}

/** Every match of any of the cues in `text`, offsets shifted by `offset`. */
export function findCues(text: string, cues: readonly string[], offset = 0): CueHit[] {
  const out: CueHit[] = [];
  for (const cue of cues) {
    for (const m of text.matchAll(cueRegExp(cue))) out.push({ start: offset + m.index!, end: offset + m.index! + m[0].length, cue });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
