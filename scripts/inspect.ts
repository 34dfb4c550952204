// Prints one part of the pipeline's result for an article, for reading by eye:
//   npx tsx scripts/inspect.ts FILE YYYY-MM-DD claims|positions|events|mentions|actors|locations|sentences [FILTER]
import { readFileSync } from 'node:fs';
import { loadKb } from '../src/kb/index.ts';
import { loadLexicons } from '../src/lexicons/index.ts';
import { runPipeline } from '../src/pipeline/run.ts';
const [file, published, what, filter] = process.argv.slice(2);
const ctx = { kb: loadKb(), lexicons: loadLexicons() };
const text = readFileSync(file, 'utf8');
const d = runPipeline(text, { title: null, published, url: null, source: file }, ctx);
const q = (s: {start:number,end:number}) => text.slice(s.start, s.end).replace(/\n/g,' ').slice(0, 140);
if (what === 'claims') d.claims.forEach((c, i) => { if (!filter || q(c.evidence).includes(filter)) console.log(i, c.hedge, c.source, c.source_text, c.cue, c.via, '|', q(c.evidence)); });
if (what === 'positions') d.positions.forEach((c) => { if (!filter || q(c.evidence).includes(filter)) console.log(c.holder, c.stance, c.issue, c.target, c.condition, '|', q(c.evidence)); });
if (what === 'events') d.events.forEach((c) => { if (!filter || q(c.evidence).includes(filter)) console.log(c.type, c.mode, c.status, c.actors.join(','), c.date, c.location, JSON.stringify(c.quantities), '|', q(c.evidence)); });
if (what === 'mentions') d.mentions.forEach((m) => { if (!filter || m.text.includes(filter)) console.log(m.start, m.text, m.actor, m.via); });
if (what === 'actors') d.actors.forEach((a) => console.log(a.id, a.kind, a.country, a.role, a.mentions.map(m=>m.text).join('; ')));
if (what === 'locations') d.locations.forEach((a) => console.log(a.name, a.country, a.lat, a.lon, a.mentions.map(m=>m.text).join('; ')));
if (what === 'sentences') d.sentences.forEach((s) => console.log(JSON.stringify(q(s))));
