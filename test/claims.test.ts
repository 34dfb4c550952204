import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, covered } from './helpers.js';

const claimFor = (text: string, needle: string) => {
  const r = extract(`Title\n\n${text}`);
  const c = r.claims.find((x) => covered(r, x.evidence).includes(needle));
  return { r, c };
};

test('claims: "X said" makes X the source, direct', () => {
  const { r, c } = claimFor('Sergey Lavrov said on Monday that Moscow was ready for talks.', 'ready for talks');
  assert.equal(c?.source, r.actors.find((a) => /Lavrov/.test(a.name))?.id);
  assert.equal(c?.hedge, 'direct');
});

test('claims: "according to" an unnamed collective makes a group source, reported', () => {
  const { r, c } = claimFor('According to western security officials, the offensive will resume in spring.', 'offensive');
  assert.equal(c?.hedge, 'reported');
  assert.equal(r.actors.find((a) => a.id === c?.source)?.kind, 'group');
  assert.equal(c?.source_text, 'western security officials');
});

test('claims: "allegedly" makes an alleged claim with no source', () => {
  const { c } = claimFor('The ministry allegedly ordered the strike.', 'allegedly');
  assert.equal(c?.hedge, 'alleged');
});

test('claims: "if these reports are accurate" is speculative', () => {
  const { c } = claimFor('If these reports are accurate, the deal may collapse.', 'collapse');
  assert.equal(c?.hedge, 'speculative');
  assert.equal(c?.source, null);
});

test('claims: "He said" takes the last person named as the source', () => {
  const { r, c } = claimFor('Badr Abdelatty visited the crossing. He said the situation was beyond imagination.', 'beyond imagination');
  assert.equal(c?.source, r.actors.find((a) => a.name === 'Badr Abdelatty')?.id);
});

test('claims: a plain assertion by the outlet is no claim', () => {
  const r = extract('Title\n\nThe talks lasted three hours.');
  assert.deepEqual(r.claims, []);
});

test('claims: a role in apposition is its name\'s ("X, a spokeswoman for the ministry, said")', () => {
  const { r, c } = claimFor('Olena Kovalchuk, a spokeswoman for the ministry, said the talks would resume.', 'resume');
  assert.equal(r.actors.find((a) => a.id === c?.source)?.name, 'Olena Kovalchuk');
  assert.equal(r.actors.find((a) => a.name === 'Olena Kovalchuk')?.role, 'a spokeswoman for the ministry');
});

test('claims: a name inside a phrase that modifies the subject is not the source ("mediators in Doha said")', () => {
  const { r, c } = claimFor('The two sides agreed on Sunday to exchange prisoners, mediators in Doha said.', 'exchange');
  assert.equal(c?.source_text, 'mediators');
  assert.equal(c?.hedge, 'reported');
  assert.equal(r.actors.find((a) => a.id === c?.source)?.kind, 'group');
});

test('claims: a speaker named after the verb that follows its clause ("..., said a Ukrainian drone commander")', () => {
  const group = extract('Title\n\nRussia will need a year to rebuild the bridge, said a Ukrainian drone commander.');
  assert.equal(group.claims[0]?.hedge, 'reported');
  assert.match(group.claims[0]?.source_text ?? '', /commander/);
  const person = extract('Title\n\n“We keep hearing promises,” said Senator Lindsey Graham of South Carolina.');
  assert.match(person.claims[0]?.source_text ?? '', /Graham/);
  // Not inverted: the subject before the verb is the speaker, not the outlet told.
  const told = extract('Title\n\nA shopkeeper in Rafah, Omar Salem, told the BBC that prices had doubled.');
  assert.doesNotMatch(told.claims[0]?.source_text ?? '', /BBC/);
});

/** The source text of the first claim of a one-sentence article. */
const sourceTextOf = (sentence: string) => extract(`Title\n\n${sentence}`).claims[0]?.source_text;

test('claims: an unnamed group starts at its number or its capitalised modifier, not at a noun before it', () => {
  assert.equal(sourceTextOf('Rising prices were among the main causes Russian officials said hurt growth.'), 'Russian officials');
  assert.equal(sourceTextOf('The envoy got a welcome one senior Western diplomat described as frosty.'), 'one senior Western diplomat');
});

test('claims: a participle phrase between the name and the verb is skipped; a name after "told" is the one told', () => {
  const a = extract('Title\n\nIsraeli officials, speaking on condition of anonymity, said the deal could be signed next week.');
  assert.equal(a.claims[0]?.source_text, 'Israeli officials');
  assert.equal(a.claims[0]?.hedge, 'reported');
  assert.notEqual(sourceTextOf('Sources familiar with the talks told Axios that the sides were close to a deal.'), 'Axios');
  assert.equal(sourceTextOf('Russian state media reported that Putin met the envoy.'), 'Russian state media');
});

test('claims: the outlet told, or the outlet citing sources, is the claim\'s via', () => {
  const a = extract('Title\n\nSources familiar with the talks told Axios that the sides were close to a deal.');
  assert.deepEqual([a.claims[0]?.source_text, a.claims[0]?.via], ['Sources', 'axios']);
  const b = extract('Title\n\nAccording to Reuters, citing two sources, the talks will resume.');
  assert.deepEqual([b.claims[0]?.source_text, b.claims[0]?.via], ['two sources', 'reuters']);
  const c = extract('Title\n\nPeskov told reporters the talks would resume.');
  assert.equal(c.claims[0]?.via, null);
});

test('claims: an unnamed source in a body is that body\'s source, of its country ("a source in the Palestinian armed group")', () => {
  const r = extract('Title\n\nHamas has accepted the new plan, a source in the Palestinian armed group has told the BBC.');
  const source = r.actors.find((a) => a.id === r.claims[0]?.source);
  assert.deepEqual([source?.name, source?.kind, source?.country, r.claims[0]?.via], ['Hamas source', 'group', 'PS', 'bbc']);
  const inside = extract('Title\n\nAn Israeli official said the deal was close.');
  assert.equal(inside.actors.find((a) => a.id === inside.claims[0]?.source)?.country, 'IL');
  // A place is not a body: "sources in Russia" are only located there.
  const place = extract('Title\n\nSources in Russia said the plant was hit.');
  assert.equal(place.actors.find((a) => a.id === place.claims[0]?.source)?.name, 'Sources');
});

test('claims: a name the knowledge base does not know, right before the verb, is a person speaking directly', () => {
  const { r, c } = claimFor('The report was published in May. Ngozi Okafor has long studied the region. Okafor argues the truce will not hold.', 'truce will not hold');
  assert.equal(c?.hedge, 'direct');
  const speaker = r.actors.find((a) => a.id === c?.source);
  assert.equal(speaker?.kind, 'person');
  assert.equal(speaker?.name, 'Ngozi Okafor');
});

test('claims: the name before a descriptive appositive speaks, not the appositive noun', () => {
  const { r, c } = claimFor('Amara Dialló, a nurse at the district clinic, said the wards had no fuel left.', 'no fuel left');
  assert.equal(c?.hedge, 'direct');
  assert.equal(r.actors.find((a) => a.id === c?.source)?.name, 'Amara Dialló');
  const who = claimFor('“We sleep in coats,” Mira Osei, who lives near the river, told reporters.', 'sleep in coats');
  assert.equal(who.r.actors.find((a) => a.id === who.c?.source)?.name, 'Mira Osei');
});

test('claims: "are thought to" is alleged and "apparently" speculative, without a source', () => {
  assert.equal(claimFor('Thousands are thought to be trapped in the city.', 'trapped').c?.hedge, 'alleged');
  assert.equal(claimFor('The commander apparently left the town before dawn.', 'left the town').c?.hedge, 'speculative');
});

test('claims: other forms of reporting verbs attribute too ("warn that", "boasted that")', () => {
  const { r, c } = claimFor('Aid agencies warn that the camps will run out of water.', 'run out of water');
  assert.equal(c?.hedge, 'reported');
  assert.ok(r.actors.find((a) => a.id === c?.source));
  const boast = claimFor('Donald Trump boasted that he would end the war within a day.', 'end the war');
  assert.equal(boast.r.actors.find((a) => a.id === boast.c?.source)?.name, 'Donald Trump');
});

test('claims: an outlet that passes a statement on at the end of the sentence makes it reported, through the outlet', () => {
  const { r, c } = claimFor('Dmitry Peskov told reporters that no ceasefire was planned, RIA Novosti reported.', 'no ceasefire');
  assert.equal(c?.hedge, 'reported');
  assert.equal(c?.source, r.actors.find((a) => a.name === 'Dmitry Peskov')?.id);
  assert.ok(c?.via);
});

test('claims: an office of a state speaks for it through an adjective ("Pakistan\'s foreign ministry accused")', () => {
  // The ministry may be an organisation of its own in the knowledge base; the claim is still the state's.
  const { r, c } = claimFor('Pakistan closed its airspace. Pakistan’s foreign ministry accused India of shelling border villages.', 'shelling');
  assert.equal(c?.source, 'pakistan');
  assert.equal(c?.via, r.actors.find((a) => /ministry/i.test(a.name) || /foreign-office|ministry/.test(a.id))?.id);
});

test('claims: a contrasting clause with its own speaker is a second claim ("..., though aid groups say ...")', () => {
  const r = extract('Title\n\nThe Ethiopian government has denied blocking the convoys, though aid groups say trucks have waited at the border for weeks.');
  assert.equal(r.claims.length, 2);
  const second = r.claims.find((c) => covered(r, c.evidence).includes('trucks have waited'));
  assert.equal(second?.hedge, 'reported');
  assert.equal(second?.source_text, 'aid groups');
});

test('claims: "cautioned" and "accused" are reporting verbs that name their speaker', () => {
  const a = claimFor('Antonio Guterres cautioned that the fighting around the dam would displace thousands more.', 'displace thousands');
  assert.equal(a.c?.source, a.r.actors.find((x) => /Guterres/.test(x.name))?.id);
  assert.equal(a.c?.hedge, 'direct');
  const b = claimFor('Paul Kagame accused the neighbouring army of shelling border villages overnight.', 'border villages');
  assert.equal(b.c?.source, b.r.actors.find((x) => /Kagame/.test(x.name))?.id);
});

test('claims: a passive "was criticised by X" names X after "by" as the speaker', () => {
  const { r, c } = claimFor('The truce plan was criticised by Paul Kagame as a trap for the rebels.', 'trap for the rebels');
  assert.equal(c?.source, r.actors.find((x) => /Kagame/.test(x.name))?.id);
});

test('claims: a body named again by its head noun is the body named earlier ("the air force said")', () => {
  const text = "Ukraine's air force said 40 drones were launched overnight. Most were shot down over the north, the air force said.";
  const { r, c } = claimFor(text, 'shot down');
  const first = r.claims.find((x) => covered(r, x.evidence).includes('40 drones'));
  assert.ok(first?.source, 'the first claim has a source');
  assert.equal(c?.source, first?.source);
  assert.equal(c?.hedge, 'direct');
});

test('claims: initials stand for the body defined with them ("The SES also said")', () => {
  const text = 'The State Emergency Service (SES) said fires broke out in two districts. The SES also said rescuers were still at work.';
  const { r, c } = claimFor(text, 'rescuers');
  const first = r.claims.find((x) => covered(r, x.evidence).includes('fires broke out'));
  assert.ok(first?.source);
  assert.equal(c?.source, first?.source);
  assert.equal(c?.source_text, 'SES');
});

test('claims: a body no earlier name fits stays an unnamed source, reported, never a guess', () => {
  const { r, c } = claimFor('Two people died in the east, the regional governor said.', 'Two people died');
  assert.equal(c?.hedge, 'reported');
  assert.equal(c?.source_text, 'regional governor');
  assert.equal(r.actors.find((a) => a.id === c?.source)?.kind, 'group');
});

test('claims: a time phrase or "Others" opening the sentence is no speaker', () => {
  const a = claimFor("Later Tuesday, the army's general staff reported that two villages had fallen.", 'two villages');
  assert.notEqual(a.c?.source_text, 'Later Tuesday');
  assert.equal(a.c?.source_text, "army's general staff");
  const b = claimFor('Some welcomed the plan. Others said the deal was a victory for the government.', 'victory');
  assert.equal(b.c?.hedge, 'reported');
  assert.equal(b.r.actors.some((x) => x.kind === 'person' && x.name === 'Others'), false);
});

test('claims: only a verbal act that is a statement makes a claim', () => {
  assert.equal(claimFor('Washington seeks a quick end to the fighting in the east.', 'quick end').c, undefined);
  assert.equal(claimFor('Kyiv is ready to talk about a ceasefire along the front.', 'ceasefire').c, undefined);
  assert.equal(claimFor('The president has not demanded elections in the occupied areas.', 'elections').c, undefined);
  assert.equal(claimFor('Moscow urged Kyiv to withdraw from the region.', 'withdraw')?.c?.hedge, 'direct');
});

test('claims: "were reported killed" and "according to the health ministry" are reported claims', () => {
  const a = claimFor('More than 80 people were reported killed in the strikes.', 'reported killed');
  assert.equal(a.c?.hedge, 'reported');
  assert.equal(a.c?.source, null);
  const b = claimFor("At least 50 people have been killed since then, according to the territory's health ministry.", 'At least 50');
  assert.equal(b.c?.hedge, 'reported');
  assert.equal(b.c?.source_text, "territory's health ministry");
});

test('claims: an appositive between the name and the verb describes the name, it is not the speaker', () => {
  const idOf = (r: ReturnType<typeof extract>, name: string) => r.actors.find((a) => a.name === name)?.id;
  const a = claimFor('Bulgaria, Serbia\'s old rival, said it welcomed the plan for a border commission.', 'border commission');
  assert.equal(a.c?.source, idOf(a.r, 'Bulgaria'));
  const b = claimFor('Norway, a long-time mediator alongside Cuba, said talks would resume in Havana.', 'resume');
  assert.equal(b.c?.source, idOf(b.r, 'Norway'));
  // A name in apposition names the speaker itself.
  const c = claimFor('Colombia\'s peace commissioner, Otty Patiño, said the talks would resume.', 'resume');
  assert.match(c.r.actors.find((x) => x.id === c.c?.source)?.name ?? '', /Patiño/);
  const d = claimFor('Kenya\'s ally, the United States, said it would fund the mission.', 'fund');
  assert.equal(d.c?.source, idOf(d.r, 'United States'));
});

test('positions: the holder before an appositive holds the position ("Turkey, a NATO member ..., offered")', () => {
  const r = extract('Title\n\nQatar, a Gulf state that hosts talks with Iran, offered to host a new round of peace talks.');
  const p = r.positions.find((x) => x.issue === 'peace_talks');
  assert.equal(r.actors.find((a) => a.id === p?.holder)?.name, 'Qatar');
});

test('claims: the name in ", led by X," between a group and its verb is not the speaker', () => {
  const idOf = (r: ReturnType<typeof extract>, name: string) => r.actors.find((a) => a.name === name)?.id;
  const a = claimFor('The Arakan Army, led by Twan Mrat Naing, said it had captured the town of Kyauktaw.', 'captured');
  assert.equal(a.c?.source, idOf(a.r, 'Arakan Army'));
  // Without the phrase, the person named just before the verb still speaks.
  const b = claimFor('The Arakan Army commander Twan Mrat Naing said it had captured the town of Kyauktaw.', 'captured');
  assert.notEqual(b.c?.source, idOf(b.r, 'Arakan Army'));
});

test('claims: a name opened by "the" after a clause\'s comma owns the appositive that follows it', () => {
  const { r, c } = claimFor('In the province of Idlib, the Syrian Observatory for Human Rights, a Britain-based war monitor, said clashes killed nine people.', 'clashes');
  assert.equal(r.actors.find((a) => a.id === c?.source)?.name, 'Syrian Observatory for Human Rights');
  assert.equal(c?.hedge, 'direct');
});

test('claims: a state news agency passing on a statement makes it second-hand', () => {
  const { c } = claimFor('Two soldiers were killed near Homs, state news agency SANA reported.', 'soldiers');
  assert.equal(c?.hedge, 'reported');
});

test('claims: a titled name owns the appositive after it ("Former leader X, Y\'s father, said")', () => {
  const { r, c } = claimFor("Former Cambodian leader Hun Sen, Hun Manet's father, said the border would stay closed.", 'border');
  assert.equal(r.actors.find((a) => a.id === c?.source)?.name, 'Hun Sen');
  // A verb before the name makes it no subject: "Officials met Hun Sen, Hun Manet's father, said ..." is not read as his.
  const d = claimFor("Officials who met Hun Sen, Hun Manet's father, said the border would stay closed.", 'border');
  assert.notEqual(d.r.actors.find((a) => a.id === d.c?.source)?.name, 'Hun Sen');
});

test('claims: "according to local media" names local media, not "local"', () => {
  const { c } = claimFor('Officials summoned the envoy, according to local media.', 'envoy');
  assert.equal(c?.source_text, 'local media');
  assert.equal(c?.hedge, 'reported');
});

test('claims: a saying verb in a relative clause is read after the main clause\'s', () => {
  const { r, c } = claimFor('The suspects belong to a cell linked to Petar Ilic, a politician who has admitted funding the group, Marko Jovanovic said.', 'suspects');
  assert.equal(r.actors.find((a) => a.id === c?.source)?.name, 'Marko Jovanovic');
});

test('claims: "Local civil society leaders in Uvira said" names the leaders, reported', () => {
  const { c } = claimFor('Local civil society leaders in Baraka said fighters had attacked two villages on Friday.', 'villages');
  assert.equal(c?.source_text, 'Local civil society leaders');
  assert.equal(c?.hedge, 'reported');
});

test('events: a place after "the province of" places the event', () => {
  const r = extract('Title\n\nThe government and the rebels signed a framework agreement in Doha on Saturday that lays out steps toward a permanent peace, though fighting continued in the eastern province of South Kivu.', '2025-11-15');
  const fighting = r.events.find((e) => e.type === 'ASSAULT');
  assert.equal(fighting?.location, 'South Kivu', JSON.stringify(r.events));
});

test('claims: a known person named longer than the knowledge base has it is that person, not a new speaker', () => {
  // The knowledge base has "Nabil Abdallah" (the Sudanese army's spokesman); the article adds his third name.
  const { r, c } = claimFor('Army spokesman Nabil Abdallah Osman said the paramilitaries had shelled the city overnight.', 'shelled the city');
  assert.equal(c?.source, 'nabil-abdallah');
  assert.equal(c?.source_text, 'Nabil Abdallah Osman');
  assert.deepEqual(r.actors.filter((a) => a.kind === 'person').map((a) => a.id), ['nabil-abdallah']);
  // A new name after a known person's, with a comma between, is still someone else.
  const other = claimFor('The talks were hosted by Nabil Abdallah, Amira Tesfay said on Monday.', 'hosted');
  assert.notEqual(other.c?.source, 'nabil-abdallah');
});

test('claims: "the army" and "the military" after a state\'s army named either way are that army, the latest one named', () => {
  const text = "Sudan's army said on Monday it had repelled an attack on El Obeid. The military also accused the paramilitaries of shelling a market. "
    + "Israel's military said it struck sites in southern Lebanon. The army said the sites stored rockets.";
  const r = extract(`Title\n\n${text}`);
  const sourceOf = (needle: string) => r.claims.find((c) => covered(r, c.evidence).includes(needle))?.source;
  assert.equal(sourceOf('shelling a market'), 'saf');
  assert.equal(sourceOf('stored rockets'), 'idf');
});

test('claims: people named by their trade speak for themselves: "an aid worker told AFP", "a village elder said"', () => {
  for (const [text, source] of [
    ['The shelling killed four people in the market, an aid worker told AFP.', 'aid-worker'],
    ['The militia burned the granary before dawn, a village elder said.', 'village-elder'],
    ['The detainees have not seen a judge in months, a defence lawyer said.', 'lawyer'],
  ] as const) {
    const r = extract(`Title\n\n${text}`);
    assert.equal(r.claims.length, 1, text);
    assert.match(r.claims[0].source ?? '', new RegExp(source), text);
    assert.equal(r.claims[0].hedge, 'reported', text);
  }
});

test('claims: "the army" is never an armed group whose name holds "Army"', () => {
  const r = extract("Title\n\nColombia's National Liberation Army (ELN) suspended the talks on Thursday. The army said the raid targeted a camp used to recruit minors.");
  const c = r.claims.find((x) => covered(r, x.evidence).includes('recruit minors'));
  assert.ok(c);
  assert.notEqual(c.source, 'eln');
});

test('claims: a participle after a dash shares the main subject ("rejected a plan put forward by the Quad — the US, ... — saying")', () => {
  const r = extract('Title\n\nArmy chief Abdel Fattah al-Burhan on Monday rejected a truce plan put forward by the Quad — the United States, Saudi Arabia, Egypt and the United Arab Emirates — saying the army would keep fighting.');
  const c = r.claims.find((x) => covered(r, x.evidence).includes('keep fighting'));
  assert.equal(c?.source, 'abdel-fattah-al-burhan');
});

test('claims: a state news agency told is the channel, one actor, not its state and a "News Agency"', () => {
  const r = extract('Title\n\nThe strikes caused power outages across the city, the state governor told Sudan News Agency (SUNA).');
  assert.equal(r.claims[0]?.via, 'suna');
  assert.deepEqual(r.actors.filter((a) => /news|^sudan$|^suna$/.test(a.id)).map((a) => a.id), ['suna']);
});

test('claims: an office of a state the knowledge base lacks speaks for the state ("according to Lebanon\'s health ministry")', () => {
  const r = extract("Title\n\nIsraeli strikes on southern Lebanon killed three people on Sunday, according to Lebanon's health ministry.");
  assert.equal(r.claims[0]?.source, 'lebanon');
  assert.equal(r.claims[0]?.source_text, "Lebanon's health ministry");
  assert.equal(r.claims[0]?.hedge, 'reported');
  // A hospital of a state is no voice of the state.
  const h = extract("Title\n\nTwo bodies were brought in overnight, according to Lebanon's hospital.");
  assert.notEqual(h.claims[0]?.source, 'lebanon');
});

test('claims: "X alleged that" makes X the source, alleged; "the alleged massacre" names no one', () => {
  const r = extract("Title\n\nIsrael's military alleged that Hezbollah was rebuilding its positions near the river. The alleged massacre in the village drew condemnation.");
  const c = r.claims.find((x) => covered(r, x.evidence).includes('rebuilding'));
  assert.equal(c?.source, 'idf');
  assert.equal(c?.hedge, 'alleged');
  assert.equal(r.claims.find((x) => covered(r, x.evidence).includes('massacre'))?.source ?? null, null);
});

test('claims: "the group\'s leader said" is the armed group named before, speaking through its head', () => {
  const r = extract("Title\n\nHezbollah fired rockets at Israel last year.\n\nThe group's leader said it would not hand over its arms.");
  const c = r.claims.find((x) => covered(r, x.evidence).includes('hand over'));
  assert.equal(c?.source, 'hezbollah');
  assert.equal(c?.source_text, "The group's leader");
  assert.deepEqual(r.positions.map((p) => `${p.holder} ${p.stance} ${p.issue}`), ['hezbollah reject demilitarisation']);
});

test('claims: "it" right after a reporting verb is that verb\'s subject, not a state whose office spoke earlier in the sentence', () => {
  const r = extract("Title\n\nIsraeli jets struck Hezbollah depots, killing three people, according to Lebanon's health ministry, hours after the group's leader said it would not hand over its arms.");
  assert.deepEqual(r.positions.map((p) => `${p.holder} ${p.stance} ${p.issue}`), ['hezbollah reject demilitarisation']);
  // A person's office is still that office: "Netanyahu's office said it".
  const o = extract("Title\n\nNetanyahu's office said it would not accept a ceasefire before the hostages were freed.");
  assert.deepEqual(o.positions.map((p) => `${p.holder} ${p.stance} ${p.issue}`), ['israeli-prime-ministers-office reject ceasefire']);
});
