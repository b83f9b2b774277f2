#!/usr/bin/env node
// Writes the command reference of packages/cli/README.md from the built command definitions (`pnpm docs:cli`
// builds the CLI first). `--check` only says whether the README is up to date (exit 1 when stale).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildProgram } from '../packages/cli/dist/src/program.js';
import { commandReference, withReference } from '../packages/cli/dist/src/reference.js';

const readmePath = fileURLToPath(new URL('../packages/cli/README.md', import.meta.url));
const readme = readFileSync(readmePath, 'utf8');
const next = withReference(readme, commandReference(buildProgram()));
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('packages/cli/README.md: the command reference is stale; run pnpm docs:cli');
    process.exit(1);
  }
} else if (next !== readme) {
  writeFileSync(readmePath, next);
  console.log('packages/cli/README.md: command reference written');
}
