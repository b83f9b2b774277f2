// The scenario scripts (test/scenarios/*.txt) and their golden logs (*.expected), for the scenario test that compares
// them and for the `pnpm scenarios:update` script, the only thing that writes goldens.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runScenario } from '../src/sim/index.js';

/** Directory of the scenario scripts and goldens (the sources, not dist). */
export const SCENARIO_DIR = fileURLToPath(new URL('../../test/scenarios/', import.meta.url));

/** Every scenario script's file name, sorted. */
export function allScenarios(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

/** Path of the golden log of scenario script `file`. */
export function goldenOf(file: string): string {
  return join(SCENARIO_DIR, file.replace(/\.txt$/, '.expected'));
}

/** Runs a scenario script: its log as the golden file holds it, and its invariant violations. */
export async function scenarioLog(script: string): Promise<{ text: string; violations: string[] }> {
  const result = await runScenario(script);
  return { text: `${result.lines.join('\n')}\n`, violations: result.violations };
}
