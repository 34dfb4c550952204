// Restoring lost names, nineteenth round (issue 9), on invented sentences: a digest (short items on
// different conflicts, set apart by blank lines) is read item by item, so a bare "Prime Minister"
// or a pair "between and Moscow" in one item does not take a name from another item; a
// that-clause's lost subject is the state of a speaker in its own sentence, not of a person named
// in the sentence before; a place before a noun ("block ’s Gaza plan") is no possessed place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

const gapAt = (text: string, before: string, published: string | undefined = undefined) => {
  const r = extract(`Digest\n\n${text}`, published);
  const at = r.document.text.indexOf(before) + before.length;
  return { r, gap: r.gaps.find((g) => Math.abs(g.start - at) <= 1) };
};

// Six items on six conflicts, one paragraph each.
const ITEMS = [
  'Lebanese Prime Minister Nawaf Salam said on Monday that the army would deploy south of the Litani river and that Beirut wanted the strikes to stop.',
  'Moldovan President Maia Sandu said Moldova and Russia had no talks planned, and that Chisinau would keep its sanctions on Moscow.',
  'Sudan’s army said it had retaken a bridge in Khartoum from the Rapid Support Forces, and Sudanese officials said aid convoys would resume.',
  'Colombia’s government said it would resume talks with the ELN in Caracas next month, and Colombian negotiators said a ceasefire was possible.',
  'Serbian President Aleksandar Vucic said Serbia would never recognise Kosovo, and Kosovo’s government said Belgrade was blocking the talks.',
];

test('gaps19: a digest item\'s bare "Prime Minister ’s" takes no prime minister of another item', () => {
  const text = [ITEMS[0], 'Yerevan says its arms purchases from India are defensive and part of a reform advanced by Prime Minister ’s government in Armenia.', ...ITEMS.slice(1)].join('\n\n');
  const { gap } = gapAt(text, 'by Prime Minister ');
  assert.ok(gap, 'the gap is found');
  assert.notEqual(gap.restored?.name, 'Nawaf Salam');
});

test('gaps19: a digest item\'s "between and Moscow" takes no partner another item pairs with Russia', () => {
  const text = [...ITEMS.slice(0, 2), 'Georgian officials in Tbilisi opposed the resumption of direct flights between and Moscow, which the Georgian government wanted.', ...ITEMS.slice(2)].join('\n\n');
  const { gap } = gapAt(text, 'flights between ');
  assert.ok(gap, 'the gap is found');
  assert.notEqual(gap.restored?.name, 'Moldova');
});

test('gaps19: an article\'s paragraphs are one cast: "Prime Minister ’s" still finds the article\'s prime minister', () => {
  const text = 'Lebanese Prime Minister Nawaf Salam said on Monday that the army would deploy south of the Litani river.\n\n'
    + 'Israel struck targets in southern Lebanon on Sunday, the Lebanese army said.\n\n'
    + 'Beirut wants the strikes to stop before any talks on Hezbollah’s weapons, Lebanese officials said.\n\n'
    + 'Israeli officials said the strikes would go on until Hezbollah disarmed.\n\n'
    + 'Lebanon’s parliament speaker backed the army plan, and Lebanese ministers approved it.\n\n'
    + 'The plan was drawn up by Prime Minister ’s government in Beirut, Lebanese officials said.';
  assert.equal(gapAt(text, 'by Prime Minister ', '2026-03-12').gap?.restored?.name, 'Nawaf Salam');
});

test('gaps19: a that-clause\'s lost subject is not the state of a person named in the sentence before', () => {
  const text = 'Russian President Vladimir Putin said a meeting with the Ukrainian leader was possible only at the end of negotiations. '
    + 'Reports suggest that would agree to meet the Ukrainian leader if his conditions were met.';
  const { gap } = gapAt(text, 'Reports suggest that ', '2026-03-12');
  assert.ok(gap, 'the gap is found');
  assert.equal(gap.restored, null);
});

test('gaps19: a place before a noun after an ownerless possessive is no possessed place ("block ’s Gaza plan")', () => {
  const text = 'Hamas has no intention of disarming and could even block ’s Gaza plan altogether, an Israeli analyst said.';
  const { gap } = gapAt(text, 'even block ', '2026-03-12');
  assert.ok(gap, 'the gap is found');
  assert.notEqual(gap.restored?.name, 'Palestine');
  // The possessed place itself still gives its state: "a route through ’s Syunik province".
  const place = 'Azerbaijan wants a route through ’s Syunik province to Nakhchivan, officials in Baku said.';
  assert.equal(gapAt(place, 'route through ', '2026-03-12').gap?.restored?.name, 'Armenia');
});

test('gaps19: a people\'s adjective opening a clause before its verb lost the role and name ("Israeli said")', () => {
  const text = 'Jordan rejected any displacement of Palestinians on Sunday.\n\nIsraeli said on Monday that the army would stay in the buffer zone. In contrast, Lebanese welcomed the plan.';
  const r = extract(`Title\n\n${text}`, '2026-03-12');
  const t = r.document.text;
  for (const before of ['Israeli ', 'Lebanese ']) {
    const at = t.indexOf(before) + before.length;
    assert.ok(r.gaps.some((g) => Math.abs(g.start - at) <= 1), `a gap after "${before}"`);
  }
  // Not a people's noun with its determiner, a state's name, nor a surname that is a people's noun.
  const clean = extract('Title\n\nAn Israeli said the strikes went on. Iran said it would respond. The fighting must stop, Turk said.', '2026-03-12');
  assert.equal(clean.gaps.length, 0, JSON.stringify(clean.gaps));
});

test('gaps19: "the" before a finite verb, "both" before "and", an adverb opening before the verb lost a name', () => {
  const text = 'For its part, the insists that prisoners go free only after a deal. Both and Beijing have urged restraint. '
    + 'Both Washington and have urged talks. Nevertheless, has pledged a new constitution.';
  const r = extract(`Title\n\n${text}`, '2026-03-12');
  const t = r.document.text;
  for (const before of ['part, the ', 'deal. Both ', 'Washington and ', 'Nevertheless, ']) {
    const at = t.indexOf(before) + before.length;
    assert.ok(r.gaps.some((g) => Math.abs(g.start - at) <= 1), `a gap after "${before}"`);
  }
  // Not an adjective after "the", nor a whole pair after "both".
  const clean = extract('Title\n\nThe agreed principles hold. Both Russia and Ukraine have urged restraint. Nevertheless, the talks went on.', '2026-03-12');
  assert.equal(clean.gaps.length, 0, JSON.stringify(clean.gaps));
});
