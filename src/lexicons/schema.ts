// Schemas of the cue lexicons under data/lexicons/ (and of users' own lexicon files).
//
// A cue is a phrase in lower case, matched on word boundaries, case-insensitively:
//   - a word ending in `*` matches any word with that prefix: "withdraw*" matches "withdrawal";
//   - the token `...` matches zero to four words: "join ... nato" matches "join the NATO alliance".
// Apostrophes are straight ('), hyphens are literal ("cease-fire" and "ceasefire" are two cues).
import { loadZod } from '../kb/lazy-zod.js';
import type { z } from 'zod';

export const ISSUES = [
  'ceasefire', 'peace_talks', 'withdrawal', 'territory', 'nato_membership', 'neutrality',
  'demilitarisation', 'security_guarantees', 'peacekeepers', 'military_aid',
  'intelligence_sharing', 'sanctions', 'prisoners', 'hostages', 'humanitarian',
  'elections_governance', 'accountability', 'reconstruction', 'economic', 'minority_rights',
  'nuclear',
] as const;
export const STANCES = ['demand', 'reject', 'support', 'offer'] as const;
export const EVENT_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE',
  'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export const HEDGES = ['asserted', 'direct', 'reported', 'alleged', 'speculative'] as const;

/** The schemas, made by `lexiconSchemas()` on first use. */
function makeSchemas(z: typeof import('zod').z) {
  const cue = z.string().min(1).refine((s) => s === s.toLowerCase(), 'cues are lower case');

  const issueLexiconSchema = z.object({
    schema: z.literal('detente/issues@1'),
    issues: z.array(z.object({
      issue: z.enum(ISSUES),
      cues: z.array(cue).min(1),
      /** Cues that look like this issue but are not: "talks" in "talks show". */
      not: z.array(cue).default([]),
      examples: z.array(z.string()).default([]),
    })),
  });

  const stanceLexiconSchema = z.object({
    schema: z.literal('detente/stances@1'),
    stances: z.array(z.object({
      stance: z.enum(STANCES),
      cues: z.array(cue).min(1),
      examples: z.array(z.string()).default([]),
    })),
    /** Cues that turn a stance: "will not ... unless" makes a demand, "refuse*" a rejection. */
    negators: z.array(cue).default([]),
    conditions: z.array(cue).default([]),
  });

  const eventLexiconSchema = z.object({
    schema: z.literal('detente/events@1'),
    events: z.array(z.object({
      type: z.enum(EVENT_TYPES),
      mode: z.string().nullable(),
      /** Verb cues ("struck", "shelled") and noun cues ("drone attack", "talks"). */
      cues: z.array(cue).min(1),
      /** true: a verbal act (REQUEST, ACCUSE ...) that news gold does not list as an event. */
      verbal: z.boolean().default(false),
      examples: z.array(z.string()).default([]),
    })),
  });

  const hedgeLexiconSchema = z.object({
    schema: z.literal('detente/hedges@1'),
    /** Reporting verbs and nouns: "said", "told", "according to". */
    reporting: z.array(cue).min(1),
    alleged: z.array(cue).min(1),
    speculative: z.array(cue).min(1),
    /** Nouns that make an unnamed source: "officials", "sources", "experts". */
    unnamed_sources: z.array(cue).min(1),
  });
  return { issueLexiconSchema, stanceLexiconSchema, eventLexiconSchema, hedgeLexiconSchema };
}

type LexiconSchemas = ReturnType<typeof makeSchemas>;
let made: LexiconSchemas | undefined;

/** The schemas of lexicon files, made on first use (as `kbSchemas()` in kb/schema.ts, and why). */
export function lexiconSchemas(): LexiconSchemas {
  return made ??= makeSchemas(loadZod());
}

export type IssueLexicon = z.infer<LexiconSchemas['issueLexiconSchema']>;
export type StanceLexicon = z.infer<LexiconSchemas['stanceLexiconSchema']>;
export type EventLexicon = z.infer<LexiconSchemas['eventLexiconSchema']>;
export type HedgeLexicon = z.infer<LexiconSchemas['hedgeLexiconSchema']>;
export type Issue = (typeof ISSUES)[number];
export type Stance = (typeof STANCES)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type Hedge = (typeof HEDGES)[number];
