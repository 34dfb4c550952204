// The rules the ninth and tenth blind batches of scraped pages asked for (test/fixtures/boilerplate-9, -10), each on
// invented lines: what they take, and the prose beside it that they leave.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBylines } from '../src/clean/boilerplate/bylines.js';
import { findRelatedBlocks } from '../src/clean/boilerplate/related-blocks.js';
import { splitLines } from '../src/doc/lines.js';
import { removedTexts, plugRule, captionRules, P1, P2 } from './boilerplate-helpers.js';

const bylineRules = (line: string) => findBylines(splitLines(line)).map((r) => r.rule);

test('plugs: a portal\'s "Read the original article on X.", "Tagged:", "Categories:", "Related topic"', () => {
  assert.equal(plugRule('Read the original article on The Harbour Courier.'), 'read-original');
  assert.equal(plugRule('Tagged:'), 'related-heading');
  assert.equal(plugRule('Related topic'), 'related-heading');
  assert.equal(plugRule('Categories:'), 'related-heading');
  assert.equal(plugRule('« Previous Post Next Post »'), 'pager');
  assert.equal(plugRule('Next article'), 'pager');
  assert.equal(plugRule('Read the original statement of the ministry before you judge, the envoy told reporters.'), null);
  assert.equal(plugRule('Don\'t miss the chance for peace, the mediator told both delegations on Monday.'), null);
});

test('plugs: terms of reproduction in other words, a syndication note, an outlet\'s publisher', () => {
  assert.equal(plugRule('Harbour Courier news may be reproduced as long as the author and the Harbour Courier are credited.'), 'copyright');
  assert.equal(plugRule('Reproduction of texts from this portal is allowed only with the indication of the source, Valletta Online.'), 'copyright');
  assert.equal(plugRule('This report is auto-generated from the Islands News Service. The Courier holds no responsibility for its content.'), 'editor-note');
  assert.equal(plugRule('The Harbour Courier is part of Meridian Media Corp.'), 'publisher-note');
  assert.equal(plugRule('The disputed island is part of the Meridian Group archipelago, the ministry said.'), null);
  assert.equal(plugRule('The town is part of Gozo Holdings.'), null);
  assert.equal(plugRule('The ceasefire text may be reproduced in full in the official gazette next week, the clerk said.'), null);
});

test('plugs: a share prompt, "Follow X on", a comments section withdrawn, a translation\'s edition', () => {
  assert.equal(plugRule('You can share this story on social media:'), 'share-bar');
  assert.equal(plugRule('Follow Harbour Courier on'), 'follow-us');
  assert.equal(plugRule('Dear readers! Due to attacks on our site, we have had to remove the comments section.'), 'comment-form');
  assert.equal(plugRule('Edited translation from Al-Ahali'), 'translation-note');
  assert.equal(plugRule('The army said it would remove the checkpoints in the comments it sent to the mediators.'), null);
});

test('plugs: a PDF\'s page numbers, a release\'s end mark and its contacts heading', () => {
  assert.equal(plugRule('Page 1 of 3'), 'page-number');
  assert.equal(plugRule('Page 2'), 'page-number');
  assert.equal(plugRule('- ENDS -'), 'end-mark');
  assert.equal(plugRule('ENDS'), 'end-mark');
  assert.notEqual(plugRule('-30-'), null);
  assert.equal(plugRule('30'), null);
  assert.equal(plugRule('For further information, please contact:'), 'contacts-heading');
  assert.equal(plugRule('Media contacts:'), 'contacts-heading');
  assert.equal(plugRule('Page after page of the report lists the names of the missing.'), null);
  assert.equal(plugRule('The fighting ends only when both armies pull back, the envoy said.'), null);
});

test('bylines: a credit\'s label and names, an agency\'s slug with its letters, a dateline ending in a colon', () => {
  assert.deepEqual(bylineRules('Translation: Maria Bonnici'), ['desk-credits']);
  assert.deepEqual(bylineRules('Edition: Karl Azzopardi'), ['desk-credits']);
  assert.deepEqual(bylineRules('Translation: the text was agreed by both sides on Monday.'), []);
  assert.deepEqual(bylineRules('MNA/jb/ks'), ['desk-slug']);
  assert.deepEqual(bylineRules('HCN/jb'), ['desk-slug']);
  const text = 'VALLETTA, Mar 18 (ANI): Negotiators met in the capital on Tuesday for a new round of talks.';
  const spans = findBylines(splitLines(text));
  assert.deepEqual(spans.map((r) => text.slice(r.start, r.end)), ['VALLETTA, Mar 18 (ANI): ']);
  const slug = 'HCN12-03 VALLETTA, Mar 18 (APP):';
  assert.deepEqual(findBylines(splitLines(slug)).map((r) => slug.slice(r.start, r.end).trim()), [slug]);
});

test('captions: "File photo: X" after the stop, "(file photo)." with its stop; an agency\'s sign-off stays', () => {
  assert.ok(captionRules('Fishermen wait on the quay in Marsaxlokk. File photo: Courier').includes('photo-credit'));
  assert.ok(captionRules('Map of the northern harbour (file photo).').includes('caption-with-credit'));
  assert.ok(captionRules('Soldiers walk past the harbour wall on Monday. (Photo supplied)').includes('photo-credit'));
  const page = ['Talks in Valletta', '', 'VALLETTA, March 18 (ANI): Negotiators met in the capital on Tuesday for a new round of talks, officials said.', P2, 'Further details are awaited. (ANI)'].join('\n');
  assert.deepEqual(removedTexts(page).filter((t) => /awaited|ANI\)$/.test(t)), []);
});

test('related block: a headline that ends in its closing quote is a headline', () => {
  const text = ['Also read:', 'Minister says island talks \'entering final phase\'', 'Court jails six over harbour protests', P1].join('\n');
  const taken = findRelatedBlocks(splitLines(text)).map((r) => text.slice(r.start, r.end));
  assert.deepEqual(taken, ['Minister says island talks \'entering final phase\'', 'Court jails six over harbour protests']);
});

test('article span: a live page\'s entries with a short quote between, and a list under a line ending in a colon, stay', () => {
  const live = ['Live: talks in Valletta', '', 'Harbour Courier', '13:05', P1, '12:48', P2,
    'A source close to the talks said the delegations would meet again on Thursday morning.', '12:20', 'Related Articles', 'Minister meets envoy on reconstruction',
    'The opposition leader said his party would not back the agreement in its current form.', '"Nobody should count on our silence."', '11:35',
    'The coast guard said it had sent two more patrol boats to the northern harbour overnight.', 'Comments 4', 'Add your comment', 'Copyright © 2026 Harbour Courier. All rights reserved.'].join('\n');
  const taken = removedTexts(live);
  assert.ok(!taken.some((t) => /silence|coast guard|opposition leader/.test(t)), JSON.stringify(taken));
  const list = ['Talks in Valletta', '', 'Harbour Courier', P1, P2, 'RELATED:', 'Island mayors killed so far this year, report says',
    'The fishermen\'s spokesman said the union demanded:', 'Guarantees for the safety of its boats', 'The end of patrols in the northern bay', 'Fuel at last year\'s price',
    'The ministry said it would answer the demands within a week.', 'Tags', 'Malta', 'Fishing'].join('\n');
  const taken2 = removedTexts(list);
  assert.ok(!taken2.some((t) => /Guarantees|patrols|Fuel|demanded|answer the demands/.test(t)), JSON.stringify(taken2));
});

test('page foot: paragraphs below a copyright line or a release\'s end mark are the page\'s; an outlet\'s blurb under its name', () => {
  const page = ['Talks in Valletta', '', P1, P2, 'The mediators will report to the council next week, a spokesman said.', 'Copyright © 2026 Harbour Courier. All rights reserved.',
    'Harbour Courier publishes about 300 reports a day from more than 50 news organisations, representing a range of views on every topic.'].join('\n');
  assert.ok(removedTexts(page).some((t) => t.startsWith('Harbour Courier publishes')));
  const release = ['Talks in Valletta', '', P1, P2, 'The mediators will report to the council next week, a spokesman said.', '- ENDS -',
    'The Island Relief Society helps people affected by storms and conflict, working with its partners in every town of the islands.'].join('\n');
  assert.ok(removedTexts(release).some((t) => t.startsWith('The Island Relief Society helps')));
  const blurb = ['Talks in Valletta', '', 'Valletta Times', P1, P2, 'The mediators will report to the council next week, a spokesman said.', 'Valletta Times',
    'Valletta Times is a leading news portal in English in Malta. It publishes news from the islands and the world.'].join('\n');
  assert.ok(removedTexts(blurb).some((t) => t.startsWith('Valletta Times is a leading')));
  // In the story, a sentence on a news outlet stays.
  const story = ['Talks in Valletta', '', P1, 'The Island Herald is an independent news portal that was raided by police in 2024, its editor said.', P2].join('\n');
  assert.ok(!removedTexts(story).some((t) => t.includes('Island Herald')));
});

test('plugs (batch 10): "You can follow X on ...", a report\'s note on who produced it', () => {
  assert.equal(plugRule('You can follow the Harbour Courier on Twitter, Facebook and Instagram.'), 'follow-us');
  assert.equal(plugRule('This update is produced by the Island Relief Office with its partners. It covers 1 to 3 March.'), 'report-note');
  assert.equal(plugRule('You can follow the talks only from the gallery, the clerk told reporters.'), null);
  assert.equal(plugRule('The report was produced by the UN panel of experts and names three commanders.'), null);
});
