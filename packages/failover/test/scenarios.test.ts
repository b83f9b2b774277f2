// Runs every scenario script in test/scenarios/*.txt under the simulator and compares its log with the golden
// file next to it (`*.expected`). Only `pnpm scenarios:update` (update-goldens.ts) writes goldens; a missing or
// different golden fails here. `SCENARIO=SUBSTRING` runs only the matching scripts; the count check counts all.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SCENARIO_DIR, allScenarios, goldenOf, scenarioLog } from './scenario-files.js';

const all = allScenarios();
const only = process.env['SCENARIO'];
const files = all.filter((f) => only === undefined || f.includes(only));

test('there are at least 25 scenarios', () => {
  assert.ok(all.length >= 25, `only ${all.length} scenarios`);
  assert.ok(files.length > 0, `SCENARIO=${only} matches no scenario`);
});

for (const f of files) {
  test(`scenario ${f}`, async () => {
    const { text, violations } = await scenarioLog(readFileSync(join(SCENARIO_DIR, f), 'utf8'));
    assert.equal(violations, [], `invariant violations in ${f}`);
    const golden = goldenOf(f);
    if (!existsSync(golden))
      assert.unreachable(
        `golden file ${golden} is missing: write it with \`pnpm scenarios:update ${f}\` and review it`,
      );
    assert.fixture(text, readFileSync(golden, 'utf8'));
  });
}

test.run();
