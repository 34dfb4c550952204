// Schemas of the knowledge files under data/kb/ and of users' own knowledge files.
// Validated once at load time (an edge of the system); everything inside trusts the types.
import { loadZod } from './lazy-zod.js';
import type { z } from 'zod';

/** Offices a role can be, so that "the Prime Minister" or "Ukrainian President" find their holder. */
export const OFFICES = [
  'head_of_state', // president, king, emir, supreme leader
  'head_of_government', // prime minister, chancellor, premier
  'foreign_minister', // incl. US Secretary of State, UK Foreign Secretary
  'defence_minister', // incl. US Secretary of Defense/War, UK Defence Secretary
  'minister', // any other minister
  'chief_of_staff', // head of a presidential office or of staff
  'spokesperson',
  'envoy', // special envoys, negotiators, mediators
  'military_chief', // chiefs of general staff, commanders-in-chief, heads of armed forces
  'intelligence_chief',
  'security_adviser', // national security advisers, security council secretaries
  'group_leader', // leader of an armed group or movement
  'org_leader', // secretary general, president of a commission
  'official', // anything else: governors, mayors, ambassadors, deputies
] as const;

/** The schemas, made by `kbSchemas()` on first use. */
function makeSchemas(z: typeof import('zod').z) {
  const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date YYYY, YYYY-MM or YYYY-MM-DD');
  const country = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code in upper case');
  const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lower-case slug like "vladimir-putin"');

  const roleSchema = z.object({
    title: z.string().min(1), // "President of Russia": shown as the actor's role
    office: z.enum(OFFICES),
    /** The state (or organisation id, for org_leader/spokesperson of an org) the role serves. */
    country: country.nullable().optional(),
    org: id.nullable().optional(),
    /** Words that name the role in text before or instead of the name: "President", "Prime Minister". */
    titles: z.array(z.string().min(1)).default([]),
    start: isoDate.nullable(),
    end: isoDate.nullable(), // null: still held as far as the file knows
  });

  const personSchema = z.object({
    id,
    name: z.string().min(1),
    kind: z.literal('person'),
    country: country.nullable(),
    aliases: z.array(z.string().min(1)).default([]),
    roles: z.array(roleSchema).default([]),
    note: z.string().optional(),
  });

  const bodySchema = z.object({
    id,
    name: z.string().min(1),
    kind: z.enum(['organisation', 'armed_group', 'coalition', 'state', 'group']),
    country: country.nullable(),
    aliases: z.array(z.string().min(1)).default([]),
    /** Case-sensitive aliases (acronyms that are also English words: "AU", "ICC" are safe, "UN" in caps only). */
    strict_aliases: z.array(z.string().min(1)).default([]),
    /** A news outlet or agency: a channel of reports ("according to Reuters"), not a party. */
    media: z.boolean().default(false),
    note: z.string().optional(),
  });

  /** Extra facts about states that world-countries does not carry. */
  const stateExtraSchema = z.object({
    country,
    aliases: z.array(z.string().min(1)).default([]),
    demonyms: z.array(z.string().min(1)).default([]),
    /** Seats of power and capitals that stand for the state when they act or speak: "the Kremlin", "Kyiv". */
    metonyms: z.array(z.string().min(1)).default([]),
  });

  const placeSchema = z.object({
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    country,
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    type: z.enum(['region', 'city', 'district', 'area', 'site', 'water']),
  });

  const kbFileSchema = z.object({
    schema: z.literal('detente/kb@1'),
    description: z.string().optional(),
    people: z.array(personSchema).default([]),
    bodies: z.array(bodySchema).default([]),
    states: z.array(stateExtraSchema).default([]),
    places: z.array(placeSchema).default([]),
  });
  return { roleSchema, personSchema, bodySchema, stateExtraSchema, placeSchema, kbFileSchema };
}

type KbSchemas = ReturnType<typeof makeSchemas>;
let made: KbSchemas | undefined;

/**
 * The schemas of knowledge files, made on first use: loading zod and making them took about a
 * tenth of a second of CPU in every process and worker thread, and a process whose shipped files
 * all come from the build's data cache (kb/checked-file.ts) never checks anything.
 */
export function kbSchemas(): KbSchemas {
  return made ??= makeSchemas(loadZod());
}

export type Role = z.infer<KbSchemas['roleSchema']>;
export type Person = z.infer<KbSchemas['personSchema']>;
export type Body = z.infer<KbSchemas['bodySchema']>;
export type StateExtra = z.infer<KbSchemas['stateExtraSchema']>;
export type Place = z.infer<KbSchemas['placeSchema']>;
export type KbFile = z.infer<KbSchemas['kbFileSchema']>;
export type Office = (typeof OFFICES)[number];
