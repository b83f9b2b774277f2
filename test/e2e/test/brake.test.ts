// The mass-failure brake, end to end: two of a group's three lab hosts die at once, more than its brake share, so
// automatic failover pauses instead of moving their systems (the observer may be the one cut off). The admin mail
// and the daemon log (a warning) name the command that resumes it; `ferry groups release-brake` does, and the
// systems of both hosts start on the survivor, each on one host only.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Lab } from '@ferry/lab';
import {
  Ferryd,
  cleanupAll,
  eachRunsOnce,
  fenceArgs,
  ferry,
  ferryJson,
  ferryOk,
  noDoubleRuns,
  registerLabHosts,
  runningSystems,
  startSmtpSink,
  tempDir,
  upLab,
  waitUntil,
  type EventJson,
  type SmtpSink,
  waitSystemsReady,
} from './support/index.js';

const ADMIN = 'ops@example.test';
let lab: Lab;
let node: Ferryd;
let smtp: SmtpSink;

test.before(async () => {
  const [l, n, s] = await Promise.all([
    upLab('brake', { hosts: 3, type: 'kvm', ramMiB: 8192, systems: 1, systemRamMiB: 1024 }),
    Ferryd.start({ dir: tempDir('brake'), nodeId: 'br', cluster: 'brake', args: ['--log-level', 'info'] }),
    startSmtpSink(),
  ]);
  [lab, node, smtp] = [l, n, s];
  const a = node.addr;
  await Promise.all([
    ferryOk(a, 'settings', 'set', 'probe-interval', '1'),
    ferryOk(a, 'settings', 'set', 'down-after', '2'),
    ferryOk(a, 'settings', 'set', 'admin-email', ADMIN),
    ferryOk(a, 'settings', 'set', 'smtp-url', smtp.url),
    registerLabHosts(a, lab, 'kvm', lab.hostNames(), fenceArgs(lab)),
  ]);
  await waitSystemsReady(a, 3);
  const [h1, h2, h3] = lab.hostNames();
  // Down for 5 s before failing over: both crashed hosts are down when the first one's timeout is reached.
  await ferryOk(
    a,
    'groups',
    'create',
    'g1',
    '--type',
    'kvm',
    '--mode',
    'automatic',
    '--hosts',
    `${h1},${h2},${h3}`,
    '--down-timeout',
    '5',
    '--fence',
    'command',
    '--brake-share',
    '0.5',
    '--brake-window',
    '120',
  );
});

test.after(cleanupAll);

test('release-brake without an engaged brake is refused, naming the group', async () => {
  const r = await ferry(node.addr, 'groups', 'release-brake', 'g1');
  assert.is(r.code, 1, r.stderr);
  assert.match(r.stderr, /FAILED_PRECONDITION: no brake engaged in group g1/);
});

test('two of three hosts die at once: the brake holds their systems, release-brake starts them on the survivor', async () => {
  const [h1, h2, h3] = lab.hostNames() as [string, string, string];
  await Promise.all([lab.crash(h1), lab.crash(h2)]);
  const brake = await waitUntil(
    'the brake engaged in g1',
    async () => {
      const es = await ferryJson<EventJson[]>(
        node.addr,
        'events',
        'read',
        '--from',
        '1',
        '--type',
        'FailoverBrakeEngaged',
      );
      return es.length > 0 ? es[0]! : false;
    },
    40_000,
  );
  assert.equal(brake.body.downHosts, [h1, h2]);
  const started = await ferryJson<EventJson[]>(node.addr, 'events', 'read', '--from', '1', '--type', 'FailoverStarted');
  assert.equal(started, [], 'a failover started although the brake engaged');
  assert.equal(
    (await runningSystems(lab)).map((s) => s.host),
    [h3],
    'only the survivor runs a system while the brake holds',
  );

  const mail = await waitUntil(
    'the brake mail',
    () => smtp.to(ADMIN).find((m) => m.subject.includes('failover paused in group g1')) ?? false,
    20_000,
  );
  assert.match(mail.body, /ferry groups release-brake g1/);
  assert.match(node.output, /"level":40[^\n]*brake engaged in group g1[^\n]*ferry groups release-brake g1/);

  const released = await ferryJson<{ group: string; acknowledged: string[] }>(
    node.addr,
    'groups',
    'release-brake',
    'g1',
  );
  assert.equal(released, { group: 'g1', acknowledged: [h1, h2] });
  const moved = [`vm-${h1}-1`, `vm-${h2}-1`];
  await waitUntil(
    `${moved.join(', ')} running on ${h3}`,
    async () => {
      const r = await runningSystems(lab);
      return moved.every((n) => r.some((x) => x.name === n && x.host === h3));
    },
    60_000,
  );
  await eachRunsOnce(lab, moved, [h1, h2]);
  assert.match(node.output, /"level":30[^\n]*brake released in group g1/);
  await noDoubleRuns(lab);
});

test.run();
