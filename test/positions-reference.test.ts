// Issues named by reference ("this proposal", "such a deployment", "the plan"): the phrase
// stands for the issue named just before it in the paragraph.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';
import type { ExtractRecord } from '../src/pipeline/record.js';

function triples(r: ExtractRecord): string[] {
  const name = (id: string) => r.actors.find((a) => a.id === id)?.name ?? id;
  return r.positions.map((p) => `${name(p.holder)} ${p.stance} ${p.issue}`).sort();
}

test('reference: "rejected this move" takes the issue of the sentence before', () => {
  const r = extract('Title\n\nParis plans to station a reassurance force of peacekeepers near Odesa. Moscow rejected this move on Friday.');
  assert.ok(triples(r).includes('Russia reject peacekeepers'), triples(r).join('; '));
});

test('reference: a demonstrative earlier in the same sentence refers to its issue', () => {
  const r = extract('Title\n\nBaku keeps tying the release of detainees to new terms, but Armenia does not agree with this position.');
  assert.ok(triples(r).includes('Armenia reject prisoners'), triples(r).join('; '));
});

test('reference: no issue is carried across a paragraph break', () => {
  const r = extract('Title\n\nParis plans to station a reassurance force of peacekeepers near Odesa.\n\nMoscow rejected this move on Friday.');
  assert.ok(!triples(r).includes('Russia reject peacekeepers'), triples(r).join('; '));
});

test('reference: "the idea of ..." names its own content and refers to nothing', () => {
  const r = extract('Title\n\nParis wants a ceasefire by spring. Berlin welcomed the idea of a new summit venue.');
  assert.ok(!triples(r).some((t) => t.startsWith('Germany') && t.endsWith('ceasefire')), triples(r).join('; '));
});

test('reference: "rejected it" right after the verb takes the issue of the sentence before', () => {
  const r = extract('Title\n\nParis plans to station a reassurance force of peacekeepers near Odesa. Moscow swiftly rejected it on Friday.');
  assert.ok(triples(r).includes('Russia reject peacekeepers'), triples(r).join('; '));
});

test('reference: "wants it to" is a pronoun subject, no reference', () => {
  const r = extract('Title\n\nParis plans to station a reassurance force of peacekeepers near Odesa. Moscow rejects it to be sure.');
  assert.ok(!triples(r).includes('Russia reject peacekeepers'), triples(r).join('; '));
});
