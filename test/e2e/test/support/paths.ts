// Locations of the built programs the e2e tests run (repository root found from this compiled file).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (this file is test/e2e/dist/test/support/paths.js). */
export const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
export const FERRYD = join(ROOT, 'services/ferryd/dist/src/main.js');
export const CLI = join(ROOT, 'packages/cli/dist/src/main.js');
export const LAB_CLI = join(ROOT, 'test/lab/dist/src/main.js');
