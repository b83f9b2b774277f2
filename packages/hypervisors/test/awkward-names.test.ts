// Every driver against lab hosts (real sshd; the real virsh on KVM) holding systems with awkward legal names in every
// state the type has: each probe reads them all with the right state, and capture / stop / remove / define / start
// carry the names through every later command.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { LabSystemState } from '@ferry/lab';
import { SshPool, driverFor, hashDefinition, type CommandRunner, type HypervisorType } from '../src/index.js';
import { startLab } from './lab-hosts.js';

const NAMES: Record<HypervisorType, [string, LabSystemState][]> = {
  kvm: [
    ['web 01', 'running'],
    ['debian 12', 'stopped'],
    ['crashé.x-02', 'crashed'],
    ['db & cache', 'paused'],
    ['-dash', 'running'],
  ],
  xen: [
    ['SQL LUBSS227', 'running'],
    ['old app', 'stopped'],
    ['db.example-02', 'paused'],
    ['crashed one', 'crashed'],
    ['naïve', 'running'],
  ],
  openvz: [
    ['web 01', 'running'],
    ['mail box', 'stopped'],
    ['db.example-02', 'running'],
    ['ünïcode', 'stopped'],
  ],
};

/** Ferry's state of a lab state: paused and crashed systems hold their memory. */
const expected = (s: LabSystemState) => (s === 'stopped' ? 'stopped' : 'running');

for (const type of ['kvm', 'xen', 'openvz'] as const) {
  test(`${type}: awkward names in every state are probed, moved and started by name`, async () => {
    const lab = await startLab(type, 2, 0);
    const pool = await SshPool.start({ commandTimeoutMs: 20_000 });
    try {
      const [h1, h2] = lab.hosts.map((h) => pool.runner(h)) as [CommandRunner, CommandRunner];
      for (const [name, state] of NAMES[type]) await lab.lab.addSystem(`${type}-h1`, name, { ramMiB: 256, state });
      const driver = driverFor(type);
      const p = await driver.probe(h1);
      assert.equal(
        Object.fromEntries(p.systems.map((s) => [s.name, s.state])),
        Object.fromEntries(NAMES[type].map(([n, s]) => [n, expected(s)])),
      );
      const held = NAMES[type].filter(([, s]) => s !== 'stopped').length * 256;
      assert.is(p.memFreeMiB, 8192 - held, 'paused and crashed systems count as used memory');
      for (const [name, state] of NAMES[type]) {
        const def = await driver.captureDefinition(h1, name);
        assert.is(hashDefinition(def), p.systems.find((s) => s.name === name)!.definitionHash, name);
        await driver.stop(h1, name);
        await driver.stopAndRemove(h1, name);
        await driver.define(h2, name, def, { start: state !== 'stopped' });
      }
      assert.equal((await driver.probe(h1)).systems, []);
      const moved = await driver.probe(h2);
      assert.equal(
        Object.fromEntries(moved.systems.map((s) => [s.name, s.state])),
        Object.fromEntries(NAMES[type].map(([n, s]) => [n, expected(s)])),
      );
      for (const [name] of NAMES[type]) {
        await driver.stop(h2, name);
        await driver.start(h2, name);
      }
      assert.ok((await driver.probe(h2)).systems.every((s) => s.state === 'running'));
      assert.equal(await lab.lab.doubleRuns(), []);
    } finally {
      await pool.close();
      await lab.down();
    }
  });
}

test.run();
