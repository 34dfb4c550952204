// The rules the fifth blind batch of scraped pages asked for (test/fixtures/boilerplate-5), each on
// invented lines: what they take, and the prose beside it that they leave.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../src/doc/model.js';
import { findBoilerplate } from '../src/clean/boilerplate/index.js';
import { findPleaBlocks } from '../src/clean/boilerplate/plugs.js';
import { splitLines } from '../src/doc/lines.js';
import { meta, removedTexts, plugRule, captionRules, P1, P2 } from './boilerplate-helpers.js';

const P3 = 'Mediators said a further meeting on the exchange of prisoners was planned for April, after consultations.';

test('plugs: a sign-up form\'s lines, a push-notification prompt, an outlet\'s plea in its own name', () => {
  assert.equal(plugRule('I agree to receive emails from the Harbour Courier.'), 'signup-form');
  assert.equal(plugRule('Thank you for registering!'), 'signup-form');
  assert.equal(plugRule('An account was already registered with this email. Please check your inbox for an authentication link.'), 'signup-form');
  assert.equal(plugRule('Get Breaking News Alerts From Harbour Courier'), 'push-prompt');
  assert.equal(plugRule('We\'ll send you latest news updates through the day. You can manage them any time by clicking on the notification icon.'), 'push-prompt');
  assert.equal(plugRule('Click the alert icon to follow topics:'), 'push-prompt');
  assert.equal(plugRule('Harbour Courier needs your support. Help us keep going.'), 'support-us');
  assert.equal(plugRule('Subscribe'), 'page-widget');
  assert.equal(plugRule('Sign up'), 'page-widget');
  // Prose with the same words stays.
  assert.equal(plugRule('"I agree to the terms of the truce," the commander told reporters in the port on Friday.'), null);
  assert.equal(plugRule('The displaced families need your support, the charity said in an appeal on Monday.'), null);
  assert.equal(plugRule('Residents said they get air raid alerts on their phones several times a night, even in the west.'), null);
});

test('plugs: the Ctrl+Enter error report, an AI summary\'s note, a reactions widget, a long translation note, "Also in this package"', () => {
  assert.equal(plugRule('Journalists\' work in wartime is hard. If you notice a mistake, select it with your mouse and press Ctrl+Enter.'), 'report-error');
  assert.equal(plugRule('This is AI generated summarization, which may have errors. For context, always refer to the full article.'), 'summary-note');
  assert.equal(plugRule('How does this make you feel?'), 'page-widget');
  assert.equal(plugRule('This article was translated from Spanish using an artificial intelligence tool and reviewed by a journalist.'), 'translation-note');
  assert.equal(plugRule('Also In This Package'), 'related-heading');
  // A sentence that speaks of translation or a summary in the article's own voice stays.
  assert.equal(plugRule('The ceasefire text was translated into Arabic and French before the signing, and the delegations reviewed every page of it.'), null);
  assert.equal(plugRule('The envoy said the summary of the talks would be published after both sides had approved it.'), null);
});

test('plea: a paragraph of "we" about the outlet\'s funding under its plea is the plea\'s', () => {
  const lines = splitLines(['Support Harbour Courier!', 'The authorities have declared us a foreign agent. Our funding sources at home have been cut off.', P1].join('\n'));
  assert.deepEqual(findPleaBlocks(lines).map((r) => r.rule), ['plea-block']);
});

test('captions: "PHOTO | AFP" and "Photo courtesy of X" after a caption\'s full stop', () => {
  assert.ok(captionRules('Rebels patrol a street in Goma on February 12, 2026. PHOTO | AFP').includes('caption-with-credit'));
  assert.ok(captionRules('CLASH SITE. Soldiers secure the area after a firefight, on March 15, 2026. Photo courtesy of 101st Infantry Brigade').includes('caption-with-credit'));
  assert.deepEqual(captionRules('The photo was taken by a resident and shared widely online, the army said on Friday.'), []);
});

test('page: a widget\'s tagline between two of its lines below the article goes; a short line of the article stays', () => {
  const page = ['Talks resume in Valletta', '', P1, P2, P3, 'Join our daily newsletter', 'The Real Courier. Today.', 'Subscribe', 'Donate'].join('\n');
  assert.ok(removedTexts(page).includes('The Real Courier. Today.'));
  const inside = ['Talks resume in Valletta', '', P1, 'The talks. Again.', P2, P3].join('\n');
  assert.deepEqual(removedTexts(inside), []);
});

// The sixth batch (test/fixtures/boilerplate-6, written after the rules above): what its misses asked for.
test('plugs: "Read Next", "Keywords", a reporter\'s address alone, "Time to read 3 min.", a translation\'s liability note, "No reproduction without permission"', () => {
  assert.equal(plugRule('Read Next'), 'related-heading');
  assert.equal(plugRule('Keywords'), 'related-heading');
  assert.equal(plugRule('jdoe@courier.example.com'), 'author-email');
  assert.equal(plugRule('Time to read 3 min.'), 'read-time');
  assert.equal(plugRule('Translation of an original article published in French on courier.fr; the publisher may only be liable for the French version.'), 'translation-note');
  assert.equal(plugRule('Harbour Courier Ltd. No reproduction without permission.'), 'copyright');
  assert.equal(plugRule('Sign up for Courier Europe: The top stories from across the continent.'), 'newsletter');
  // Prose stays: an address inside a sentence, a reading of time, a note on reproduction in the story.
  assert.equal(plugRule('Readers can write to the ombudsman at desk@courier.example.com with complaints about coverage.'), null);
  assert.equal(plugRule('The commander said there was no time to read the ceasefire text before it was signed in the capital.'), null);
});

test('captions: "(File photo: Social media)" and "(Supplied)" end a caption with no full stop', () => {
  assert.ok(captionRules('Displaced families at a gathering point in South Kordofan (File photo: Social media)').includes('caption-with-credit'));
  assert.ok(captionRules('Residents search the ruins of the monastery on Monday (Supplied)').includes('caption-with-credit'));
  assert.deepEqual(captionRules('The ministry said the figures it had supplied were accurate, and that more aid was on its way.'), []);
});

test('page: the first paragraph shown again below the byline, stamp and photo loses its first copy; a later repeat stays', () => {
  const head = ['Talks resume in Valletta', '', P1, 'JOHN DOE, staff writer', 'March 17, 2026 17:30', 'Delegates at the talks. © Reuters', P1, P2, P3].join('\n');
  const removed = removedTexts(head);
  assert.deepEqual(removed.filter((t) => t === P1), [P1]);
  // The first copy goes, the one in the article's run stays.
  assert.ok(findBoilerplate(createDoc(head, meta)).some((r) => r.start === head.indexOf(P1) && r.rule === 'repeated-standfirst'));
  const later = ['Talks resume in Valletta', '', P1, P2, P3, P2, P1].join('\n');
  assert.deepEqual(removedTexts(later), []);
});
