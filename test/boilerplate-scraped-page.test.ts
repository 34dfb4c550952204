// A page scraped whole (all its visible text, one block a line): menus, other stories' headlines,
// share buttons, teasers and comments around the article. Every page here is invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, covered } from './helpers.js';
import { isParagraph } from '../src/clean/boilerplate/article-span.js';

const PARAGRAPHS = [
  'Negotiators from the two delegations met in Valletta on Tuesday for a third round of talks on a prisoner exchange, officials said.',
  'The foreign minister told reporters that the sides had agreed on a list of names but not yet on a date for the handover.',
  'Mediators said a further meeting was planned for early next month, after consultations in both capitals.',
];

const PAGE = [
  'Valletta talks make progress on prisoner exchange',
  '',
  'Skip to content',
  'Home',
  'World',
  'Europe',
  'Middle East',
  'Business',
  'Markets',
  'Sport',
  'Culture',
  'Harbour festival draws record crowds',
  'Ferry operator cuts winter timetable',
  'Sign In',
  'Talks on the exchange of detainees resume with a list of names agreed',
  ...PARAGRAPHS,
  'Share',
  'Click to share on Facebook (Opens in new window)',
  'Most Read',
  'Harbour festival draws record crowds',
  'Island bus drivers vote to strike',
  'Opinion',
  'Why the ferry subsidy must stay',
  '© 2026 The Island Courier. All rights reserved.',
  'About Us',
  'Contact',
  'Careers',
  '',
].join('\n');

function removedTexts(text: string): string[] {
  const r = extract(text);
  return r.removed.map((s) => covered(r, s));
}

test('scraped page: menus and other headlines above the first paragraph go, however many', () => {
  const removed = removedTexts(PAGE);
  for (const line of ['Home', 'World', 'Middle East', 'Culture', 'Harbour festival draws record crowds', 'Ferry operator cuts winter timetable', 'Sign In']) {
    assert.ok(removed.includes(line), `${line} should be removed`);
  }
});

test('scraped page: below the article, after its furniture, menus and headlines go', () => {
  const removed = removedTexts(PAGE);
  for (const line of ['Island bus drivers vote to strike', 'Why the ferry subsidy must stay', 'About Us', 'Careers', 'Click to share on Facebook (Opens in new window)']) {
    assert.ok(removed.includes(line), `${line} should be removed`);
  }
});

test('scraped page: the paragraphs and a sentence-case standfirst right above them stay', () => {
  const removed = removedTexts(PAGE).join('\n');
  for (const p of PARAGRAPHS) assert.ok(!removed.includes(p.slice(0, 40)), p);
  assert.ok(!removed.includes('Talks on the exchange of detainees resume'));
});

test('scraped page: the article is the longest run of paragraphs, not a promo sentence in the menu', () => {
  const text = ['Ceasefire terms published', '', 'Home', 'World', 'Politics',
    'Our journalism is free to read, and our reporters are on the ground in five countries.', 'Economy', 'Sport', 'Travel', 'Weather',
    'Harbour festival draws record crowds', ...PARAGRAPHS, ''].join('\n');
  const removed = removedTexts(text);
  assert.ok(removed.includes('Travel'));
  assert.ok(removed.includes('Harbour festival draws record crowds'));
  for (const p of PARAGRAPHS) assert.ok(!removed.includes(p), p);
});

test('scraped page: a block of headlines inside the article leaves the paragraphs after it in the article', () => {
  const more = [
    'A spokesman for the mediators said both teams had shown flexibility on the sequencing of the releases.',
    'The next round is expected to address the return of remains, a question both sides have called painful.',
  ];
  const text = ['Ceasefire terms published', '', 'Home', 'World', ...PARAGRAPHS, 'Related', 'Harbour festival draws record crowds',
    'Island bus drivers vote to strike', 'Ferry operator cuts winter timetable', 'Why the ferry subsidy must stay', 'Storm closes the port',
    ...more, 'Comments', ''].join('\n');
  const removed = removedTexts(text);
  for (const p of [...PARAGRAPHS, ...more]) assert.ok(!removed.includes(p), p);
});

test('scraped page: in the foot, a teaser or a comment alone between stamps goes; the article does not', () => {
  const text = ['Ceasefire terms published', '', 'Home', 'World', ...PARAGRAPHS, 'Share', 'Most Read', 'Island bus drivers vote to strike', '3 Comments',
    'harbourwatcher says:', 'November 19, 2026 at 6:34 am', 'Nobody here believes a word of this agreement, it will collapse by spring.',
    'islandreader says:', 'November 19, 2026 at 7:02 am', 'Good news at last for the families who have waited for so many months.',
    'Why the ferry subsidy must stay', 'Jo Camilleri', 'Tuesday November 18, 2026', 'The subsidy keeps the island connected and its young people at home, writes our columnist.',
    ''].join('\n');
  const removed = removedTexts(text);
  assert.ok(removed.includes('Nobody here believes a word of this agreement, it will collapse by spring.'));
  assert.ok(removed.includes('The subsidy keeps the island connected and its young people at home, writes our columnist.'));
  assert.ok(removed.includes('harbourwatcher says:'));
  for (const p of PARAGRAPHS) assert.ok(!removed.includes(p), p);
});

test('scraped page: the last paragraph after a read-more line and above a stamp is the article, not a teaser', () => {
  const last = 'Both delegations are expected to brief their parliaments before the handover begins.';
  const text = ['Ceasefire terms published', '', 'Home', 'World', ...PARAGRAPHS, 'ALSO READ | Island bus drivers vote to strike', last,
    'Published - March 05, 2026 10:32 pm', 'Related Topics', ''].join('\n');
  const r = extract(text);
  assert.ok(!r.removed.some((s) => covered(r, s) === last));
});

test('scraped page: "The minister said:" before a quote is the article, not a comment header', () => {
  const text = ['Ceasefire terms published', '', ...PARAGRAPHS, 'The foreign minister said:',
    '“We will not sign anything that leaves our people behind, and our partners know it.”', ''].join('\n');
  const r = extract(text);
  assert.ok(!r.removed.some((s) => covered(r, s).includes('minister said')));
});

test('scraped page: a text with no menus loses nothing of its prose', () => {
  const text = ['Ceasefire terms published', '', ...PARAGRAPHS, 'Key dates', 'The agreement takes effect at midnight on Friday.', ''].join('\n');
  const r = extract(text);
  const removed = r.removed.map((s) => covered(r, s));
  for (const p of PARAGRAPHS) assert.ok(!removed.includes(p), p);
  assert.ok(!removed.includes('The agreement takes effect at midnight on Friday.'));
});

test('article span: a paragraph is a sentence, not a teaser cut short or a headline with a count', () => {
  assert.ok(isParagraph('The talks resumed in Geneva on Monday after a pause of two weeks.'));
  assert.ok(isParagraph('“We are ready to sign,” the minister told reporters in the capital on Friday.”'));
  assert.ok(!isParagraph('Beijing warns the envoy over a rights bill passed by the assembly...'));
  assert.ok(!isParagraph('Coach says the team will review the decision of the league (145)'));
  assert.ok(!isParagraph('Talks resume.'));
});

test('scraped page: bulleted menu entries and form labels above the article go, bulleted points inside it stay', () => {
  const points = ['- The exchange covers all detainees held since the spring.', '- Families will be told of the date a week in advance.'];
  const text = ['Ceasefire terms published', '', '- Home', '- Regional News', '- Weather', 'Search:', ...PARAGRAPHS, ...points, ''].join('\n');
  const removed = removedTexts(text);
  for (const line of ['- Home', '- Regional News', '- Weather', 'Search:']) assert.ok(removed.includes(line), line);
  for (const p of [...PARAGRAPHS, ...points]) assert.ok(!removed.includes(p), p);
});

test('scraped page: Japanese prose, written without spaces or case, is prose', () => {
  const jp = ['交渉団は火曜日にバレッタで三回目の協議を行い、捕虜交換について話し合った。', '外相は記者団に対し、名簿では合意したが日程はまだ決まっていないと述べた。'];
  const text = ['停戦条件が公表された', '', 'ホーム', '国際', 'Home', 'World', ...jp, ''].join('\n');
  const removed = removedTexts(text);
  for (const p of jp) assert.ok(!removed.includes(p), p);
  assert.ok(removed.includes('World'));
});

// Readers' comments that hold more prose than the article, under a heading only a comments
// section has; teasers the page lists twice.
const COMMENTED = [
  'Port reopens after talks on grain corridor',
  '',
  'Home',
  'Shipping minister says convoys will resume next week',
  'Region',
  'Officials from both governments agreed on Monday to reopen the northern port to grain ships under naval escort, the shipping ministry said.',
  'The first convoy is due to leave on Thursday, a spokesman for the port authority told reporters.',
  'Leave a Reply',
  'Your email address will not be published.',
  'Corvina on March 3, 2026 at 9:12 am said:',
  'I have been following this story for months and I still do not understand why the convoys were stopped in the first place, since nobody has explained it.',
  'It would be good to know whether the insurers have agreed to cover the ships again, because without that the whole plan means very little for the traders.',
  'The previous arrangement fell apart within weeks, and I expect the same thing to happen again unless somebody guarantees the route properly this time.',
  'Tomas R on March 3, 2026 at 11:40 am said:',
  'Good news at last for the farmers who have been waiting all winter to sell their harvest, and I hope the price recovers before the next planting season.',
  'Anyone who has watched the queues of lorries at the border knows how much this matters to the small growers in the south of the country this year.',
  'Shipping minister says convoys will resume next week',
  '',
].join('\n');

test('scraped page: readers\' comments under "Leave a Reply" go, even when they hold more prose than the article', () => {
  const removed = removedTexts(COMMENTED);
  assert.ok(!removed.some((t) => t.startsWith('Officials from both governments')), 'the article paragraph stays');
  assert.ok(!removed.some((t) => t.startsWith('The first convoy')), 'the article paragraph stays');
  for (const start of ['Leave a Reply', 'Corvina on March 3', 'I have been following', 'Good news at last', 'Anyone who has watched']) {
    assert.ok(removed.some((t) => t.startsWith(start)), `${start} ... should be removed`);
  }
});

test('scraped page: a teaser the page shows twice outside the article goes, both times', () => {
  const r = extract(COMMENTED);
  const teaser = 'Shipping minister says convoys will resume next week';
  const copies = r.removed.filter((s) => covered(r, s) === teaser);
  assert.equal(copies.length, 2);
});
