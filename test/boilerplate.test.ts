import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, covered } from './helpers.js';

const ARTICLE = `Leaders meet in Rome

Giorgia Meloni

Italy's prime minister arrives at the summit (Image: Getty Images)

Italian Prime Minister Giorgia Meloni met European leaders in Rome on Tuesday to discuss support for Ukraine.

READ MORE: Five things to know about the summit

Sign up for our free daily newsletter now

This will close in 10 seconds

Reporting by Anna Rossi; Editing by John Smith
`;

test('boilerplate: a photo credit is reported as credit and its caption line as caption', () => {
  const r = extract(ARTICLE);
  const reasons = r.removed.map((s) => [s.reason, covered(r, s)]);
  assert.deepEqual(reasons.find(([reason]) => reason === 'credit'), ['credit', '(Image: Getty Images)']);
  assert.ok(reasons.some(([reason, text]) => reason === 'caption' && text === "Italy's prime minister arrives at the summit"));
});

test('boilerplate: the lone name line above a caption is part of the caption', () => {
  const r = extract(ARTICLE);
  assert.ok(r.removed.some((s) => s.reason === 'caption' && covered(r, s) === 'Giorgia Meloni'));
});

test('boilerplate: read-more plugs, newsletters, pop-ups and desk credits are removed, prose is not', () => {
  const r = extract(ARTICLE);
  const texts = r.removed.map((s) => covered(r, s));
  assert.ok(texts.includes('READ MORE: Five things to know about the summit'));
  assert.ok(texts.includes('Sign up for our free daily newsletter now'));
  assert.ok(texts.includes('This will close in 10 seconds'));
  assert.ok(texts.includes('Reporting by Anna Rossi; Editing by John Smith'));
  assert.ok(!texts.some((t) => t.includes('met European leaders')));
});

test('boilerplate: removed spans never change document.text and the title is not removed', () => {
  const r = extract(ARTICLE);
  assert.equal(r.document.text, ARTICLE);
  assert.equal(r.document.title, 'Leaders meet in Rome');
  assert.ok(r.removed.every((s) => s.start >= 'Leaders meet in Rome'.length));
});

test('boilerplate: a wire dateline is removed but the paragraph it opens is kept', () => {
  const r = extract('Title\n\nMOSCOW, Feb 10 (Reuters) - Russia said on Monday that talks would resume.\n');
  assert.deepEqual(r.removed.map((s) => [s.reason, covered(r, s)]), [['byline', 'MOSCOW, Feb 10 (Reuters) - ']]);
});

test('boilerplate: a line that is only a photo credit is a credit, a sentence naming an agency is not', () => {
  const r = extract('Title\n\nAFP via Getty Images\n\nSergei Supinsky/AFP\n\nReuters reported that talks resumed in Geneva.\n');
  assert.deepEqual(r.removed.map((s) => [s.reason, covered(r, s)]), [['credit', 'AFP via Getty Images'], ['credit', 'Sergei Supinsky/AFP']]);
});

test('boilerplate: a wire dateline without a city is removed too, its paragraph kept', () => {
  const r = extract('Title\n\nMar 3 (Reuters) - Kyiv has not yet seen a written draft of the new plan.');
  assert.equal(r.removed.length, 1);
  assert.equal(covered(r, r.removed[0]), 'Mar 3 (Reuters) - ');
});
