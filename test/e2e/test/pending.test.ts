// What is about to happen, as the operator sees it: a crashed host of an automatic group shows when it went down
// (hosts show), and until the group's timeout has passed `failovers list` holds a pending failover saying when it
// starts; once it has started the pending entry is gone and the failover is there instead. The metrics say the same:
// pending failovers, systems by state, and whether the group can lose its biggest member.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Lab } from '@ferry/lab';
import {
  Ferryd,
  cleanupAll,
  fenceArgs,
  ferryJson,
  ferryOk,
  freePort,
  noDoubleRuns,
  registerLabHosts,
  tempDir,
  upLab,
  waitUntil,
  type FailoverJson,
  type HostJson,
} from './support/index.js';

let lab: Lab;
let node: Ferryd;
let metrics = '';
const TIMEOUT_S = 12;

/** The value of the sample `name{labels…}` of a scrape, or undefined when it is absent. */
async function metric(series: string): Promise<number | undefined> {
  const text = await (await fetch(`http://${metrics}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(series));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

test.before(async () => {
  const dir = tempDir('pending');
  metrics = `127.0.0.1:${await freePort()}`;
  [lab, node] = await Promise.all([
    upLab('pending', { hosts: 2, type: 'kvm', ramMiB: 8192, systems: 1, systemRamMiB: 512 }),
    Ferryd.start({ dir, nodeId: 'pd', cluster: 'pending', args: ['--metrics', metrics] }),
  ]);
  const a = node.addr;
  await ferryOk(a, 'settings', 'set', 'probe-interval', '1');
  await ferryOk(a, 'settings', 'set', 'down-after', '2');
  await registerLabHosts(a, lab, 'kvm', lab.hostNames(), fenceArgs(lab));
  const [h1, h2] = lab.hostNames() as [string, string];
  await waitUntil(
    'both hosts up',
    async () => (await ferryJson<HostJson[]>(a, 'hosts', 'list')).every((h) => h.state === 'up'),
    30_000,
  );
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
    `${h1},${h2}`,
    '--down-timeout',
    String(TIMEOUT_S),
    '--fence',
    'command',
  );
});

test.after(cleanupAll);

test('a crashed host shows down since when, and a pending failover saying when it starts, until it starts', async () => {
  const a = node.addr;
  const [h1] = lab.hostNames() as [string, string];
  const before = (await ferryJson<HostJson>(a, 'hosts', 'show', h1)).stateSince!;
  assert.ok(Date.parse(before) > 0, `stateSince of an up host: ${before}`);
  assert.not.ok('downSince' in (await ferryJson<HostJson>(a, 'hosts', 'show', h1)), 'an up host has no downSince');
  await waitUntil('both systems running', async () => (await metric('ferry_systems{state="running"')) === 2, 30_000);
  assert.is(await metric('ferry_failovers_pending{'), 0);
  assert.is(await metric('ferry_group_survives_biggest_loss{group="g1"'), 1);
  assert.is(await metric('ferry_group_biggest_member_running_mib{group="g1"'), 512);
  await lab.crash(h1);
  const down = await waitUntil(
    `${h1} down`,
    async () => {
      const h = await ferryJson<HostJson>(a, 'hosts', 'show', h1);
      return h.state === 'down' ? h : false;
    },
    30_000,
  );
  assert.ok(down.downSince && Date.parse(down.downSince) >= Date.parse(before), `downSince: ${down.downSince}`);
  assert.is(down.stateSince, down.downSince);

  const pending = (await ferryJson<FailoverJson[]>(a, 'failovers', 'list')).filter((f) => f.outcome === 'pending');
  assert.is(pending.length, 1, JSON.stringify(pending));
  assert.is(await metric('ferry_failovers_pending{'), 1);
  assert.is(await metric('ferry_systems{state="unknown"'), 1, "the down host's system is unknown");
  assert.is(await metric('ferry_group_survives_biggest_loss{group="g1"'), undefined, 'one member up: nothing to plan');
  const p = pending[0]!;
  assert.is(p.from, h1);
  assert.is(p.at, down.downSince);
  assert.is(Date.parse(p.failoverAt!) - Date.parse(down.downSince), TIMEOUT_S * 1000);
  assert.match(
    p.reason,
    new RegExp(`automatic failover at ${p.failoverAt!.replace(/[.]/g, '\\.')} \\(group g1, timeout ${TIMEOUT_S} s\\)`),
  );

  const started = await waitUntil(
    'the failover started and the pending entry is gone',
    async () => {
      const list = await ferryJson<FailoverJson[]>(a, 'failovers', 'list');
      return !list.some((f) => f.outcome === 'pending') && list.some((f) => f.from === h1 && f.outcome !== 'pending')
        ? list
        : false;
    },
    60_000,
  );
  const first = started.find((f) => f.from === h1)!;
  assert.ok(
    Date.parse(first.at) >= Date.parse(p.failoverAt!) - 1000,
    `started at ${first.at}, announced for ${p.failoverAt}`,
  );
  await noDoubleRuns(lab);
});

test.run();
