// Rewrites test/golden/*.golden.json from the bundled examples: read the diff before committing.
import { writeFileSync, mkdirSync } from 'node:fs';
import { recordsOf, readable, exampleFiles, goldenPath, GOLDEN } from '../test/golden.js';

mkdirSync(GOLDEN, { recursive: true });
for (const file of exampleFiles()) {
  const records = await recordsOf(file);
  writeFileSync(goldenPath(file), JSON.stringify(records.map(readable), null, 2) + '\n');
  console.log(`wrote ${goldenPath(file)} (${records.length} record${records.length > 1 ? 's' : ''})`);
}
