// Failover e2e, promotion in flight: master + replica, a lab of 3 kvm sshd hosts x 2 systems under an automatic
// group whose fence command is slow (`sleep 3; lab power-off`). A host crashes, the master is SIGKILLed while the
// failover is in flight, the replica is promoted (`promote-replica` with an operator token, after a viewer's try
// was refused) and finishes the job: each system runs exactly once, every move is recorded once, and the lab's
// double-run detector reports nothing. Both nodes serve mTLS with their own node certificates, so replication does.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  Api,
  Ferryd,
  assertRefused,
  cleanupAll,
  createToken,
  eachRunsOnce,
  fenceArgs,
  noDoubleRuns,
  ferryAs,
  ferryJson,
  ferryJsonAs,
  ferryOk,
  freePort,
  registerLabHosts,
  runningSystems,
  tempDir,
  trace,
  upLab,
  waitUntil,
  type EventJson,
  type FailoverJson,
  type StatusJson,
  waitSystemsReady,
} from './support/index.js';

test.after(cleanupAll);

test('a replica promoted while a failover is in flight completes it exactly once', async () => {
  trace('promotion');
  const dir = tempDir('failover-promote');
  const [pm, pr] = await Promise.all([freePort(), freePort()]);
  const [plab, m] = await Promise.all([
    upLab('failover-promote', { hosts: 3, type: 'kvm', ramMiB: 8192, systems: 2, systemRamMiB: 1024, prefix: 'pk' }),
    Ferryd.start({ dir, nodeId: 'pm', cluster: 'fo-promote', port: pm }),
  ]);
  const P1 = plab.hostNames()[0]!;
  const r = await Ferryd.start({
    dir,
    nodeId: 'pr',
    cluster: 'fo-promote',
    port: pr,
    args: ['--role', 'replica', '--master', m.addr],
  });
  // A slow fence: the master is killed while it waits for it. The tokens replicate before the crash's events.
  const [operator, viewer] = await Promise.all([
    createToken(m.addr, 'pm-operator', 'operator'),
    createToken(m.addr, 'pm-viewer', 'viewer'),
    ferryOk(m.addr, 'replicas', 'add', r.addr),
    ferryOk(m.addr, 'settings', 'set', 'probe-interval', '1'),
    ferryOk(m.addr, 'settings', 'set', 'down-after', '2'),
    registerLabHosts(m.addr, plab, 'kvm', plab.hostNames(), fenceArgs(plab, 'sleep 3; ')),
  ]);
  await waitSystemsReady(m.addr, 6);
  await ferryOk(
    m.addr,
    'groups',
    'create',
    'pg',
    '--type',
    'kvm',
    '--mode',
    'automatic',
    '--hosts',
    plab.hostNames().join(','),
    '--down-timeout',
    '0',
    '--fence',
    'command',
  );
  const all = (await plab.systems()).map((s) => s.name).sort();
  const moved = [`vm-${P1}-1`, `vm-${P1}-2`];

  await plab.crash(P1);
  await waitUntil(
    'failover started on the master (and replicated)',
    async () => {
      const evs = (
        await new Api(r.addr).call<{ events: { type: string }[] }>('ReadEvents', {
          fromSeq: 1,
          limit: 100000,
          types: ['FailoverStarted'],
        })
      ).events;
      return evs.length > 0;
    },
    20_000,
    100,
  );
  trace('failover started; killing the master');
  await m.kill();
  const before = await runningSystems(plab);
  assert.not.ok(
    moved.some((n) => before.some((x) => x.name === n && x.host !== P1)),
    'the failover finished before the master was killed; the test proves nothing',
  );

  assertRefused(
    await ferryAs(r.addr, viewer, 'promote-replica', '--json'),
    'PERMISSION_DENIED',
    'promote-replica as a viewer',
  );
  assert.is((await ferryJson<StatusJson>(r.addr, 'status')).role, 'replica', 'a viewer promoted the replica');
  assert.equal(
    await ferryJson<EventJson[]>(r.addr, 'events', 'read', '--type', 'MasterPromoted'),
    [],
    'a refused promotion wrote MasterPromoted',
  );
  const res = await ferryJsonAs<{ epoch: number }>(r.addr, operator, 'promote-replica');
  assert.ok(res.epoch >= 2);
  trace('promoted');
  await waitUntil(
    `${P1}'s systems running elsewhere after the promotion`,
    async () => {
      const x = await runningSystems(plab);
      return moved.every((n) => x.some((y) => y.name === n && y.host !== P1)) ? x : false;
    },
    45_000,
  );
  // Once the failovers are recorded complete, the engine moves nothing more of theirs: no repeated move can follow.
  const fos = await waitUntil(
    'failovers succeeded on the new master',
    async () => {
      const f = await ferryJson<FailoverJson[]>(r.addr, 'failovers', 'list');
      return f.filter((x) => x.outcome === 'succeeded').length >= 2 ? f : false;
    },
    15_000,
  );
  await eachRunsOnce(
    plab,
    all.filter((n) => !moved.includes(n)),
  );
  await eachRunsOnce(plab, moved, [P1]);
  for (const n of moved)
    assert.is(fos.filter((f) => f.system === n && f.outcome === 'succeeded').length, 1, `${n} moved more than once`);
  const movedEvents = await ferryJson<EventJson[]>(r.addr, 'events', 'read', '--type', 'SystemMoved');
  for (const n of moved)
    assert.is(
      movedEvents.filter((e) => e.aggregate.includes(n) || JSON.stringify(e.body).includes(`"${n}"`)).length,
      1,
      `${n}: SystemMoved recorded more than once`,
    );
  const starts = (await plab.systems()).filter((s) => moved.includes(s.name) && s.host !== P1);
  assert.is(starts.length, 2, 'a system is defined on more than one target');
  await noDoubleRuns(plab);
});

test.run();
