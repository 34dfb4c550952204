// The rules added for pages scraped whole from outlets of many regions, each on invented lines:
// what they take, and the prose next to it that they leave.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCaptions } from '../src/clean/boilerplate/captions.js';
import { findBylines } from '../src/clean/boilerplate/bylines.js';
import { isStamp } from '../src/clean/boilerplate/stamps.js';
import { splitLines } from '../src/doc/lines.js';
import { removedTexts, plugRule } from './boilerplate-helpers.js';

const bylineRule = (line: string) => findBylines(splitLines(line))[0]?.rule ?? null;

const P1 = 'Delegations of the two governments met in Valletta on Tuesday for a new round of talks on the border, officials said.';
const P2 = 'The foreign minister told reporters that both sides had agreed to meet again next month in the capital.';
const P3 = 'Mediators said a further meeting on the exchange of prisoners was planned for April, after consultations.';

test('plugs: cookie notices, however long, are removed; a sentence on cookies as food is not', () => {
  assert.equal(plugRule('We use cookies to give you the best possible experience. Learn more about how we use cookies.'), 'cookie-notice');
  assert.equal(plugRule('By continuing to browse this website, you agree to our use of cookies. For more information, see our Cookies Policy.'), 'cookie-notice');
  assert.equal(plugRule('Aid workers handed out biscuits and cookies to the children waiting at the crossing on Monday.'), null);
});

test('plugs: pleas for money and paywall counters are promos', () => {
  assert.equal(plugRule('Please consider a donation to the Harbour Courier.'), 'support-us');
  assert.equal(plugRule('Choose to support open, independent, quality journalism and subscribe on a monthly basis.'), 'support-us');
  assert.equal(plugRule('Support the Courier or become our patron!'), 'support-us');
  assert.equal(plugRule('Already a member? Sign in to stop seeing this'), 'support-us');
  assert.equal(plugRule('We’re pleased that you’ve read 12 Harbour Courier articles in the past month.'), 'support-us');
  assert.equal(plugRule('Your contribution helps keep our journalism independent.'), 'support-us');
  assert.equal(plugRule('By subscribing to our newspaper, you can also win a free book.'), 'support-us');
  assert.equal(plugRule('Support Courier'), 'support-button');
  assert.equal(plugRule('Donate'), 'page-widget');
  // "by signing up" in prose, with no "you" after it, is the article's.
  assert.equal(plugRule('By signing up to the truce, the rebels gained access to the port, the envoy said.'), null);
  assert.equal(plugRule('The envoy said that the two sides must support the monitoring mission in the north.'), null);
});

test('plugs: a follow line naming the outlet, subscribing on social media, and the comment form', () => {
  assert.equal(plugRule('Follow Harbour Courier English:'), 'follow-us');
  assert.equal(plugRule('Subscribe to HC on social media'), 'follow-us');
  assert.equal(plugRule('You must be logged in to post a comment.'), 'comment-form');
  assert.equal(plugRule('Follow these steps:'), null);
});

test('plugs: "Top News Today", "Lire aussi :", "Read Comments", a language switcher heading', () => {
  assert.equal(plugRule('Top News Today'), 'related-heading');
  assert.equal(plugRule('Lire aussi :'), 'related-heading');
  assert.equal(plugRule('Read Comments'), 'page-widget');
  assert.equal(plugRule('Read the article in:'), 'page-widget');
});

test('plugs: terms of reproducing an outlet\'s text are its copyright line', () => {
  assert.equal(plugRule('Reproduction of materials is permitted only with a hyperlink to the Harbour Courier.'), 'copyright');
});

test('bylines: a translator\'s credit and an editorial team\'s byline', () => {
  assert.equal(bylineRule('Translation by Anna Novak'), 'desk-credits');
  assert.equal(bylineRule('La rédaction'), 'agency-byline');
});

test('stamps: "p. m.", and a reading time after its label', () => {
  assert.ok(isStamp('03 mar 2026 - 06:15 p. m.'));
  assert.ok(isStamp('Reading time: 2 min'));
  assert.ok(!isStamp('Talks resumed at 6 pm on Monday in the capital of the province.'));
});

test('captions: a bare agency, "Photo NAME" or "XX/Name" after the caption\'s full stop is its credit', () => {
  for (const line of [
    'A road leading to the port, which has been under siege since 2015. AFP',
    'Fighters of the group in the hills in January 2025. Photo HARBOUR.CD.',
    'Deminers at work in a rice field in the border province. HC/Anna Novak',
  ]) {
    const found = findCaptions(splitLines(line));
    assert.deepEqual(found.map((r) => r.reason).sort(), ['caption', 'credit'], line);
  }
  // Prose that ends in a name is not a credit.
  assert.deepEqual(findCaptions(splitLines('The talks ended on Monday. Reuters could not verify the claim.')), []);
});

test('captions: a bracketed "(photo credit: ...)" line and an "AA" line close the caption above', () => {
  const lines = splitLines('Peacekeepers patrol near the line of withdrawal, January 2026.\n(photo credit: REUTERS/ANNA NOVAK)\nTwo ministers pose for a photo in the capital.\nAA');
  const reasons = findCaptions(lines).map((r) => r.reason);
  assert.deepEqual(reasons.sort(), ['caption', 'caption', 'credit', 'credit']);
});

test('page edges: the headline repeated below many menu lines is no standfirst', () => {
  const title = 'Government and rebels resume peace talks in the capital';
  const menus = ['Home', 'World', 'Politics', 'Economy', 'Sport', 'Culture', 'Opinion', 'Video', 'Podcasts', 'Weather', 'Inicio', 'Politics'];
  const text = [title, '', ...menus, title, P1, P2, P3, 'Share', 'Related', '© 2026 The Courier'].join('\n') + '\n';
  const removed = removedTexts(text);
  assert.ok(removed.includes(title), 'headline again');
  for (const p of [P1, P2, P3]) assert.ok(!removed.some((r) => r.includes(p)));
});

test('page edges: a section label between a caption and a stamp inside the article\'s top is removed', () => {
  const text = ['Talks resume', '', 'Home', P1, 'Delegates at a previous round of talks. Photo: Presidency', 'Politics', '03 mar 2026 - 06:15 p. m.', P2, P3, '© 2026 The Courier'].join('\n') + '\n';
  assert.ok(removedTexts(text).includes('Politics'));
});

test('page edges: paragraphs under "Comments" well below the article are the page\'s; under a share bar\'s "Comments" right after it, the article\'s', () => {
  const rules1 = 'Comments have to be in English, and in full sentences. They cannot be abusive or personal, please.';
  const rules2 = 'We have migrated to a new commenting platform. If you are a registered user, you may continue to engage.';
  const far = ['Talks resume', '', P1, P2, P3, 'Share', 'Print', 'Email', 'Topics', 'Most Read', 'Comments', rules1, rules2, '© 2026 The Courier'].join('\n') + '\n';
  const removed = removedTexts(far);
  assert.ok(removed.includes(rules1) && removed.includes(rules2));
  for (const p of [P1, P2, P3]) assert.ok(!removed.some((r) => r.includes(p)));
  const P4 = 'A spokesman for the rebels said on the radio that the group welcomed the talks and would attend.';
  const near = ['Talks resume', '', P1, P2, 'Comments', P3, P4, 'Share', '© 2026 The Courier'].join('\n') + '\n';
  assert.ok(!removedTexts(near).some((r) => r.includes(P3) || r.includes(P4)));
});

test('page edges: an author\'s bio in the page\'s foot, far from its end, is removed', () => {
  const bio = 'Anna Novak is a news editor at the Harbour Courier. She previously worked as a freelance journalist in Kyiv.';
  const text = ['Talks resume', '', P1, P2, P3, 'Consider supporting the Courier.', 'Anna Novak', 'News Editor', bio, 'Read more', 'News Feed', 'Drones hit apartment block', 'March 3, 2026 3:58 PM', 'Ministers to discuss sanctions', 'March 3, 2026 3:10 PM', 'About us', 'Privacy Policy', '© 2026 The Courier'].join('\n') + '\n';
  assert.ok(removedTexts(text).includes(bio));
});

test('page edges: "Leave a Reply Cancel reply" opens readers\' comments', () => {
  const text = ['Talks resume', '', P1, P2, P3, 'Leave a Reply Cancel reply', 'Nice article, but the talks will fail again as they did last year in the spring.', '© 2026 The Courier'].join('\n') + '\n';
  assert.ok(removedTexts(text).some((r) => r.startsWith('Nice article')));
});

test('related blocks: numbered headlines under "Most Read" go; the paragraph after an in-article "end of list" stays', () => {
  const P4 = 'The fighting, which began two years ago, has displaced more than a million people, according to the United Nations.';
  const page = ['Talks resume in Valletta', '', P1, '', 'Advertisement', '', P2, '', 'Most Read', '1. Harbour strike kills four as ferry service halts', '2. Minister says deal on fishing rights is close', '',
    'Recommended Stories', 'list of 2 items', 'Rebels sign charter for a rival council', 'Envoy visits the northern islands', 'end of list', '', P4, '', 'Source: news agencies', '© 2025 Harbour Courier. All rights reserved.'].join('\n');
  const removed = removedTexts(page);
  assert.ok(removed.includes('1. Harbour strike kills four as ferry service halts'), removed.join('\n'));
  assert.ok(removed.includes('2. Minister says deal on fishing rights is close'), removed.join('\n'));
  assert.ok(!removed.some((r) => r.includes('The fighting, which began')), removed.join('\n'));
  assert.ok(!removed.some((r) => r.includes(P1.slice(0, 30)) || r.includes(P2.slice(0, 30))), removed.join('\n'));
});
