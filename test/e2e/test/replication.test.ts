// Replication e2e with real ferryd processes on loopback: 1 master + 2 replicas converge to the same head seq and
// hash under a concurrent write load; writes to a replica are refused naming the master; a replica SIGKILLed in the
// middle of the stream resumes without gaps; the master dies, a replica is promoted, the other follows and writes
// continue; the old master rejoins as a replica with its divergent tail quarantined; an idle master keeps hearing
// from its replica; and with --sync-replicas 1 a master killed right after acknowledging loses nothing once the
// replica is promoted.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  Api,
  Ferryd,
  Status,
  cleanupAll,
  trace,
  ferry,
  ferryJson,
  ferryOk,
  freePort,
  grpcCode,
  sleep,
  tempDir,
  waitUntil,
  type EventJson,
  type HostJson,
  type StatusJson,
} from './support/index.js';

let dir = '';
let m: Ferryd;
let r1: Ferryd;
let r2: Ferryd;
const apis = new Map<string, Api>();
const api = (n: Ferryd) => {
  if (!apis.has(n.addr)) apis.set(n.addr, new Api(n.addr));
  return apis.get(n.addr)!;
};
const headOf = async (n: Ferryd) => {
  const s = await api(n).status();
  return `${s.headSeq}:${s.headHash}`;
};
const converged = (a: Ferryd, b: Ferryd, what: string, timeoutMs = 30_000) =>
  waitUntil(
    `${what}: same head seq and hash`,
    async () => {
      const [x, y] = await Promise.all([headOf(a), headOf(b)]);
      return x === y ? x : false;
    },
    timeoutMs,
    200,
  );

/** `count` RegisterHost writes from `writers` concurrent clients; returns the acknowledged names. */
async function writeLoad(target: Api, prefix: string, count: number, writers = 8): Promise<string[]> {
  const acked: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (next < count) {
        const i = next++;
        await target.addHost(`${prefix}${i}`);
        acked.push(`${prefix}${i}`);
      }
    }),
  );
  return acked;
}

/** The whole log of a node over ReadEvents (paged), checked to be a gapless hash chain. */
async function chainOf(n: Ferryd): Promise<{ seq: number; hash: string; prevHash: string }[]> {
  const evs: { seq: number; hash: string; prevHash: string }[] = [];
  for (;;) {
    const page = (
      await api(n).call<{ events: { seq: number; hash: string; prevHash: string }[] }>('ReadEvents', {
        fromSeq: evs.length + 1,
        limit: 5000,
      })
    ).events;
    evs.push(...page.map((e) => ({ seq: e.seq, hash: e.hash, prevHash: e.prevHash })));
    if (page.length < 5000) break;
  }
  evs.forEach((e, i) => {
    assert.is(e.seq, i + 1, `${n.opts.nodeId}: seq gap`);
    if (i) assert.is(e.prevHash, evs[i - 1]!.hash, `${n.opts.nodeId}: chain broken at ${e.seq}`);
  });
  return evs;
}

/**
 * Two copies hold the same history: fetched at slightly different moments (the master's collector may append
 * in between), they must agree over their common length, and that length must reach `atLeast`.
 */
function assertSameChain(a: { hash: string }[], b: { hash: string }[], atLeast: number, what: string): void {
  const n = Math.min(a.length, b.length);
  assert.ok(n >= atLeast, `${what}: only ${n} common events, expected at least ${atLeast}`);
  assert.equal(
    a.slice(0, n).map((e) => e.hash),
    b.slice(0, n).map((e) => e.hash),
    what,
  );
}

test.before(async () => {
  dir = tempDir('replication');
  const [pm, p1, p2] = await Promise.all([freePort(), freePort(), freePort()]);
  m = await Ferryd.start({ dir, nodeId: 'm', cluster: 'repl', port: pm });
  [r1, r2] = await Promise.all([
    Ferryd.start({ dir, nodeId: 'r1', cluster: 'repl', port: p1, args: ['--role', 'replica', '--master', m.addr] }),
    Ferryd.start({ dir, nodeId: 'r2', cluster: 'repl', port: p2, args: ['--role', 'replica', '--master', m.addr] }),
  ]);
  await ferryOk(m.addr, 'replicas', 'add', r1.addr);
  await ferryOk(m.addr, 'replicas', 'add', r2.addr);
});

test.after(cleanupAll);

test('1 master + 2 replicas converge to identical logs under a concurrent write load', async () => {
  trace('1 master + 2 replicas converge to identi');
  const acked = await writeLoad(api(m), 'load-', 400, 16);
  assert.is(acked.length, 400);
  trace('load written');
  const head = await converged(m, r1, 'r1');
  trace('converged');
  // Not necessarily at `head`: the master's collector goes on writing (the 400 hosts, on port 1, go down), so the
  // two copies are compared event by event below over at least `head`'s length.
  await converged(m, r2, 'r2');
  const [cm, c1, c2] = await Promise.all([chainOf(m), chainOf(r1), chainOf(r2)]);
  assertSameChain(c1, cm, Number(head.split(':')[0]), 'r1 and master');
  assertSameChain(c2, cm, Number(head.split(':')[0]), 'r2 and master');
  const hostsOnReplica = await ferryJson<HostJson[]>(r1.addr, 'hosts', 'list');
  assert.is(hostsOnReplica.length, 400);
  const st = await waitUntil(
    'master shows both replicas connected and caught up',
    async () => {
      const s = await ferryJson<StatusJson>(m.addr, 'status');
      return s.replicas.length === 2 && s.replicas.every((r) => r.connected && r.ackedSeq === s.headSeq) ? s : false;
    },
    15_000,
  );
  assert.equal(st.replicas.map((r) => r.address).sort(), [r1.addr, r2.addr].sort());
  const rs = await ferryJson<StatusJson>(r2.addr, 'status');
  assert.is(rs.role, 'replica');
  assert.is(rs.master, m.addr);
});

test('writes to a replica are refused (FAILED_PRECONDITION) naming the master; nothing changes', async () => {
  trace('writes to a replica are refused (FAILED_');
  const before = await headOf(r1);
  const r = await ferry(
    r1.addr,
    'hosts',
    'add',
    'nope',
    '--address',
    '127.0.0.1',
    '--port',
    '1',
    '--user',
    'root',
    '--type',
    'kvm',
  );
  assert.is(r.code, 1, r.stderr);
  assert.match(r.stderr, /FAILED_PRECONDITION/);
  assert.ok(r.stderr.includes(m.addr), `message does not name the master ${m.addr}: ${r.stderr}`);
  const g = await grpcCode(api(r2).call('SetSetting', { key: 'probe-interval', value: '7' }));
  assert.is(g.code, Status.FAILED_PRECONDITION, g.details);
  assert.ok(g.details.includes(m.addr), g.details);
  assert.is(await headOf(r1), before);
  const refused = await ferry(r2.addr, 'promote-replica', '--json');
  assert.is.not(refused.code, 0, 'promotion must be refused while the master is healthy');
  assert.is((await ferryJson<StatusJson>(r2.addr, 'status')).role, 'replica');
});

test('a replica SIGKILLed mid-stream and restarted resumes without gaps or duplicates', async () => {
  trace('a replica SIGKILLed mid-stream and resta');
  const target = api(m);
  let stop = false;
  const acked: string[] = [];
  const load = (async () => {
    for (let i = 0; !stop; i++) {
      await target.addHost(`mid-${i}`);
      acked.push(`mid-${i}`);
    }
  })();
  const load2 = (async () => {
    for (let i = 0; !stop; i++) {
      await target.addHost(`mid2-${i}`);
      acked.push(`mid2-${i}`);
    }
  })();
  while (acked.length < 100) await sleep(10);
  const atKill = (await api(r2).status()).headSeq;
  await r2.kill();
  while (acked.length < 400) await sleep(10);
  await r2.restart();
  while (acked.length < 600) await sleep(10);
  stop = true;
  await Promise.all([load, load2]);
  const head = await converged(m, r2, 'restarted r2', 40_000);
  assert.ok(Number(head.split(':')[0]) > atKill + 400, 'r2 had to catch up a real backlog');
  const [cm, c2] = await Promise.all([chainOf(m), chainOf(r2)]);
  assertSameChain(c2, cm, Number(head.split(':')[0]), 'restarted r2 and master');
  const names = new Set((await ferryJson<HostJson[]>(r2.addr, 'hosts', 'list')).map((h) => h.name));
  assert.equal(
    acked.filter((n) => !names.has(n)),
    [],
  );
  await converged(m, r1, 'r1');
});

test('master killed, replica promoted, the other follows, writes continue; the old master rejoins with its tail quarantined', async () => {
  trace('master killed, replica promoted, the oth');
  const oldEpoch = (await api(m).status()).epoch;
  // The replicas die; the master writes alone (this tail will diverge); then the master dies too.
  await Promise.all([r1.kill(), r2.kill()]);
  await ferryOk(
    m.addr,
    'hosts',
    'add',
    'diverged',
    '--address',
    '127.0.0.1',
    '--port',
    '11',
    '--user',
    'root',
    '--type',
    'kvm',
  );
  await m.kill();
  await Promise.all([r1.restart(), r2.restart()]);

  trace('replicas restarted');
  const pr = await ferryJson<{ epoch: number; tookMs: number }>(r1.addr, 'promote-replica');
  trace('promoted');
  assert.ok(pr.epoch > oldEpoch, `new epoch ${pr.epoch} <= ${oldEpoch}`);
  assert.ok(Number.isFinite(pr.tookMs) && pr.tookMs >= 0, `tookMs ${pr.tookMs}`); // its speed is \`pnpm bench promote\`'s
  const s1 = await ferryJson<StatusJson>(r1.addr, 'status');
  assert.is(s1.role, 'master');
  assert.is(s1.epoch, pr.epoch);

  await writeLoad(api(r1), 'after-', 50, 4);
  await waitUntil('r2 follows the new master', async () => (await api(r2).status()).master === r1.addr, 30_000);
  await converged(r1, r2, 'r2 following r1');
  const onR2 = new Set((await ferryJson<HostJson[]>(r2.addr, 'hosts', 'list')).map((h) => h.name));
  assert.ok(onR2.has('after-49'));
  assert.not.ok(onR2.has('diverged'), "the dead master's unreplicated write appeared on r2");
  const promoted = await ferryJson<EventJson[]>(r1.addr, 'events', 'read', '--type', 'MasterPromoted');
  assert.is(promoted.length, 1);
  assert.is(promoted[0]!.epoch, pr.epoch);

  // The old master comes back as a replica of the new one: it finds the fork, quarantines, follows.
  trace('r2 follows');
  await m.restart(['--role', 'replica', '--master', r1.addr]);
  const rejoined = await converged(r1, m, 'old master rejoined');
  trace('old master converged');
  const sm = await ferryJson<StatusJson>(m.addr, 'status');
  assert.is(sm.role, 'replica');
  assert.ok(sm.quarantined >= 1, `quarantined=${sm.quarantined}`);
  const onM = new Set((await ferryJson<HostJson[]>(m.addr, 'hosts', 'list')).map((h) => h.name));
  assert.not.ok(onM.has('diverged'), 'the divergent write is still visible on the rejoined node');
  assert.ok(onM.has('after-49'));
  const [c1, cm] = await Promise.all([chainOf(r1), chainOf(m)]);
  assertSameChain(cm, c1, Number(rejoined.split(':')[0]), 'rejoined old master and new master');
  // And the cluster of three keeps working.
  await ferryOk(
    r1.addr,
    'hosts',
    'add',
    'after-rejoin',
    '--address',
    '127.0.0.1',
    '--port',
    '12',
    '--user',
    'root',
    '--type',
    'kvm',
  );
  await converged(r1, m, 'rejoined node live');
  await converged(r1, r2, 'r2 live');
});

test('an idle master still hears from its replica: the heartbeats are answered, so last contact stays fresh', async () => {
  trace('an idle master still hears from its rep');
  const [pi, pr] = await Promise.all([freePort(), freePort()]);
  const im = await Ferryd.start({ dir, nodeId: 'im', cluster: 'idle', port: pi });
  const ir = await Ferryd.start({
    dir,
    nodeId: 'ir',
    cluster: 'idle',
    port: pr,
    args: ['--role', 'replica', '--master', im.addr],
  });
  await ferryOk(im.addr, 'replicas', 'add', ir.addr);
  const first = await waitUntil(
    'idle replica caught up',
    async () => {
      const s = await api(im).status();
      const r = s.replicas.find((x) => x.connected && x.ackedSeq === s.headSeq);
      return r ? { head: s.headSeq, contact: Date.parse(r.lastContact) } : false;
    },
    20_000,
  );
  // No host, no write: nothing but heartbeats flows; the replica's answers must move its last contact on.
  const { s, r } = await waitUntil(
    'last contact 2 s past the first',
    async () => {
      const st = await api(im).status();
      const rs = st.replicas.find((x) => x.address === ir.addr);
      return rs && Date.parse(rs.lastContact) - first.contact >= 2_000 ? { s: st, r: rs } : false;
    },
    10_000,
    250,
  );
  assert.is(s.headSeq, first.head, 'the idle master wrote meanwhile; the test needs it idle');
  assert.ok(r.connected);
  assert.ok(Date.now() - Date.parse(r.lastContact) < 2_500, `last contact is stale: ${r.lastContact}`);
  assert.is(r.ackedSeq, first.head);
  await Promise.all([ir.kill(), im.kill()]);
});

test('sync mode (--sync-replicas 1): master killed right after acknowledging; the promoted replica has every acknowledged write', async () => {
  trace('sync mode (--sync-replicas 1): master ki');
  const [ps, pr] = await Promise.all([freePort(), freePort()]);
  const sm = await Ferryd.start({
    dir,
    nodeId: 'sm',
    cluster: 'sync',
    port: ps,
    args: ['--sync-replicas', '1', '--sync-timeout-ms', '5000'],
  });
  const sr = await Ferryd.start({
    dir,
    nodeId: 'sr',
    cluster: 'sync',
    port: pr,
    args: ['--role', 'replica', '--master', sm.addr],
  });
  trace('sync nodes up');
  await ferryOk(sm.addr, 'replicas', 'add', sr.addr);
  trace('sync replica added');
  await waitUntil(
    'sync replica connected',
    async () => (await api(sm).status()).replicas.some((r) => r.connected),
    20_000,
  );

  const client = api(sm);
  const acked: string[] = [];
  let killed = false;
  const writer = async (w: number) => {
    for (let i = 0; !killed; i++) {
      try {
        await client.addHost(`sync-${w}-${i}`);
      } catch {
        return;
      }
      acked.push(`sync-${w}-${i}`);
      if (acked.length === 150 && !killed) {
        killed = true;
        sm.kill().catch(() => undefined); // SIGKILL at once, with other writes in flight
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, (_, w) => writer(w)));
  await sm.kill();
  trace('sync master killed');
  assert.ok(acked.length >= 150);

  const res = await ferryJson<{ epoch: number }>(sr.addr, 'promote-replica');
  assert.ok(res.epoch >= 2);
  trace('sync replica promoted');
  const names = new Set((await ferryJson<HostJson[]>(sr.addr, 'hosts', 'list')).map((h) => h.name));
  const lost = acked.filter((n) => !names.has(n));
  assert.equal(lost, [], `${lost.length} acknowledged writes lost in sync mode`);
  await ferryOk(
    sr.addr,
    'hosts',
    'add',
    'sync-after',
    '--address',
    '127.0.0.1',
    '--port',
    '13',
    '--user',
    'root',
    '--type',
    'kvm',
  );
});

test.run();
