// Turns an article's facts into non-overlapping segments of its text, each with the facts that
// cover it, so that every highlight can be rendered as plain text in one <mark>.
export interface Fact { kind: 'actor' | 'claim' | 'position' | 'event' | 'removed' | 'gap'; start: number; end: number; label: string; href: string | null }
export interface Segment { start: number; end: number; facts: Fact[] }

export function segments(textLength: number, facts: Fact[]): Segment[] {
  const cuts = new Set<number>([0, textLength]);
  for (const f of facts) {
    if (f.start < 0 || f.end > textLength || f.start >= f.end) continue;
    cuts.add(f.start);
    cuts.add(f.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    out.push({ start, end, facts: facts.filter((f) => f.start <= start && f.end >= end && f.start < f.end) });
  }
  return out;
}

/** Where the article names an actor: every whole-word occurrence of its name (the store keeps counts, not offsets). */
export function actorMentions(text: string, names: { id: string; name: string }[]): { id: string; start: number; end: number }[] {
  const found: { id: string; start: number; end: number }[] = [];
  for (const a of names) {
    if (a.name.length < 3) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${a.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) found.push({ id: a.id, start: m.index!, end: m.index! + m[0].length });
  }
  return found;
}
