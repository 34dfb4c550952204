// The cue scan (src/lexicons/cue-pattern.ts) against the regular expression the cues were compiled
// to before it: the same matches on any text, without that expression's quadratic backtracking.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cuePieces, matchPiecesAt, CueText } from '../src/lexicons/cue-pattern.js';
import { findCues } from '../src/lexicons/index.js';

/** The expression a cue used to compile to (src/lexicons/index.ts before the scan), as the reference. */
function reference(cue: string): RegExp {
  const parts = cue.trim().split(/\s+/).map((w) => {
    if (w === '...') return null;
    const star = w.endsWith('*');
    const word = (star ? w.slice(0, -1) : w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
    return star ? `${word}[\\w\\u00C0-\\u024F'’-]*` : word;
  });
  let src = '';
  parts.forEach((p, i) => {
    // (A gap's words keep the dots of an abbreviation: "asked the U.N. Security Council to".)
    if (p === null) { src += "(?:[\\s,]+[\\w\\u00C0-\\u024F'’.-]+){0,4}"; return; }
    src += i === 0 ? p : (parts[i - 1] === null ? '[\\s,]+' : '\\s+') + p;
  });
  return new RegExp(`(?<![\\w\\u00C0-\\u024F])${src}(?![\\w\\u00C0-\\u024F])`, 'gi');
}

function scanAll(cue: string, text: string): [number, number][] {
  const pieces = cuePieces(cue);
  const scan = new CueText(text);
  const out: [number, number][] = [];
  for (let at = 0; at <= text.length; at++) {
    if (scan.isWordAt(at - 1)) continue;
    const end = matchPiecesAt(pieces, scan, at);
    if (end < 0) continue;
    out.push([at, end]);
    if (end > at) at = end - 1;
  }
  return out;
}

const cues = ['join ... nato', 'withdraw*', "won't", 'cease-fire', 'u.n. force', 'peace-keep* ... troops', 'talks ... ... deal', 'x ... ,y', 'a * b', '... talks', 'talks ...', 'said.'];
const pieces = ['join', 'JOIN', 'the', 'nato', 'NATO', 'withdraw', 'Withdrawals', "won't", 'won’t', 'cease-fire', 'u.n.', 'U.N.', 'force', 'peace-keeping', 'troops', 'talks', 'deal', 'x', ',y', 'a', 'b', 'said.', 'é', 'ß', 'ſ', 'K', '-', "'", '’', ',', ' ', ' ', '  ', '\n', '\u00a0', '.', '1'];

test('cue scan: the same matches as the expression cues were compiled to, on any text', () => {
  fc.assert(fc.property(fc.constantFrom(...cues), fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (cue, words) => {
    const text = words.join('');
    const expected = [...text.matchAll(reference(cue))].map((m): [number, number] => [m.index!, m.index! + m[0].length]);
    assert.deepEqual(scanAll(cue, text), expected);
  }), { numRuns: 3000 });
});

test('cue scan: a gap takes the most words it can; a star the whole word', () => {
  assert.deepEqual(findCues('join the NATO nato alliance', ['join ... nato']).map((h) => [h.start, h.end]), [[0, 18]]);
  assert.deepEqual(findCues('anti-withdrawal-minded', ['withdraw*']).map((h) => [h.start, h.end]), [[5, 22]]);
});

test('cue scan: a gap takes a word with the dots of an abbreviation ("asked the U.N. Security Council to")', () => {
  assert.deepEqual(findCues('asked the U.N. Security Council to act', ['asked ... to']).map((h) => [h.start, h.end]), [[0, 34]]);
  assert.deepEqual(findCues('urged the U.S. to lift', ['urged ... to']).map((h) => [h.start, h.end]), [[0, 17]]);
});

test('cue scan: a star inside a long run of word characters and apostrophes is scanned once', () => {
  // "w'w'w'…": every "w" after an apostrophe starts a word; the expression retried the run from each.
  const run = "withdraw'".repeat(20_000);
  assert.deepEqual(findCues(run + ' later', ['withdraw* now']), []);
  assert.deepEqual(findCues(run + ' now', ['withdraw* now']).map((h) => [h.start, h.end]), [[0, run.length + 4]]);
});

test('positions: "not ... without" found as the expression that walked each clause found it', async () => {
  const { refusalsUntil } = await import('../src/extract/positions/cues.js');
  const far = /\b(?:not|never|no|won't|cannot|can't)\b(?:(?![,;.]\s)[^,;])*?\b(without|unless|until)\b/gi;
  const bits = ['not', 'NOT', 'never', 'no', 'nothing', "won't", 'cannot', "can't", 'without', 'Unless', 'until', 'untill', 'sign', ' ', ' ', ',', ';', '.', '. ', '.\n', 'a', '-'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...bits), { maxLength: 24 }), (parts) => {
    const text = parts.join('');
    const expected = [...text.matchAll(far)].map((m) => ({ index: m.index!, length: m[0].length, word: m[1] }));
    assert.deepEqual(refusalsUntil(text), expected);
  }), { numRuns: 5000 });
});

test('positions: "made ... a condition" found as the expression that walked each clause found it', async () => {
  const { madeConditions } = await import('../src/extract/positions/cues.js');
  const made = /\b(?:made|makes|make|making)\s+((?:(?![,;.]\s)[^,;])*?)\s+an?\s+(?:pre-?)?condition\b/gi;
  const bits = ['made', 'MAKES', 'make', 'making', 'makeshift', 'a', 'an', 'A', 'condition', 'precondition', 'pre-condition', 'conditions', 'the', 'return', ' ', ' ', '  ', '\n', ',', ';', '.', '. ', '-'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...bits), { maxLength: 24 }), (parts) => {
    const text = parts.join('');
    const expected = [...text.matchAll(made)].map((m) => ({ index: m.index!, length: m[0].length }));
    assert.deepEqual(madeConditions(text), expected);
  }), { numRuns: 10000 });
});
