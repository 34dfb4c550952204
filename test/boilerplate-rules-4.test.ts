// The rules the fourth blind batch of scraped pages asked for (test/fixtures/boilerplate-4), each on
// invented lines: what they take, and the prose beside it that they leave.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBylines } from '../src/clean/boilerplate/bylines.js';
import { splitLines } from '../src/doc/lines.js';
import { removedTexts, plugRule, captionRules, P1, P2 } from './boilerplate-helpers.js';

const P3 = 'Mediators said a further meeting on the exchange of prisoners was planned for April, after consultations.';

test('bylines: the bio of the byline\'s author is removed wherever the page puts it, and their name alone with it', () => {
  const lines = ['Talks resume', '', 'By Ana Vidal and Tomas Berg', P1, P2, 'Tomas Berg covers the Balkans for the paper\'s foreign desk.', 'Ana Vidal', 'Ana Vidal is Balkans editor at the Harbour Courier.', 'Leave a Reply', 'Name *', 'Email *', 'Post Comment', 'Related', 'Another story', 'More', 'Footer'];
  const removed = findBylines(splitLines(lines.join('\n'))).map((r) => r.rule);
  assert.deepEqual(removed.sort(), ['author-bio', 'author-bio', 'author-name', 'by-author']);
  // A line about someone the byline does not name, in the middle of the page, stays.
  const other = ['Talks resume', '', 'By Ana Vidal', P1, 'Marko Petrov covers the talks for state television, which has backed the government.', P2, P3, 'x', 'y', 'z', 'w', 'v', 'u'];
  assert.deepEqual(findBylines(splitLines(other.join('\n'))).map((r) => r.rule), ['by-author']);
});

test('captions: a photo "via" or "courtesy of" someone, a photographer\'s credit, and a caption marked old', () => {
  assert.deepEqual(captionRules('Photo via the Ministry of Defence of the Republic'), ['credit-line']);
  assert.ok(captionRules('Photographer: Lena Ortiz/Bloomberg').includes('photo-credit'));
  assert.deepEqual(captionRules('Soldiers at a checkpoint outside Benghazi (Archive)'), ['caption-with-credit', 'photo-credit']);
  assert.deepEqual(captionRules('The crossing at the border stayed closed on Friday. (File photo)'), ['caption-with-credit', 'photo-credit']);
  // Prose that mentions a photo or an archive is no caption.
  assert.deepEqual(captionRules('Photos from the scene showed smoke rising over the port after the strike, residents said.'), []);
  assert.deepEqual(captionRules('The documents were found in the national archive, the ministry said.'), []);
});

test('plugs: syndication notes, comment disclaimers, a publisher\'s note, a search-engine plug, bare labels', () => {
  assert.equal(plugRule('(Except for the headline, this story has not been edited by Harbour Courier staff and is published from a syndicated feed.)'), 'editor-note');
  assert.equal(plugRule('Harbour Courier is not responsible for the content of comments.'), 'comment-form');
  assert.equal(plugRule('Valletta Insight is a publication of BIRN Malta.'), 'publisher-note');
  assert.equal(plugRule('Add Harbour Courier on Google.'), 'follow-us');
  assert.equal(plugRule('Add Harbour Courier as a preferred source on Google'), 'follow-us');
  assert.equal(plugRule('Short link:'), 'page-widget');
  assert.equal(plugRule('Search Keywords:'), 'page-widget');
  assert.equal(plugRule('Every material posted on Courier.mt can be reproduced only with reference to the source with active hyperlink.'), 'copyright');
  assert.equal(plugRule('Enjoying this article? Click here to subscribe for full access. Just $5 a month.'), 'support-us');
  assert.equal(plugRule('Dear valued reader,'), 'plea-head');
  // Prose with the same words stays.
  assert.equal(plugRule('The ministry said it was not responsible for the content of the leaked documents.'), null);
  assert.equal(plugRule('The rebel radio station is a publication of the movement\'s political wing, officials say, and has broadcast threats.'), null);
  assert.equal(plugRule('The mediator said the text could be reproduced only with the consent of both delegations.'), null);
});

test('page: a standfirst shown twice at the page\'s head loses its first copy; a paragraph repeated further down stays', () => {
  const head = ['Talks resume in Valletta', '', 'World', 'Share', P1, P1, P2, P3].join('\n');
  assert.deepEqual(removedTexts(head).filter((t) => t === P1), [P1]);
  assert.equal(removedTexts(head).length, 3);
  const later = ['Talks resume in Valletta', '', P2, P3, P1, P1].join('\n');
  assert.deepEqual(removedTexts(later), []);
});
