// Planned operations e2e on Xen and OpenVZ labs (the KVM one, with a master killed mid-move: planned.test.ts): a drain
// migrates the system live with the type's own tool (xl migrate with its cfg put on the target and removed from the
// source; vzmigrate --online), then a cold move brings it back; the double-run detector reports nothing.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  Ferryd,
  cleanupAll,
  fenceArgs,
  ferryJson,
  ferryOk,
  noDoubleRuns,
  registerLabHosts,
  runningSystems,
  tempDir,
  trace,
  upLab,
  waitSystemsReady,
} from './support/index.js';

test.after(cleanupAll);

for (const type of ['xen', 'openvz'] as const) {
  test(`${type}: drain migrates live, a cold move brings the system back, never on two hosts`, async () => {
    trace(type);
    const [lab, node] = await Promise.all([
      upLab(`planned-${type}`, { hosts: 2, type, ramMiB: 4096, systems: 1, systemRamMiB: 1024 }),
      Ferryd.start({ dir: tempDir(`planned-${type}`), nodeId: `pl-${type}`, cluster: 'planned' }),
    ]);
    const [H1, H2] = lab.hostNames() as [string, string];
    const a = node.addr;
    await Promise.all([
      ferryOk(a, 'settings', 'set', 'probe-interval', '1'),
      registerLabHosts(a, lab, type, lab.hostNames(), fenceArgs(lab)),
    ]);
    await waitSystemsReady(a, 2);
    await ferryOk(
      a,
      'groups',
      'create',
      'g1',
      '--type',
      type,
      '--mode',
      'automatic',
      '--hosts',
      `${H1},${H2}`,
      '--down-timeout',
      '0',
      '--fence',
      'command',
    );
    const sys = `vm-${H2}-1`;
    const d = await ferryJson<{ moves: { system: string; to: string; live: boolean; outcome: string }[] }>(
      a,
      'hosts',
      'drain',
      H2,
      '--wait',
    );
    assert.equal(
      d.moves.map((m) => [m.system, m.to, m.live, m.outcome]),
      [[sys, H1, true, 'succeeded']],
    );
    const onH1 = (await runningSystems(lab)).filter((s) => s.name === sys).map((s) => s.host);
    assert.equal(onH1, [H1]);
    assert.equal(
      (await lab.systems()).filter((s) => s.name === sys).map((s) => s.host),
      [H1],
      'the definition went with it (none left on the source)',
    );
    await noDoubleRuns(lab);
    await ferryOk(a, 'hosts', 'undrain', H2);
    const m = await ferryJson<{ live: boolean; outcome: string }>(a, 'systems', 'move', sys, '--to', H2, '--cold');
    assert.equal([m.live, m.outcome], [false, 'succeeded']);
    assert.equal(
      (await runningSystems(lab)).filter((s) => s.name === sys).map((s) => s.host),
      [H2],
    );
    await noDoubleRuns(lab);
    await node.stop();
  });
}

test.run();
