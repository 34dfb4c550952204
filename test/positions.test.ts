import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

test('positions: a list after one demand cue gives one demand an item', () => {
  const r = extract('Title\n\nPutin’s demands include neutrality, dropping any bid to join NATO, demilitarising, and recognising Russian claims to annexed territory.');
  const putin = r.actors.find((a) => a.name === 'Vladimir Putin')!.id;
  const mine = r.positions.filter((p) => p.holder === putin && p.stance === 'demand').map((p) => p.issue).sort();
  assert.deepEqual(mine, ['demilitarisation', 'nato_membership', 'neutrality', 'territory']);
});

test('positions: "dismissed the idea of peacekeepers" is a rejection by the speaker', () => {
  const r = extract('Title\n\nSergey Lavrov on Friday dismissed the idea of sending European peacekeepers.');
  const p = r.positions.find((x) => x.issue === 'peacekeepers');
  assert.equal(p?.stance, 'reject');
  assert.equal(r.actors.find((a) => a.id === p?.holder)?.name.endsWith('Lavrov'), true);
});

test('positions: "ready to" is an offer and a condition cue fills the condition', () => {
  const r = extract('Title\n\nKeir Starmer said Britain is ready to contribute to a peacekeeping mission, contingent on reaching a deal to end the war.');
  const p = r.positions.find((x) => x.issue === 'peacekeepers');
  assert.equal(p?.stance, 'offer');
  assert.equal(p?.condition, 'contingent on reaching a deal to end the war');
  assert.notEqual(p?.claim, null);
});

test('positions: negation turns support into rejection', () => {
  const r = extract('Title\n\nViktor Orban said Hungary would not support new sanctions against Russia.');
  const p = r.positions.find((x) => x.issue === 'sanctions');
  assert.equal(p?.stance, 'reject');
});

test('positions: asking another to give something is the asker\'s demand, the asked is the target', () => {
  const r = extract('Title\n\nMoscow is pushing hard for Ukraine to give up parts of the Kherson region.');
  const p = r.positions.find((x) => x.issue === 'territory');
  assert.equal(p?.stance, 'demand');
  assert.equal(r.actors.find((a) => a.id === p?.holder)?.name, 'Russia');
  assert.equal(r.actors.find((a) => a.id === p?.target)?.name, 'Ukraine');
});

test('positions: a demand not made is no position ("has not demanded elections")', () => {
  const r = extract('Title\n\nDonald Trump has not demanded elections in Russia.');
  assert.deepEqual(r.positions.filter((p) => p.issue === 'elections_governance'), []);
});

test('positions: wanting one\'s own state to act is support, and "U.S." does not end the clause', () => {
  const r = extract('Title\n\nVolodymyr Zelensky said he wanted Ukraine to sell the U.S. lithium in return for financial support.', '2025-02-10');
  const p = r.positions.find((x) => x.issue === 'economic');
  assert.equal(p?.stance, 'support');
  assert.equal(r.actors.find((a) => a.id === p?.holder)?.name, 'Volodymyr Zelensky');
  assert.equal(p?.condition, 'in return for financial support');
});

test('positions: what a demand asks of another is not the other\'s own offer ("demands Ukraine give up land")', () => {
  const r = extract('Title\n\nRussia demands Ukraine give up land in the Donetsk region.');
  const name = (id: string | null | undefined) => r.actors.find((a) => a.id === id)?.name;
  const territory = r.positions.filter((x) => x.issue === 'territory');
  assert.deepEqual(territory.map((p) => [name(p.holder), p.stance, name(p.target)]), [['Russia', 'demand', 'Ukraine']]);
});

test('positions: a news agency holds no position, and the holder is never its own target', () => {
  const r = extract("Title\n\nMar 3 (Reuters) - Moscow has not received a serious offer to open talks on Ukraine, a Russian deputy minister said on Friday.");
  const name = (id: string | null | undefined) => r.actors.find((a) => a.id === id)?.name;
  assert.ok(r.positions.every((p) => name(p.holder) !== 'Reuters'), JSON.stringify(r.positions));
  assert.ok(r.positions.every((p) => p.target !== p.holder));
});

test('positions: "Ukraine\'s European allies pledged ..." is not Ukraine\'s position', () => {
  const r = extract('Title\n\nUkraine\'s Nordic allies pledged 5 billion euros in military aid for next year.');
  const name = (id: string | null | undefined) => r.actors.find((a) => a.id === id)?.name;
  assert.ok(r.positions.every((p) => name(p.holder) !== 'Ukraine'), JSON.stringify(r.positions));
});

test('positions: an issue in an if-clause is not governed by the stance before it, unless "only ... if" makes it the demand', () => {
  const r = extract('Title\n\nThe Kremlin is seeking full control of the Zaporizhzhia region as part of any settlement and says it will use force if negotiations collapse.');
  assert.deepEqual(r.positions.map((p) => p.issue), ['territory']);
  const q = extract('Title\n\nNetanyahu said that Israel would only sign a deal if "every hostage comes home at once".');
  assert.ok(q.positions.some((p) => p.issue === 'hostages' && p.stance === 'demand'), JSON.stringify(q.positions));
});

test('positions: "it" after "but" is the subject of the clause before, not the nearest name', () => {
  const r = extract('Title\n\nThe envoy told journalists that Moscow is still open to a dialogue on Ukraine, but it will hold to its demand: no more expansion of NATO.');
  const name = (id: string | null | undefined) => r.actors.find((a) => a.id === id)?.name;
  const nato = r.positions.find((p) => p.issue === 'nato_membership');
  assert.equal(name(nato?.holder), 'Russia', JSON.stringify(r.positions));
});

test('positions: coordinated subjects each hold the position; what an offer asks in exchange is demanded', () => {
  const r = extract('Title\n\nBritain and France offered to lead a reassurance force after a ceasefire.');
  const name = (id: string | null | undefined) => r.actors.find((a) => a.id === id)?.name;
  assert.deepEqual(r.positions.filter((p) => p.issue === 'peacekeepers').map((p) => [name(p.holder), p.stance]), [['United Kingdom', 'offer'], ['France', 'offer']]);
  const q = extract('Title\n\nHamas has agreed to disarm in exchange for a full Israeli withdrawal.');
  assert.deepEqual(q.positions.map((p) => [p.stance, p.issue]), [['offer', 'demilitarisation'], ['demand', 'withdrawal']]);
});

test('positions: an issue that is the subject of "must" is the speaker\'s demand', () => {
  const r = extract('Title\n\nThe Kremlin said sanctions relief must be part of any deal.');
  const name = (id: string | null | undefined) => r.actors.find((a) => a.id === id)?.name;
  assert.deepEqual(r.positions.map((p) => [name(p.holder), p.stance, p.issue]), [['Russia', 'demand', 'sanctions']]);
});

test('positions: security control and statehood are territory', () => {
  const r = extract('Title\n\nNetanyahu insists that the Jordan Valley stay under Israeli security control. Hamas says it will not lay down arms unless a Palestinian state is founded.');
  const name = (id: string | null | undefined) => r.actors.find((a) => a.id === id)?.name;
  const territory = r.positions.filter((p) => p.issue === 'territory').map((p) => [name(p.holder), p.stance]);
  assert.deepEqual(territory, [['Benjamin Netanyahu', 'demand'], ['Hamas', 'demand']]);
});

test('positions: with no stance cue, a modal before an act states one ("would not recognise" rejects, "would lift" offers)', () => {
  const name = (r: ReturnType<typeof extract>, id: string | null | undefined) => r.actors.find((a) => a.id === id)?.name;
  const a = extract('Title\n\nZelensky said Ukraine would not recognise occupied territories as Russian.');
  assert.deepEqual(a.positions.map((p) => [name(a, p.holder), p.stance, p.issue]), [['Ukraine', 'reject', 'territory']]);
  const b = extract('Title\n\nTrump said he would lift sanctions on Russia if a deal was reached.');
  assert.deepEqual(b.positions.map((p) => [name(b, p.holder), p.stance, p.issue]), [['Donald Trump', 'offer', 'sanctions']]);
  // Not an act of the speaker's: "it will not bring peace".
  const c = extract('Title\n\nMacron said talks without Europe will not bring peace to the table.');
  assert.ok(!c.positions.some((p) => p.stance === 'reject'), JSON.stringify(c.positions));
});

test('positions: a holder\'s own state is not its target', () => {
  const r = extract('Title\n\nZelensky said he hoped the talks would work, but stressed again that Ukraine must receive firm security guarantees.');
  const p = r.positions.find((x) => x.issue === 'security_guarantees');
  assert.equal(r.actors.find((a) => a.id === p?.holder)?.name, 'Volodymyr Zelensky');
  assert.equal(p?.target, null);
});

test('positions: a threat is opposed, a need is a demand, ending the war is wanted, and where troops leave is part of the withdrawal', () => {
  const kinds = (t: string) => extract(`Title\n\n${t}`).positions.map((p) => [p.stance, p.issue]);
  assert.deepEqual(kinds('Lavrov said the war was needed to counter a serious threat to Russia from possible Ukrainian membership of NATO.'), [['reject', 'nato_membership']]);
  assert.deepEqual(kinds('Sandu said she needed security guarantees for Moldova first.'), [['demand', 'security_guarantees']]);
  assert.deepEqual(kinds('Trump promised to end the war within weeks.'), [['support', 'ceasefire']]);
  assert.deepEqual(kinds('Putin demanded that Ukraine pull its troops out of all the territory of the two eastern regions.'), [['demand', 'withdrawal']]);
  // Halting one's own strikes is still an offer.
  assert.deepEqual(kinds('Putin agreed to halt strikes on energy facilities for ten days.'), [['offer', 'ceasefire']]);
});

test('positions: reaching a deal is the talks; a deal that carries other issues is only their vehicle', () => {
  const kinds = (t: string) => extract(`Title\n\n${t}`).positions.map((p) => [p.stance, p.issue]);
  assert.deepEqual(kinds('Qatar urged both delegations to reach a deal before the summer.'), [['support', 'peace_talks']]);
  assert.deepEqual(kinds('Kyiv said it would not sign a deal without security guarantees from its partners.'), [['demand', 'security_guarantees']]);
  assert.deepEqual(kinds('Putin is open to discussing a peace deal but rules out territorial concessions.'), [['offer', 'peace_talks'], ['reject', 'territory']]);
});

test('positions: rejecting "such terms" rejects the issue of the terms stated just before, their holder the target', () => {
  const r = extract('Title\n\nOn Friday, Putin said Ukraine must renounce its NATO bid and pull its troops out of two regions. Kyiv said such conditions would be tantamount to surrender.');
  const name = (id: string | null | undefined) => r.actors.find((a) => a.id === id)?.name;
  const answer = r.positions.find((p) => p.stance === 'reject');
  assert.deepEqual([name(answer?.holder), answer?.issue, name(answer?.target)], ['Ukraine', 'nato_membership', 'Vladimir Putin']);
  // No terms before: no position.
  assert.deepEqual(extract('Title\n\nKyiv has firmly rejected this condition.').positions, []);
});

test('positions: a ministry holds no position of its own, its state does', () => {
  const r = extract('Title\n\nTurkey hosted the talks. The Turkish foreign ministry demanded an immediate ceasefire in Gaza.');
  assert.deepEqual(r.positions.map((p) => [p.holder, p.stance, p.issue]), [['turkiye', 'demand', 'ceasefire']]);
});
