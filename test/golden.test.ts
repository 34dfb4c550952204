// The bundled examples against their golden records (test/golden/), and against the schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recordsOf, readable, exampleFiles, readGolden } from './golden.js';
import { checkRecord } from './helpers.js';

for (const file of exampleFiles()) {
  test(`golden: examples/${file} gives its golden record (npx tsx scripts/update-golden.ts rewrites it)`, async () => {
    const records = await recordsOf(file);
    records.forEach(checkRecord);
    assert.deepEqual(JSON.parse(JSON.stringify(records.map(readable))), readGolden(file));
  });
}
