// A digest: a text of short items about different conflicts, set apart by blank lines (a page of
// passages, a news round-up). Its cast is no article's cast: a "Prime Minister" in an item on
// Armenia is not the Lebanese one two items further on, and "talks between and Moscow" in an item
// on Georgia does not take the partner an item on Moldova gives Russia. Lost names in a digest are
// read within their own item only.
import type { Doc } from '../doc/model.js';
import type { Kb } from '../kb/index.js';

/** How many items naming a state or a person a digest has at least. */
const DIGEST_MIN_ITEMS = 6;
/**
 * The share of those items that name one of the text's two most named states (by their own
 * names, their seats and demonyms as linked, and their people), under which the text is a
 * digest. An article's paragraphs nearly all name one of its two sides (three in four at the
 * least on the corpus and wild articles, two in three on their damaged copies); a page of
 * passages from many wars, at most two in three and mostly under half.
 */
const DIGEST_MAX_SHARE = 2 / 3;

export type Block = [number, number];

/** The text's blocks: runs of non-blank lines. */
export function blocks(text: string): Block[] {
  // (Walked line by line: an expression for "lines until a blank one" backtracks on long texts.)
  const out: Block[] = [];
  let from = -1;
  let at = 0;
  while (at <= text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const blank = text.slice(at, end).trim() === '';
    if (!blank && from < 0) from = at;
    if (blank && from >= 0) { out.push([from, at - 1]); from = -1; }
    at = end + 1;
  }
  if (from >= 0) out.push([from, text.length]);
  return out;
}

/** The blocks of a digest, or null when the text reads as one article. */
export function digestBlocks(doc: Doc, kb: Kb): Block[] | null {
  const parts = blocks(doc.text);
  if (parts.length < DIGEST_MIN_ITEMS) return null;
  const countryOf = new Map<string, string | null>();
  for (const a of doc.actors) countryOf.set(a.id, a.kind === 'state' || a.kind === 'person' ? a.country ?? null : null);
  const count = new Map<string, number>();
  const named: Set<string>[] = parts.map(() => new Set());
  let i = 0;
  const mentions = [...doc.mentions].sort((x, y) => x.start - y.start);
  for (const m of mentions) {
    if (m.via === 'pronoun') continue;
    while (i < parts.length && parts[i][1] <= m.start) i++;
    if (i >= parts.length) break;
    if (m.start < parts[i][0]) continue;
    const kind = kb.actors.get(m.actor)?.kind;
    const iso = kind && kind !== 'state' && kind !== 'person' ? null : kb.actors.get(m.actor)?.country ?? countryOf.get(m.actor) ?? null;
    if (!iso) continue;
    named[i].add(iso);
    count.set(iso, (count.get(iso) ?? 0) + 1);
  }
  const items = named.filter((s) => s.size);
  if (items.length < DIGEST_MIN_ITEMS) return null;
  const top = [...count.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 2).map(([c]) => c);
  const share = items.filter((s) => top.some((c) => s.has(c))).length / items.length;
  return share < DIGEST_MAX_SHARE ? parts : null;
}

/**
 * The document as one of its blocks alone: the same offsets, the text outside the block blanked
 * (newlines kept), and the mentions, actors, places, sentences and gaps outside it dropped.
 */
export function scopeTo(doc: Doc, [from, to]: Block): Doc {
  const inside = (x: { start: number }) => x.start >= from && x.start < to;
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const mentions = doc.mentions.filter(inside);
  const ids = new Set(mentions.map((m) => m.actor));
  return {
    ...doc,
    text: blank(doc.text.slice(0, from)) + doc.text.slice(from, to) + blank(doc.text.slice(to)),
    titleEnd: from < doc.titleEnd ? doc.titleEnd : 0,
    gaps: doc.gaps.filter(inside),
    sentences: doc.sentences.filter(inside),
    tokens: doc.tokens.filter(inside),
    dates: doc.dates.filter(inside),
    numbers: doc.numbers.filter(inside),
    mentions,
    actors: doc.actors.filter((a) => ids.has(a.id)).map((a) => ({ ...a, mentions: a.mentions.filter(inside) })),
    locations: doc.locations.map((l) => ({ ...l, mentions: l.mentions.filter(inside) })).filter((l) => l.mentions.length),
  };
}
