// A letter trie over every name the knowledge base knows, built once per knowledge base: it
// tells at which lengths a run of words starting at a word can possibly be a known name, so
// that the name matcher builds and looks up only those few keys ("Sergey Lavrov said": the
// trie dies after "sergey lavrov", so of the sixteen lengths the matcher used to try, only
// two are tried).
//
// The trie does not hold the keys themselves but their letter signature: the letters a-z and
// digits of normName's folding, without "s". A key's signature is the signatures of its words
// one after the other, whatever spaces, hyphens, apostrophes or joins keyOf puts between them,
// so a word is folded once and the trie walked letter by letter. Dropping "s" makes the
// possessive ("Gaza's health ministry" looked up as "gaza health ministry") the same walk.
// A signature hit is only a candidate: the matcher still builds the key and looks it up, so
// what it finds is what it found before; the trie only skips lengths that could never match.
import type { Kb } from '../kb/index.js';
import { LETTER_FOLDS } from '../kb/index.js';
import type { Word } from './words.js';

/** A word as the trie reads it: its signature, and whether its folding has an apostrophe. */
export interface WordSig {
  sig: string;
  apos: boolean;
}

/** Signature symbols: a-z and 0-9 (s never occurs). */
const SYMBOLS = 36;
const DEAD = -1;

export class NameTrie {
  /** Child of node n on symbol c, at n * SYMBOLS + c (DEAD when none). Grown as nodes are added. */
  private next: Int32Array;
  /** Bit 1: a whole name's signature ends here; bit 2: a state's name ends here. */
  private flags: Uint8Array;
  private nodes = 1;
  /** The map and its size the trie was built from: a knowledge base that gained names needs a new trie. */
  readonly names: Map<string, string[]>;
  readonly size: number;

  constructor(kb: Pick<Kb, 'names' | 'actors'>) {
    this.names = kb.names;
    this.size = kb.names.size;
    this.next = new Int32Array(1024 * SYMBOLS).fill(DEAD);
    this.flags = new Uint8Array(1024);
    for (const [key, ids] of kb.names) {
      const state = ids.some((id) => kb.actors.get(id)?.kind === 'state');
      let node = 0;
      for (const c of signature(key).sig) node = this.child(node, symbol(c));
      this.flags[node] |= 1 | (state ? 2 : 0);
    }
  }

  private child(node: number, c: number): number {
    const at = node * SYMBOLS + c;
    if (this.next[at] !== DEAD) return this.next[at];
    if (this.nodes * SYMBOLS >= this.next.length) {
      const grown = new Int32Array(this.next.length * 2).fill(DEAD);
      grown.set(this.next);
      this.next = grown;
      const flags = new Uint8Array(this.flags.length * 2);
      flags.set(this.flags);
      this.flags = flags;
    }
    this.next[at] = this.nodes;
    return this.nodes++;
  }

  private step(node: number, code: number): number {
    return node === DEAD ? DEAD : this.next[node * SYMBOLS + (code <= 57 ? code - 48 + 26 : code - 97)];
  }

  /**
   * The lengths n (in words, at most `limit`, longest first) for which words i..i+n-1 may be a
   * known name: the signature is a whole name's, or (after "The") a name's without "the", or a
   * state's name is followed by an apostrophe ("Russia's Ministry of Defence", which the matcher
   * looks up as "Ministry of Defence of Russia": every length from the apostrophe on).
   */
  lengthsAt(sigs: readonly WordSig[], i: number, limit: number): number[] {
    const out: number[] = [];
    let a = 0; // from the first letter
    let b = DEAD; // after a leading "the" (normName drops it)
    let read = 0;
    let head = '';
    let state = false;
    for (let k = 0; k < limit; k++) {
      const { sig, apos } = sigs[i + k];
      for (let c = 0; c < sig.length; c++) {
        const code = sig.charCodeAt(c);
        a = this.step(a, code);
        b = this.step(b, code);
        if (read < 3) {
          head += sig[c];
          if (++read === 3 && head === 'the') b = 0;
        }
        if ((a !== DEAD && this.flags[a] & 2) || (b !== DEAD && this.flags[b] & 2)) state = true;
      }
      if (state && apos) {
        for (let n = k + 1; n <= limit; n++) out.push(n);
        return out.reverse();
      }
      if ((a !== DEAD && this.flags[a] & 1) || (b !== DEAD && this.flags[b] & 1)) out.push(k + 1);
      // Nothing longer can be a name unless "the" may still be dropped or a state's possessive may follow.
      if (a === DEAD && b === DEAD && read >= 3 && !state) break;
    }
    return out.reverse();
  }
}

function symbol(c: string): number {
  const code = c.charCodeAt(0);
  return code <= 57 ? code - 48 + 26 : code - 97;
}

/**
 * normName's folding of one word or key without its edits of spaces and "the": lower case,
 * accents and curly quotes folded; then only a-z and 0-9 kept, and "s" dropped.
 */
export function signature(text: string): WordSig {
  let folded: string;
  if (/^[\x20-\x7e]*$/.test(text)) folded = text.toLowerCase().replace(/`/g, "'");
  else {
    folded = text
      .replace(/[łŁđĐøØıðÐħĦ]/g, (c) => LETTER_FOLDS[c])
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[\u2018\u2019\u02bc`]/g, "'")
      .toLowerCase();
  }
  return { sig: folded.replace(/[^a-rt-z0-9]+/g, ''), apos: folded.includes("'") };
}

const tries = new WeakMap<object, NameTrie>();

/** The knowledge base's name trie, built on first use (and again if names were added since). */
export function nameTrie(kb: Pick<Kb, 'names' | 'actors'>): NameTrie {
  let trie = tries.get(kb);
  if (!trie || trie.names !== kb.names || trie.size !== kb.names.size) {
    trie = new NameTrie(kb);
    tries.set(kb, trie);
  }
  return trie;
}

const sigCache = new WeakMap<readonly Word[], WordSig[]>();

/** Each word's signature, folded once per document. */
export function sigsOf(words: readonly Word[]): WordSig[] {
  let sigs = sigCache.get(words);
  if (!sigs) {
    sigs = words.map((w) => signature(w.text));
    sigCache.set(words, sigs);
  }
  return sigs;
}
