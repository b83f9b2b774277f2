// Runs every scenario script in test/scenarios/*.txt under the simulator and compares its log with the golden
// file next to it (`*.expected`). `UPDATE_GOLDEN=1` rewrites the golden files instead of comparing.

import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runScenario } from '../src/sim/index.js';

const dir = fileURLToPath(new URL('../../test/scenarios/', import.meta.url));
const update = process.env['UPDATE_GOLDEN'] === '1';
const only = process.env['SCENARIO'];
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt') && (only === undefined || f.includes(only)))
  .sort();

test('there are at least 25 scenarios', () => {
  if (only === undefined) assert.ok(files.length >= 25, `only ${files.length} scenarios`);
});

for (const f of files) {
  test(`scenario ${f}`, async () => {
    const script = readFileSync(join(dir, f), 'utf8');
    const result = await runScenario(script);
    assert.equal(result.violations, [], `invariant violations in ${f}`);
    const text = result.lines.join('\n') + '\n';
    const golden = join(dir, f.replace(/\.txt$/, '.expected'));
    if (update || !existsSync(golden)) {
      writeFileSync(golden, text);
      if (!update) assert.unreachable(`golden file ${golden} was missing; it was written, review it`);
      return;
    }
    assert.fixture(text, readFileSync(golden, 'utf8'));
  });
}

test.run();
