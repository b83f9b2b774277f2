// Failover e2e: real ferryd, a lab of 3 kvm sshd hosts x 2 systems, fence and power-status commands that drive the
// lab's power switch, and a real SMTP server. A crashed host's systems restart elsewhere; the admin gets a host-down
// mail and one summary, the owner a summary of her system only; a partitioned host is failed over only once fenced (power off); a manual group waits for
// failover-system --target --no-start, run with an operator token after a viewer and an owner-scoped token were
// refused (PERMISSION_DENIED, nothing moved). (A promotion during a failover: failover-promotion.test.ts.)
// The lab's double-run detector must report nothing in every test.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Lab } from '@ferry/lab';
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
  registerLabHosts,
  runningSystems,
  sleep,
  startSmtpSink,
  tempDir,
  trace,
  upLab,
  waitUntil,
  type EventJson,
  type FailoverJson,
  type SmtpSink,
  type SystemJson,
  waitSystemsReady,
} from './support/index.js';

const ADMIN = 'ops@example.test';
const OWNER = 'alice@example.test';
let lab: Lab;
let node: Ferryd;
let smtp: SmtpSink;
let H1 = '';
let H2 = '';
let H3 = '';

test.before(async () => {
  const dir = tempDir('failover');
  const [l, n, s] = await Promise.all([
    upLab('failover', { hosts: 3, type: 'kvm', ramMiB: 8192, systems: 2, systemRamMiB: 1024 }),
    // Info level: the engine's notes show when it has decided about a down host (a manual group's wait).
    Ferryd.start({ dir, nodeId: 'fo', cluster: 'failover', args: ['--log-level', 'info'] }),
    startSmtpSink(),
  ]);
  [lab, node, smtp] = [l, n, s];
  [H1, H2, H3] = lab.hostNames() as [string, string, string];
  const a = node.addr;
  await Promise.all([
    ferryOk(a, 'settings', 'set', 'probe-interval', '1'),
    ferryOk(a, 'settings', 'set', 'down-after', '2'),
    ferryOk(a, 'settings', 'set', 'admin-email', ADMIN),
    ferryOk(a, 'settings', 'set', 'smtp-url', smtp.url),
    ferryOk(a, 'owners', 'add', 'alice', '--email', OWNER),
    registerLabHosts(a, lab, 'kvm', lab.hostNames(), fenceArgs(lab)),
  ]);
  await waitSystemsReady(a, 6);
  await ferryOk(a, 'systems', 'set', `vm-${H1}-1`, '--owner', 'alice');
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
    `${H1},${H2},${H3}`,
    '--down-timeout',
    '0',
    '--fence',
    'command',
    '--notify-owners',
  );
});

test.after(cleanupAll);

test('crashed host: its systems restart on other members, failovers succeed, admin and owner are mailed', async () => {
  trace('crash');
  const moved = [`vm-${H1}-1`, `vm-${H1}-2`];
  await lab.crash(H1);
  await waitUntil(
    `${H1}'s systems running elsewhere`,
    async () => {
      const r = await runningSystems(lab);
      return moved.every((n) => r.some((x) => x.name === n && x.host !== H1)) ? r : false;
    },
    40_000,
  );
  const where = await eachRunsOnce(lab, moved, [H1]);
  const fos = await waitUntil(
    '2 succeeded failovers off H1',
    async () => {
      const f = await ferryJson<FailoverJson[]>(node.addr, 'failovers', 'list');
      const ok = f.filter((x) => x.from === H1 && x.outcome === 'succeeded');
      return ok.length === 2 ? ok : false;
    },
    15_000,
  );
  for (const f of fos) {
    assert.is(
      f.to,
      where.get(f.system),
      `failover record of ${f.system} names ${f.to}, the lab runs it on ${where.get(f.system)}`,
    );
    assert.ok(f.started);
  }
  const systems = await ferryJson<SystemJson[]>(node.addr, 'systems', 'list');
  for (const n of moved) assert.is(systems.find((s) => s.name === n)?.host, where.get(n));

  const owned = `vm-${H1}-1`;
  const summaryOf = (to: string) => smtp.to(to).filter((m) => m.subject.startsWith(`[ferry] failover of ${H1} `));
  await waitUntil(
    'a host-down mail and one summary to the admin, one summary to the owner',
    () =>
      smtp.to(ADMIN).some((m) => m.subject === `[ferry] ${H1} is down`) &&
      summaryOf(ADMIN).length >= 1 &&
      summaryOf(OWNER).length >= 1,
    20_000,
  );
  assert.is(summaryOf(ADMIN).length, 1, 'one summary per failover, not one mail per system');
  const summary = summaryOf(ADMIN)[0]!.body;
  for (const n of moved)
    assert.ok(
      summary.includes(`${n} -> ${where.get(n)!}: started`),
      `the admin's summary does not say ${n} -> ${where.get(n)}: ${summary}`,
    );
  const ownerMails = smtp.to(OWNER);
  assert.is(ownerMails.length, 1, 'the owner gets one summary');
  assert.ok(ownerMails[0]!.body.includes(`${owned} -> ${where.get(owned)!}: started`), ownerMails[0]!.body);
  for (const n of moved.filter((x) => x !== owned))
    assert.not.ok(ownerMails[0]!.body.includes(n), `the owner's summary names ${n}, which she does not own`);
  await noDoubleRuns(lab);
});

test('partitioned host: nothing restarts until it is fenced (power off); no double run', async () => {
  trace('partition');
  const moved = [`vm-${H2}-1`, `vm-${H2}-2`];
  const from = (await new Api(node.addr).status()).headSeq;
  await lab.partition(H2);
  // Watch closely: no system of H2 may run anywhere else while H2 is still powered on.
  let early = '';
  await waitUntil(
    `${H2}'s systems running elsewhere`,
    async () => {
      const [r, power] = await Promise.all([runningSystems(lab), lab.powerStatus(H2)]);
      const elsewhere = r.filter((x) => moved.includes(x.name) && x.host !== H2);
      if (elsewhere.length && power === 'on')
        early ||= `${elsewhere.map((x) => `${x.name}@${x.host}`).join(', ')} while ${H2} was on`;
      return elsewhere.length === 2 ? r : false;
    },
    45_000,
    100,
  );
  assert.is(early, '', `restarted before fencing: ${early}`);
  assert.is(await lab.powerStatus(H2), 'off');
  await eachRunsOnce(lab, moved, [H2]);
  const events = await ferryJson<EventJson[]>(
    node.addr,
    'events',
    'read',
    '--from',
    String(from + 1),
    '--limit',
    '100000',
  );
  const fenced = events.find((e) => e.type === 'HostFenced');
  assert.ok(fenced, 'no HostFenced event');
  const movedEvents = events.filter((e) => e.type === 'SystemMoved');
  assert.ok(movedEvents.length >= 2, 'no SystemMoved events');
  assert.ok(
    movedEvents.every((e) => e.seq > fenced!.seq),
    'a system was moved before the host was fenced',
  );
  await noDoubleRuns(lab);
});

test('manual group: nothing moves by itself; failover-system --target --no-start (operator token) defines it stopped on the target; viewer and owner tokens are refused', async () => {
  trace('manual');
  const [operator, viewer, ownerToken] = await Promise.all([
    createToken(node.addr, 'fo-operator', 'operator'),
    createToken(node.addr, 'fo-viewer', 'viewer'),
    createToken(node.addr, 'fo-alice', 'operator', 'alice'),
  ]);
  await ferryOk(node.addr, 'groups', 'update', 'g1', '--mode', 'manual');
  await lab.restore(H1);
  await waitUntil(
    `${H1} up again`,
    async () =>
      (await ferryJson<{ name: string; state: string }[]>(node.addr, 'hosts', 'list')).find((h) => h.name === H1)
        ?.state === 'up',
    30_000,
  );
  const onH3 = (await runningSystems(lab)).filter((r) => r.host === H3).map((r) => r.name);
  assert.ok(onH3.length >= 1);
  const victim = onH3[0]!;
  const refused = await ferryAs(node.addr, operator, 'failover-system', victim, '--target', H1, '--json');
  assert.is(refused.code, 1, 'failover-system moved a system off a host that is up');
  assert.match(refused.stderr, /FAILED_PRECONDITION/);

  await lab.crash(H3);
  await waitUntil(
    `${H3} down`,
    async () =>
      (await ferryJson<{ name: string; state: string }[]>(node.addr, 'hosts', 'list')).find((h) => h.name === H3)
        ?.state === 'down',
    20_000,
  );
  const waiting = `host ${H3} is down; group g1 is manual: waiting for an operator`;
  await waitUntil('the engine to decide to wait for an operator', () => node.output.includes(waiting), 20_000, 100);
  assert.equal(await runningSystems(lab), [], 'a manual group moved systems by itself');

  // The same forced failover as a viewer and as an operator scoped to an owner: refused, and nothing moves.
  const head = (await new Api(node.addr).status()).headSeq;
  const failoversBefore = await ferryJson<FailoverJson[]>(node.addr, 'failovers', 'list');
  assertRefused(
    await ferryAs(node.addr, viewer, 'failover-system', victim, '--target', H1, '--no-start', '--json'),
    'PERMISSION_DENIED',
    'failover-system as a viewer',
  );
  assertRefused(
    await ferryAs(node.addr, ownerToken, 'failover-system', victim, '--target', H1, '--no-start', '--json'),
    'PERMISSION_DENIED',
    'failover-system as an owner-scoped token',
  );
  await sleep(2_000); // a failover the refused calls had started would show up now
  assert.equal(
    await ferryJson<FailoverJson[]>(node.addr, 'failovers', 'list'),
    failoversBefore,
    'a refused failover-system recorded a failover',
  );
  const since = await ferryJson<EventJson[]>(
    node.addr,
    'events',
    'read',
    '--from',
    String(head + 1),
    '--limit',
    '100000',
  );
  assert.equal(
    since.filter((e) => e.type.startsWith('Failover') || e.type === 'SystemMoved').map((e) => e.type),
    [],
    'a refused failover-system wrote failover events',
  );
  assert.not.ok(
    (await lab.systems()).some((s) => s.name === victim && s.host === H1),
    `${victim} was defined on ${H1} by a refused call`,
  );
  assert.is(
    (await ferryJson<SystemJson[]>(node.addr, 'systems', 'list')).find((s) => s.name === victim)?.host,
    H3,
    `${victim} no longer on ${H3} after refused calls`,
  );

  const rec = await ferryJsonAs<FailoverJson>(
    node.addr,
    operator,
    'failover-system',
    victim,
    '--target',
    H1,
    '--no-start',
  );
  assert.is(rec.system, victim);
  assert.is(rec.to, H1);
  assert.is(rec.started, false);
  await waitUntil(
    `${victim} defined, stopped, on ${H1}`,
    async () => (await lab.systems()).some((s) => s.name === victim && s.host === H1 && s.state === 'stopped'),
    20_000,
  );
  assert.equal(await runningSystems(lab), [], '--no-start started something');
  const forced = (await ferryJson<FailoverJson[]>(node.addr, 'failovers', 'list')).filter(
    (f) => !failoversBefore.some((b) => b.id === f.id),
  );
  assert.equal(
    forced.map((f) => [f.id, f.system, f.to]),
    [[rec.id, victim, H1]],
    "the operator's failover-system is not the one new failover",
  );
  await noDoubleRuns(lab);
});

test.run();
