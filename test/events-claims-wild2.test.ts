// Issue 9, second round: ten more invented wire articles from other wars
// (test/fixtures/wild-articles-2: Amhara, the Sahel, Haiti, the Red Sea, Israel-Iran, Kosovo, the
// Thai-Cambodian border, the Afghan-Pakistani border, Lebanon, Cabo Delgado), whose expectations were
// written before the extractor was run on them, and the general rules they showed missing.
// `node --import tsx scripts/score-wild.ts wild-articles-2 -v` prints how far the extractor is from them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';
import { wildArticles, compare } from './wild-expectations.js';

const VERBAL = new Set(['REQUEST', 'REJECT', 'ACCUSE', 'THREATEN', 'SUPPORT']);

/** Events the extractor still misses (each in the report of issue 9, round 2). */
const KNOWN_MISSING: Record<string, string[]> = {
  // "The blast on the canal ... on Friday" is a definite noun (the explosion the lead named as the arrests' cause).
  'serbia-kosovo': ['The blast on the Ibar-Lepenac canal'],
  // "Thai F-16 jets struck ... in response" merges into the rockets told just before (same day, one sentence apart).
  'thailand-cambodia': ['Thai F-16 jets struck'],
  // "Two more people were killed in a strike on a house in Aita al-Shaab" continues the strike on the car before it.
  'lebanon-hezbollah': ['Aita al-Shaab'],
};
/** Claims the extractor still misses in each article: lower these as rules improve, never raise them. */
const CLAIM_SLACK: Record<string, number> = {
  // "..., a local health official and residents said, as Fano fighters claimed ...": two claims in one sentence; "has previously denied".
  'ethiopia-amhara': 2,
  // "according to a statement read on Niger's state television".
  'sahel-mali': 1,
  // "A private security firm, Ambrey, said": a name unknown to the knowledge base after an appositive role.
  'yemen-red-sea': 1,
  // Two sources in one sentence ("the Thai health ministry said, and ..., according to Cambodian officials").
  'thailand-cambodia': 1,
  // "Lebanon's health ministry said, ... that Beirut says violate": two claims of one source in one sentence.
  'lebanon-hezbollah': 1,
  // "according to Cabo Ligado, a conflict monitoring project": a name unknown to the knowledge base.
  'mozambique-cabo-delgado': 1,
};

for (const [name, article, text] of wildArticles('wild-articles-2')) {
  test(`wild articles 2: ${name} has its events (type, status) and no more than ${article.maxEvents} deeds`, () => {
    const r = extract(text, article.published);
    const rep = compare(r, article);
    const missing = rep.problems.filter((p) => (p.startsWith('event missing:') || p.startsWith('event status')) && !(KNOWN_MISSING[name] ?? []).some((q) => p.includes(q)));
    assert.deepEqual(missing, [], rep.problems.join('\n'));
    const deeds = r.events.filter((e) => !VERBAL.has(e.type)).length;
    assert.ok(deeds <= article.maxEvents, `${deeds} events\n${rep.problems.join('\n')}`);
  });
  test(`wild articles 2: ${name} attributes its claims with their hedges`, () => {
    const rep = compare(extract(text, article.published), article);
    assert.ok(rep.claims.fn <= (CLAIM_SLACK[name] ?? 0), rep.problems.filter((p) => p.startsWith('claim')).join('\n'));
  });
}

const deedsOf = (text: string, published = '2025-10-14') => extract('Title\n\n' + text, published).events.filter((e) => !VERBAL.has(e.type));
const claimsOf = (text: string, published = '2025-10-14') => extract('Title\n\n' + text, published).claims;

test('events: a war over a span of years ("from 1998 to 2000", "during the 2020-2022 war") is no one happening', () => {
  assert.equal(deedsOf('Eritrea and Ethiopia fought a border war from 1998 to 2000 in which tens of thousands died.').filter((e) => e.type === 'ASSAULT').length, 0);
  assert.equal(deedsOf('Fano fought alongside the federal army during the 2020-2022 war in Tigray.').length, 0);
  // A day named keeps it one happening.
  assert.equal(deedsOf('Fano fighters attacked the 2021-built army base in Debark on Monday.').filter((e) => e.type === 'ASSAULT').length, 1);
});

test('events: habits and trends ("have clashed repeatedly", "near-daily strikes", "weeks of air strikes", "attacks have surged") tell no one happening', () => {
  assert.equal(deedsOf('The two neighbours have clashed repeatedly over the border.').length, 0);
  assert.equal(deedsOf('Israel has carried out near-daily strikes in southern Lebanon.').length, 0);
  assert.equal(deedsOf('The United States carried out weeks of heavy air strikes on the Houthis.').filter((e) => e.type === 'ASSAULT').length, 0);
  assert.equal(deedsOf('But attacks have surged again in Cabo Delgado.').length, 0);
});

test('events: a perfect that sums acts ("has since fired hundreds of missiles", "have been forced from their homes") is no one happening', () => {
  assert.equal(deedsOf('Iran has since fired hundreds of missiles at Israel.').length, 0);
  assert.equal(deedsOf('The army and its allies have allegedly killed hundreds of civilians in central Mali, rights groups say.').length, 0);
  assert.equal(deedsOf('More than 1.3 million people have been forced from their homes in Haiti.').length, 0);
  // One attack with its day stays.
  assert.equal(deedsOf('Russia has fired hundreds of drones at Kyiv overnight.').filter((e) => e.type === 'ASSAULT').length, 1);
});

test('events: violence of a season and an insurgency "that began in 2017 and has killed" are tolls, not attacks', () => {
  assert.equal(deedsOf('Gang violence killed more than 4,000 people in Haiti in the first half of the year.').length, 0);
  assert.equal(deedsOf('The insurgency in Cabo Delgado began in October 2017 and has killed more than 6,000 people.').filter((e) => e.type === 'ASSAULT').length, 0);
});

test('events: "attack drones", "the ship attack" and "the Israeli strikes" name weapons or strikes told before', () => {
  assert.equal(deedsOf('The government hired contractors to fly attack drones against gang leaders in Port-au-Prince.').filter((e) => e.type === 'ASSAULT').length, 0);
  assert.equal(deedsOf('Yemen\'s government, based in Aden, condemned the ship attack.').filter((e) => e.type === 'ASSAULT').length, 0);
  assert.equal(deedsOf('The IAEA said the Israeli strikes had damaged buildings at Fordow.').filter((e) => e.type === 'ASSAULT').length, 0);
  assert.equal(deedsOf('The UN Security Council held an emergency meeting on the clashes in New York on Friday.').filter((e) => e.type === 'ASSAULT').length, 0);
});

test('events: suspects "detained in raids" were arrested, not attacked', () => {
  const r = deedsOf('Police said the suspects were detained in raids in North Mitrovica on Tuesday.');
  assert.deepEqual(r.map((e) => e.type), ['COERCE'], JSON.stringify(r));
});

test('events: an armed group claiming the attack told before, with its own toll, is no second attack', () => {
  const r = deedsOf('Jihadist fighters killed at least 30 soldiers in an attack on an army base in Boulkessi on Tuesday, security sources said. JNIM claimed the attack in a message, saying it had killed 64 soldiers and seized weapons.', '2025-08-06');
  assert.equal(r.filter((e) => e.type === 'ASSAULT' || e.type === 'COERCE').length, 1, JSON.stringify(r));
  assert.equal(r[0]?.quantities.killed, 30);
});

test('events: what the attackers burned or seized is part of their attack', () => {
  const r = deedsOf('Gang members killed at least 18 people and set fire to dozens of homes in Mirebalais on Monday night.', '2025-11-19');
  assert.deepEqual(r.map((e) => e.type), ['ASSAULT'], JSON.stringify(r));
});

test('events: a raid told again with another way of killing ("stormed ... with machetes") is the raid told before', () => {
  const r = deedsOf('Islamist insurgents killed at least nine civilians, beheading several of them, in raids on two villages in Cabo Delgado on Monday. The attackers stormed the villages of Mapate and Nanduli in Muidumbe district, burned around 60 homes and abducted several children.', '2025-10-02');
  assert.equal(r.filter((e) => e.type === 'ASSAULT').length, 1, JSON.stringify(r));
});

test('events: in a fight, either side\'s telling is the fight told before', () => {
  const r = deedsOf('Pakistani troops and Taliban forces clashed at several points along the frontier on Wednesday. Taliban spokesman Zabihullah Mujahid said Pakistani forces had attacked first and that 12 civilians were killed in Spin Boldak.', '2025-10-16');
  assert.equal(r.filter((e) => e.type === 'ASSAULT').length, 1, JSON.stringify(r));
});

test('events: "X strikes ..., as Iran fired a barrage" tells two attacks; "exchanged heavy fire" is a clash', () => {
  const r = deedsOf('Israeli warplanes struck missile sites around Tehran overnight, the Israeli military said on Wednesday, as Iran fired a fresh barrage of ballistic missiles at central Israel.', '2025-06-18');
  assert.equal(r.filter((e) => e.type === 'ASSAULT').length, 2, JSON.stringify(r));
  assert.ok(deedsOf('Pakistani troops and Taliban forces exchanged heavy fire along the frontier on Wednesday.').some((e) => e.type === 'ASSAULT'));
});

test('events: "Rubio spoke to X and Y by phone on Sunday" is a call, the cue far from its end', () => {
  const r = deedsOf('U.S. Secretary of State Marco Rubio spoke to Abiy and Eritrean President Isaias Afwerki by phone on Sunday.', '2025-10-14');
  const call = r.find((e) => e.type === 'CONSULT');
  assert.equal(call?.mode, 'phone', JSON.stringify(r));
  assert.equal(call?.date, '2025-10-12');
});

test('events: a country named as where a border runs ("near the border with Burkina Faso") is no actor', () => {
  const [e] = deedsOf('Gunmen stormed the army camp at Boulkessi, near the border with Burkina Faso, on Tuesday.', '2025-08-06');
  assert.ok(e && !e.actors.includes('burkina-faso'), JSON.stringify(e));
});

test('claims: a person named in full is their first name alone later ("Tesfaye said")', () => {
  const c = claimsOf('A resident, Tesfaye Alemu, said he heard a drone. "There were no fighters there," Tesfaye said by telephone.');
  assert.deepEqual(c.map((x) => x.source), ['tesfaye-alemu', 'tesfaye-alemu'], JSON.stringify(c));
});

test('claims: "Pakistan\'s military said" is an institution on record (direct)', () => {
  const c = claimsOf('Pakistan\'s military said its forces had killed 20 fighters.');
  assert.equal(c[0]?.hedge, 'direct', JSON.stringify(c));
});

test('claims: "declared independence" and "recalled its own envoy" are acts; "did not officially confirm" states nothing', () => {
  assert.equal(claimsOf('Kosovo declared independence from Serbia in 2008.').length, 0);
  assert.equal(claimsOf('Bangkok then expelled the Cambodian ambassador and recalled its own envoy.').length, 0);
  assert.equal(claimsOf('Pakistan did not officially confirm the strikes.').length, 0);
});

test('claims: "traders said", "shipping insurers said" are unnamed sources (reported)', () => {
  const c = claimsOf('Hundreds of trucks were stranded at the crossing, traders said.');
  assert.equal(c[0]?.hedge, 'reported', JSON.stringify(c));
  assert.equal(claimsOf('Shipping insurers said premiums would rise again.')[0]?.hedge !== undefined, true);
});

test('events: attackers who withdrew "before withdrawing" left after their attack: no retreat', () => {
  const r = deedsOf('Dozens of gunmen stormed the army camp at Boulkessi at dawn and fought troops for several hours before withdrawing on Tuesday.', '2025-08-06');
  assert.deepEqual(r.map((e) => e.type), ['ASSAULT'], JSON.stringify(r));
});

test('events: "the ship had been struck" and "confirmed an attack in X" tell the attack told before again', () => {
  const a = deedsOf('Houthi fighters attacked a bulk carrier in the Red Sea on Tuesday, maritime sources said. A private security firm, Ambrey, said the ship had been struck by four projectiles.', '2025-07-23');
  assert.equal(a.filter((e) => e.type === 'ASSAULT').length, 1, JSON.stringify(a));
  const b = deedsOf('Islamist insurgents killed at least nine civilians in raids on two villages in Cabo Delgado on Monday. Residents fled into the bush. Many homes were burned. Police spokesman Orlando Mudumane later confirmed an attack in Muidumbe but said only six people had died.', '2025-10-02');
  assert.equal(b.filter((e) => e.type === 'ASSAULT').length, 1, JSON.stringify(b));
});

test('events: "weapons and explosives were seized" is a cache, not a blast; "since Thursday" dates no one deed', () => {
  assert.equal(deedsOf('Police said weapons and explosives were seized in the raids.').filter((e) => e.type === 'ASSAULT' && e.mode === 'explosion').length, 0);
  const [e] = deedsOf('Cambodia said Thai shelling had killed eight civilians in Oddar Meanchey province since Thursday.', '2025-07-26');
  assert.equal(e?.date ?? null, null, JSON.stringify(e));
});

test('events: "troops deployed in the province since 2021" and "killings in at least six towns" tell no one happening', () => {
  assert.equal(deedsOf('Rwandan troops deployed in the province since 2021 helped the army.').filter((e) => e.type === 'MOBILIZE').length, 0);
  assert.equal(deedsOf('The commission said federal forces had allegedly carried out extrajudicial killings in at least six towns.').length, 0);
  assert.equal(deedsOf('The junta, which seized power in coups in 2020 and 2021, expelled French troops.').filter((e) => e.type === 'COERCE').length, 0);
});

test('events: a border fight told first holds the rockets told of it after, on either side of the border', () => {
  const r = deedsOf('Thai and Cambodian troops fought with artillery and rockets along their disputed border on Saturday. Thai army spokesman Winthai Suvaree said Cambodian forces fired BM-21 rockets at villages in Sisaket province on Saturday.', '2025-07-26');
  assert.equal(r.filter((e) => e.type === 'ASSAULT').length, 1, JSON.stringify(r));
  const k = deedsOf('Pakistani and Afghan troops clashed along the border on Wednesday. Pakistani security officials said jets had also carried out air strikes in Kabul late on Wednesday.', '2025-10-16');
  assert.equal(k.filter((e) => e.type === 'ASSAULT').length, 2, JSON.stringify(k));
});

test('events: ", in one of the deadliest assaults this year" compares the attack told, it dates nothing', () => {
  const r = deedsOf('Jihadist fighters killed at least 30 soldiers in an attack on a military base in central Mali on Tuesday, security sources told AFP, in one of the deadliest assaults on the army this year.', '2025-08-06');
  assert.equal(r.length, 1, JSON.stringify(r));
  assert.equal(r[0]?.date, '2025-08-05');
});

test('events: a war "which broke out in 2013" that "killed an estimated 400,000", and "hundreds of strikes since", are tolls and sums', () => {
  assert.equal(deedsOf('South Sudan\'s civil war, which broke out in 2013, killed an estimated 400,000 people.').filter((e) => e.type === 'ASSAULT').length, 0);
  assert.equal(deedsOf('The jihadist insurgency, which began in 2009, has killed more than 40,000 people.').filter((e) => e.type === 'ASSAULT').length, 0);
  assert.equal(deedsOf('Israel has carried out hundreds of strikes in Syria since Assad\'s fall.').length, 0);
  assert.equal(deedsOf('Attacks on farmers have become more frequent in Borno.').length, 0);
});

test('events: "agreed on Monday to step up joint patrols": the agreement happened, the patrols are to come', () => {
  const r = deedsOf('Nigeria and Chad agreed on Monday to step up joint patrols around Lake Chad.', '2025-05-14');
  assert.deepEqual(r.map((e) => e.type), ['AGREE'], JSON.stringify(r));
});

test('events: "the strikes had also destroyed a health centre" tells the strikes before again', () => {
  const r = deedsOf('Army air strikes on the town of Nasir killed at least 21 people on Tuesday, the opposition said. A local official said the strikes had also destroyed a health centre.', '2025-03-19');
  assert.equal(r.filter((e) => e.type === 'ASSAULT').length, 1, JSON.stringify(r));
});

test('claims: "Abu Hassan said" after "Rami Abu Hassan" is the same person', () => {
  const c = claimsOf('"Nobody can reach the wounded," said Rami Abu Hassan, a doctor at the main hospital. Abu Hassan said the hospital had received 60 wounded.');
  assert.deepEqual(c.map((x) => x.source), ['rami-abu-hassan', 'rami-abu-hassan'], JSON.stringify(c));
});
