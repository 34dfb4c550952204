// Classes of page debris found in real scraped copy of war and talks news (eighteenth session,
// realboil18), each tested on invented lines of other wars: what the rule takes, and the prose beside
// it that it leaves. Every test failed on the code before the round.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBylines } from '../src/clean/boilerplate/bylines.js';
import { splitLines } from '../src/doc/lines.js';
import { removedTexts, plugRule, captionRules, P1, P2 } from './boilerplate-helpers.js';
import { findGaps } from '../src/clean/gaps/index.js';
import { createDoc } from '../src/doc/model.js';

const bylineRules = (line: string) => findBylines(splitLines(line)).map((r) => r.rule);

test('a machine\'s note on the picture, the sound or the summary is debris; a story about a forged video is not', () => {
  assert.equal(plugRule('This image is AI-generated and does not depict any real-life event or location. It is a fictional representation created for illustrative purposes only.'), 'ai-notice');
  assert.equal(plugRule('This picture was created with the help of AI and is for illustration only.'), 'ai-notice');
  assert.equal(plugRule('It is a fictional representation created for illustrative purposes only.'), 'ai-notice');
  assert.equal(plugRule('AI summarized text'), 'ai-notice');
  assert.equal(plugRule('Summarised by AI'), 'ai-notice');
  assert.equal(plugRule('The ministry said the video of tanks at the border was AI-generated and did not depict any real event.'), null);
  assert.equal(plugRule('This video was AI-generated, the army spokesman said on Tuesday.'), null);
});

test('an aggregator\'s rating widget and its note on the article; a treaty\'s article stays', () => {
  assert.equal(plugRule('How informative is this news?'), 'page-widget');
  assert.equal(plugRule('Try Our AI Features'), 'page-widget');
  assert.equal(plugRule('Explore what Daily Asia AI can do for you:'), 'page-widget');
  assert.equal(plugRule('The article provides a comprehensive overview of the talks, including the key players, the terms and their implications.'), 'rating-note');
  assert.equal(plugRule('The article provides for the withdrawal of all foreign forces within 90 days, the text says.'), null);
  assert.equal(plugRule('Article 4 of the accord includes specific details on the exchange of detainees.'), null);
});

test('a comment or feedback form left as text, and the page\'s chrome', () => {
  for (const l of ['Please enter your comment!', 'Please enter your name here', 'No comments yet...', 'There\'s no content to show here yet.', 'Leave feedback about this', 'Add Field', 'Choose Video']) assert.equal(plugRule(l), 'comment-form', l);
  for (const l of ['Left Menu', 'Contact Us', 'Full Article', 'Source', 'Top 5 This Week', 'Give Feedback']) assert.equal(plugRule(l), 'page-widget', l);
  assert.equal(plugRule('Please click here to read more.'), 'get-latest');
  assert.equal(plugRule('Please enter your name at the checkpoint, the soldiers told the displaced families.'), null);
  assert.equal(plugRule('The source said the talks in Tripoli would resume on Monday.'), null);
});

test('credits a scraper mangled: a web address, a markdown image, a byline glued to the credit; a byline with a handle', () => {
  assert.equal(plugRule('Photo credit www.harbourcourier.example'), 'credit-address');
  assert.equal(plugRule('![]() |'), 'image-markup');
  assert.deepEqual(captionRules('Fighters of the group parade in Sirte, March 3, 2024. (photo credit: HARBOUR PRESS/ALI SALEM)ByHARBOUR PRESS'), ['caption-with-credit', 'photo-credit']);
  assert.deepEqual(bylineRules('By Amina Yusuf @aminayusufnews'), ['by-author']);
  assert.deepEqual(bylineRules('By the evening the rebels had taken @ least two villages'), []);
});

test('teasers of other stories cut with an ellipsis below the article go; one quote trailing off stays', () => {
  const teasers = [
    'Tripoli – The head of the Presidential Council has called for an urgent meeting of the security committees to discuss…',
    'Benghazi - The eastern-based parliament voted on Tuesday to reject the budget submitted by the government, arguing that it...',
    'Human rights groups have documented dozens of cases of arbitrary detention at a facility in the west run by a militia that…',
  ];
  const doc = ['Clashes shut Tripoli airport', '', P1, P2, ...teasers].join('\n');
  assert.deepEqual(removedTexts(doc), teasers);
  const quote = 'The envoy said the sides had made "some progress" but that "much remains to be done..."';
  assert.deepEqual(removedTexts(['Talks on the border', '', P1, P2, quote].join('\n')), []);
});

test('a list of outlets\' names at the page\'s foot goes; names the article announces with a colon stay', () => {
  const names = ['Cedar Post', 'The Levant Tribune', 'Gulf Times Daily', 'Beirut Observer', 'Mideast Wire'];
  assert.deepEqual(removedTexts([P1, P2, '', ...names].join('\n')), names);
  const listed = ['The mediators named in the text were:', 'Ahmed Salem', 'Maria Duarte', 'John Okello', 'Fatou Ndiaye'];
  assert.deepEqual(removedTexts([P1, P2, ...listed].join('\n')), []);
});

test('the lead printed twice, the second copy a few words shorter: the first copy goes', () => {
  const a = 'The armies of the two neighbours and an alliance of armed groups announced a ceasefire on Friday after months of conflict that has killed hundreds of people.';
  const b = 'The armies of the two neighbours and an alliance of armed groups announced a ceasefire after months of conflict that has killed hundreds of people.';
  assert.deepEqual(removedTexts(['Ceasefire announced in the north', '', a, b, P1].join('\n')), [a]);
  // Two different paragraphs that share most words stay.
  const c = 'The armies of the two neighbours and an alliance of armed groups rejected a ceasefire on Friday after months of conflict that has killed hundreds of people.';
  assert.deepEqual(removedTexts(['Ceasefire announced in the north', '', a, c, P1].join('\n')), []);
});

test('a feedback form\'s bulleted fields below the article go, with no title line as well', () => {
  const form = ['Leave feedback about this', '  • Quality', '  • Accuracy', '  • Relevance', 'Choose Image'];
  assert.deepEqual(removedTexts([P1, P2, ...form].join('\n')), form.map((l) => l.trim()));
});

test('gaps: a date stamp the scraper indented lost no name; a line that opens on a space before a verb still did', () => {
  const gapsOf = (t: string) => findGaps(createDoc(t, { title: null, published: null, url: null, source: 'test' })).map((g) => g.context);
  assert.deepEqual(gapsOf('Border crossing to be run by a contractor\n\n May 8, 2024\n\nSource: Caspian Media\n\nThe plan was agreed on Tuesday.'), []);
  assert.deepEqual(gapsOf('Truce talks resume\n\n   Wednesday, December 1, 2021 11:56 pm\n\nThe sides met in Doha.'), []);
  assert.equal(gapsOf('Truce talks resume\n\n has outlined three conditions for a truce, his office said.').length, 1);
});

test('a site\'s terms in a pop-up, an advertisement slot by its place, a caption with an empty credit', () => {
  assert.equal(plugRule('By continuing to use this website, you agree to our Privacy Policy and our Terms and Conditions of Use. Close'), 'cookie-notice');
  assert.equal(plugRule('Header advertisement'), 'advertisement');
  assert.equal(plugRule('A displaced woman speaks to reporters in a camp outside Goma. (-)'), 'caption-empty-credit');
  assert.equal(plugRule('By using this corridor, the convoy agreed to avoid the front line, officials said.'), null);
  assert.equal(plugRule('Top advertisement agencies were hired by the junta, the report said.'), null);
  assert.equal(plugRule('The army said the strike (on Tuesday) hit a depot.'), null);
});
