// Gold positions and how a system position matches one, as the shared scorer
// (eval/score.mjs, FORMAT.md) matches them: stance and issue fit, the holder denotes one of the
// gold holders (by name, alias, a state's country, or a mention's text), the evidence overlaps the
// quote; one to one and the best possible, required gold before optional; nothing in the title
// line is scored. Used by scripts/train-positions.ts to label candidates and to score folds.
import type { Actor, Position, Span } from '../src/doc/model.ts';

export interface GoldActor { name: string; aliases?: string[]; kind?: string; country?: string | null; optional?: boolean }
export interface GoldPosition { holder: string | string[]; stance: string | string[]; issue: string | string[]; quote: string | string[]; optional?: boolean }
export interface GoldFile { id: string; file: string; published: string | null; actors?: GoldActor[]; positions?: GoldPosition[] }

const asList = <T>(v: T | T[] | null | undefined): T[] => (v == null ? [] : Array.isArray(v) ? v : [v]);

export function norm(s: string | null | undefined): string | null {
  return s == null ? null : String(s).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"').toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Kuhn's augmenting paths: gold index -> system index. */
function maxMatch(cands: number[][], nSys: number, blocked: Set<number> = new Set()): Map<number, number> {
  const owner = new Array<number>(nSys).fill(-1);
  const tryGold = (i: number, seen: Set<number>): boolean => {
    for (const j of cands[i]) {
      if (blocked.has(j) || seen.has(j)) continue;
      seen.add(j);
      if (owner[j] < 0 || tryGold(owner[j], seen)) { owner[j] = i; return true; }
    }
    return false;
  };
  cands.forEach((_, i) => tryGold(i, new Set()));
  const byGold = new Map<number, number>();
  owner.forEach((i, j) => { if (i >= 0) byGold.set(i, j); });
  return byGold;
}

/** One article's gold positions with what is needed to match system positions against them. */
export class PositionGold {
  private readonly goldByName = new Map<string, GoldActor>();
  private readonly actors: Map<string, Actor>;
  private readonly title: Span | null;
  private readonly quoteSpans: Span[][];
  readonly required: GoldPosition[];
  readonly optional: GoldPosition[];

  constructor(gold: GoldFile, text: string, actors: readonly Actor[]) {
    for (const g of gold.actors ?? []) for (const n of [g.name, ...asList(g.aliases)]) this.goldByName.set(norm(n)!, g);
    this.actors = new Map(actors.map((a) => [a.id, a]));
    const nl = text.indexOf('\n\n');
    this.title = nl > 0 && nl < 400 ? { start: 0, end: nl } : null;
    const all = gold.positions ?? [];
    const spans = (g: GoldPosition) => asList(g.quote).flatMap((q) => { const at = text.indexOf(q); return at >= 0 ? [{ start: at, end: at + q.length }] : []; });
    const marked = all.map((g) => {
      const sp = spans(g);
      return !g.optional && sp.length > 0 && sp.every((x) => this.inTitle(x)) ? { ...g, optional: true } : g;
    });
    this.required = marked.filter((g) => !g.optional);
    this.optional = marked.filter((g) => g.optional);
    this.quoteSpans = [...this.required, ...this.optional].map(spans);
  }

  inTitle(s: Span): boolean {
    return !!this.title && s.start >= this.title.start && s.end <= this.title.end;
  }

  private denotes(s: Actor, g: GoldActor): boolean {
    const names = [g.name, ...asList(g.aliases)].map(norm);
    if (names.includes(norm(s.name))) return true;
    if (g.kind === 'state' && s.kind === 'state' && s.country && s.country === g.country) return true;
    return [s.name, ...s.mentions.map((m) => m.text)].filter(Boolean).map(norm).some((n) => names.includes(n));
  }

  private isActor(id: string, names: string | string[]): boolean {
    const s = this.actors.get(id);
    if (!s) return false;
    return asList(names).some((n) => this.denotes(s, this.goldByName.get(norm(n)!) ?? { name: n, aliases: [] }));
  }

  /** Whether system position `p` fits gold position number `i` (required ones first, then optional). */
  fits(i: number, p: Position): boolean {
    const g = i < this.required.length ? this.required[i] : this.optional[i - this.required.length];
    return asList(g.stance).includes(p.stance) && asList(g.issue).includes(p.issue) && this.isActor(p.holder, g.holder)
      && this.quoteSpans[i].some((q) => overlaps(q, p.evidence));
  }

  /** 'pos' when it fits a required gold position, 'opt' when it fits only an optional one, else 'neg'. */
  label(p: Position): 'pos' | 'opt' | 'neg' {
    if (this.inTitle(p.evidence)) return 'opt';
    for (let i = 0; i < this.required.length; i++) if (this.fits(i, p)) return 'pos';
    for (let i = 0; i < this.optional.length; i++) if (this.fits(this.required.length + i, p)) return 'opt';
    return 'neg';
  }

  /** tp / fp / fn of a list of system positions, as the scorer counts them. */
  score(system: readonly Position[]): { tp: number; fp: number; fn: number } {
    const sys = system.filter((p) => !this.inTitle(p.evidence));
    const cands = (from: number, n: number) => Array.from({ length: n }, (_, i) => sys.map((p, j) => (this.fits(from + i, p) ? j : -1)).filter((j) => j >= 0));
    const mReq = maxMatch(cands(0, this.required.length), sys.length);
    const taken = new Set(mReq.values());
    const mOpt = maxMatch(cands(this.required.length, this.optional.length), sys.length, taken);
    for (const j of mOpt.values()) taken.add(j);
    return { tp: mReq.size, fn: this.required.length - mReq.size, fp: sys.length - taken.size };
  }
}
