// What is about to happen, as the operator sees it: a crashed host of an automatic group shows when it went down
// (hosts show), and until the group's timeout has passed `failovers list` holds a pending failover saying when it
// starts; once it has started the pending entry is gone and the failover is there instead.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Lab } from '@ferry/lab';
import {
  Ferryd, cleanupAll, fenceArgs, ferryJson, ferryOk, noDoubleRuns, registerLabHosts, tempDir, upLab, waitUntil,
  type FailoverJson, type HostJson,
} from './support/index.js';

let lab: Lab;
let node: Ferryd;
const TIMEOUT_S = 12;

test.before(async () => {
  const dir = tempDir('pending');
  [lab, node] = await Promise.all([
    upLab('pending', { hosts: 2, type: 'kvm', ramMiB: 8192, systems: 1, systemRamMiB: 512 }),
    Ferryd.start({ dir, nodeId: 'pd', cluster: 'pending' }),
  ]);
  const a = node.addr;
  await ferryOk(a, 'settings', 'set', 'probe-interval', '1');
  await ferryOk(a, 'settings', 'set', 'down-after', '2');
  await registerLabHosts(a, lab, 'kvm', lab.hostNames(), fenceArgs(lab));
  const [h1, h2] = lab.hostNames() as [string, string];
  await waitUntil('both hosts up', async () => (await ferryJson<HostJson[]>(a, 'hosts', 'list')).every((h) => h.state === 'up'), 30_000);
  await ferryOk(a, 'groups', 'create', 'g1', '--type', 'kvm', '--mode', 'automatic', '--hosts', `${h1},${h2}`, '--timeout', String(TIMEOUT_S), '--fence', 'command');
});

test.after(cleanupAll);

test('a crashed host shows down since when, and a pending failover saying when it starts, until it starts', async () => {
  const a = node.addr;
  const [h1] = lab.hostNames() as [string, string];
  const before = (await ferryJson<HostJson>(a, 'hosts', 'show', h1)).stateSince!;
  assert.ok(Date.parse(before) > 0, `stateSince of an up host: ${before}`);
  assert.not.ok('downSince' in (await ferryJson<HostJson>(a, 'hosts', 'show', h1)), 'an up host has no downSince');
  await lab.crash(h1);
  const down = await waitUntil(`${h1} down`, async () => {
    const h = await ferryJson<HostJson>(a, 'hosts', 'show', h1);
    return h.state === 'down' ? h : false;
  }, 30_000);
  assert.ok(down.downSince && Date.parse(down.downSince) >= Date.parse(before), `downSince: ${down.downSince}`);
  assert.is(down.stateSince, down.downSince);

  const pending = (await ferryJson<FailoverJson[]>(a, 'failovers', 'list')).filter((f) => f.outcome === 'pending');
  assert.is(pending.length, 1, JSON.stringify(pending));
  const p = pending[0]!;
  assert.is(p.from, h1);
  assert.is(p.at, down.downSince);
  assert.is(Date.parse(p.failoverAt!) - Date.parse(down.downSince), TIMEOUT_S * 1000);
  assert.match(p.reason, new RegExp(`automatic failover at ${p.failoverAt!.replace(/[.]/g, '\\.')} \\(group g1, timeout ${TIMEOUT_S} s\\)`));

  const started = await waitUntil('the failover started and the pending entry is gone', async () => {
    const list = await ferryJson<FailoverJson[]>(a, 'failovers', 'list');
    return !list.some((f) => f.outcome === 'pending') && list.some((f) => f.from === h1 && f.outcome !== 'pending') ? list : false;
  }, 60_000);
  const first = started.find((f) => f.from === h1)!;
  assert.ok(Date.parse(first.at) >= Date.parse(p.failoverAt!) - 1000, `started at ${first.at}, announced for ${p.failoverAt}`);
  await noDoubleRuns(lab);
});

test.run();
