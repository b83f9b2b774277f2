// Repeated automatic promotion under load (#19): three ferryd nodes with --auto-promote and --sync-replicas 1 on a
// real nats-server -js, a writer that keeps writing to whichever node accepts, and FERRY_E2E_AUTO_KILLS rounds (3 in
// npm test; 10 for the check: FERRY_E2E_AUTO_KILLS=10 node scripts/run-tests.mjs auto-promote-kills) of:
// SIGKILL the master, wait for another node to accept a write, restart the killed node with its unchanged command
// line (it must come back as a replica). Checked at the end from the surviving log: every acknowledged write is
// there; ordered by acknowledgement time, the epochs of acknowledged writes never go back (no two writable masters:
// a write acknowledged by an old master after a newer one began would carry the older epoch); each epoch's writes
// were acknowledged by one node; and each round's first write came within 2 × ttl of the kill.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Api, Ferryd, NatsServer, cleanupAll, freePort, grpcCode, sleep, tempDir, waitUntil } from './support/index.js';

const TTL_S = 4;
const KILLS = Number(process.env.FERRY_E2E_AUTO_KILLS ?? 3);

interface Ack {
  name: string;
  node: string;
  at: number;
}

const apis = new Map<string, Api>();
const api = (n: Ferryd): Api => {
  if (!apis.has(n.addr)) apis.set(n.addr, new Api(n.addr));
  return apis.get(n.addr)!;
};

/** The running node that says it is master (undefined while none does). */
async function masterOf(nodes: readonly Ferryd[]): Promise<Ferryd | undefined> {
  for (const n of nodes) {
    if (!n.running) continue;
    const role = await api(n)
      .status()
      .then(
        (s) => s.role,
        () => 'down',
      );
    if (role === 'master') return n;
  }
  return undefined;
}

/**
 * Writes host after host until stopped: to the node that last accepted one (else to each running node in turn), and
 * every fifth write to each node in turn first, so that a node that should refuse writes (a replica, a restarted old
 * master) is asked too and any write it accepts is seen.
 */
function startWriter(nodes: readonly Ferryd[]): { acks: Ack[]; stop(): Promise<void> } {
  const acks: Ack[] = [];
  let stopped = false;
  let target = nodes[0]!;
  const loop = (async () => {
    for (let i = 0; !stopped; i++) {
      const name = `w-${i}`;
      let acked = false;
      const rotated = [...nodes.slice(i % nodes.length), ...nodes.slice(0, i % nodes.length)];
      const order = i % 5 === 0 ? rotated : [target, ...nodes.filter((x) => x !== target)];
      for (const n of order) {
        if (!n.running) continue;
        const r = await grpcCode(
          api(n).call(
            'RegisterHost',
            { spec: { name, address: `127.9.${i >> 8}.${i & 255}`, port: 1, user: 'root', type: 'kvm' } },
            3_000,
          ),
        );
        if (r.code === undefined) {
          acks.push({ name, node: n.opts.nodeId, at: Date.now() });
          target = n;
          acked = true;
          break;
        }
      }
      if (!acked) await sleep(50);
    }
  })();
  return {
    acks,
    stop: async () => {
      stopped = true;
      await loop;
    },
  };
}

test(`${KILLS} SIGKILLs of the master under a steady write load: a new master within 2 × ttl each time, nothing acknowledged lost, never two writable masters`, async () => {
  const dir = tempDir('auto-kills');
  const nats = await NatsServer.start(dir);
  const ports = await Promise.all([freePort(), freePort(), freePort()]);
  const lease = ['--auto-promote', '--nats', nats.url, '--lease-ttl', String(TTL_S), '--sync-replicas', '1'];
  const first = await Ferryd.start({ dir, nodeId: 'k0', cluster: 'kills', port: ports[0]!, args: lease });
  const nodes = [first];
  for (const i of [1, 2]) {
    nodes.push(
      await Ferryd.start({
        dir,
        nodeId: `k${i}`,
        cluster: 'kills',
        port: ports[i]!,
        args: ['--role', 'replica', '--master', first.addr, ...lease],
      }),
    );
  }
  for (const n of nodes.slice(1)) await api(first).call('AddReplica', { address: n.addr });
  await waitUntil(
    'both replicas connected',
    async () => (await api(first).status()).replicas.filter((r) => r.connected).length === 2,
    30_000,
  );

  const writer = startWriter(nodes);
  const rounds: { killed: string; tookMs: number }[] = [];
  try {
    await waitUntil('the first writes are acknowledged', async () => writer.acks.length >= 20, 20_000, 50);
    for (let k = 0; k < KILLS; k++) {
      const master = await waitUntil('a master', () => masterOf(nodes), 20_000, 100);
      await master.kill();
      const t0 = Date.now();
      const next = await waitUntil(
        `a write accepted after kill ${k + 1} (of ${master.opts.nodeId})`,
        async () => writer.acks.find((a) => a.at > t0),
        30_000,
        20,
      );
      rounds.push({ killed: master.opts.nodeId, tookMs: next.at - t0 });
      // Back with its unchanged command line: it finds the lease held by another and follows it.
      await master.restart();
      await waitUntil(
        `${master.opts.nodeId} back as a replica, caught up`,
        async () => {
          const [s, m] = [await api(master).status(), await masterOf(nodes)];
          return (
            s.role === 'replica' && m !== undefined && m !== master && s.headSeq >= (await api(m).status()).headSeq - 5
          );
        },
        30_000,
        100,
      );
      await waitUntil('more writes', async () => writer.acks.filter((a) => a.at > t0).length >= 20, 20_000, 50);
    }
  } finally {
    await writer.stop();
  }

  const master = await waitUntil('a master at the end', () => masterOf(nodes), 20_000, 100);
  const epochOf = new Map<string, number>();
  for (let from = 1; ; ) {
    const page = await api(master).call<{ events: { seq: number; epoch: number; type: string; aggregate: string }[] }>(
      'ReadEvents',
      { fromSeq: from, limit: 5000 },
    );
    for (const e of page.events)
      if (e.type === 'HostRegistered') epochOf.set(e.aggregate.slice('host/'.length), e.epoch);
    if (page.events.length === 0) break;
    from = page.events.at(-1)!.seq + 1;
  }
  const acks = writer.acks;
  assert.equal(
    acks.filter((a) => !epochOf.has(a.name)).map((a) => a.name),
    [],
    'acknowledged writes missing from the log',
  );
  const byTime = [...acks].sort((a, b) => a.at - b.at);
  for (let i = 1; i < byTime.length; i++) {
    const [prev, cur] = [byTime[i - 1]!, byTime[i]!];
    assert.ok(
      epochOf.get(cur.name)! >= epochOf.get(prev.name)!,
      `${cur.name} (epoch ${epochOf.get(cur.name)}, by ${cur.node}) was acknowledged after ${prev.name} (epoch ${epochOf.get(prev.name)}, by ${prev.node})`,
    );
  }
  const writerOfEpoch = new Map<number, Set<string>>();
  for (const a of acks)
    writerOfEpoch.set(epochOf.get(a.name)!, (writerOfEpoch.get(epochOf.get(a.name)!) ?? new Set()).add(a.node));
  for (const [epoch, writers] of writerOfEpoch)
    assert.is(writers.size, 1, `epoch ${epoch} acknowledged by ${[...writers].join(' and ')}`);
  assert.is(writerOfEpoch.size, KILLS + 1, `one epoch per master: ${[...writerOfEpoch.keys()].join(', ')}`);
  const slow = rounds.filter((r) => r.tookMs > 2 * TTL_S * 1000);
  assert.equal(slow, [], `rounds slower than 2 × ttl (${2 * TTL_S * 1000} ms): ${JSON.stringify(rounds)}`);
  console.log(
    `# ${KILLS} kills, ${acks.length} writes acknowledged; ms from kill to the next acknowledged write: ${rounds.map((r) => r.tookMs).join(', ')}`,
  );
});

test.after(async () => {
  for (const a of apis.values()) a.close();
  await cleanupAll();
});

test.run();
