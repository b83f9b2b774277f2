// The host-side epoch guard's shell command, run by a real /bin/sh with real flock on a temp folder standing in for
// shared storage: it raises the file to the master's epoch, refuses a lower epoch with the file's epoch in its
// message, refuses junk and a missing folder, and of two masters racing under the lock only the newer's epoch stays.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { CommandRunner, ExecResult } from '@ferry/hypervisors';
import { epochGuardCommand, guardEpoch } from '../src/failover/epoch-guard.js';

/** Runs commands with the local /bin/sh, as sshd would run them on a host. */
const localHost: CommandRunner = {
  hostId: 'local',
  exec: (command) =>
    new Promise<ExecResult>((resolve) => {
      execFile('/bin/sh', ['-c', command], (err, stdout, stderr) =>
        resolve({
          stdout,
          stderr,
          exitCode: err ? (typeof err.code === 'number' ? err.code : 1) : 0,
          signal: null,
        }),
      );
    }),
};

const dir = mkdtempSync(join(tmpdir(), 'ferry-epoch-guard-'));
const read = (f: string) => readFileSync(f, 'utf8').trim();
test.after(() => rmSync(dir, { recursive: true, force: true }));

test('a fresh file is raised to the epoch; the same or a higher epoch passes; a lower one is stale', async () => {
  const f = join(dir, 'a', '.ferry-epoch');
  assert.ok(
    (await guardEpoch(localHost, f, 1))?.code === 'epoch-guard-failed',
    'a missing folder is an error, not a pass',
  );
  const f2 = join(dir, '.ferry-epoch');
  assert.is(await guardEpoch(localHost, f2, 1), undefined);
  assert.is(read(f2), '1');
  assert.is(await guardEpoch(localHost, f2, 1), undefined);
  assert.is(await guardEpoch(localHost, f2, 3), undefined);
  assert.is(read(f2), '3');
  const stale = await guardEpoch(localHost, f2, 2);
  assert.is(stale?.code, 'stale-epoch');
  assert.is(stale?.newerEpoch, 3);
  assert.match(stale?.message ?? '', 'holds epoch 3, this master has epoch 2');
  assert.is(read(f2), '3', 'a refused master does not lower the file');
});

test('junk in the file is refused, not taken for zero', async () => {
  const f = join(dir, 'junk-epoch');
  writeFileSync(f, 'hello\n');
  const r = await guardEpoch(localHost, f, 5);
  assert.is(r?.code, 'epoch-guard-failed');
  assert.match(r?.message ?? '', 'not an epoch');
  assert.is(read(f), 'hello');
});

test('masters racing under the lock: the file ends at the highest epoch and every lower one after it is refused', async () => {
  const f = join(dir, 'race-epoch');
  const results = await Promise.all(Array.from({ length: 12 }, (_, i) => guardEpoch(localHost, f, i + 1)));
  assert.is(read(f), '12');
  // Each guard either passed (it ran before any higher epoch) or was refused by a higher one already there.
  results.forEach((r, i) => {
    assert.ok(
      r === undefined || (r.code === 'stale-epoch' && (r.newerEpoch ?? 0) > i + 1),
      `epoch ${i + 1}: ${r?.message}`,
    );
  });
  assert.is(await guardEpoch(localHost, f, 12), undefined);
  assert.is((await guardEpoch(localHost, f, 11))?.code, 'stale-epoch');
});

test('the command rejects an epoch that is not a non-negative integer', () => {
  assert.throws(() => epochGuardCommand('/x', -1), /invalid epoch/);
  assert.throws(() => epochGuardCommand('/x', 1.5), /invalid epoch/);
});

test.run();
