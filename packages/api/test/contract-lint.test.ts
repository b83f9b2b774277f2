// The contract as the ecosystem writes it: `buf lint` with buf's STANDARD rules (buf.yaml, no `except` or `ignore`)
// finds nothing in proto/, and the descriptor set and generated types are fresh (`gen-proto.mjs --check`).
// .ci/run also runs `buf lint` before `npm test`; this test makes a finding fail the targeted runs too.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const ROOT = new URL('../../../../', import.meta.url).pathname;

function run(file: string, args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd: ROOT, timeout: 120_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: unknown }).code ?? 1) : 0, out: `${stdout}${stderr}` }),
    );
  });
}

test('buf lint (STANDARD, no exceptions) finds nothing in proto/', async () => {
  const config = readFileSync(join(ROOT, 'buf.yaml'), 'utf8');
  assert.match(config, /use:\s*\n\s*- STANDARD/, 'buf.yaml uses the STANDARD rules');
  assert.not.match(config, /^\s*(except|ignore|ignore_only):/m, 'buf.yaml carries no lint exceptions');
  const r = await run(join(ROOT, 'node_modules/.bin/buf'), ['lint']);
  assert.is(r.out.trim(), '', 'buf lint findings');
  assert.is(r.code, 0);
});

test('the generated types and descriptor set are fresh (gen-proto.mjs --check)', async () => {
  const r = await run(process.execPath, [join(ROOT, 'scripts/gen-proto.mjs'), '--check']);
  assert.is(r.code, 0, r.out);
});

test.run();
