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
import { LETTER_FOLDS, derivedFromBuild } from '../kb/index.js';
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
  /**
   * The trie in compressed rows: the children of node n are edges first[n] .. first[n + 1] - 1,
   * by symbol (edgeSymbol) and child (edgeNode), sorted by symbol. A few hundred kilobytes for
   * the shipped knowledge base, where a full table would take megabytes.
   */
  private readonly first: Int32Array;
  private readonly edgeSymbol: Uint8Array;
  private readonly edgeNode: Int32Array;
  /** The root's children by symbol (DEAD when none): most walks fail there, at one read. */
  private readonly rootNext: Int32Array;
  /** Bit 1: a whole name's signature ends here; bit 2: a state's name ends here. */
  private readonly flags: Uint8Array;
  /** The map and its size the trie was built from: a knowledge base that gained names needs a new trie. */
  readonly names: Map<string, string[]>;
  readonly size: number;

  /** The tables, for a copy (V8's structured clone) that `fromParts` makes a trie again. */
  parts(): Record<string, unknown> {
    return { first: this.first, edgeSymbol: this.edgeSymbol, edgeNode: this.edgeNode, rootNext: this.rootNext, flags: this.flags, names: this.names, size: this.size };
  }

  /** The trie whose `parts()` these are, without building it again. */
  static fromParts(parts: Record<string, unknown>): NameTrie {
    return Object.assign(Object.create(NameTrie.prototype) as NameTrie, parts);
  }

  constructor(kb: Pick<Kb, 'names' | 'actors'>) {
    this.names = kb.names;
    this.size = kb.names.size;
    // Built as one map of edges (parent * SYMBOLS + symbol -> child), then packed.
    const edges = new Map<number, number>();
    const flags: number[] = [0];
    for (const [key, ids] of kb.names) {
      const state = ids.some((id) => kb.actors.get(id)?.kind === 'state');
      let node = 0;
      for (const c of signature(key).sig) {
        const at = node * SYMBOLS + symbol(c);
        let next = edges.get(at);
        if (next === undefined) {
          next = flags.length;
          flags.push(0);
          edges.set(at, next);
        }
        node = next;
      }
      flags[node] |= 1 | (state ? 2 : 0);
    }
    const nodes = flags.length;
    // Edges by parent, then by symbol: the order of their keys.
    const sorted = [...edges.keys()].sort((x, y) => x - y);
    this.first = new Int32Array(nodes + 1);
    this.edgeSymbol = new Uint8Array(sorted.length);
    this.edgeNode = new Int32Array(sorted.length);
    this.rootNext = new Int32Array(SYMBOLS).fill(DEAD);
    let parent = 0;
    sorted.forEach((at, edge) => {
      const from = Math.floor(at / SYMBOLS);
      while (parent < from) this.first[++parent] = edge;
      this.edgeSymbol[edge] = at % SYMBOLS;
      this.edgeNode[edge] = edges.get(at)!;
      if (from === 0) this.rootNext[at % SYMBOLS] = edges.get(at)!;
    });
    while (parent < nodes) this.first[++parent] = sorted.length;
    this.flags = Uint8Array.from(flags);
  }

  private step(node: number, code: number): number {
    if (node === DEAD) return DEAD;
    const sym = code <= 57 ? code - 48 + 26 : code - 97;
    if (node === 0) return this.rootNext[sym];
    for (let e = this.first[node], end = this.first[node + 1]; e < end; e++) {
      const s = this.edgeSymbol[e];
      if (s === sym) return this.edgeNode[e];
      if (s > sym) break;
    }
    return DEAD;
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
  if (!trie) {
    // The shipped knowledge base read from the build's copy comes with its trie (src/kb/index.ts).
    const parts = derivedFromBuild(kb, 'nameTrie');
    if (parts) {
      trie = NameTrie.fromParts(parts as Record<string, unknown>);
      tries.set(kb, trie);
    }
  }
  if (!trie || trie.names !== kb.names || trie.size !== kb.names.size) {
    trie = new NameTrie(kb);
    tries.set(kb, trie);
  }
  return trie;
}

const sigCache = new WeakMap<readonly Word[], WordSig[]>();

/** Signatures of single words across documents (most words of news recur); emptied when full. Never changed once made. */
const wordSigs = new Map<string, WordSig>();
const WORD_SIGS_MAX = 50_000;

function wordSignature(text: string): WordSig {
  let sig = wordSigs.get(text);
  if (!sig) {
    sig = signature(text);
    if (wordSigs.size >= WORD_SIGS_MAX) wordSigs.clear();
    wordSigs.set(text, sig);
  }
  return sig;
}

/** Each word's signature, folded once per document. */
export function sigsOf(words: readonly Word[]): WordSig[] {
  let sigs = sigCache.get(words);
  if (!sigs) {
    sigs = [];
    for (const w of words) sigs.push(wordSignature(w.text));
    sigCache.set(words, sigs);
  }
  return sigs;
}
