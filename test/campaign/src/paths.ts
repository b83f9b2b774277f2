// Where the built programs a campaign runs live: the workspace root, ferryd, the ferry CLI and the lab CLI.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The workspace root (the directory holding pnpm-workspace.yaml). */
export const ROOT = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('workspace root not found');
    dir = up;
  }
  return dir;
})();

/** The built daemon. */
export const FERRYD = join(ROOT, 'services/ferryd/dist/src/main.js');
/** The built `ferry` CLI. */
export const CLI = join(ROOT, 'packages/cli/dist/src/main.js');
/** The built lab CLI (fence and power-status commands of the lab hosts). */
export const LAB_CLI = join(ROOT, 'test/lab/dist/src/main.js');
