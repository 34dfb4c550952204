// Names of the wars beyond Ukraine (the Middle East, Sudan, the Great Lakes, the Horn, the
// Sahel, Libya, Mozambique) link to their canonical entries with kind and country. Sentences
// written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, actorNamed } from './helpers.js';

function actor(r: ReturnType<typeof extract>, name: string) {
  const a = actorNamed(r, name);
  assert.ok(a, `${name} not among ${r.actors.map((x) => x.name).join(', ')}`);
  return a!;
}

test('regions: Sudan, the army by its demonym is the SAF, a town of Kordofan is found', () => {
  const r = extract('Sudan\n\nThe Sudanese army said on Tuesday it had pushed the Rapid Support Forces out of Bara, north of El Obeid. Army spokesman Nabil Abdallah said the paramilitaries fled west.', '2025-09-20');
  const saf = actor(r, 'Sudanese Armed Forces');
  assert.equal(saf.kind, 'armed_group');
  assert.equal(saf.country, 'SD');
  assert.equal(actor(r, 'Rapid Support Forces').kind, 'armed_group');
  assert.equal(actor(r, 'Nabil Abdallah').country, 'SD');
  assert.equal(r.locations.find((l) => l.name === 'Bara')?.country, 'SD');
});

test('regions: Gaza, a Hamas spokesman and a neighbourhood of Gaza City', () => {
  const r = extract('Gaza\n\nHamas spokesman Abdel Latif al-Qanou said the group would study the proposal. The Israeli military said its troops were operating in Shejaiya.', '2025-08-01');
  const q = actor(r, 'Abdel Latif al-Qanou');
  assert.equal(q.kind, 'person');
  assert.equal(q.country, 'PS');
  assert.equal(actor(r, 'Israel Defense Forces').country, 'IL');
  assert.equal(r.locations.find((l) => l.name === 'Shejaiya')?.country, 'PS');
});

test('regions: eastern Congo, the army spokesman, the rebels and a town they took', () => {
  const r = extract('Congo\n\nCongolese army spokesman Sylvain Ekenge said M23 fighters had entered Walikale overnight, while Rwanda denied backing them.', '2025-03-20');
  assert.equal(actor(r, 'Sylvain Ekenge').country, 'CD');
  assert.equal(actor(r, 'M23').kind, 'armed_group');
  assert.equal(r.locations.find((l) => l.name === 'Walikale')?.country, 'CD');
});

test('regions: the Sahel, a prime minister named in 2025 and a Tuareg rebel front', () => {
  const r = extract('Mali\n\nPrime Minister Abdoulaye Maïga met envoys in Bamako. The Azawad Liberation Front said it had shot down a drone near Tinzaouaten.', '2025-04-02');
  const pm = actor(r, 'Abdoulaye Maïga');
  assert.equal(pm.country, 'ML');
  assert.match(pm.role ?? '', /Prime Minister of Mali/);
  const fla = actor(r, 'Azawad Liberation Front');
  assert.equal(fla.kind, 'armed_group');
  assert.equal(fla.country, 'ML');
  assert.equal(r.locations.find((l) => l.name === 'Tinzaouaten')?.country, 'ML');
});

test('regions: Lebanon, a UN force commander by name and title after his start', () => {
  const r = extract('Lebanon\n\nUNIFIL commander Diodato Abagnara said Hezbollah and the Lebanese army had been told of the patrol near Naqoura.', '2025-10-01');
  const a = actor(r, 'Diodato Abagnara');
  assert.equal(a.country, 'IT');
  assert.equal(actor(r, 'Lebanese Armed Forces').country, 'LB');
  assert.equal(actor(r, 'Hezbollah').kind, 'armed_group');
  assert.ok(r.locations.some((l) => l.name === 'Naqoura'));
});

test('regions: Yemen and Iran, bodies by their long names', () => {
  const r = extract('Talks\n\nIran\'s Supreme National Security Council met as the Presidential Leadership Council in Aden accused the Houthis of shelling Hadramout.', '2025-07-01');
  assert.equal(actor(r, 'Supreme National Security Council').country, 'IR');
  assert.equal(actor(r, 'Presidential Leadership Council').country, 'YE');
  assert.equal(r.locations.find((l) => l.name === 'Hadramawt')?.country, 'YE');
});

test('regions: the Horn, Ethiopian forces and the Tigray administration', () => {
  const r = extract('Tigray\n\nThe Ethiopian National Defense Force said the Tigray Interim Administration had been warned. Fighting was reported near Alamata.', '2025-03-15');
  assert.equal(actor(r, 'Ethiopian National Defense Force').country, 'ET');
  assert.equal(actor(r, 'Tigray Interim Regional Administration').country, 'ET');
  assert.equal(r.locations.find((l) => l.name === 'Alamata')?.country, 'ET');
});

test('regions: Mozambique, the president elected in 2024 holds the title in 2025', () => {
  const r = extract('Cabo Delgado\n\nPresident Daniel Chapo said troops had retaken Macomia from Islamic State Mozambique Province fighters.', '2025-06-01');
  const c = actor(r, 'Daniel Chapo');
  assert.equal(c.country, 'MZ');
  assert.match(c.role ?? '', /President of Mozambique/);
  assert.equal(actor(r, 'Islamic State Mozambique Province').kind, 'armed_group');
});

test('link: a reporter with a hyphenated surname is not a senator who shares half of it', () => {
  const r = extract('Roads\n\nA video by the Guardian correspondent Hanna Graham-Okoro showed the new road.', '2025-06-01');
  assert.ok(!actorNamed(r, 'Lindsey Graham'));
  assert.equal(actor(r, 'Hanna Graham-Okoro').kind, 'person');
});

test('link: "X of Y" organisations, occupations before names, and a river that is no state', () => {
  const r = extract('Economy\n\nThe Bank of England held rates. Historian Ilan Marom and economist Dalia Nasser disagreed. Farms along the Jordan river dried up.', '2025-06-01');
  assert.equal(actor(r, 'Bank of England').kind, 'organisation');
  assert.equal(actor(r, 'Ilan Marom').kind, 'person');
  assert.equal(actor(r, 'Dalia Nasser').kind, 'person');
  assert.ok(!actorNamed(r, 'Jordan'));
  assert.ok(!r.locations.some((l) => l.name === 'Jordan'));
});

test('link: a state\'s own ministry written with a possessive is that ministry', () => {
  const r = extract('Prisoners\n\nRussia\'s Ministry of Defence said 150 captives had been exchanged.', '2025-06-01');
  assert.equal(actor(r, 'Russian Defence Ministry').country, 'RU');
});

test('link: capitals in talks with each other act; camps and governorates the gazetteer lacks are places', () => {
  const r = extract('Talks\n\nTehran said it would not resume talks with Washington. Shelling hit the Abu Naga displacement camp in the Tallaqa governorate.', '2025-06-01');
  assert.deepEqual(actor(r, 'United States').mentions.map((m) => m.text), ['Washington']);
  assert.ok(r.locations.some((l) => l.name === 'Abu Naga'));
  assert.ok(r.locations.some((l) => l.name === 'Tallaqa'));
});

test('link: two leaders joined by a hyphen are both linked ("the Trump-Putin summit")', () => {
  const r = extract('Summit\n\nThe Trump-Putin summit in Alaska ended without a deal.', '2025-08-16');
  assert.ok(actorNamed(r, 'Donald Trump'));
  assert.ok(actorNamed(r, 'Vladimir Putin'));
});

test('a city whose name holds a state\'s is the city, and no state is named there', () => {
  const r = extract('Envoys meet on Sudan\n\nThe minister travelled to Port Sudan on Tuesday, and talks later moved to Kuwait City.\nSudan\'s army chief joined them.\n');
  const places = r.locations.map((l) => `${l.name}/${l.country}`);
  assert.ok(places.includes('Port Sudan/SD'), places.join(', '));
  assert.ok(places.includes('Kuwait City/KW'), places.join(', '));
  const sudan = actorNamed(r, 'Sudan');
  assert.ok(sudan, 'Sudan is still an actor where it is named alone');
  const inCity = sudan!.mentions.filter((m) => r.document.text.slice(m.start - 5, m.start) === 'Port ');
  assert.equal(inCity.length, 0, 'the "Sudan" of Port Sudan is no mention of the state');
  assert.ok(!actorNamed(r, 'Kuwait'), 'Kuwait City names no state');
});

test('a demonym before a compound of the acting noun stands for its state ("an Israeli drone strike", "Thai border troops")', () => {
  const r = extract('Strike\n\nAn Israeli drone strike hit a car near Tyre on Friday.\nThai border troops said they had come under fire.\n');
  assert.ok(actorNamed(r, 'Israel'), r.actors.map((a) => a.name).join(', '));
  assert.ok(actorNamed(r, 'Thailand'), r.actors.map((a) => a.name).join(', '));
  // A demonym before a noun that does not act names no state: "a Thai restaurant".
  const n = extract('Food\n\nThe delegation ate at a Thai restaurant near the venue.\n');
  assert.ok(!actorNamed(n, 'Thailand'));
});

test('a gazetteer city goes by the article\'s spelling when it differs from GeoNames\' only in accents and apostrophes', () => {
  const r = extract('Front\n\nShelling hit the centre of Kramators\'k and Syevyerodonetsk on Monday.\n');
  const names = r.locations.map((l) => l.name);
  assert.ok(names.includes("Kramators'k"), names.join(', '));
  const k = r.locations.find((l) => l.name === "Kramators'k");
  assert.equal(k?.country, 'UA');
  assert.ok(k && k.lat !== null && Math.abs(k.lat - 48.72) < 0.1, 'the coordinates are still the gazetteer\'s');
});

test('a person of the knowledge base named in full is their surname later; a surname two named people share is neither', () => {
  const r = extract('Talks\n\nChadian President Mahamat Idriss Deby called for a truce. Deby added that Chad would host talks.\n');
  const p = actorNamed(r, 'Mahamat Idriss Deby');
  assert.deepEqual(p?.mentions.map((m) => m.text), ['Mahamat Idriss Deby', 'Deby']);
  const two = extract('Talks\n\nThe mediator Tomas Varkonyi met the envoy Elena Varkonyi in Geneva on Monday. Varkonyi said the talks went well.\n');
  const saidBy = two.actors.filter((a) => a.mentions.some((m) => m.text === 'Varkonyi'));
  assert.equal(saidBy.length, 0, saidBy.map((a) => a.name).join(', '));
});

test('a state named after "in" and a part of the country is where it happens ("in northwestern Nigeria"), not after a bare adjective', () => {
  const r = extract('Raid\n\nGunmen killed 12 villagers in northwestern Nigeria on Sunday. Fighting spread across eastern Congo.\nNorthern Mali is calm.\n', '2026-03-02');
  // Each place mention with the word before it.
  const at = (name: string) => r.locations.find((l) => l.name === name)?.mentions.map((m) => r.document.text.slice(0, m.end).split(' ').slice(-2).join(' ')) ?? [];
  assert.deepEqual(at('Nigeria'), ['northwestern Nigeria']);
  assert.equal(r.events.find((e) => e.type === 'ASSAULT')?.location, 'Nigeria');
  assert.equal(at('Mali').length, 0, 'a part of a state with no "in" before it is no place');
});
