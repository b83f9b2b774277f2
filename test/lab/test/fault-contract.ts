// The lab's fault contract, the same for every engine: on a 3-host KVM lab with 2 systems of 1,024 MiB per
// 8,192 MiB host, crash / restore / partition / power-off / power-status behave as the tests and fences rely on,
// and `down` (also with a host still partitioned) leaves no process of the lab behind.
import * as assert from 'uvu/assert';
import type { Lab } from '../src/index.js';
import { processesMentioning, ssh } from './helpers.js';

/** Runs the whole fault scenario on `lab` (hosts kvm-h1..3) and ends with it down. */
export async function assertFaultContract(lab: Lab): Promise<void> {
  await lab.crash('kvm-h1');
  assert.is(await lab.powerStatus('kvm-h1'), 'off');
  const dead = await ssh(lab, 'kvm-h1', 'true', { connectTimeout: 3 });
  assert.is.not(dead.code, 0);
  assert.match(dead.stderr, /Connection refused/);
  assert.is((await ssh(lab, 'kvm-h2', 'echo ok')).stdout, 'ok\n', 'the other hosts carry on');
  assert.ok((await lab.systems()).filter((s) => s.host === 'kvm-h1').every((s) => s.state === 'stopped'));
  await lab.crash('kvm-h1'); // idempotent
  await lab.restore('kvm-h1');
  assert.is(await lab.powerStatus('kvm-h1'), 'on');
  const back = await ssh(lab, 'kvm-h1', 'virsh list --all --name; free -m');
  assert.is(back.code, 0, back.stderr);
  assert.ok(back.stdout.startsWith('vm-kvm-h1-1\nvm-kvm-h1-2\n\n'), back.stdout);
  assert.match(back.stdout, /Mem: +8192 +0 +8192 /);

  await lab.partition('kvm-h2');
  assert.is(await lab.powerStatus('kvm-h2'), 'on');
  const t0 = Date.now();
  const frozen = await ssh(lab, 'kvm-h2', 'true', { connectTimeout: 2 });
  assert.is.not(frozen.code, 0);
  assert.ok(Date.now() - t0 >= 1500, 'a partitioned host accepts TCP but never answers');
  assert.is((await ssh(lab, 'kvm-h3', 'echo ok')).stdout, 'ok\n');
  assert.ok((await lab.systems()).filter((s) => s.host === 'kvm-h2').every((s) => s.state === 'running'));
  await lab.restore('kvm-h2');
  assert.is((await ssh(lab, 'kvm-h2', 'echo ok')).stdout, 'ok\n');

  await lab.partition('kvm-h3');
  await lab.powerOff('kvm-h3');
  await lab.powerOff('kvm-h3');
  assert.is(await lab.powerStatus('kvm-h3'), 'off');
  assert.ok((await lab.systems()).filter((s) => s.host === 'kvm-h3').every((s) => s.state === 'stopped'));
  assert.equal(await lab.doubleRuns(), []);

  await lab.partition('kvm-h2');
  await lab.down();
  await lab.down();
  assert.equal(processesMentioning(lab.dir), [], 'no process of the lab left after down');
}
