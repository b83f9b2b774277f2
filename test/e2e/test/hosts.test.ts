// Hosts e2e: one ferryd watching three labs of real sshd hosts at once (kvm, xen, openvz; 3 hosts x 2 systems
// each): registration with a key file and a pinned fingerprint, discovery, a system stopped over SSH with the
// hypervisor's own tool becomes an event, crash -> down, partition -> down/unreachable without any false
// "stopped"/"vanished" event, restore -> up, and host keys: a wrong fingerprint is refused and a changed key
// keeps the host unreachable with the error naming the key. Probe interval 1 s, down after 2 failed probes.
import { ENUM_PREFIX, enumText, fromTimestamp } from '@ferry/api';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Lab, LabType } from '@ferry/lab';
import {
  Api,
  Ferryd,
  cleanupAll,
  ferry,
  ferryJson,
  ferryOk,
  noDoubleRuns,
  registerLabHosts,
  ssh,
  stopCommand,
  tempDir,
  upLab,
  waitUntil,
  type EventJson,
  type HostJson,
  type SystemJson,
} from './support/index.js';

const TYPES: LabType[] = ['kvm', 'xen', 'openvz'];
const labs = new Map<LabType, Lab>();
let node: Ferryd;
let api: Api;

interface ApiHost {
  name: string;
  state: string;
  lastError: string;
  lastProbeAt: string;
  hostKeyFingerprint: string;
}
/** ListHosts with states as text and the last probe time as ISO 8601 (the wire carries enums and Timestamps). */
const apiHosts = async (): Promise<ApiHost[]> =>
  (
    await api.call<{
      hosts: (Omit<ApiHost, 'lastProbeAt'> & { lastProbeTime: { seconds: number; nanos: number } | null })[];
    }>('ListHosts', {})
  ).hosts.map(({ lastProbeTime, ...h }) => ({
    ...h,
    state: enumText(ENUM_PREFIX.hostState, h.state),
    lastProbeAt: fromTimestamp(lastProbeTime),
  }));
const stateOf = async (name: string) => (await apiHosts()).find((h) => h.name === name)?.state;
const headSeq = async () => (await api.status()).headSeq;
const eventsFrom = (seq: number) =>
  ferryJson<EventJson[]>(node.addr, 'events', 'read', '--from', String(seq + 1), '--limit', '100000');
const hostOf = (t: LabType, i: number) => `${t}-h${i}`;

/** Waits until each named host was probed `rounds` more times (its lastProbeAt moved on that often), 30 s at most. */
async function probeRounds(names: readonly string[], rounds: number): Promise<void> {
  const start = new Map((await apiHosts()).map((h) => [h.name, h.lastProbeAt]));
  const seen = new Map(names.map((n) => [n, new Set<string>()]));
  await waitUntil(
    `${rounds} more probe rounds of ${names.join(', ')}`,
    async () => {
      for (const h of await apiHosts()) if (h.lastProbeAt !== start.get(h.name)) seen.get(h.name)?.add(h.lastProbeAt);
      return [...seen.values()].every((s) => s.size >= rounds);
    },
    30_000,
    100,
  );
}

test.before(async () => {
  const dir = tempDir('hosts');
  const [started] = await Promise.all([
    Ferryd.start({ dir, nodeId: 'hosts-m', cluster: 'hosts' }),
    ...TYPES.map(async (t) =>
      labs.set(t, await upLab(`hosts-${t}`, { hosts: 3, type: t, ramMiB: 8192, systems: 2, systemRamMiB: 1024 })),
    ),
  ]);
  node = started as Ferryd;
  api = new Api(node.addr);
  await ferryOk(node.addr, 'settings', 'set', 'probe-interval', '1');
  await ferryOk(node.addr, 'settings', 'set', 'down-after', '2');
});

test.after(cleanupAll);

test('registration with key file and pinned fingerprint; every host up; systems and RAM discovered (kvm, xen, openvz)', async () => {
  await Promise.all(TYPES.map((t) => registerLabHosts(node.addr, labs.get(t)!, t)));
  await waitUntil(
    'all 9 hosts up',
    async () => {
      const hs = await apiHosts();
      return hs.length === 9 && hs.every((h) => h.state === 'up') ? hs : false;
    },
    40_000,
  );
  const systems = await waitUntil(
    '18 systems discovered running',
    async () => {
      const s = await ferryJson<SystemJson[]>(node.addr, 'systems', 'list');
      return s.filter((x) => x.state === 'running').length === 18 ? s : false;
    },
    30_000,
  );
  for (const t of TYPES) {
    const lab = labs.get(t)!;
    const truth = (await lab.systems()).map((s) => `${s.name}@${s.host}:${s.memoryMiB}`).sort();
    const seen = systems
      .filter((s) => s.host.startsWith(`${t}-`))
      .map((s) => `${s.name}@${s.host}:${s.memoryMiB}`)
      .sort();
    assert.equal(seen, truth, `${t}: discovered systems differ from the lab`);
    const h = await ferryJson<HostJson>(node.addr, 'hosts', 'show', hostOf(t, 1));
    assert.is(h.type, t);
    assert.is(h.hostKeyFingerprint, lab.hostInfo(hostOf(t, 1)).hostKeyFingerprint);
    assert.is(h.memTotalMiB, 8192, `${t} memTotalMiB`);
    assert.is(h.memFreeMiB, 8192 - 2 * 1024, `${t} memFreeMiB`);
  }
  const events = await eventsFrom(0);
  assert.is(events.filter((e) => e.type === 'HostKeyTrusted').length, 9);
  assert.is(new Set(events.filter((e) => e.type === 'SystemDiscovered').map((e) => e.aggregate)).size, 18);
});

test('a system stopped over SSH with the hypervisor tool becomes a SystemChanged event', async () => {
  const from = await headSeq();
  const victims = TYPES.map((t) => ({ t, host: hostOf(t, 1), system: `vm-${hostOf(t, 1)}-1` }));
  for (const v of victims) {
    const r = await ssh(labs.get(v.t)!, v.host, stopCommand(v.t, v.system));
    assert.is(r.code, 0, `${v.t}: ${stopCommand(v.t, v.system)}: ${r.stderr}`);
  }
  const events = await waitUntil(
    'a SystemChanged event to stopped for each stopped system',
    async () => {
      const evs = await eventsFrom(from);
      const changed = evs.filter((e) => e.type === 'SystemChanged' && e.body.state === 'stopped');
      return victims.every((v) => changed.some((e) => e.aggregate === `system/${v.system}` && e.body.host === v.host))
        ? evs
        : false;
    },
    20_000,
  );
  // Exactly those systems changed: nothing else was written about other systems.
  const touched = new Set(
    events
      .filter((e) => e.aggregate.startsWith('system/') && e.type !== 'SystemDefinitionCaptured')
      .map((e) => e.aggregate),
  );
  assert.equal([...touched].sort(), victims.map((v) => `system/${v.system}`).sort());
  const list = await ferryJson<SystemJson[]>(node.addr, 'systems', 'list', '--state', 'stopped');
  assert.equal(list.map((s) => s.name).sort(), victims.map((v) => v.system).sort());
});

test('crash -> down after the threshold; partition -> down/unreachable without any false stopped/vanished event', async () => {
  const crashed = TYPES.map((t) => hostOf(t, 2));
  const parted = TYPES.map((t) => hostOf(t, 3));
  const from = await headSeq();
  await Promise.all(TYPES.map((t) => labs.get(t)!.crash(hostOf(t, 2))));
  await Promise.all(TYPES.map((t) => labs.get(t)!.partition(hostOf(t, 3))));
  await waitUntil(
    'crashed hosts down',
    async () => {
      const hs = await apiHosts();
      return crashed.every((n) => hs.find((h) => h.name === n)?.state === 'down');
    },
    20_000,
  );
  await waitUntil(
    'partitioned hosts down or unreachable',
    async () => {
      const hs = await apiHosts();
      return parted.every((n) => ['down', 'unreachable'].includes(hs.find((h) => h.name === n)?.state ?? ''));
    },
    20_000,
  );
  await probeRounds([...crashed, ...parted], 2); // more failed probe rounds against the frozen hosts
  const events = await eventsFrom(from);
  for (const n of crashed) {
    assert.ok(
      events.some((e) => e.aggregate === `host/${n}` && e.type === 'HostStateChanged' && e.body.to === 'down'),
      `no HostStateChanged to down for ${n}`,
    );
  }
  const partedSystems = new Set(parted.flatMap((h) => [`system/vm-${h}-1`, `system/vm-${h}-2`]));
  const allSystems = new Set([...partedSystems, ...crashed.flatMap((h) => [`system/vm-${h}-1`, `system/vm-${h}-2`])]);
  const falseReports = events.filter(
    (e) =>
      allSystems.has(e.aggregate) &&
      (e.type === 'SystemVanished' || (e.type === 'SystemChanged' && e.body.state === 'stopped')),
  );
  assert.equal(
    falseReports.map((e) => `${e.seq} ${e.type} ${e.aggregate}`),
    [],
    "an unreachable host's systems were reported stopped or vanished",
  );
  const systems = await ferryJson<SystemJson[]>(node.addr, 'systems', 'list');
  for (const s of systems.filter((x) => partedSystems.has(`system/${x.name}`)))
    assert.is.not(s.state, 'stopped', `${s.name} on partitioned ${s.host}`);
  // Ground truth: the partitioned hosts' systems really kept running.
  for (const t of TYPES) {
    const running = (await labs.get(t)!.systems()).filter((s) => s.host === hostOf(t, 3) && s.state === 'running');
    assert.is(running.length, 2);
  }
});

test('restore -> up: a partition heals without a stopped event; a rebooted crashed host reports its systems stopped', async () => {
  const from = await headSeq();
  await Promise.all(TYPES.flatMap((t) => [labs.get(t)!.restore(hostOf(t, 3)), labs.get(t)!.restore(hostOf(t, 2))]));
  await waitUntil(
    'restored hosts up',
    async () => {
      const hs = await apiHosts();
      return hs.every((h) => h.state === 'up');
    },
    25_000,
  );
  const events = await waitUntil(
    "the rebooted hosts' systems reported stopped",
    async () => {
      const evs = await eventsFrom(from);
      const stopped = new Set(
        evs.filter((e) => e.type === 'SystemChanged' && e.body.state === 'stopped').map((e) => e.aggregate),
      );
      return TYPES.every(
        (t) => stopped.has(`system/vm-${hostOf(t, 2)}-1`) && stopped.has(`system/vm-${hostOf(t, 2)}-2`),
      )
        ? evs
        : false;
    },
    20_000,
  );
  for (const t of TYPES) {
    const h3 = hostOf(t, 3);
    assert.ok(
      events.some((e) => e.aggregate === `host/${h3}` && e.type === 'HostStateChanged' && e.body.to === 'up'),
      `no HostStateChanged to up for ${h3}`,
    );
    assert.not.ok(
      events.some((e) => e.aggregate.startsWith(`system/vm-${h3}-`) && e.type !== 'SystemDefinitionCaptured'),
      `events about ${h3}'s systems after the partition healed`,
    );
  }
});

test('host keys: a wrong fingerprint is refused; a changed key keeps the host unreachable with the error naming the key', async () => {
  const keyLab = await upLab('hosts-keys', { hosts: 2, type: 'kvm', ramMiB: 2048, systems: 0, prefix: 'keys' });
  const a = keyLab.hostInfo('keys-h1');
  const b = keyLab.hostInfo('keys-h2');
  assert.is.not(a.hostKeyFingerprint, b.hostKeyFingerprint);

  // Wrong fingerprint: refused over the CLI (exit 1, FAILED_PRECONDITION naming both keys), nothing trusted.
  await ferryOk(
    node.addr,
    'hosts',
    'add',
    'wrongkey',
    '--address',
    a.address,
    '--port',
    String(a.port),
    '--user',
    a.user,
    '--type',
    'kvm',
    '--key-file',
    a.keyFile,
  );
  const before = await headSeq();
  const refused = await ferry(node.addr, 'hosts', 'trust', 'wrongkey', '--fingerprint', b.hostKeyFingerprint);
  assert.is(refused.code, 1, refused.stderr);
  assert.match(refused.stderr, /FAILED_PRECONDITION/);
  assert.ok(refused.stderr.includes(a.hostKeyFingerprint), refused.stderr);
  const trusted = (await eventsFrom(before)).filter(
    (e) => e.aggregate === 'host/wrongkey' && e.type === 'HostKeyTrusted',
  );
  assert.equal(trusted, [], 'a refused trust appended a HostKeyTrusted event');
  await probeRounds(['wrongkey'], 2);
  const untrusted = await ferryJson<HostJson>(node.addr, 'hosts', 'show', 'wrongkey');
  assert.ok(['unknown', 'unreachable'].includes(untrusted.state), untrusted.state);
  assert.match(untrusted.lastError, /key/i);
  assert.is(untrusted.hostKeyFingerprint, '');

  // Changed key: pinned to a's key and up; then another machine (b, other key) answers at the host's address.
  // One machine is one host: the refused registration goes first.
  await ferryOk(node.addr, 'hosts', 'remove', 'wrongkey');
  await ferryOk(
    node.addr,
    'hosts',
    'add',
    'moved',
    '--address',
    a.address,
    '--port',
    String(a.port),
    '--user',
    a.user,
    '--type',
    'kvm',
    '--key-file',
    a.keyFile,
  );
  await ferryOk(node.addr, 'hosts', 'trust', 'moved', '--fingerprint', a.hostKeyFingerprint);
  await waitUntil('host "moved" up', async () => (await stateOf('moved')) === 'up', 15_000);
  await ferryOk(node.addr, 'hosts', 'update', 'moved', '--port', String(b.port));
  const h = await waitUntil(
    'host "moved" unreachable after its key changed',
    async () => {
      const x = await ferryJson<HostJson>(node.addr, 'hosts', 'show', 'moved');
      return x.state === 'unreachable' ? x : false;
    },
    15_000,
  );
  assert.ok(h.lastError.includes(b.hostKeyFingerprint), `lastError does not name the presented key: ${h.lastError}`);
  assert.match(h.lastError, /changed|mismatch/i);
  assert.is(h.hostKeyFingerprint, a.hostKeyFingerprint, 'the pinned key must not change by itself');
  await probeRounds(['moved'], 3); // several more probes: still refused, never down (the host is alive)
  assert.is(await stateOf('moved'), 'unreachable');
});

test('no system ever ran on two hosts at once in any lab', async () => {
  for (const lab of labs.values()) await noDoubleRuns(lab);
});

test.run();
