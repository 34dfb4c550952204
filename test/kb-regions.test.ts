// Knowledge beyond Ukraine: the parties, leaders, armed groups, mediators and places of South
// Asia, Afghanistan-Pakistan, Thailand-Cambodia, Myanmar, the Caucasus, the Balkans, Moldova,
// Colombia, Venezuela and Haiti link to one canonical entry with the right kind and country.
// The sentences are written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from './helpers.js';
import { DATA_DIR, readKbFile, heldOn } from '../src/kb/index.js';
import type { ExtractRecord } from '../src/pipeline/record.js';

type Kind = ExtractRecord['actors'][number]['kind'];

/** The actor one of whose mentions is `text`, checked for id, kind and country. */
function linked(r: ExtractRecord, text: string, id: string, kind: Kind, country: string | null): ExtractRecord['actors'][number] {
  const actor = r.actors.find((a) => a.mentions.some((m) => m.text === text));
  assert.ok(actor, `no actor mentioned as "${text}" among ${JSON.stringify(r.actors.map((a) => [a.id, a.mentions.map((m) => m.text)]))}`);
  assert.equal(actor!.id, id, `"${text}"`);
  assert.equal(actor!.kind, kind, `kind of "${text}"`);
  assert.equal(actor!.country, country, `country of "${text}"`);
  return actor!;
}

function placed(r: ExtractRecord, text: string, name: string, country: string): void {
  const loc = r.locations.find((l) => l.mentions.some((m) => m.text.includes(text)));
  assert.ok(loc, `no location mentioned as "${text}" among ${JSON.stringify(r.locations.map((l) => l.name))}`);
  assert.equal(loc!.name, name);
  assert.equal(loc!.country, country);
  assert.equal(typeof loc!.lat, 'number');
}

test('kb regions: Kashmir militants, Pakistani institutions and the Line of Control', () => {
  const r = extract('Kashmir\n\nIndian officials blamed Lashkar-e-Taiba and its offshoot The Resistance Front for the killings at Baisaran. The ISPR said Pakistani troops returned fire along the Line of Control near Poonch, and Omar Abdullah called for calm.', '2025-04-25');
  linked(r, 'Lashkar-e-Taiba', 'lashkar-e-taiba', 'armed_group', 'PK');
  linked(r, 'Resistance Front', 'the-resistance-front', 'armed_group', 'IN');
  linked(r, 'ISPR', 'ispr', 'organisation', 'PK');
  const omar = linked(r, 'Omar Abdullah', 'omar-abdullah', 'person', 'IN');
  assert.equal(omar.role, 'Chief Minister of Jammu and Kashmir');
  placed(r, 'Baisaran', 'Baisaran', 'IN');
  placed(r, 'Line of Control', 'Line of Control', 'IN');
  placed(r, 'Poonch', 'Poonch', 'IN');
});

test('kb regions: the Pakistani Taliban under the names Islamabad uses, and the tribal districts', () => {
  const r = extract('Border clashes\n\nFighters of the Tehrik-i-Taliban Pakistan, which the government calls Fitna al-Khawarij, attacked a post in North Waziristan. Interior Minister Mohsin Naqvi said the Afghan Taliban sheltered them; the Torkham crossing stayed shut.', '2025-10-12');
  const ttp = linked(r, 'Tehrik-i-Taliban Pakistan', 'ttp', 'armed_group', 'PK');
  assert.ok(ttp.mentions.some((m) => m.text === 'Fitna al-Khawarij'));
  linked(r, 'Mohsin Naqvi', 'mohsin-naqvi', 'person', 'PK');
  placed(r, 'North Waziristan', 'North Waziristan', 'PK');
  placed(r, 'Torkham', 'Torkham', 'PK');
});

test('kb regions: Thailand-Cambodia, the acting Thai premier of July 2025 and the border temples', () => {
  const r = extract('Border truce\n\nPhumtham Wechayachai and Hun Manet agreed to a ceasefire in Kuala Lumpur after shelling near the Ta Muen Thom temple and in Oddar Meanchey. The Royal Cambodian Armed Forces said Thai jets had struck near the Preah Vihear temple.', '2025-07-28');
  const phumtham = linked(r, 'Phumtham Wechayachai', 'phumtham-wechayachai', 'person', 'TH');
  assert.equal(phumtham.role, 'Acting Prime Minister of Thailand');
  linked(r, 'Royal Cambodian Armed Forces', 'royal-cambodian-armed-forces', 'organisation', 'KH');
  placed(r, 'Ta Muen Thom temple', 'Ta Muen Thom temple', 'TH');
  placed(r, 'Oddar Meanchey', 'Oddar Meanchey', 'KH');
  placed(r, 'Preah Vihear temple', 'Preah Vihear temple', 'KH');
  // Two months later he no longer holds it.
  const later = extract('Talks\n\nPhumtham Wechayachai spoke to reporters.', '2025-11-20');
  assert.notEqual(later.actors.find((a) => a.id === 'phumtham-wechayachai')?.role, 'Acting Prime Minister of Thailand');
});

test('kb regions: Myanmar, the shadow government and the ethnic armies', () => {
  const r = extract('Myanmar\n\nThe Arakan Army said it had taken Paletwa, while the KIA pressed on Bhamo. The NUG welcomed the advance, and the MNDAA handed Lashio back under Chinese pressure. Twan Mrat Naing did not comment.', '2025-04-20');
  linked(r, 'Arakan Army', 'arakan-army', 'armed_group', 'MM');
  linked(r, 'KIA', 'kachin-independence-army', 'armed_group', 'MM');
  linked(r, 'NUG', 'national-unity-government', 'organisation', 'MM');
  linked(r, 'MNDAA', 'mndaa', 'armed_group', 'MM');
  linked(r, 'Twan Mrat Naing', 'twan-mrat-naing', 'person', 'MM');
  placed(r, 'Paletwa', 'Paletwa', 'MM');
  placed(r, 'Bhamo', 'Bhamo', 'MM');
});

test('kb regions: Kosovo and Serbia, the NATO mission and the northern towns', () => {
  const r = extract('Kosovo\n\nAlbin Kurti accused Belgrade of backing the gunmen at Banjska, and KFOR sent patrols to North Mitrovica. Srpska Lista boycotted the vote, and Petar Petkovic called it a provocation.', '2023-09-26');
  linked(r, 'Albin Kurti', 'albin-kurti', 'person', 'XK');
  linked(r, 'KFOR', 'kfor', 'organisation', null);
  linked(r, 'Srpska Lista', 'srpska-lista', 'organisation', 'XK');
  // (ASCII spelling: the tokeniser splits words at letters such as "ć", so "Petković" is not found.)
  linked(r, 'Petar Petkovic', 'petar-petkovic', 'person', 'RS');
  placed(r, 'Banjska', 'Banjska', 'XK');
  placed(r, 'North Mitrovica', 'North Mitrovica', 'XK');
});

test('kb regions: Bosnia, Georgia and Moldova', () => {
  const r = extract('Balkans and beyond\n\nMilorad Dodik defied the Office of the High Representative from Republika Srpska. In Tbilisi, Georgian Dream said the protests on Rustaveli Avenue were foreign-funded. Vadim Krasnoselsky said Transnistria had run short of gas after the Cuciurgan power plant cut output.', '2025-02-10');
  const dodik = linked(r, 'Milorad Dodik', 'milorad-dodik', 'person', 'BA');
  assert.equal(dodik.role, 'President of Republika Srpska');
  linked(r, 'Office of the High Representative', 'office-of-the-high-representative', 'organisation', null);
  linked(r, 'Georgian Dream', 'georgian-dream', 'organisation', 'GE');
  linked(r, 'Vadim Krasnoselsky', 'vadim-krasnoselsky', 'person', 'MD');
  placed(r, 'Republika Srpska', 'Republika Srpska', 'BA');
  placed(r, 'Rustaveli Avenue', 'Rustaveli Avenue', 'GE');
  placed(r, 'Cuciurgan power plant', 'Cuciurgan power plant', 'MD');
});

test('kb regions: Armenia and Azerbaijan', () => {
  const r = extract('Caucasus\n\nSuren Papikyan said shots were fired across the border in Syunik. Hikmet Hajiyev and Ali Asadov rejected the claim, and the EU Mission in Armenia sent monitors to Sotk.', '2024-03-05');
  linked(r, 'Suren Papikyan', 'suren-papikyan', 'person', 'AM');
  linked(r, 'Ali Asadov', 'ali-asadov', 'person', 'AZ');
  linked(r, 'EU Mission in Armenia', 'eu-mission-in-armenia', 'organisation', null);
  placed(r, 'Syunik', 'Syunik', 'AM');
  placed(r, 'Sotk', 'Sotk', 'AM');
});

test('kb regions: Colombia, the ELN and the FARC dissident factions', () => {
  const r = extract('Colombia\n\nFighting between the ELN and the Estado Mayor Central displaced thousands in Catatumbo. Iván Mordisco rejected talks, while the Segunda Marquetalia and the Clan del Golfo stayed at the table, Otty Patiño said.', '2025-01-25');
  linked(r, 'Estado Mayor Central', 'estado-mayor-central', 'armed_group', 'CO');
  linked(r, 'Iván Mordisco', 'ivan-mordisco', 'person', 'CO');
  linked(r, 'Segunda Marquetalia', 'segunda-marquetalia', 'armed_group', 'CO');
  linked(r, 'Clan del Golfo', 'clan-del-golfo', 'armed_group', 'CO');
  linked(r, 'Otty Patiño', 'otty-patino', 'person', 'CO');
  placed(r, 'Catatumbo', 'Catatumbo', 'CO');
});

test('kb regions: Venezuela under US pressure', () => {
  const r = extract('Venezuela\n\nUS Southern Command said its forces had struck a boat in the Caribbean that it tied to Tren de Aragua. Yván Gil called the strike an execution, and the Bolivarian National Armed Forces held drills in Zulia.', '2025-09-20');
  linked(r, 'US Southern Command', 'southcom', 'organisation', 'US');
  linked(r, 'Tren de Aragua', 'tren-de-aragua', 'armed_group', 'VE');
  linked(r, 'Yván Gil', 'yvan-gil', 'person', 'VE');
  linked(r, 'Bolivarian National Armed Forces', 'fanb', 'organisation', 'VE');
  placed(r, 'Zulia', 'Zulia', 'VE');
});

test('kb regions: Haiti, the council, the gangs and the Kenya-led mission', () => {
  const r = extract('Haiti\n\nViv Ansanm fighters led by Jimmy Chérizier overran Mirebalais, the Transitional Presidential Council said. The Kenya-led mission and the Haitian National Police pushed back, and Fils-Aimé asked for the Gang Suppression Force to deploy soon.', '2025-04-02');
  linked(r, 'Viv Ansanm', 'viv-ansanm', 'armed_group', 'HT');
  linked(r, 'Jimmy Chérizier', 'jimmy-cherizier', 'person', 'HT');
  linked(r, 'Transitional Presidential Council', 'transitional-presidential-council', 'organisation', 'HT');
  linked(r, 'Kenya-led mission', 'multinational-security-support-mission', 'organisation', null);
  linked(r, 'Haitian National Police', 'haitian-national-police', 'organisation', 'HT');
  const pm = linked(r, 'Fils-Aimé', 'alix-didier-fils-aime', 'person', 'HT');
  assert.equal(pm.role, 'Prime Minister of Haiti');
  linked(r, 'Gang Suppression Force', 'gang-suppression-force', 'organisation', null);
  placed(r, 'Mirebalais', 'Mirebalais', 'HT');
});

test('kb regions: the head of the Haitian council changes with the date', () => {
  const text = 'Haiti\n\nLaurent Saint-Cyr met Fritz Alphonse Jean in Port-au-Prince.';
  const before = extract(text, '2025-05-01');
  assert.match(before.actors.find((a) => a.id === 'fritz-alphonse-jean')!.role ?? '', /^President of the Transitional/);
  assert.match(before.actors.find((a) => a.id === 'laurent-saint-cyr')!.role ?? '', /^Member of the Transitional/);
  const after = extract(text, '2025-10-01');
  assert.match(after.actors.find((a) => a.id === 'laurent-saint-cyr')!.role ?? '', /^President of the Transitional/);
});

test('kb regions: every regional file is valid and re-declares no id with another name, kind or country', () => {
  const dir = join(DATA_DIR, 'kb');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const seen = new Map<string, string>();
  for (const f of files) {
    const kb = readKbFile(join(dir, f));
    for (const e of [...kb.people, ...kb.bodies]) {
      const sig = `${e.name}|${e.kind}|${e.country}`;
      const before = seen.get(e.id);
      assert.ok(before === undefined || before === sig, `${f}: ${e.id} is ${sig}, earlier ${before}`);
      seen.set(e.id, sig);
    }
    for (const p of kb.people) for (const role of p.roles) {
      if (role.start && role.end) assert.ok(role.start.slice(0, role.end.length) <= role.end, `${f}: ${p.id}: ${role.title} ends before it starts`);
      // A role's end date is a day it was still held.
      if (role.end) assert.ok(heldOn(role, role.end), `${f}: ${p.id}: ${role.title}`);
    }
  }
});

test('kb regions (wire files): outlets are media of their country, not people', () => {
  const r = extract('Strikes\n\nIsrael\'s Channel 13 said the cabinet met, while Al Mayadeen said two people were killed. The Houthi-run Saba news agency said jets struck Hodeidah, and TOLOnews quoted Zabihullah Mujahid.', '2025-06-01');
  linked(r, 'Al Mayadeen', 'al-mayadeen', 'organisation', 'LB');
  linked(r, 'Saba news agency', 'saba-news-agency', 'organisation', 'YE');
  linked(r, 'TOLOnews', 'tolonews', 'organisation', 'AF');
  assert.ok(r.actors.some((a) => a.id === 'channel-13-israel'));
});

test('kb regions (wire files): a lone surname a wire uses joins its full name, and an Ethiopian by first name', () => {
  const r = extract('Colombia\n\nColombian President Gustavo Petro said on Monday the talks would resume. Petro added that the ELN must stop its attacks.', '2025-06-01');
  assert.deepEqual(r.actors.filter((a) => a.kind === 'person').map((a) => a.id), ['gustavo-petro']);
  const t = extract('Tigray\n\nGetachew Reda met envoys in Addis Ababa. Getachew said the Pretoria deal must hold.', '2025-03-01');
  assert.deepEqual(t.actors.filter((a) => a.kind === 'person').map((a) => a.id), ['getachew-reda']);
});

test('kb regions (wire files): towns under the spellings wires use, with their country', () => {
  const r = extract('Fighting\n\nThe RSF shelled El Obeid and Um Kadada, and drones struck Ed Daein. In Somalia, troops left Jowhar for Hargeisa.', '2025-06-01');
  placed(r, 'Um Kadada', 'Um Kadada', 'SD');
  placed(r, 'Ed Daein', 'El Daein', 'SD');
  placed(r, 'Jowhar', 'Jowhar', 'SO');
  placed(r, 'Hargeisa', 'Hargeisa', 'SO');
  const u = extract('Drones\n\nUkrainian drones hit a refinery in Ryazan and another near Syzran, officials in Rostov-on-Don said.', '2025-08-01');
  placed(u, 'Ryazan', 'Ryazan', 'RU');
  placed(u, 'Syzran', 'Syzran', 'RU');
  // The finder looks four words ahead: 'Rostov-on-Don' is found by its first word, under its own name.
  placed(u, 'Rostov', 'Rostov-on-Don', 'RU');
});

test('kb regions (wire files): an al-Bayda is Yemeni or Libyan by the article', () => {
  const y = extract('Yemen\n\nHouthi fighters clashed with tribesmen in al-Bayda, Yemen\'s government said.', '2025-06-01');
  // A name starts at a capital: the mention is 'Bayda', the place its whole name.
  placed(y, 'Bayda', 'Al-Bayda', 'YE');
  const l = extract('Libya\n\nLibyan forces loyal to Haftar paraded in al-Bayda, the Libyan National Army said.', '2025-06-01');
  placed(l, 'Bayda', 'Al-Bayda', 'LY');
});

test('kb regions (wire files): a date picks the Malawian president', () => {
  const before = extract('Malawi\n\nPeter Mutharika spoke to reporters in Lilongwe.', '2023-05-01');
  assert.notEqual(before.actors.find((a) => a.id === 'peter-mutharika')?.role, 'President of Malawi');
  const after = extract('Malawi\n\nPeter Mutharika spoke to reporters in Lilongwe.', '2025-11-01');
  assert.equal(after.actors.find((a) => a.id === 'peter-mutharika')?.role, 'President of Malawi');
});
