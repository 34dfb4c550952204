// An Aho-Corasick automaton over UTF-16 code units: one pass over a text finds every
// occurrence of every pattern, overlapping ones included ("cease" and "ceasefire" both in
// "ceasefire"), as String.prototype.includes would one pattern at a time.
//
// Built as a full transition table (a DFA) over the characters the patterns use: each text
// character costs one table read, and characters no pattern has send the walk to the root.
// The cue matcher uses it to learn, in one pass a sentence, which literal words of all cues
// occur, instead of one substring search a cue.

export class Automaton {
  readonly patterns: readonly string[];
  /** Character code -> column (0: a character no pattern uses). */
  private readonly column: Uint16Array;
  private readonly columns: number;
  /** Next state of state s on column c at s * columns + c. */
  private readonly delta: Int32Array;
  /** The pattern that ends at a state (-1: none). */
  private readonly ends: Int32Array;
  /** The next state down the failure chain where a pattern ends (-1: none). */
  private readonly more: Int32Array;
  /** Each pattern's first id (a pattern listed twice is found under its first id). */
  private readonly firstId: Int32Array;
  private readonly duplicates: boolean;

  constructor(patterns: readonly string[]) {
    this.patterns = patterns;
    const column = new Uint16Array(65536);
    let columns = 1;
    for (const p of patterns) for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (column[c] === 0) column[c] = columns++;
    }
    this.column = column;
    this.columns = columns;
    // The trie: children as maps while building.
    const children: Map<number, number>[] = [new Map()];
    const ends: number[] = [-1];
    const firstId = new Int32Array(patterns.length);
    patterns.forEach((p, id) => {
      firstId[id] = id;
      let s = 0;
      for (let i = 0; i < p.length; i++) {
        const c = column[p.charCodeAt(i)];
        let t = children[s].get(c);
        if (t === undefined) {
          t = children.length;
          children.push(new Map());
          ends.push(-1);
          children[s].set(c, t);
        }
        s = t;
      }
      if (p.length === 0) return;
      if (ends[s] < 0) ends[s] = id; else firstId[id] = ends[s];
    });
    const states = children.length;
    const delta = new Int32Array(states * columns);
    const fail = new Int32Array(states);
    const more = new Int32Array(states).fill(-1);
    // Breadth first: a state's failure target is shallower, so its row is complete when needed.
    const queue: number[] = [];
    for (const [c, t] of children[0]) { delta[c] = t; queue.push(t); }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q];
      const f = fail[s];
      more[s] = ends[f] >= 0 ? f : more[f];
      const row = s * columns;
      delta.set(delta.subarray(f * columns, f * columns + columns), row);
      for (const [c, t] of children[s]) {
        delta[row + c] = t;
        fail[t] = s === 0 ? 0 : delta[f * columns + c];
        queue.push(t);
      }
    }
    // Children of the root fail to the root, whose row was filled above.
    this.delta = delta;
    this.ends = Int32Array.from(ends);
    this.more = more;
    this.firstId = firstId;
    this.duplicates = firstId.some((first, id) => first !== id);
  }

  /**
   * Calls `found(pattern, end)` for every occurrence (end exclusive), in order of end, longer
   * first at one end; a pattern listed twice is reported under its first id. The empty pattern never occurs.
   */
  scan(text: string, found: (pattern: number, end: number) => void): void {
    const { column, columns, delta, ends, more } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      s = delta[s * columns + column[text.charCodeAt(i)]];
      for (let t = ends[s] >= 0 ? s : more[s]; t >= 0; t = more[t]) found(ends[t], i + 1);
    }
  }

  /** Which patterns occur in `text` (at least once): a flag per pattern id, 1 where it occurs (as `text.includes(pattern)`, but 0 for the empty pattern). */
  present(text: string): Uint8Array {
    return this.occurring(text).flags;
  }

  /** The flags of `present` and the ids flagged, in order of first occurrence (duplicates of a pattern last). */
  occurring(text: string): { flags: Uint8Array; ids: number[] } {
    const flags = new Uint8Array(this.patterns.length);
    const ids: number[] = [];
    const { column, columns, delta, ends, more } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      s = delta[s * columns + column[text.charCodeAt(i)]];
      for (let t = ends[s] >= 0 ? s : more[s]; t >= 0; t = more[t]) {
        const id = ends[t];
        if (!flags[id]) { flags[id] = 1; ids.push(id); }
      }
    }
    if (this.duplicates) for (let id = 0; id < flags.length; id++) if (this.firstId[id] !== id && flags[this.firstId[id]]) { flags[id] = 1; ids.push(id); }
    return { flags, ids };
  }

  /** Every occurrence as {pattern, start, end}, by start, longer first at one start. */
  findAll(text: string): { pattern: number; start: number; end: number }[] {
    const out: { pattern: number; start: number; end: number }[] = [];
    this.scan(text, (pattern, end) => out.push({ pattern, start: end - this.patterns[pattern].length, end }));
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
  }
}
