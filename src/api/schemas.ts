// JSON schemas of the API: they validate requests, serialise responses and make the OpenAPI document.
const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const nstr = { type: 'string', nullable: true } as const;
const nint = { type: 'integer', nullable: true } as const;
const nnum = { type: 'number', nullable: true } as const;

const obj = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  ({ type: 'object', additionalProperties: false, required: Object.keys(properties), properties, ...extra });

export const ISSUE_PATTERN = '^[a-z][a-z0-9_]{1,40}$';
export const ACTOR_PATTERN = "^[\\p{L}\\p{N}][\\p{L}\\p{N}.:'-]{0,120}$";
export const DATE = { type: 'string', format: 'date', description: 'YYYY-MM-DD' } as const;
export const EVENT_TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE',
  'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
export const HEDGES = ['asserted', 'direct', 'reported', 'alleged', 'speculative'];
export const MAX_LIMIT = 500;

export const actorId = { type: 'string', pattern: ACTOR_PATTERN, description: 'an actor id, e.g. vladimir-putin' } as const;
export const paging = (dflt: number) => ({
  limit: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: dflt, description: `page size, 1-${MAX_LIMIT}` },
  offset: { type: 'integer', minimum: 0, maximum: 10_000_000, default: 0 },
});
export const query = (properties: Record<string, unknown>) => ({ type: 'object', additionalProperties: false, properties });

export const evidence = obj({ article: str, start: int, end: int, text: str }, { description: 'the sentence behind a fact: UTF-16 offsets into the article text' });
export const errorBody = obj({ statusCode: int, error: str, message: str });

export const articleSummary = obj({
  id: str, title: nstr, published: nstr, url: nstr, source: str, actors_n: int, claims_n: int, positions_n: int, events_n: int,
});
export const correctionMark = {
  type: 'object', nullable: true, additionalProperties: false, required: ['ids', 'rejected', 'original', 'reason', 'analyst', 'created_at'],
  description: "an analyst's correction of the fact: the values shown are the corrected ones; original holds the extracted ones",
  properties: {
    ids: { type: 'array', items: int }, rejected: { type: 'boolean' }, original: { type: 'object', additionalProperties: { type: 'string', nullable: true } },
    reason: str, analyst: str, created_at: str,
  },
} as const;
export const claim = obj({ article: str, idx: int, correction: correctionMark, source: nstr, source_text: nstr, hedge: str, cue: nstr, via: nstr, evidence });
export const position = obj({
  article: str, idx: int, correction: correctionMark, published: nstr, holder: str, stance: str, issue: str, target: nstr, condition: nstr,
  claim: nint, hedge: str, evidence,
});
export const articleEvent = obj({
  article: str, idx: int, correction: correctionMark, type: str, status: str, date: nstr, location: nstr, event: nstr, claim: nint, evidence,
});
export const actor = obj({ id: str, name: str, kind: str, country: nstr, role: nstr, article_count: int, mention_count: int });
export const articleActor = obj({ id: str, name: str, kind: str, country: nstr, role: nstr, mentions: int });
export const articleDetail = obj({
  ...articleSummary.properties, text: str, title_line: { type: 'boolean' }, pipeline_version: str,
  aliases: { type: 'array', items: obj({ source: str, url: nstr }) },
  actors: { type: 'array', items: articleActor },
  claims: { type: 'array', items: claim },
  positions: { type: 'array', items: position },
  events: { type: 'array', items: articleEvent },
});
const stanceProps = {
  holder: str, issue: str, seq: int, stance: str, target: nstr, condition: nstr, first_seen: nstr, last_seen: nstr,
  articles: { type: 'array', items: str }, changed: { type: 'boolean' }, previous_stance: nstr,
};
export const stance = obj(stanceProps);
export const matrixCell = obj({ ...stanceProps, hedge: str, history: int, evidence: { ...evidence, nullable: true }, corrected: { type: 'boolean' } });
export const matrix = obj({ holders: { type: 'array', items: actor }, issues: { type: 'array', items: str }, cells: { type: 'array', items: matrixCell } });
export const cellHistory = obj({
  holder: { ...actor, nullable: true }, issue: str, stances: { type: 'array', items: stance },
  statements: { type: 'array', items: obj({ ...position.properties, title: nstr }) },
});
export const eventReport = obj({ article: str, idx: int, published: nstr, killed: nint, evidence });
export const event = obj({
  id: str, type: str, mode: nstr, status: str, date: nstr, location: nstr, country: nstr, lat: nnum, lon: nnum,
  actors: { type: 'array', items: str }, actor1: nstr, actor2: nstr,
  fatalities_low: nint, fatalities_best: nint, fatalities_high: nint, source_count: int, corrected: { type: 'boolean' },
  reports: { type: 'array', items: eventReport },
});
export const network = obj({
  nodes: { type: 'array', items: actor },
  edges: { type: 'array', items: obj({ source: str, target: str, kind: str, count: int }) },
});
export const searchHit = obj({
  article: articleSummary, snippet: str,
  positions: { type: 'array', items: position }, events: { type: 'array', items: articleEvent }, claims: { type: 'array', items: claim },
});
export const page = (items: unknown) => obj({ total: int, limit: int, offset: int, items: { type: 'array', items } });

export const errors = { 400: errorBody, 404: errorBody };
export const place = obj({ location: str, country: nstr, lat: { type: 'number' }, lon: { type: 'number' }, events: int, assaults: int, last_date: nstr });
