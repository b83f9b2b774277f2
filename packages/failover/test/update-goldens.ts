// `pnpm scenarios:update [SUBSTRING]`: runs the scenario scripts (those whose name contains SUBSTRING, or all) and
// writes each one's log as its golden file, printing which goldens changed. Review the diff before committing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCENARIO_DIR, allScenarios, goldenOf, scenarioLog } from './scenario-files.js';

const filter = process.argv[2] ?? '';
const files = allScenarios().filter((f) => f.includes(filter));
if (files.length === 0) {
  console.error(`no scenario matches "${filter}"`);
  process.exit(1);
}
let failed = false;
for (const f of files) {
  const { text, violations } = await scenarioLog(readFileSync(join(SCENARIO_DIR, f), 'utf8'));
  if (violations.length > 0) {
    console.error(`${f}: invariant violations (${violations.join('; ')}); golden not written`);
    failed = true;
    continue;
  }
  const golden = goldenOf(f);
  const before = existsSync(golden) ? readFileSync(golden, 'utf8') : undefined;
  if (before === text) continue;
  writeFileSync(golden, text);
  console.log(`${before === undefined ? 'wrote' : 'updated'} ${golden}`);
}
process.exit(failed ? 1 : 0);
