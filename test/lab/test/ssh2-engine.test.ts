// The ssh2 engine (`lab up --engine ssh2`) reached with the real OpenSSH client: per-host keys that match
// known_hosts, the lab user's key only, sessions in the user's shell (environment, stdin, exit status), faults per
// host (crash / partition / restore / power-off / power-status), and down leaving no process behind.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { generateEd25519, type Lab } from '../src/index.js';
import { assertFaultContract } from './fault-contract.js';
import { TestLabs, processesMentioning, run, ssh, tempDir } from './helpers.js';

const labs = new TestLabs();
const mainJs = new URL('../src/main.js', import.meta.url).pathname;

test.after(() => labs.downAll());

/** `ssh` to host `name` of `lab` as `user` with `keyFile`, otherwise like helpers.ssh. */
function sshAs(lab: Lab, name: string, user: string, keyFile: string) {
  const h = lab.hostInfo(name);
  return run('ssh', [
    '-i',
    keyFile,
    '-p',
    String(h.port),
    '-o',
    `UserKnownHostsFile=${lab.config.knownHostsFile}`,
    '-o',
    'StrictHostKeyChecking=yes',
    '-o',
    'BatchMode=yes',
    '-o',
    'IdentitiesOnly=yes',
    '-o',
    'ConnectTimeout=5',
    `${user}@${h.address}`,
    'true',
  ]);
}

test('hosts: own keys as in known_hosts, shims on PATH, stdin and exit status, only the lab user and key', async () => {
  const lab = await labs.up('engine', {
    hosts: 2,
    type: 'kvm',
    ramMiB: 8192,
    systems: 2,
    systemRamMiB: 1024,
    engine: 'ssh2',
  });
  const info = lab.info().hosts;
  assert.is(new Set(info.map((h) => h.hostKeyFingerprint)).size, 2, 'every host its own host key');
  const r = await ssh(lab, 'kvm-h2', 'echo "$FERRY_LAB_HOST"; virsh list --all --name; cat; exit 7', {
    input: 'from stdin\n',
  });
  assert.is(r.code, 7, r.stderr);
  assert.is(r.stdout, 'kvm-h2\nvm-kvm-h2-1\nvm-kvm-h2-2\n\nfrom stdin\n');
  // A client that goes away mid-command: the engine kills the command's shell and serves the next session.
  const hung = ssh(lab, 'kvm-h1', 'echo started; exec sleep 47.5');
  const sleeping = () => processesMentioning('sleep\u000047.5'); // the command's own argv, NUL-separated
  await new Promise((r) => setTimeout(r, 1500));
  assert.is(sleeping().length, 1, 'the command runs in a shell of the engine');
  for (const pid of processesMentioning('exec sleep 47.5')) process.kill(pid, 'SIGKILL'); // the ssh client
  assert.is((await hung).stdout, 'started\n');
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(sleeping(), [], 'the orphaned command was killed');
  assert.is((await ssh(lab, 'kvm-h1', 'echo ok')).stdout, 'ok\n');
  const other = generateEd25519('not-the-lab');
  const otherKey = join(lab.dir, 'other_key');
  writeFileSync(otherKey, other.privateKey, { mode: 0o600 });
  const wrongKey = await sshAs(lab, 'kvm-h1', lab.config.user, otherKey);
  assert.is(wrongKey.code, 255);
  assert.match(wrongKey.stderr, /Permission denied/);
  const wrongUser = await sshAs(lab, 'kvm-h1', 'ferry-no-such-user', lab.config.keyFile);
  assert.is(wrongUser.code, 255);
  assert.match(wrongUser.stderr, /Permission denied/);
});

test('faults per host: crash, restore, partition, power-off, power-status; down stops the engine', async () => {
  await assertFaultContract(
    await labs.up('engine-faults', {
      hosts: 3,
      type: 'kvm',
      ramMiB: 8192,
      systems: 2,
      systemRamMiB: 1024,
      engine: 'ssh2',
    }),
  );
});

test('cli: --engine is checked; ports-per-sshd is an openssh option', async () => {
  const tmp = tempDir('engine-cli');
  const up = (...extra: string[]) =>
    run(process.execPath, [
      mainJs,
      'up',
      join(tmp, 'lab'),
      '--hosts',
      '2',
      '--type',
      'kvm',
      '--ram',
      '4096',
      '--systems',
      '1',
      ...extra,
    ]);
  try {
    const bogus = await up('--engine', 'dropbear');
    assert.is(bogus.code, 2);
    assert.match(bogus.stderr, /must be openssh or ssh2/);
    const ports = await up('--engine', 'ssh2', '--ports-per-sshd', '2');
    assert.is(ports.code, 2);
    assert.match(ports.stderr, /^lab: --ports-per-sshd applies to the openssh engine only/);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

test.run();
