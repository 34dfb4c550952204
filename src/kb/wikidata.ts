// Imports people and organisations from a Wikidata JSON export (Special:EntityData or a dump:
// `{"entities": {...}}` or an array of entities) into a detente knowledge file.
// Countries and offices are resolved through the entities of the same file (a country
// entity carries its ISO code in P297; an office its English label), then a short table.
import { kbSchemas, type KbFile, type Person, type Body, type Role, type Office } from './schema.js';
import { slug } from './index.js';

interface Snak { datavalue?: { value?: unknown } }
interface Statement { mainsnak?: Snak; qualifiers?: Record<string, Snak[]> }
interface Entity {
  id: string;
  type?: string;
  labels?: Record<string, { value: string }>;
  aliases?: Record<string, { value: string }[]>;
  claims?: Record<string, Statement[]>;
}

const HUMAN = 'Q5';
/** Common states by their Wikidata id, for exports that do not carry the country entities. */
const COUNTRY_QIDS: Record<string, string> = {
  Q159: 'RU', Q212: 'UA', Q30: 'US', Q145: 'GB', Q142: 'FR', Q183: 'DE', Q38: 'IT', Q36: 'PL', Q43: 'TR',
  Q801: 'IL', Q794: 'IR', Q148: 'CN', Q668: 'IN', Q843: 'PK', Q1049: 'SD', Q974: 'CD', Q1037: 'RW', Q399: 'AM',
  Q227: 'AZ', Q858: 'SY', Q822: 'LB', Q805: 'YE', Q846: 'QA', Q79: 'EG', Q851: 'SA', Q878: 'AE', Q184: 'BY',
  Q219060: 'PS', Q17: 'JP', Q884: 'KR', Q423: 'KP', Q16: 'CA', Q155: 'BR', Q28: 'HU', Q214: 'SK', Q33: 'FI',
  Q34: 'SE', Q35: 'DK', Q20: 'NO', Q29: 'ES', Q55: 'NL', Q31: 'BE', Q39: 'CH', Q40: 'AT', Q45: 'PT', Q41: 'GR',
};
const ORG_CLASSES = new Set(['Q43229', 'Q484652', 'Q245065', 'Q17149090', 'Q7278', 'Q327333', 'Q11032', 'Q1331793', 'Q1752346']);
const ARMED_CLASSES = new Set(['Q17149090', 'Q1335818', 'Q2659904', 'Q47913']);

const OFFICE_WORDS: [RegExp, Office][] = [
  [/\bminister of foreign affairs|foreign minister|secretary of state\b|foreign secretary/i, 'foreign_minister'],
  [/\bminister of defen[cs]e|defen[cs]e minister|secretary of defense|defence secretary/i, 'defence_minister'],
  [/\bprime minister|chancellor|premier\b/i, 'head_of_government'],
  [/\bpresident of\b|\bpresident\b|\bking\b|\bemir\b|supreme leader|monarch/i, 'head_of_state'],
  [/\bchief of staff|head of the (?:presidential )?office/i, 'chief_of_staff'],
  [/\bspokes(?:person|man|woman)|press secretary/i, 'spokesperson'],
  [/\benvoy|negotiator|mediator|ambassador/i, 'envoy'],
  [/\bchief of (?:the )?general staff|commander|chief of the defence staff|armed forces/i, 'military_chief'],
  [/\bintelligence|security service/i, 'intelligence_chief'],
  [/\bsecretary.general|director.general|high representative/i, 'org_leader'],
  [/\bminister\b/i, 'minister'],
];

export function importWikidata(raw: unknown): { kbFile: KbFile; skipped: number } {
  const entities = asEntities(raw);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const countryOf = (qid: string | null): string | null => {
    if (!qid) return null;
    const iso = byId.get(qid) && strings(byId.get(qid)!, 'P297')[0];
    return iso ? iso.toUpperCase() : COUNTRY_QIDS[qid] ?? null;
  };
  const people: Person[] = [];
  const bodies: Body[] = [];
  let skipped = 0;
  for (const e of entities) {
    const name = e.labels?.en?.value;
    const classes = ids(e, 'P31');
    if (!name || !/^Q\d+$/.test(e.id)) { skipped++; continue; }
    const aliases = (e.aliases?.en ?? []).map((a) => a.value).filter((a) => a !== name);
    if (classes.includes(HUMAN)) {
      const country = countryOf(ids(e, 'P27')[0] ?? null);
      people.push({ id: slug(name), name, kind: 'person', country, aliases, roles: roles(e, byId, countryOf, country), note: `wikidata ${e.id}` });
    } else if (classes.some((c) => ORG_CLASSES.has(c) || ARMED_CLASSES.has(c))) {
      const kind = classes.some((c) => ARMED_CLASSES.has(c)) ? 'armed_group' : 'organisation';
      bodies.push({ id: slug(name), name, kind, country: countryOf(ids(e, 'P17')[0] ?? null), aliases, strict_aliases: [], media: false, note: `wikidata ${e.id}` });
    } else skipped++;
  }
  const kbFile = kbSchemas().kbFileSchema.parse({ schema: 'detente/kb@1', description: 'imported from a Wikidata JSON export', people, bodies });
  return { kbFile, skipped };
}

function asEntities(raw: unknown): Entity[] {
  const list = Array.isArray(raw) ? raw : raw && typeof raw === 'object' && 'entities' in raw ? Object.values((raw as { entities: object }).entities) : null;
  if (!list) throw new Error('not a Wikidata export: expected {"entities": {...}} or an array of entities');
  return (list as Entity[]).filter((e) => e && typeof e.id === 'string');
}

function roles(e: Entity, byId: Map<string, Entity>, countryOf: (q: string | null) => string | null, country: string | null): Role[] {
  const out: Role[] = [];
  for (const st of e.claims?.P39 ?? []) {
    const qid = (st.mainsnak?.datavalue?.value as { id?: string } | undefined)?.id;
    const title = qid ? byId.get(qid)?.labels?.en?.value : undefined;
    if (!title) continue;
    const office = OFFICE_WORDS.find(([re]) => re.test(title))?.[1] ?? 'official';
    const officeCountry = countryOf((byId.get(qid!)?.claims?.P1001?.[0]?.mainsnak?.datavalue?.value as { id?: string } | undefined)?.id ?? null) ?? country;
    out.push({
      title, office, country: officeCountry, org: null,
      titles: [title.replace(/(?<!\s)\s+of\s[\s\S]*/i, '').replace(/^./, (c) => c.toUpperCase())],
      start: time(st.qualifiers?.P580?.[0]), end: time(st.qualifiers?.P582?.[0]),
    });
  }
  return out;
}

function time(snak: Snak | undefined): string | null {
  const t = (snak?.datavalue?.value as { time?: string } | undefined)?.time;
  const m = t ? /^[+]?(\d{4})-(\d{2})-(\d{2})/.exec(t) : null;
  if (!m) return null;
  return m[2] === '00' ? m[1] : m[3] === '00' ? `${m[1]}-${m[2]}` : `${m[1]}-${m[2]}-${m[3]}`;
}

function ids(e: Entity, prop: string): string[] {
  return (e.claims?.[prop] ?? []).map((s) => (s.mainsnak?.datavalue?.value as { id?: string } | undefined)?.id).filter((x): x is string => !!x);
}

function strings(e: Entity, prop: string): string[] {
  return (e.claims?.[prop] ?? []).map((s) => s.mainsnak?.datavalue?.value).filter((x): x is string => typeof x === 'string');
}
