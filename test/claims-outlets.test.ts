// Issue 9, claims on other outlets: the attribution styles of other wires and papers (AFP's
// "(AFP) -" dateline, "X on Sunday accused", "TASS quoted X as saying", "according to him",
// "Residents of X, who spoke on condition of anonymity, said", "claimed, without providing
// evidence", "No group has claimed responsibility", "rejected the allegations"), on invented
// sentences, and the seventeen invented articles of test/fixtures/wild-articles-4 (expectations
// written before the extractor was run on them).
// `node --import tsx scripts/score-wild.ts wild-articles-4 -v` prints how far the extractor is from them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, covered } from './helpers.js';
import { wildArticles, compare } from './wild-expectations.js';

const claimsOf = (text: string) => {
  const r = extract(`Title\n\n${text}`);
  return { r, at: (needle: string) => r.claims.filter((c) => covered(r, c.evidence).includes(needle)) };
};

test('claims: a day between the subject and its verb ("The M23 armed group on Sunday accused") keeps the subject, not the dateline\'s outlet', () => {
  const { at } = claimsOf('BUKAVU, Congo, May 4 (AFP) - The M23 armed group on Sunday accused government troops of shelling a market near Kamanyola.');
  assert.deepEqual(at('shelling a market').map((c) => [c.source, c.hedge]), [['m23', 'direct']]);
});

test('claims: "TASS quoted X as saying" makes X the source, through TASS, reported', () => {
  const { at } = claimsOf('Russian news agency TASS quoted Sergei Ryabkov as saying that Moscow saw no basis for new talks.');
  const [c] = at('no basis');
  assert.equal(c?.source, 'sergei-ryabkov');
  assert.equal(c?.via, 'tass');
  assert.equal(c?.hedge, 'reported');
});

test('claims: "According to him" is the person named before', () => {
  const { at } = claimsOf('Police spokesman Abdullahi Haruna said the convoy was ambushed near Gusau. According to him, three officers were wounded.');
  const [c] = at('three officers');
  assert.equal(c?.source, at('ambushed')[0]?.source);
  assert.ok(c?.source);
});

test('claims: "Residents of X, who spoke on condition of anonymity, said" is the residents, reported', () => {
  const { at } = claimsOf('Residents of Kalehe, who spoke on condition of anonymity for fear of reprisals, said the fighters had looted the health centre.');
  assert.deepEqual(at('looted').map((c) => [c.source, c.hedge]), [['residents', 'reported']]);
});

test('claims: "a member of a local militia told Reuters ... he said" is one unnamed source, reported', () => {
  const { at } = claimsOf('The village was burned on Friday, a member of a local militia told Reuters. "They came at night and nobody defended us," he said.');
  const [a] = at('burned');
  const [b] = at('nobody defended us');
  assert.equal(a?.hedge, 'reported');
  assert.equal(b?.source, a?.source);
  assert.equal(b?.hedge, 'reported');
});

test('claims: "said ... and claimed, without providing evidence, that ..." is two claims, the second alleged', () => {
  const { at } = claimsOf('Hamas said in a statement that its fighters had repelled the raid and claimed, without providing evidence, that the hospital held no weapons.');
  const cs = at('no weapons');
  assert.equal(cs.length, 2);
  assert.ok(cs.every((c) => c.source === 'hamas'));
  assert.ok(cs.some((c) => c.hedge === 'alleged'));
});

test('claims: "No group has claimed responsibility" and "rejected the allegations" frame nothing as alleged', () => {
  const { r, at } = claimsOf('A bomb hit a bus in Quetta on Monday. No group has claimed responsibility for the blast. The Taliban government rejected the allegations as baseless.');
  assert.equal(at('No group').length, 0);
  assert.deepEqual(at('baseless').map((c) => c.hedge), ['direct']);
  assert.ok(r.claims.every((c) => c.hedge !== 'alleged'));
});

test('claims: "has not been able to independently verify" is alleged', () => {
  const { at } = claimsOf('The BBC has not been able to independently verify the figures.');
  assert.deepEqual(at('verify').map((c) => c.hedge), ['alleged']);
});

test('claims: a head after a preposition is no subject ("Footage shared on social media showed")', () => {
  const { at } = claimsOf('Footage shared on social media purportedly showed soldiers firing on protesters.');
  assert.deepEqual(at('firing').map((c) => [c.source, c.hedge]), [[null, 'alleged']]);
});

test('claims: "X (ACR), the ..., said" and "the KDF said": a body by its bracketed initials', () => {
  const { r, at } = claimsOf('The National Unity Government (NUG), formed by lawmakers ousted in the coup, said the strike was a war crime. Two Darfur Joint Protection Force (DJPF) officers were hurt. The DJPF said the attackers had fled.');
  assert.equal(at('war crime')[0]?.source, 'national-unity-government');
  const [c] = at('attackers had fled');
  assert.equal(c?.source, 'darfur-joint-protection-force');
  assert.equal(r.actors.find((a) => a.id === c?.source)?.kind, 'organisation');
});

test('claims: "X, a group that documents ..., said": a body the knowledge base does not know, direct', () => {
  const { r, at } = claimsOf('The Sudan Witness Collective, a group that records abuses in Darfur, said 30 men had been executed.');
  const [c] = at('executed');
  assert.equal(c?.source, 'sudan-witness-collective');
  assert.equal(r.actors.find((a) => a.id === c?.source)?.kind, 'organisation');
  assert.equal(c?.hedge, 'direct');
});

test('claims: "according to a local rights group" is an unnamed source, reported', () => {
  const { at } = claimsOf('At least 12 people were killed in the raid, according to a local rights group.');
  assert.deepEqual(at('12 people').map((c) => [c.source, c.hedge]), [['local-rights-group', 'reported']]);
});

test('claims: "Al Jazeera\'s X, reporting from Y, said" is X, not the outlet', () => {
  const { at } = claimsOf('Al Jazeera\'s Nour Odeh, reporting from Amman, said the talks had stalled.');
  assert.equal(at('stalled')[0]?.source, 'nour-odeh');
});

test('claims: "Sudan\'s army-aligned government condemned" keeps its subject', () => {
  const { at } = claimsOf('Sudan\'s army-aligned government condemned the drone attack on Port Sudan.');
  assert.ok(['sudan', 'saf'].includes(at('Port Sudan')[0]?.source ?? ''));
});

test('claims: "officials from both sides said" is the officials, not the sides', () => {
  const { at } = claimsOf('The two armies agreed to pull back from the pass, officials from both sides said.');
  assert.deepEqual(at('pull back').map((c) => [c.source, c.hedge]), [['officials', 'reported']]);
});

test('claims: "A Sudanese official close to the talks, who asked not to be named, said" is that official, reported', () => {
  const { at } = claimsOf('A Sudanese official close to the talks, who asked not to be named because the matter was sensitive, said the army would attend.');
  const [c] = at('would attend');
  assert.equal(c?.hedge, 'reported');
  assert.match(c?.source ?? '', /official/);
});

test('claims: "It was not immediately possible to verify" is alleged', () => {
  const { at } = claimsOf('It was not immediately possible to verify the account.');
  assert.deepEqual(at('verify').map((c) => c.hedge), ['alleged']);
});

test('wild articles 4: claims of the seventeen invented articles of other outlets', () => {
  // Still missed: "the military's media wing said" (the military of the story's state is not named),
  // "SANA quoted a government official as saying" (SANA is the source: the official was tried, see index.ts),
  // and "The Palestinian Prisoners' Society" (the linker does not link a name with a plural possessive inside).
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let sourced = 0;
  for (const [, article, text] of wildArticles('wild-articles-4')) {
    const rep = compare(extract(text, article.published), article);
    tp += rep.claims.tp; fp += rep.claims.fp; fn += rep.claims.fn; sourced += rep.sourceOk;
  }
  assert.ok(fn <= 2, `claims missed ${fn}`);
  assert.ok(fp <= 1, `claims extra ${fp}`);
  assert.ok(sourced >= tp - 1, `claim sources right ${sourced} of ${tp}`);
});
