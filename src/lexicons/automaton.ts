// An Aho-Corasick automaton over UTF-16 code units: one pass over a text finds every
// occurrence of every pattern, overlapping ones included ("cease" and "ceasefire" both in
// "ceasefire"), as String.prototype.includes would one pattern at a time.
//
// Built as a full transition table (a DFA) over the characters the patterns use: each text
// character costs one table read, and characters no pattern has send the walk to the root.
// The cue matcher uses it to learn, in one pass a sentence, which literal words of all cues
// occur, instead of one substring search a cue.

/** An automaton's fields, as `parts()` gives them. */
export interface AutomatonParts {
  patterns: readonly string[];
  column: Uint16Array;
  columns: number;
  delta: Int32Array;
  ends: Int32Array;
  more: Int32Array;
  firstId: Int32Array;
  duplicates: boolean;
}

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

  /** The tables, for a copy (V8's structured clone) that `fromParts` makes an automaton again. */
  parts(): AutomatonParts {
    return { patterns: this.patterns, column: this.column, columns: this.columns, delta: this.delta, ends: this.ends, more: this.more, firstId: this.firstId, duplicates: this.duplicates };
  }

  /** The automaton whose `parts()` these are, without building it again. */
  static fromParts(parts: AutomatonParts): Automaton {
    return Object.assign(Object.create(Automaton.prototype) as Automaton, parts);
  }

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
    // The trie, written straight into the table (0: no child yet; the root is nobody's child),
    // sized for the worst case and cut to the states used.
    let bound = 1;
    for (const p of patterns) bound += p.length;
    const go = new Int32Array(bound * columns);
    const ends = new Int32Array(bound).fill(-1);
    const firstId = new Int32Array(patterns.length);
    let states = 1;
    patterns.forEach((p, id) => {
      firstId[id] = id;
      let s = 0;
      for (let i = 0; i < p.length; i++) {
        const at = s * columns + column[p.charCodeAt(i)];
        if (go[at] === 0) go[at] = states++;
        s = go[at];
      }
      if (p.length === 0) return;
      if (ends[s] < 0) ends[s] = id; else firstId[id] = ends[s];
    });
    const delta = go.slice(0, states * columns);
    const fail = new Int32Array(states);
    const more = new Int32Array(states).fill(-1);
    // Breadth first: a state's failure target is shallower, so its row is complete when needed.
    // A child's entry is read before its row is completed; a missing child takes the failure state's move.
    const queue: number[] = [];
    for (let c = 0; c < columns; c++) if (delta[c] !== 0) queue.push(delta[c]);
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q];
      const f = fail[s];
      more[s] = ends[f] >= 0 ? f : more[f];
      const row = s * columns;
      for (let c = 0; c < columns; c++) {
        const t = delta[row + c];
        if (t !== 0) { fail[t] = delta[f * columns + c]; queue.push(t); } else delta[row + c] = delta[f * columns + c];
      }
    }
    this.delta = delta;
    this.ends = ends.slice(0, states);
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
    const { bits } = this.occurring(text);
    const flags = new Uint8Array(this.patterns.length);
    for (let id = 0; id < flags.length; id++) flags[id] = (bits[id >>> 5] >>> (id & 31)) & 1;
    return flags;
  }

  /**
   * The patterns that occur in `text`: as a bit set (bit id % 32 of word id / 32) and as the
   * list of their ids, in order of first occurrence (second listings of a pattern last).
   */
  occurring(text: string): { bits: Uint32Array; ids: number[] } {
    const bits = new Uint32Array((this.patterns.length + 31) >>> 5);
    const ids: number[] = [];
    const { column, columns, delta, ends, more } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      s = delta[s * columns + column[text.charCodeAt(i)]];
      for (let t = ends[s] >= 0 ? s : more[s]; t >= 0; t = more[t]) {
        const id = ends[t];
        const bit = 1 << (id & 31);
        if (!(bits[id >>> 5] & bit)) { bits[id >>> 5] |= bit; ids.push(id); }
      }
    }
    if (this.duplicates) {
      for (let id = 0; id < this.patterns.length; id++) {
        const first = this.firstId[id];
        if (first !== id && (bits[first >>> 5] >>> (first & 31)) & 1) { bits[id >>> 5] |= 1 << (id & 31); ids.push(id); }
      }
    }
    return { bits, ids };
  }

  /** Every occurrence as {pattern, start, end}, by start, longer first at one start. */
  findAll(text: string): { pattern: number; start: number; end: number }[] {
    const out: { pattern: number; start: number; end: number }[] = [];
    this.scan(text, (pattern, end) => out.push({ pattern, start: end - this.patterns[pattern].length, end }));
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
  }
}
