// The dashboard talks only to the API.
export interface Evidence { article: string; start: number; end: number; text: string }
export interface Actor { id: string; name: string; kind: string; country: string | null; role: string | null; article_count: number; mention_count: number }
export interface Stance { holder: string; issue: string; seq: number; stance: string; target: string | null; condition: string | null; first_seen: string | null; last_seen: string | null; articles: string[]; changed: boolean; previous_stance: string | null }
export interface CorrectionMark { ids: number[]; rejected: boolean; original: Record<string, string | null>; reason: string; analyst: string; created_at: string }
export interface Cell extends Stance { hedge: string; history: number; evidence: Evidence | null; corrected: boolean }
export interface Matrix { holders: Actor[]; issues: string[]; cells: Cell[] }
export interface Position { article: string; idx: number; correction: CorrectionMark | null; published: string | null; holder: string; stance: string; issue: string; target: string | null; condition: string | null; claim: number | null; hedge: string; evidence: Evidence }
export interface History { holder: Actor | null; issue: string; stances: Stance[]; statements: (Position & { title: string | null })[] }
export interface Report { article: string; idx: number; published: string | null; killed: number | null; evidence: Evidence }
export interface LedgerEvent { id: string; type: string; mode: string | null; status: string; date: string | null; location: string | null; country: string | null; lat: number | null; lon: number | null; actors: string[]; actor1: string | null; actor2: string | null; fatalities_low: number | null; fatalities_best: number | null; fatalities_high: number | null; source_count: number; corrected: boolean; reports: Report[] }
export interface Page<T> { total: number; limit: number; offset: number; items: T[] }
export interface ArticleSummary { id: string; title: string | null; published: string | null; url: string | null; source: string; actors_n: number; claims_n: number; positions_n: number; events_n: number }
export interface Claim { article: string; idx: number; correction: CorrectionMark | null; source: string | null; source_text: string | null; hedge: string; cue: string | null; via: string | null; evidence: Evidence }
export interface ArticleEvent { article: string; idx: number; correction: CorrectionMark | null; type: string; status: string; date: string | null; location: string | null; event: string | null; claim: number | null; evidence: Evidence }
export interface Article extends ArticleSummary { text: string; title_line: boolean; pipeline_version: string; aliases: { source: string; url: string | null }[]; actors: { id: string; name: string; kind: string; country: string | null; role: string | null; mentions: number }[]; claims: Claim[]; positions: Position[]; events: ArticleEvent[] }
export interface Network { nodes: Actor[]; edges: { source: string; target: string; kind: string; count: number }[] }
export interface SearchHit { article: ArticleSummary; snippet: string; positions: Position[]; events: ArticleEvent[]; claims: Claim[] }

export class ApiError extends Error {}

export async function get<T>(path: string, params: Record<string, string | number | boolean | undefined> = {}): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') qs.set(k, String(v));
  const res = await fetch(`/api/${path}${qs.size ? `?${qs}` : ''}`, { headers: { accept: 'application/json' } });
  const body = await res.json() as T & { message?: string };
  if (!res.ok) throw new ApiError(body.message ?? `${res.status} ${res.statusText}`);
  return body;
}

let actorCache: Promise<Map<string, Actor>> | null = null;

/** Every ledger actor by id (names for the views), fetched once a page load. */
export function actorNames(): Promise<Map<string, Actor>> {
  actorCache ??= (async () => {
    const all = new Map<string, Actor>();
    for (let offset = 0; ; offset += 500) {
      const page = await get<Page<Actor>>('actors', { limit: 500, offset });
      for (const a of page.items) all.set(a.id, a);
      if (offset + 500 >= page.total) return all;
    }
  })();
  return actorCache;
}

export const nameOf = (actors: Map<string, Actor>, id: string | null) => (id ? actors.get(id)?.name ?? id : '—');
export interface Spans { removed: { start: number; end: number; reason: string }[]; gaps: { start: number; end: number; context: string; restored: { actor: string; name: string; confidence: number } | null }[]; mentions: { actor: string; start: number; end: number }[] }

let config: Promise<{ writable: boolean }> | null = null;

/** Whether this server takes writes (started with a token): the correction form is shown only then. */
export function serverConfig(): Promise<{ writable: boolean }> {
  config ??= get<{ writable: boolean }>('config');
  return config;
}

/** A write with the analyst's bearer token (asked for once, kept for the tab's session only). */
export async function post<T>(path: string, body: unknown, token: string): Promise<T> {
  const res = await fetch(`/api/${path}`, {
    method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body),
  });
  const answer = await res.json() as T & { message?: string };
  if (!res.ok) throw new ApiError(answer.message ?? `${res.status} ${res.statusText}`);
  return answer;
}
