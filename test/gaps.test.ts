import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

function gapContexts(text: string, published = '2025-03-11') {
  return extract(text, published, false).gaps;
}

test('gaps: a preposition before a full stop marks a lost name and the other side is restored', () => {
  const gaps = gapContexts('Vladimir Putin said Russia would consider the withdrawal of his troops from . Ukrainian officials in Kyiv said Ukrainian forces would fight on.');
  const gap = gaps.find((g) => g.context.includes('troops from .'));
  assert.ok(gap, JSON.stringify(gaps));
  assert.equal(gap!.restored?.name, 'Ukraine');
});

test('gaps: an ownerless possessive before a named minister is restored to his state', () => {
  const gaps = gapContexts('Talks stalled.\n\n‘s foreign minister Sergey Lavrov has rejected the plan.');
  const gap = gaps.find((g) => g.context.startsWith('‘s foreign minister'));
  assert.ok(gap);
  assert.equal(gap!.restored?.name, 'Russia');
});

test('gaps: a title with no name is restored to who held the office on the publication date', () => {
  const gaps = gapContexts('Donald Trump argued with Ukrainian President . The meeting ended early.', '2025-03-01');
  const gap = gaps.find((g) => g.context.includes('Ukrainian President .'));
  assert.equal(gap?.restored?.name, 'Volodymyr Zelensky');
});

test('gaps: a lost name that nothing can tell stays null', () => {
  const gaps = gapContexts('The talks continued.\n\nexpressed his desire to for a positive outcome.');
  assert.ok(gaps.length >= 1);
  assert.ok(gaps.every((g) => g.restored === null));
});

test('gaps: clean prose has no gaps', () => {
  assert.deepEqual(gapContexts('Russia and Ukraine exchanged 150 prisoners on Friday, officials in Kyiv said. The swap was brokered by the United Arab Emirates.'), []);
});

test('gaps: idioms and appositives in clean prose are no gaps ("for as long as", "to at least", "When asked", "the newspaper, X, has")', () => {
  const text = 'The aim is to postpone a decision for as long as possible. The toll rose to at least 128. When asked about the plan, he declined to comment.\n\nIn an editorial, the newspaper, Nezavisimaya Gazeta, has called the shortage severe.';
  assert.deepEqual(gapContexts(text), []);
});

test('gaps: an opening phrase that goes on with "and" and a clause lost its main clause', () => {
  const r = extract('Title\n\nAccording to two European diplomats, and she is ready to keep fighting for months.');
  assert.equal(r.gaps.length, 1);
  assert.equal(r.document.text.slice(r.gaps[0].start - 2, r.gaps[0].start + 3), ', and');
  const clean = extract('Title\n\nIn this article, and in the coming weeks, I will explain. In the capital, and attacked the mayor, he said.');
  assert.deepEqual(clean.gaps, []);
});

const gapAt = (text: string, before: string, published = '2025-06-01') => {
  const r = extract(`Title\n\n${text}`, published);
  const at = r.document.text.indexOf(before) + before.length;
  return { r, gap: r.gaps.find((g) => Math.abs(g.start - at) <= 1) };
};

test('gaps: a first name left before a verb is the lost surname, restored from the cast', () => {
  const { gap } = gapAt('Vladimir Putin met envoys in Moscow. Later, Russian President Vladimir told reporters the talks were useful.', 'President Vladimir ');
  assert.ok(gap);
  assert.equal(gap!.restored?.name, 'Vladimir Putin');
});

test('gaps: a bare role is restored to the person the article names with that role', () => {
  const { gap } = gapAt('Foreign Minister Sergey Lavrov arrived in Ankara. The meeting ran late. Russian Foreign Minister told journalists it had gone well.', 'Russian Foreign Minister ');
  assert.ok(gap);
  assert.equal(gap!.restored?.actor, 'sergei-lavrov');
});

test('gaps: a sentence that opens on a lower-case verb, an orphan comma and a dangling hyphen are gaps', () => {
  for (const [text, before] of [
    ['The shelling went on all night. dismissed the report as false.', 'all night. '],
    ['The delegation included the defence minister, , and two generals.', 'minister, '],
    ['Leaders discussed how to end the -Russia war in the spring.', 'end the '],
    ['Talks between and Kyiv broke down in March.', 'between '],
  ] as const) assert.ok(gapAt(text, before).gap, text);
});

test('gaps: the other member of a pair is the other side the article pairs it with', () => {
  const { gap } = gapAt('Russia and Ukraine traded strikes. Ukraine and Russia blamed each other. Talks between and Kyiv are stalled.', 'between ');
  assert.equal(gap?.restored?.name, 'Russia');
});

test('gaps: a possessive before a capital is that capital\'s state', () => {
  const { gap } = gapAt('Negotiators met again in ’s capital Doha on Sunday.', 'met again in ');
  assert.equal(gap?.restored?.name, 'Qatar');
});

test('gaps: nothing is guessed for the object of a plain preposition', () => {
  const { gap } = gapAt('Ukraine and Russia exchanged fire. Diplomats said aid would keep flowing to , the ministry said.', 'flowing to ');
  assert.ok(gap);
  assert.equal(gap!.restored, null);
});

test('gaps: well-formed roles, quotes and openers are no gaps', () => {
  const text = 'The president said the vote would go ahead. Negotiators will return on Monday. He served as prime minister until 2019. ' +
    '“We are ready,” said Ahmed al-Sharaa. Sir Keir said he would travel. Israel’s prime minister has said the war will go on. ' +
    'Pre- and post-war borders differ. Russia’s envoy, Kirill Dmitriev, said talks were useful.';
  assert.deepEqual(extract(`Title\n\n${text}`).gaps, []);
});

test('gaps: a name lost between the commas after a role is the one person the article names with that role', () => {
  const gaps = gapContexts('Russian chief negotiator Vladimir Medinsky arrived in Istanbul on Monday. Later in the day Russia’s chief negotiator, , described the talks as useful.');
  const gap = gaps.find((g) => g.context.includes(', ,'));
  assert.ok(gap, JSON.stringify(gaps));
  assert.equal(gap!.restored?.name, 'Vladimir Medinsky');
});

test('gaps: a role after commas fits two people of the cast: nothing is restored', () => {
  const gaps = gapContexts('Russian negotiator Vladimir Medinsky met Ukrainian negotiator Rustem Umerov in Istanbul on Monday. The negotiator, , described the talks as useful.');
  const gap = gaps.find((g) => g.context.includes(', ,'));
  assert.equal(gap?.restored ?? null, null, JSON.stringify(gaps));
});

test('gaps: a role with a seat for its owner and nobody of the cast holding it is restored from the knowledge base', () => {
  const gaps = gapContexts('Talks resumed.\n\nThe meeting was useful, Kremlin spokesman told reporters on Monday.', '2025-03-01');
  const gap = gaps.find((g) => g.context.includes('spokesman told'));
  assert.equal(gap?.restored?.name, 'Dmitry Peskov', JSON.stringify(gaps));
});

test('gaps: a role without an owner is restored only when one state the article names has someone with that title', () => {
  const withRussia = gapContexts('Russia rejected the proposal.\n\nThe idea is unacceptable, Foreign Ministry spokeswoman said on Tuesday.', '2025-03-01');
  assert.equal(withRussia.find((g) => g.context.includes('spokeswoman said'))?.restored?.name, 'Maria Zakharova', JSON.stringify(withRussia));
  // A bare office fits a president of every state: nothing.
  const bare = gapContexts('Russia and Ukraine traded blame.\n\nThe plan will fail, President said on Tuesday.', '2025-03-01');
  assert.ok(bare.every((g) => g.restored === null), JSON.stringify(bare));
});

test('gaps: an ownerless "’s foreign minister" is the state of the one foreign minister named nearby', () => {
  const gaps = gapContexts('Talks stalled.\n\n’s foreign minister has dismissed the threat. Abbas Araghchi later spoke to reporters in Geneva.', '2025-03-01');
  const gap = gaps.find((g) => g.context.includes('foreign minister has'));
  assert.equal(gap?.restored?.name, 'Iran', JSON.stringify(gaps));
  // Two foreign ministers of two states nearby: nothing.
  const two = gapContexts('Talks stalled.\n\n’s foreign minister has dismissed the threat. Abbas Araghchi and Sergey Lavrov later spoke in Geneva.', '2025-03-01');
  assert.equal(two.find((g) => g.context.includes('foreign minister has'))?.restored ?? null, null, JSON.stringify(two));
});

test('gaps: a first name after a country and role is the one person of that country with that name who held the role', () => {
  const gaps = gapContexts('Elections were held.\n\nGeorgian President Salome said in an interview that the vote was unfair.', '2025-03-01');
  const gap = gaps.find((g) => g.context.includes('Salome said'));
  assert.equal(gap?.restored?.name, 'Salome Zourabichvili', JSON.stringify(gaps));
});

test('gaps: a space before a full stop inside a closing quote marks a lost name', () => {
  const gaps = gapContexts('Officials met in Kyiv.\n\n“The cold must not be a weapon against .” The minister left.', '2025-03-01');
  assert.ok(gaps.some((g) => g.context.includes('against .”')), JSON.stringify(gaps));
});
