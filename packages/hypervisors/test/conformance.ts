// Driver conformance suite: the same checks for every HypervisorDriver against real lab hosts of its type
// (probe figures, definition capture and hash agreement, failover-style move, idempotent start/stop/remove).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  SshPool,
  SystemNotFoundError,
  hashDefinition,
  type CommandRunner,
  type HostRef,
  type HypervisorDriver,
  type HostProbe,
} from '../src/index.js';

/** How the suite gets hosts: two lab hosts of the driver's type, 8192 MiB each, two running 1024 MiB systems each. */
export interface ConformanceHosts {
  start(): Promise<{ hosts: HostRef[]; doubleRuns(): Promise<unknown[]>; stop(): Promise<void> }>;
}

/** Registers and runs the conformance suite for `driver`. */
export function runDriverConformance(driver: HypervisorDriver, source: ConformanceHosts): void {
  const test = suite(`conformance: ${driver.type}`);
  let pool: SshPool;
  let env: Awaited<ReturnType<ConformanceHosts['start']>>;
  let h1: CommandRunner;
  let h2: CommandRunner;
  let execs = 0;

  const counting = (r: CommandRunner): CommandRunner => ({
    hostId: r.hostId,
    exec: (c, o) => {
      execs++;
      return r.exec(c, o);
    },
  });
  const byName = (p: HostProbe, n: string) => p.systems.find((s) => s.name === n);

  test.before(async () => {
    env = await source.start();
    pool = await SshPool.start({ commandTimeoutMs: 20_000 });
    h1 = counting(pool.runner(env.hosts[0]!));
    h2 = counting(pool.runner(env.hosts[1]!));
  });
  test.after(async () => {
    await pool?.close();
    await env?.stop();
  });

  test('probe: RAM, load and two running 1024 MiB systems in one exec', async () => {
    execs = 0;
    const p = await driver.probe(h1);
    assert.is(execs, 1);
    assert.is(p.memTotalMiB, 8192);
    assert.is(p.memFreeMiB, 6144);
    assert.ok(Number.isFinite(p.load1) && p.load1 >= 0);
    assert.is(p.systems.length, 2);
    for (const s of p.systems) {
      assert.is(s.state, 'running');
      assert.is(s.memoryMiB, 1024);
      assert.match(s.definitionHash ?? '', /^[0-9a-f]{64}$/);
    }
    assert.is(new Set(p.systems.map((s) => s.definitionHash)).size, 2);
  });

  test('captureDefinition agrees with the probe hash; unknown system is SystemNotFoundError', async () => {
    const p = await driver.probe(h1);
    for (const s of p.systems) {
      const def = await driver.captureDefinition(h1, s.name);
      assert.is(hashDefinition(def), s.definitionHash);
    }
    try {
      await driver.captureDefinition(h1, 'no-such-system');
      assert.unreachable();
    } catch (e) {
      assert.instance(e, SystemNotFoundError);
    }
  });

  test('stop / start are idempotent and show in the probe', async () => {
    const name = (await driver.probe(h2)).systems[0]!.name;
    await driver.stop(h2, name);
    await driver.stop(h2, name);
    let p = await driver.probe(h2);
    assert.is(byName(p, name)?.state, 'stopped');
    assert.is(p.memFreeMiB, 7168);
    await driver.start(h2, name);
    await driver.start(h2, name);
    p = await driver.probe(h2);
    assert.is(byName(p, name)?.state, 'running');
    assert.is(p.memFreeMiB, 6144);
  });

  test('move a system: capture, stopAndRemove (twice), define + start elsewhere', async () => {
    const before = await driver.probe(h1);
    const sys = before.systems[0]!;
    const def = await driver.captureDefinition(h1, sys.name);
    await driver.stopAndRemove(h1, sys.name);
    await driver.stopAndRemove(h1, sys.name);
    const after1 = await driver.probe(h1);
    assert.is(byName(after1, sys.name), undefined);
    assert.is(after1.memFreeMiB, 7168);
    await driver.define(h2, sys.name, def, { start: true });
    const after2 = await driver.probe(h2);
    const moved = byName(after2, sys.name);
    assert.is(moved?.state, 'running');
    assert.is(moved?.memoryMiB, 1024);
    assert.is(moved?.definitionHash, sys.definitionHash);
    assert.is(after2.memFreeMiB, 5120);
    assert.equal(await env.doubleRuns(), []);
  });

  test('define without start leaves the system stopped; define again replaces it', async () => {
    const sys = (await driver.probe(h2)).systems.find((s) => s.state === 'running')!;
    const def = await driver.captureDefinition(h2, sys.name);
    await driver.stopAndRemove(h2, sys.name);
    await driver.define(h1, sys.name, def, { start: false });
    await driver.define(h1, sys.name, def, { start: false });
    const p = await driver.probe(h1);
    assert.is(byName(p, sys.name)?.state, 'stopped');
    assert.is(byName(p, sys.name)?.definitionHash, sys.definitionHash);
    await driver.start(h1, sys.name);
    assert.is(byName(await driver.probe(h1), sys.name)?.state, 'running');
    assert.equal(await env.doubleRuns(), []);
  });

  test.run();
}
