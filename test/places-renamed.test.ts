import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

test('places: an oblast whose city was renamed is named bare ("gains in Dnipropetrovsk", "in Kirovohrad")', () => {
  const r = extract('Title\n\nUkraine made gains in Dnipropetrovsk, an observer said. Drones struck Kirovohrad overnight.', '2026-02-20');
  const names = r.locations.map((l) => l.name);
  assert.ok(names.includes('Dnipropetrovsk Oblast'), JSON.stringify(names));
  assert.ok(names.includes('Kirovohrad Oblast'), JSON.stringify(names));
});
