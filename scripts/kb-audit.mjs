#!/usr/bin/env node
// Lists what the shipped knowledge base holds per country: people with their roles (office,
// title, dates), bodies, places. For auditing coverage by region by hand:
//   node scripts/kb-audit.mjs [CC,CC,...] [--kind people|bodies|places]
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'data', 'kb');
const args = process.argv.slice(2);
const kindArg = args.includes('--kind') ? args[args.indexOf('--kind') + 1] : null;
const wanted = args.find((a) => /^[A-Z]{2}(,[A-Z]{2})*$/.test(a))?.split(',') ?? null;
const people = new Map();
const bodies = new Map();
const places = [];
for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
  const kb = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  for (const p of kb.people ?? []) {
    const e = people.get(p.id) ?? { ...p, aliases: [], roles: [], files: [] };
    e.aliases.push(...(p.aliases ?? []));
    e.roles.push(...(p.roles ?? []));
    e.files.push(f);
    people.set(p.id, e);
  }
  for (const b of kb.bodies ?? []) {
    const e = bodies.get(b.id) ?? { ...b, aliases: [], strict_aliases: [], files: [] };
    e.aliases.push(...(b.aliases ?? []));
    e.strict_aliases.push(...(b.strict_aliases ?? []));
    e.files.push(f);
    bodies.set(b.id, e);
  }
  for (const p of kb.places ?? []) places.push({ ...p, file: f });
}
const countriesOf = (p) => new Set([p.country, ...p.roles.map((r) => r.country)].filter(Boolean));
const keep = (cs) => !wanted || [...cs].some((c) => wanted.includes(c));
if (!kindArg || kindArg === 'people') {
  for (const p of [...people.values()].filter((x) => keep(countriesOf(x))).sort((a, b) => (a.country ?? '').localeCompare(b.country ?? '') || a.id.localeCompare(b.id))) {
    const roles = p.roles.map((r) => `${r.office}:${r.title}[${r.start ?? '?'}..${r.end ?? ''}]`).join('; ');
    console.log(`P ${p.country ?? '--'} ${p.id} | ${p.aliases.join(', ')} | ${roles}`);
  }
}
if (!kindArg || kindArg === 'bodies') {
  for (const b of [...bodies.values()].filter((x) => keep(new Set([x.country ?? 'XX']))).sort((a, b) => (a.country ?? '').localeCompare(b.country ?? '') || a.id.localeCompare(b.id))) {
    console.log(`B ${b.country ?? '--'} ${b.kind} ${b.id} | ${b.name} | ${b.aliases.join(', ')} | strict: ${b.strict_aliases.join(', ')}`);
  }
}
if (!kindArg || kindArg === 'places') {
  for (const p of places.filter((x) => keep(new Set([x.country]))).sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name))) {
    console.log(`L ${p.country} ${p.type} ${p.name} | ${p.aliases.join(', ')} | ${p.lat},${p.lon}`);
  }
}
