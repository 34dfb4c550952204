import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, covered } from './helpers.js';

const claimAt = (r: ReturnType<typeof extract>, words: string) => r.claims.find((c) => covered(r, c.evidence).includes(words));

test('claims: "he said" after a quote is the person who opens the sentence before', () => {
  const r = extract('Title\n\nVolodymyr Zelensky said the talks were hard.\n\nRustem Umerov, who led the delegation, also gave a short statement. “Several questions remain open,” he said.', '2025-03-11');
  const c = claimAt(r, 'Several questions remain open');
  assert.equal(c?.source, 'rustem-umerov', JSON.stringify(r.claims));
});

test('claims: a trailing "after X said" clause is a claim of its own speaker', () => {
  const r = extract('Title\n\nMoscow has not received a serious offer, Russia\'s deputy foreign minister said on Monday, after Donald Trump said he believed the talks were moving forward.', '2025-03-11');
  const c = claimAt(r, 'he believed the talks');
  assert.equal(c?.source, 'donald-trump', JSON.stringify(r.claims));
});

test('claims: ", something the Kremlin confirmed" is the Kremlin\'s claim', () => {
  const r = extract('Title\n\nOn Monday, Trump said Putin had agreed to pause strikes on power plants, something the Kremlin confirmed.', '2025-03-11');
  const c = claimAt(r, 'something the Kremlin confirmed');
  assert.ok(c && c.source !== 'donald-trump', JSON.stringify(r.claims));
});

test('claims: in "when X floated an idea, Y warned", Y is the speaker', () => {
  const r = extract('Title\n\nWhen Trump floated the idea of inviting Russia back into the G7, Zelensky warned it would reward aggression.', '2025-03-11');
  const c = claimAt(r, 'Zelensky warned');
  assert.equal(c?.source, 'volodymyr-zelensky', JSON.stringify(r.claims));
});

test('claims: "Washington\'s calls for" is a noun, no statement by anyone', () => {
  const r = extract('Title\n\nThe draft plan echoes Washington\'s calls for a compromise.', '2025-03-11');
  assert.equal(r.claims.filter((c) => c.hedge !== 'asserted').length, 0, JSON.stringify(r.claims));
});

test('claims: "did not immediately respond to requests for comment" is no claim', () => {
  const r = extract('Title\n\nThe Ministry of Defence did not immediately respond to Reuters\' requests for comment.', '2025-03-11');
  assert.equal(r.claims.filter((c) => c.hedge !== 'asserted').length, 0, JSON.stringify(r.claims));
});

test('claims: "an official was quoted in local media as saying" names the official', () => {
  const r = extract('Title\n\nA senior Israeli official was quoted in local media as saying that the talks had not collapsed.', '2025-03-11');
  const c = claimAt(r, 'quoted in local media');
  assert.equal(c?.hedge, 'reported', JSON.stringify(r.claims));
  assert.match(c?.source_text ?? '', /official/);
});

test('claims: "the official" later is the official named before', () => {
  const r = extract('Title\n\nA senior Egyptian official said on Monday that the crossing would open. The official also said that aid trucks were waiting.', '2025-03-11');
  const sources = r.claims.filter((c) => c.hedge === 'reported').map((c) => c.source);
  assert.equal(sources.length, 2, JSON.stringify(r.claims));
  assert.equal(sources[0], sources[1]);
});

test('claims: "according to four sources" is a claim of sources, the count dropped from the name', () => {
  const r = extract('Title\n\nThe deadline will be extended, according to four sources familiar with the talks.', '2025-03-11');
  const c = claimAt(r, 'four sources');
  const actor = r.actors.find((a) => a.id === c?.source);
  assert.ok(actor && !/^four /i.test(actor.name), JSON.stringify(actor));
});

test('claims: "For many legal experts, ..." and "Those who reject X say" attribute a view to a collective', () => {
  const r = extract('Title\n\nFor many legal experts, the policy amounts to annexation. Those who defend the policy say that it is temporary.', '2025-03-11');
  assert.ok(claimAt(r, 'legal experts'), JSON.stringify(r.claims));
  assert.equal(claimAt(r, 'Those who defend')?.hedge, 'reported', JSON.stringify(r.claims));
});

test('claims: "have been reported killed" with no one named is a reported claim', () => {
  const r = extract('Title\n\nAnother 40 people have been reported killed near the aid convoys.', '2025-03-11');
  const c = claimAt(r, 'reported killed');
  assert.equal(c?.hedge, 'reported', JSON.stringify(r.claims));
  assert.equal(c?.source, null);
});

test('claims: a state\'s governments stand for the state', () => {
  const r = extract('Title\n\nIsrael has held the land since 1967. Successive Israeli governments have rejected the label, arguing it is unfair.', '2025-03-11');
  assert.equal(claimAt(r, 'rejected the label')?.source, 'israel', JSON.stringify(r.claims));
});
