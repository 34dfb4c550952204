import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

const typesOf = (text: string): string[] => extract(text, '2025-06-11').events.map((e) => e.type);

test('events: a habit ("whenever I visit") is no visit; a dated visit is one', () => {
  assert.deepEqual(typesOf('Title\n\nWhenever I visit Belgrade, the old cafes are full of talk about Kosovo.').filter((t) => t === 'CONSULT'), []);
  assert.deepEqual(typesOf('Title\n\nThe French foreign minister visited Belgrade on Tuesday to meet Serbian officials.').filter((t) => t === 'CONSULT'), ['CONSULT']);
});

test('events: "seized the initiative" is an idiom, "seized a tanker" an act', () => {
  assert.deepEqual(typesOf('Title\n\nAs the offensive stalled, Ukraine seized the initiative near Kupiansk, an analyst said.').filter((t) => t === 'COERCE'), []);
  assert.deepEqual(typesOf('Title\n\nFrench sailors seized a Russian tanker off Brittany on Monday.').filter((t) => t === 'COERCE'), ['COERCE']);
});

test('events: an invasion named as a cause or with "the" is background', () => {
  assert.deepEqual(typesOf('Title\n\nFinland joined NATO as a direct result of the full-scale invasion, officials in Helsinki say.').filter((t) => t === 'ASSAULT'), []);
  assert.deepEqual(typesOf('Title\n\nRussian officials said the invasion was launched to stop NATO expansion.').filter((t) => t === 'ASSAULT'), []);
});

test('events: fighting since a year, or an advance compared with an earlier offensive, is no new event', () => {
  assert.deepEqual(typesOf('Title\n\nRussia has fought since 2014 to take the two eastern regions of Ukraine.').filter((t) => t === 'ASSAULT'), []);
  assert.deepEqual(typesOf('Title\n\nUkrainian troops regained 200 square kilometres, their fastest gain since a counteroffensive in 2023.').filter((t) => t === 'ASSAULT'), []);
});

test('events: a label ("described it as sabotage") and "any deployment" tell no event', () => {
  assert.deepEqual(typesOf('Title\n\nPro-Kremlin bloggers described the decision of Kyiv as deliberate sabotage.').filter((t) => t === 'ASSAULT'), []);
  assert.deepEqual(typesOf('Title\n\nMoscow has warned against any deployment of NATO troops to Ukraine.').filter((t) => t === 'MOBILIZE'), []);
  assert.deepEqual(typesOf('Title\n\nRussia deployed 3,000 troops to the Belarusian border on Monday.').filter((t) => t === 'MOBILIZE'), ['MOBILIZE']);
});

test('events: talks named as a time point ("before Wednesday\'s talks in Geneva") are told elsewhere', () => {
  const r = extract('Title\n\nBefore Wednesday’s talks in Geneva had begun, Zelensky told reporters that giving up land was out of the question.', '2025-06-11');
  assert.deepEqual(r.events.filter((e) => e.type === 'CONSULT'), []);
});

test('claims: "..., said Ukrainian military observer Ivan Petrenko" is Petrenko speaking, not Ukraine', () => {
  const r = extract('Title\n\nKyiv has gained ground in the south, said Ukrainian military observer Ivan Petrenko.\nThe ceasefire is holding, said Sudanese army spokesman Nabil Abdallah.', '2025-06-11');
  assert.deepEqual(r.claims.map((c) => c.source_text), ['Ivan Petrenko', 'Nabil Abdallah']);
  assert.ok(r.actors.some((a) => a.id === 'ivan-petrenko' && a.kind === 'person'), JSON.stringify(r.actors));
});

test('events: "..., two days after troops exchanged fire": the count is in the landmark\'s evidence, not at the end of the first deed\'s', () => {
  const text = 'Title\n\nThe army chiefs of India and Pakistan spoke over the hotline on Thursday, two days after troops exchanged fire along the Line of Control, officials said.';
  const r = extract(text, '2026-03-12');
  const assault = r.events.find((e) => e.type === 'ASSAULT');
  assert.ok(assault, 'the exchange of fire is an event');
  assert.match(text.slice(assault.evidence.start, assault.evidence.end), /^two days after/);
  const call = r.events.find((e) => e.type === 'CONSULT');
  assert.ok(call, 'the call is an event');
  assert.match(text.slice(call.evidence.start, call.evidence.end), /on Thursday,\s*$/);
});
