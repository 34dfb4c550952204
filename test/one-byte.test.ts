import { test } from 'node:test';
import assert from 'node:assert/strict';
import { oneByte } from '../src/doc/one-byte.js';

test('oneByte gives the same string, whatever the characters', () => {
  const parent = 'Peace talks in Doha \u201cstalled\u201d, the mediator said. Caf\u00e9 owners in Goma fled \u2014 again.';
  for (let a = 0; a < parent.length; a += 3) {
    for (let b = a; b <= parent.length; b += 5) {
      const s = parent.slice(a, b);
      const o = oneByte(s);
      assert.equal(o, s);
      assert.equal(o.length, s.length);
      assert.equal(/\bstalled\b/i.test(o), /\bstalled\b/i.test(s));
    }
  }
  assert.equal(oneByte(''), '');
  assert.equal(oneByte('\u00ff\u00e9 ok'), '\u00ff\u00e9 ok');
  const wide = 'Kyiv \u2019s offer';
  assert.equal(oneByte(wide), wide);
});
