// The docs run as written: every shell block of README.md, deploy/README.md, deploy/RUNBOOK.md and
// packages/cli/README.md runs in bash (`-e -o pipefail`) against a real master, as after `npm start` and the README's
// `export PATH="$PWD/bin:$PATH"` (the master's address in FERRY_SERVER): the README's blocks from the repository root
// ("in the same checkout"), the others from an empty working directory (files they write land there); a block is
// skipped only under a `<!-- doc-test: example only, REASON -->` marker (a production path, your own hosts).
// Every fence in those files names its language, so no shell block hides as plain text.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  Ferryd,
  LAB_CLI,
  ROOT,
  SHELL_LANGS,
  cleanupAll,
  docBlocks,
  onCleanup,
  tempDir,
  type DocBlock,
} from './support/index.js';

const DOCS = ['README.md', 'deploy/README.md', 'deploy/RUNBOOK.md', 'packages/cli/README.md'];
/** The lab the README's tour starts (taken down here too when the tour fails halfway). */
const TOUR_LAB = '/tmp/ferry-lab';

const blocks: DocBlock[] = DOCS.flatMap((d) => docBlocks(join(ROOT, d))).filter((b) => SHELL_LANGS.has(b.lang));
const runnable = blocks.filter((b) => b.exampleOnly === undefined);
const where = (b: DocBlock): string => `${b.file.slice(ROOT.length)}:${b.line}`;

let master: Ferryd;
let workDir: string;
test.before(async () => {
  assert.not.ok(existsSync(TOUR_LAB), `${TOUR_LAB} exists: the README's tour creates it (remove it: lab down, rm -r)`);
  onCleanup(async () => {
    if (!existsSync(TOUR_LAB)) return;
    await new Promise((resolve) => execFile(process.execPath, [LAB_CLI, 'down', TOUR_LAB], resolve));
    await rm(TOUR_LAB, { recursive: true, force: true });
  });
  workDir = tempDir('docs-cwd');
  master = await Ferryd.start({ dir: tempDir('docs'), nodeId: 'docs', cluster: 'docs', plaintext: true });
});
test.after(cleanupAll);

test('the docs have shell blocks to run, and each example-only block says why', () => {
  assert.ok(
    runnable.some((b) => b.file.endsWith('/README.md') && b.body.includes('lab ferry-commands')),
    "the README's tour is not run",
  );
  for (const b of blocks)
    if (b.exampleOnly !== undefined)
      assert.ok(b.exampleOnly.length >= 10, `${where(b)}: say why it is an example only`);
});

for (const b of runnable) {
  test(`${where(b)} runs as written`, async () => {
    const r = await new Promise<{ code: number; out: string }>((resolve) => {
      execFile(
        'bash',
        ['-e', '-o', 'pipefail', '-c', b.body],
        {
          cwd: b.file === join(ROOT, 'README.md') ? ROOT : workDir,
          timeout: 120_000,
          env: { ...process.env, PATH: `${join(ROOT, 'bin')}:${process.env.PATH}`, FERRY_SERVER: master.addr },
        },
        (err, stdout, stderr) =>
          resolve({ code: err ? Number((err as { code?: unknown }).code ?? 1) : 0, out: stdout + stderr }),
      );
    });
    assert.is(r.code, 0, `${where(b)} failed (exit ${r.code}):\n${b.body}\n--- output ---\n${r.out.slice(-3000)}`);
  });
}

test.run();
