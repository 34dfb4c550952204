// The rules the seventh and eighth blind batches of scraped pages asked for (test/fixtures/boilerplate-7
// and boilerplate-8), each on
// invented lines: what they take, and the prose beside it that they leave.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPleaBlocks } from '../src/clean/boilerplate/plugs.js';
import { findRelatedBlocks } from '../src/clean/boilerplate/related-blocks.js';
import { splitLines } from '../src/doc/lines.js';
import { removedTexts, plugRule, captionRules, P1, P2 } from './boilerplate-helpers.js';

test('plugs: an editor\'s note on the page\'s versions goes, one on the story\'s people stays', () => {
  assert.equal(plugRule('Editor\'s note: This story has been updated with the governor\'s comments.'), 'editor-note');
  assert.equal(plugRule('Editor\'s note: The Harbour Courier is not naming the three fishermen, who fear arrest.'), null);
  assert.equal(plugRule('Editor\'s note: The names of the two nurses have been changed to protect them.'), null);
  assert.equal(plugRule('Editor\'s note: Our reporter withheld the full names of the witnesses at their request.'), null);
});

test('plugs: a view counter, the comment form\'s rules and state, a comment prompt with more words', () => {
  assert.equal(plugRule('This article has been viewed 4,512 times.'), 'view-count');
  assert.equal(plugRule('2,310 views'), 'view-count');
  assert.equal(plugRule('Comments will be moderated. Please keep them on topic and civil.'), 'comment-form');
  assert.equal(plugRule('Commenting on this article has been disabled.'), 'comment-form');
  assert.equal(plugRule('Comments – Please log in to comment.'), 'comment-form');
  assert.equal(plugRule('Join the discussion and win prizes in our weekly quiz.'), 'comment-prompt');
  // Prose with the same words stays.
  assert.equal(plugRule('Public comments will be reviewed by the commission before the ceasefire law goes to a vote.'), null);
  assert.equal(plugRule('The border crossing has been viewed by traders as a lifeline for the region since 2019.'), null);
  assert.equal(plugRule('"Join the discussion at the table, not on the battlefield," the envoy told the rebels.'), null);
});

test('plugs: "X is now on WhatsApp", "Follow our channel", "comment on our Facebook page", "Listen to this article:"', () => {
  assert.equal(plugRule('The Harbour Courier is now on Telegram. Follow our channel for the day\'s main stories.'), 'follow-us');
  assert.equal(plugRule('Follow our channel for breaking news from the islands.'), 'follow-us');
  assert.equal(plugRule('Have an account? Become a fan and comment on our Facebook page!'), 'follow-us');
  assert.equal(plugRule('Listen to this article:'), 'share-bar');
  assert.equal(plugRule('"We posted the list on our Facebook page," the mayor said.'), null);
  assert.equal(plugRule('Follow-up talks are planned for April in the capital, the ministry said.'), null);
});

test('plugs: a translation credit with "and edited" goes; a sentence about a translated statement stays', () => {
  assert.equal(plugRule('This article was translated and edited by the Levant Monitor.'), 'translation-note');
  assert.equal(plugRule('Edited and translated by Harbour Courier staff'), 'translation-note');
  assert.equal(plugRule('The statement, translated by the UN mission, said the fighters would leave the town by Friday.'), null);
});

test('plea block: a sentence on journalism in general words right above a plea goes; a sentence of the story stays', () => {
  const lead = 'In hard times, honest journalism matters more than ever.';
  const text = [P1, lead, 'By subscribing, you can help us keep reporting.', 'Subscribe now'].join('\n');
  assert.ok(findPleaBlocks(splitLines(text)).some((r) => text.slice(r.start, r.end) === lead));
  const story = 'Independent journalism in Myanmar has been under attack since the coup.';
  const text2 = [P1, story, 'By subscribing, you can help us keep reporting.'].join('\n');
  assert.ok(!findPleaBlocks(splitLines(text2)).some((r) => text2.slice(r.start, r.end) === story));
});

test('captions: "| Agency" and "(Agency/Courtesy of X)" after the caption\'s stop', () => {
  assert.ok(captionRules('Fishermen mend their nets in the harbour on Monday. | Reuters').includes('photo-credit'));
  assert.ok(captionRules('Families shelter in a school in the hills on March 2, 2026. (Antara/Courtesy of the district office)').includes('photo-credit'));
  assert.ok(captionRules('Villagers queue for water in the town on Sunday. (Courtesy of the Red Cross)').includes('photo-credit'));
  assert.deepEqual(captionRules('Talks resumed on Monday, with the courtesy of both sides noted by the mediators.'), []);
});

test('related blocks: a table of contents and its entries, numbered or not, up to the prose', () => {
  const text = ['Contents', '1. The fight for the port', '2. What the police said', P1, P2].join('\n');
  const got = findRelatedBlocks(splitLines(text)).map((r) => text.slice(r.start, r.end));
  assert.deepEqual(got, ['1. The fight for the port', '2. What the police said']);
  assert.ok(!removedTexts(['Title', '', P1, 'Contents', '1. The fight for the port', P2].join('\n')).includes(P2));
});

test('plugs and plea blocks: a messenger channel\'s plug, a plea\'s heading in the outlet\'s words and its long paragraph', () => {
  assert.equal(plugRule('Join the Courier\'s WhatsApp channel and get our top stories every morning.'), 'follow-us');
  assert.equal(plugRule('Be Part of Quality Journalism'), 'plea-head');
  assert.equal(plugRule('Stand for independent journalism!'), 'plea-head');
  const plea = 'Reporting takes time and money. Our reporters work long hours to cover what matters to you, and we depend on readers to keep going while advertising falls.';
  const text = [P1, 'Be Part of Quality Journalism', plea, 'ACT NOW'].join('\n');
  assert.ok(findPleaBlocks(splitLines(text)).some((r) => text.slice(r.start, r.end) === plea));
  // Prose with the same words stays.
  assert.equal(plugRule('Join the talks or face sanctions, the envoy warned the rebels in a Telegram channel post.'), null);
  assert.equal(plugRule('The ministry said it would fund journalism training for 40 local reporters.'), null);
});

test('related blocks: a summary\'s points with no full stop under its heading, up to the first paragraph', () => {
  const pts = ['Governor says two people injured', 'Ferry services suspended for the day'];
  const lead = `${P1.slice(0, -1)}, in the first meeting since the ferry routes were closed by the navy in January.`;
  const text = ['Summary', ...pts, lead, P2].join('\n');
  assert.deepEqual(findRelatedBlocks(splitLines(text)).map((r) => text.slice(r.start, r.end)), pts);
  // Points that are sentences (a dek) stay: they read as the article's first lines.
  const text2 = ['Key points', 'The army says two soldiers were injured.', P1].join('\n');
  assert.deepEqual(findRelatedBlocks(splitLines(text2)), []);
  // No long first paragraph after them: maybe a list of the article's own, not a summary.
  const text3 = ['Highlights', 'Two bridges reopened', 'Curfew lifted'].join('\n');
  assert.deepEqual(findRelatedBlocks(splitLines(text3)), []);
});
