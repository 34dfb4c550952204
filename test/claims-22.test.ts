// Claim sources of session 22: a part of a body that speaks for it ("the military's media wing",
// "the rebels' central command", "the mission's head"), a local office named by its place ("the
// mayor of X said", "..., announced the governor of X"), a bare "the spokesperson" after a body,
// "the mission" for a body the knowledge base knows by that word. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

const claimsOf = (body: string) => extract(`Title\n\n${body}`, '2025-07-02').claims;

test('"the military\'s media wing said": the military speaks, not "media"', () => {
  const c = claimsOf("Pakistan's army said eight soldiers were killed near Kalat. The military's media wing said troops raided three hideouts in the hills.");
  assert.equal(c.length, 2);
  assert.equal(c[1].source, c[0].source);
  assert.equal(c[1].hedge, 'direct');
  const [d] = claimsOf("The military's media wing said troops raided three hideouts in the hills.");
  assert.notEqual(d?.source, 'media');
  assert.equal(d?.hedge, 'direct');
});

test('"the ELN\'s central command said": the group named in the possessive speaks', () => {
  const c = claimsOf('The ELN freed two soldiers on Sunday. In a statement, the ELN\'s central command said the release was a goodwill gesture.');
  assert.equal(c.length, 1);
  assert.equal(c[0].source, 'eln');
});

test('"The mission\'s head said", "the mission said": the mission the article named (by a name the knowledge base knows it by)', () => {
  const c = claimsOf('MINUSCA said two peacekeepers were wounded in an ambush near Bria. The mission\'s head said the attack could amount to a war crime. The mission said it had sent reinforcements.');
  assert.equal(c.length, 3);
  assert.deepEqual(c.map((x) => x.source), ['minusca', 'minusca', 'minusca']);
});

test('"The mayor of X said" and "..., announced the mayor of X": the local office speaks (an unnamed source)', () => {
  const a = claimsOf('The mayor of Kessa said gunmen attacked a market in the town on Tuesday.');
  assert.equal(a.length, 1);
  assert.match(a[0].source_text ?? '', /mayor of Kessa/);
  const b = claimsOf('Gunmen attacked a market in the town of Kessa on Tuesday, killing four traders, announced the mayor of Kessa.');
  assert.equal(b.length, 1);
  assert.match(b[0].source_text ?? '', /mayor of Kessa/);
  const c = claimsOf('Three bridges were closed after the fighting, said the governor of Tarvo province.');
  assert.match(c[0]?.source_text ?? '', /governor of Tarvo province/);
});

test('"the spokesperson said" with no one named in the role: the body named before speaks', () => {
  const c = claimsOf('Hamas rejected the proposal on Wednesday. Later, the spokesperson said any deal must include a full withdrawal.');
  assert.equal(c.length, 2);
  assert.equal(c[1].source, 'hamas');
});

test('guards: a place\'s possessive and a named spokesperson keep their readings', () => {
  const [a] = claimsOf("The town's deputy mayor told Reuters by phone that gunmen had burned the market.");
  assert.match(a?.source_text ?? '', /deputy mayor/);
  const b = claimsOf('Hamas spokesman Hazem Qassem said the group was studying the plan. The spokesman said a reply would come soon.');
  assert.equal(b.length, 2);
  assert.equal(b[1].source, b[0].source);
  assert.notEqual(b[1].source, 'hamas');
});

test('a body named by what it is: "The main opposition coalition has said", "The junta has repeatedly denied", "according to the ombudsman"', () => {
  const a = claimsOf('The main opposition coalition has said it will boycott the vote unless the charter is restored.');
  assert.equal(a.length, 1);
  assert.match(a[0].source_text ?? '', /opposition coalition/);
  const b = claimsOf('Soldiers burned three villages in Sagaing last week, witnesses said. The junta has repeatedly denied targeting civilians.');
  assert.equal(b.length, 2);
  const c = claimsOf('The offensive killed more than 80 people and displaced thousands, according to the ombudsman.');
  assert.equal(c.length, 1);
  assert.match(c[0].source_text ?? '', /ombudsman/);
});

test('"The military government rejected the report": the state the story is about, on record', () => {
  const c = claimsOf('Gunmen attacked an army base in northern Burkina Faso on Sunday, killing 30 soldiers. A rights group accused Burkina Faso\'s army of killing civilians. The military government rejected the report as baseless.');
  const last = c[c.length - 1];
  assert.match(last?.source_text ?? '', /military government/);
  assert.equal(last?.source, 'burkina-faso');
  assert.equal(last?.hedge, 'direct');
});

test('"It says" after a sentence that opens with a body and states no claim: that body, not an earlier speaker', () => {
  const c = claimsOf('Drone strikes have killed dozens of civilians this year, according to the Ethiopian Human Rights Commission. The OLA, which split from the Oromo Liberation Front in 2018, was designated a terrorist organisation in 2021. It says it is fighting for self-determination.');
  assert.equal(c.length, 2);
  assert.equal(c[1].source, 'oromo-liberation-army');
});

test('"“...?” X told the parliament": the speaker after a quote closed by its question mark says the quote', () => {
  const body = 'The army said it shelled the town on Monday. "Why are we still fighting?" Moshe Gafni told the Israeli parliament.';
  const r = extract(`Title\n\n${body}`, '2025-07-02');
  const c = r.claims;
  assert.equal(c.length, 2);
  assert.equal(c[1].source, 'moshe-gafni');
  assert.match(r.document.text.slice(c[1].evidence.start, c[1].evidence.end), /^"Why are we still fighting\?" Moshe Gafni told/);
});

test('"X of <party> told": a name the linker does not know, before "of" and its party, speaks', () => {
  const c = claimsOf('The deaths renewed pressure on the government. "Why are we fighting?" Moshe Levi of United Torah Judaism told the parliament.');
  assert.equal(c.length, 1);
  assert.equal(c[0].source, 'moshe-levi');
});
