// Where the built programs a campaign runs live: the workspace root, ferryd, the ferry CLI and the lab CLI.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The workspace root (this file is compiled to test/campaign/dist/src/paths.js). */
export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** The built daemon. */
export const FERRYD = join(ROOT, 'services/ferryd/dist/src/main.js');
/** The built `ferry` CLI. */
export const CLI = join(ROOT, 'packages/cli/dist/src/main.js');
/** The built lab CLI (fence and power-status commands of the lab hosts). */
export const LAB_CLI = join(ROOT, 'test/lab/dist/src/main.js');
