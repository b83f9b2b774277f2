// SshPool against real lab sshd hosts: host key pinning, fetchHostKey, auth, timeouts that do not stall
// other commands, output limits, stdin, garbage output, crash / partition classification and reconnect.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateEd25519 } from '@ferry/lab';
import {
  SshPool,
  AuthFailedError,
  CommandTimeoutError,
  HostKeyMismatchError,
  HostKeyUnknownError,
  OutputLimitError,
  UnexpectedOutputError,
  HypervisorError,
  driverFor,
  fetchHostKey,
  probeFailureKind,
  type CommandRunner,
  type HostRef,
} from '../src/index.js';
import { startLab, type TestLab } from './lab-hosts.js';

let lab: TestLab;
let pool: SshPool;
let scratch = '';
let a: HostRef;
let b: HostRef;

const fail = async (p: Promise<unknown>): Promise<HypervisorError> => {
  try {
    await p;
  } catch (e) {
    assert.instance(e, HypervisorError);
    return e as HypervisorError;
  }
  assert.unreachable('expected a rejection');
  throw new Error('unreachable');
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test.before(async () => {
  lab = await startLab('kvm', 3, 1);
  [a, b] = lab.hosts as [HostRef, HostRef];
  scratch = mkdtempSync(join(tmpdir(), 'ferry-hv-pool-'));
  pool = await SshPool.start({
    keepaliveIntervalMs: 500,
    keepaliveCountMax: 2,
    backoffInitialMs: 100,
    backoffMaxMs: 500,
    connectTimeoutMs: 2000,
    readyTimeoutMs: 2000,
  });
});
test.after(async () => {
  await pool?.close();
  await lab?.down();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Waits (up to 10 s) until the pool runs a command on the host again, after a restore. */
async function reachedAgain(c: Parameters<typeof pool.exec>[0]): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      assert.is((await pool.exec(c, 'echo back')).stdout, 'back\n');
      return;
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await sleep(100);
    }
  }
}

test('exec with a pinned key: stdout, stderr, exit code, stdin', async () => {
  const r = await pool.exec(a, 'echo out; echo err >&2; exit 3');
  assert.equal(r, { stdout: 'out\n', stderr: 'err\n', exitCode: 3, signal: null });
  const c = await pool.exec(a, 'cat', { stdin: 'hello\nworld' });
  assert.is(c.stdout, 'hello\nworld');
  assert.ok(pool.isConnected(a.id));
});

test('fetchHostKey returns the fingerprint the lab printed, without credentials', async () => {
  const k = await fetchHostKey(a.address, a.port, 5000);
  assert.is(k.fingerprint, lab.infos[0]!.hostKeyFingerprint);
  assert.is(k.keyType, 'ssh-ed25519');
});

test('no pin: HostKeyUnknownError carrying the presented fingerprint; no key material in the message', async () => {
  const { hostKeyFingerprint: _, ...unpinned } = { ...b, id: 'unpinned' };
  const e = await fail(pool.exec(unpinned, 'true'));
  assert.instance(e, HostKeyUnknownError);
  assert.is((e as HostKeyUnknownError).fingerprint, lab.infos[1]!.hostKeyFingerprint);
  assert.is(probeFailureKind(e), 'hostkey');
  assert.not.match(e.message, /PRIVATE KEY|b3BlbnNzaC1rZXk/);
});

test('changed key: HostKeyMismatchError with presented and expected fingerprints', async () => {
  const wrong = `SHA256:${'A'.repeat(43)}`;
  const e = await fail(pool.exec({ ...b, id: 'mismatch', hostKeyFingerprint: wrong }, 'true'));
  assert.instance(e, HostKeyMismatchError);
  assert.is((e as HostKeyMismatchError).fingerprint, lab.infos[1]!.hostKeyFingerprint);
  assert.is((e as HostKeyMismatchError).expected, wrong);
});

test('wrong private key: AuthFailedError (kind auth)', async () => {
  const e = await fail(pool.exec({ ...b, id: 'badkey', privateKey: generateEd25519('x').privateKey }, 'true'));
  assert.instance(e, AuthFailedError);
  assert.is(e.kind, 'auth');
});

test('a hanging command times out without stalling other commands', async () => {
  let hangSettled = false;
  const hang = fail(pool.exec(a, 'sleep 60', { timeoutMs: 800 })).finally(() => (hangSettled = true));
  const quick = await Promise.all([pool.exec(a, 'echo a'), pool.exec(b, 'echo b')]);
  // Ordering, not a stopwatch: commands queued behind the hang would finish only after its timeout.
  assert.not.ok(hangSettled, 'other commands finished only after the hanging one gave up');
  assert.equal(
    quick.map((r) => r.stdout),
    ['a\n', 'b\n'],
  );
  const e = await hang;
  assert.instance(e, CommandTimeoutError);
  assert.is(e.kind, 'timeout');
  assert.is((await pool.exec(a, 'echo still')).stdout, 'still\n');
});

test('more concurrent commands than OpenSSH MaxSessions on one host', async () => {
  const rs = await Promise.all(Array.from({ length: 30 }, (_, i) => pool.exec(a, `echo ${i}`)));
  assert.equal(
    rs.map((r) => r.stdout),
    Array.from({ length: 30 }, (_, i) => `${i}\n`),
  );
});

test('output over the limit: OutputLimitError', async () => {
  const e = await fail(pool.exec(a, 'head -c 200000 /dev/zero', { maxOutputBytes: 1000 }));
  assert.instance(e, OutputLimitError);
});

test('garbage from virsh over real SSH: UnexpectedOutputError naming virsh', async () => {
  const bin = join(scratch, 'bin');
  rmSync(bin, { recursive: true, force: true });
  writeFileSync(join(scratch, 'virsh'), '#!/bin/sh\necho "Welcome to virsh, have some garbage: %%%"\n');
  chmodSync(join(scratch, 'virsh'), 0o755);
  const base = pool.runner(a);
  const garbled: CommandRunner = {
    hostId: a.id,
    exec: (c, o) => base.exec(`PATH=${scratch}:$PATH; export PATH; ${c}`, o),
  };
  const e = await fail(driverFor('kvm').probe(garbled));
  assert.instance(e, UnexpectedOutputError);
  assert.match(e.message, /virsh list --all/);
  assert.match(e.message, /garbage/);
});

test('crash: running command lost, then tcp failures; restore: reconnects', async () => {
  const c = lab.hosts[2]!;
  const name = lab.infos[2]!.name;
  await pool.exec(c, 'true');
  const running = fail(pool.exec(c, 'sleep 30', { timeoutMs: 20_000 }));
  await sleep(200);
  await lab.lab.crash(name);
  const lost = await running;
  assert.is(lost.kind, 'ssh');
  const down = await fail(pool.exec(c, 'true'));
  assert.is(down.kind, 'tcp');
  await lab.lab.restore(name);
  await reachedAgain(c);
});

test('partition: command times out, new connections fail at SSH level (ssh/timeout), restore recovers', async () => {
  const c = lab.hosts[2]!;
  const name = lab.infos[2]!.name;
  await pool.exec(c, 'true');
  await lab.lab.partition(name);
  try {
    const e1 = await fail(pool.exec(c, 'true', { timeoutMs: 700 }));
    assert.ok(['timeout', 'ssh'].includes(e1.kind), e1.kind);
    // keepalives (500 ms x 2) drop the dead connection; a fresh one connects at TCP level but the handshake hangs
    await sleep(1800);
    const e2 = await fail(pool.exec(c, 'true', { timeoutMs: 700 }));
    assert.is(e2.kind, 'ssh', e2.message);
  } finally {
    await lab.lab.restore(name);
  }
  await reachedAgain(c);
});

test('forget closes the connection; close rejects later commands', async () => {
  await pool.exec(b, 'true');
  pool.forget(b.id);
  assert.not.ok(pool.isConnected(b.id));
  assert.is((await pool.exec(b, 'echo again')).stdout, 'again\n');
  const p2 = await SshPool.start();
  await p2.close();
  const e = await fail(p2.exec(a, 'true'));
  assert.is(e.code, 'E_POOL_CLOSED');
});

test.run();
