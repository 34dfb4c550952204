// wink-nlp keeps every word new to its model for the life of its instance; tokens.ts makes the
// instance again when too many have come, so a long batch of varied news does not grow the heap.
// The words read, tags and lemmas must not depend on what came before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenise, winkAdded, winkCache } from '../src/nlp/tokens.js';

/** Invented words no model knows: syllables picked by a fixed sequence. */
function inventedWords(count: number, seed: number): string[] {
  const syllables = ['zor', 'qua', 'blix', 'vem', 'trun', 'pho', 'gax', 'lir', 'dre', 'kuv', 'sna', 'wob'];
  const out: string[] = [];
  let x = seed;
  for (let i = 0; i < count; i++) {
    let w = '';
    for (let k = 0; k < 3; k++) { x = (x * 1103515245 + 12345) % 2147483648; w += syllables[x % syllables.length]; }
    out.push(`${w[0].toUpperCase()}${w.slice(1)}${i}`);
  }
  return out;
}

const TEXT = 'The foreign minister of Freedonia, Varla Quintrex, said on Tuesday that talks with Sylvania would resume in Port Azure. "We are ready," she told reporters. Mr. Oskel-Brann, 54, disagreed: 1,250 soldiers had crossed the Vemtrun river.';

test('a rebuilt wink-nlp instance reads a text as the first one did, and the words it added are let go', () => {
  const saved = winkCache.maxNew;
  try {
    const first = tokenise(TEXT);
    winkCache.maxNew = 200;
    const before = winkCache.rebuilds;
    for (let round = 0; round < 5; round++) tokenise(`${inventedWords(150, round + 1).join(' said ')}.`);
    assert.ok(winkCache.rebuilds > before, 'the instance was made again');
    assert.ok(winkAdded() <= 200 + 2 * 150 * 2, `words kept: ${winkAdded()}`);
    assert.deepEqual(tokenise(TEXT), first);
    // The same text read right after a rebuild, and after other new words: the same tokens.
    tokenise(`${inventedWords(300, 99).join(', ')}.`);
    assert.deepEqual(tokenise(TEXT), first);
  } finally {
    winkCache.maxNew = saved;
  }
});
