// Restoring lost names, sixteenth round (issue 9), on invented sentences: a speaker introduced
// with an age is a new voice; what someone said ("’s remarks") is the article's main person's;
// a body's office ("the UN secretary-general, ,") is its holder's; an appositive after the gap
// (", Germany’s foreign minister,") names the role, and a first name with an ownerless role after
// it ("Andrii , ’s foreign minister") is the one person of the knowledge base with both; the lost
// owner of an appositive after a person ("Hakan Fidan, ’s foreign minister") is that person's state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

const gapAt = (text: string, before: string, published = '2026-02-10') => {
  const r = extract(`Title\n\n${text}`, published);
  const at = r.document.text.indexOf(before) + before.length;
  return { r, gap: r.gaps.find((g) => Math.abs(g.start - at) <= 1) };
};

test('gaps16: a quote\'s lost speaker introduced with an age is not the last speaker named', () => {
  const text = 'Mayor Vitali Klitschko said the heating plant had been hit twice this winter.\n'
    + '“We carry water up nine floors every morning,” said , 61, a retired engineer who lives nearby.';
  const { gap } = gapAt(text, 'morning,” said ');
  assert.ok(gap, 'the lost speaker is a gap');
  assert.equal(gap!.restored, null);
  const older = '“We will rebuild it,” Vitali Klitschko said on Monday.\n“Nobody came to help us,” said , a 47-year-old nurse.';
  assert.equal(gapAt(older, 'us,” said ').gap?.restored ?? null, null);
});

test('gaps16: "’s remarks" / "’s comments" lost their owner: the person the article names most', () => {
  const text = 'Emmanuel Macron said Europe must be ready to send troops. Macron spoke after a call with Keir Starmer.\n'
    + 'Macron added that any deployment would follow a ceasefire.\n'
    + '’s remarks drew a sharp reply from Moscow on Wednesday.';
  assert.equal(gapAt(text, 'Wednesday.\n').r.gaps.find((g) => g.context.includes('remarks'))?.restored?.name, 'Emmanuel Macron');
  // Two people named as often: no main person.
  const even = 'Emmanuel Macron met Keir Starmer in Paris. Macron and Starmer spoke for an hour.\n'
    + 'In ’s comments afterwards, the ceasefire came first.';
  assert.equal(gapAt(even, 'In ').gap?.restored ?? null, null);
});

test('gaps16: a body\'s office before an appositive\'s commas is its holder on the date', () => {
  const text = 'Sudan\'s army and the RSF fought on in Darfur on Thursday.\n'
    + 'The UN secretary-general, , told the Security Council that aid convoys must be let through.';
  assert.equal(gapAt(text, 'secretary-general, ').gap?.restored?.name, 'Antonio Guterres');
});

test('gaps16: an appositive after the gap gives the role: its holder', () => {
  const text = 'European ministers met in Brussels to discuss Ukraine.\n'
    + ', Germany’s foreign minister, told reporters the sanctions package was nearly ready.';
  assert.equal(gapAt(text, 'Ukraine.\n').gap?.restored?.name, 'Johann Wadephul');
  // A former holder is not the holder.
  const former = 'European ministers met in Brussels to discuss Ukraine.\n'
    + ', a former German foreign minister, told reporters the sanctions came too late.';
  assert.notEqual(gapAt(former, 'Ukraine.\n').gap?.restored?.name, 'Johann Wadephul');
});

test('gaps16: a first name before an ownerless role, and the role\'s lost owner', () => {
  const text = 'Russian drones struck Odesa overnight, the regional governor said.\n'
    + 'Andrii , ’s foreign minister, called for more air defence systems.';
  const { r } = gapAt(text, 'Andrii ');
  const names = r.gaps.map((g) => g.restored?.name ?? null);
  assert.ok(names.includes('Andrii Sybiha'), `restored: ${JSON.stringify(names)}`);
  assert.ok(names.includes('Ukraine'), `restored: ${JSON.stringify(names)}`);
});

test('gaps16: the lost owner of an appositive role after a named person is that person\'s state', () => {
  const text = 'Armenia and Azerbaijan resumed border talks on Friday.\n'
    + 'Hakan Fidan, ’s foreign minister, arrived in Baku later that day to offer mediation.';
  assert.equal(gapAt(text, 'Fidan, ').gap?.restored?.name, 'Türkiye'); // (the knowledge base's name; the test first expected 'Turkey')
  // A family tie is no role: "Jared Kushner, ’s son-in-law" stays open.
  const kin = 'Talks on Gaza resumed in Cairo.\nJared Kushner, ’s son-in-law, joined the talks.';
  assert.equal(gapAt(kin, 'Kushner, ').gap?.restored ?? null, null);
});

test('gaps16: a lost subject that accuses one side of the article\'s war is the other side', () => {
  const text = 'Armenia and Azerbaijan exchanged fire along the border on Sunday. Armenia said two of its soldiers were wounded.\n'
    + ', in turn, accused Armenia of shelling its positions near the village of Sotk.';
  assert.equal(gapAt(text, 'wounded.\n').gap?.restored?.name, 'Azerbaijan');
});

test('gaps16: the target of an attack is read against the attack\'s own clause, not the sentence\'s first state', () => {
  const text = 'Ethiopia and Eritrea traded accusations on Monday. Eritrea denied sending troops.\n'
    + 'Ethiopian officials recalled the border crisis, which began when Eritrea launched drones targeting ’s northern bases.';
  assert.equal(gapAt(text, 'targeting ').gap?.restored?.name, 'Ethiopia');
});

test('gaps16: "a woman in Kharkiv, , told" lost a person\'s name, not the town\'s state', () => {
  const text = 'Russian strikes hit the power grid again overnight, Ukrainian officials said.\n'
    + 'A woman in Kharkiv, , told reporters her building had been without heat for a week.';
  const { gap } = gapAt(text, 'Kharkiv, ');
  assert.notEqual(gap?.restored?.name, 'Ukraine');
});

test('gaps16: "’s delegation was led by" / "’s team includes" a named person: the lost owner is that person\'s state', () => {
  const text = 'Negotiators met in Istanbul on Thursday for a third round of talks.\n'
    + '’s delegation was led by Foreign Minister Hakan Fidan, who hosted the meeting.';
  assert.equal(gapAt(text, 'talks.\n').gap?.restored?.name, 'Türkiye');
});

test('gaps16: a body named just before a lost surname\'s first name: that body\'s office holder with that first name', () => {
  const text = 'Ukraine marked the anniversary of the invasion on Tuesday.\n'
    + 'Speaking beside the visiting EU leaders Antonio , who chairs the summits, and Ursula von der Leyen, the president asked for faster accession talks.';
  // (At the first run the text read "EU leaders Antonio and Ursula von der Leyen": a first name before "and" and a
  // capitalised name is no gap the rules find, so the case tested detection, not this rule.)
  assert.equal(gapAt(text, 'leaders Antonio ', '2026-02-24').gap?.restored?.name, 'Antonio Costa');
  // With no body named, a first name shared by several people of the knowledge base stays open.
  const bare = 'Ukraine marked the anniversary of the invasion on Tuesday.\nSpeaking beside Antonio , who chairs the summits, the president asked for faster accession talks.';
  assert.equal(gapAt(bare, 'beside Antonio ', '2026-02-24').gap?.restored ?? null, null);
});
