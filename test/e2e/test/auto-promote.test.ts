// Automatic promotion on a NATS JetStream lease (#19) with real ferryd processes and a real nats-server -js on
// loopback: a SIGKILLed master is replaced by a replica within 2 × ttl with every acknowledged write (--sync-replicas
// 1) and the other replica follows it; a master frozen (SIGSTOP) until a replica took over accepts no write when it
// resumes, and follows; NATS killed: nobody promotes, the master stops writing once it cannot renew its lease, and
// writes resume on the same master when NATS is back.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  Api,
  Ferryd,
  NatsServer,
  cleanupAll,
  ferryOk,
  freePort,
  grpcCode,
  onCleanup,
  sleep,
  tempDir,
  waitUntil,
} from './support/index.js';

const TTL_S = 3;

const apis = new Map<string, Api>();
const api = (n: Ferryd): Api => {
  if (!apis.has(n.addr)) apis.set(n.addr, new Api(n.addr));
  return apis.get(n.addr)!;
};

/** A master (--sync-replicas 1) and two registered replicas, all --auto-promote on `nats`, caught up. */
async function cluster(dir: string, tag: string, nats: NatsServer): Promise<[Ferryd, Ferryd, Ferryd]> {
  const lease = ['--auto-promote', '--nats', nats.url, '--lease-ttl', String(TTL_S)];
  const [pm, p1, p2] = await Promise.all([freePort(), freePort(), freePort()]);
  const m = await Ferryd.start({
    dir,
    nodeId: `${tag}m`,
    cluster: tag,
    port: pm,
    args: [...lease, '--sync-replicas', '1'],
  });
  const r1 = await Ferryd.start({
    dir,
    nodeId: `${tag}r1`,
    cluster: tag,
    port: p1,
    args: ['--role', 'replica', '--master', m.addr, ...lease],
  });
  const r2 = await Ferryd.start({
    dir,
    nodeId: `${tag}r2`,
    cluster: tag,
    port: p2,
    args: ['--role', 'replica', '--master', m.addr, ...lease],
  });
  for (const r of [r1, r2]) await ferryOk(m.addr, 'replicas', 'add', r.addr);
  await waitUntil(
    'both replicas connected',
    async () => (await api(m).status()).replicas.filter((x) => x.connected).length === 2,
    30_000,
  );
  return [m, r1, r2];
}

/** A node's role, or `down` when it does not answer. */
const role = (n: Ferryd): Promise<string> =>
  api(n)
    .status()
    .then(
      (s) => s.role,
      () => 'down',
    );

test('master SIGKILLed: a replica takes the lease and is master within 2 × ttl, nothing acknowledged is lost, the other follows', async () => {
  const dir = tempDir('auto-kill');
  const nats = await NatsServer.start(dir);
  const [m, r1, r2] = await cluster(dir, 'ak', nats);
  const acked: string[] = [];
  for (let i = 0; i < 15; i++) {
    await api(m).addHost(`ak-${i}`);
    acked.push(`ak-${i}`);
  }
  const { status: st } = await api(m).call<{ status: { lease: { state: string; holder: string; renewals: number } } }>(
    'GetClusterStatus',
  );
  assert.is(st.lease.state, 'held');
  assert.is(st.lease.holder, 'akm');
  await m.kill();
  const t0 = Date.now();
  const promoted = await waitUntil(
    'a replica is master',
    async () => {
      for (const r of [r1, r2]) if ((await role(r)) === 'master') return r;
      return undefined;
    },
    20_000,
    100,
  );
  const took = Date.now() - t0;
  assert.ok(took <= 2 * TTL_S * 1000, `promoted ${took} ms after the kill (2 × ttl = ${2 * TTL_S * 1000} ms)`);
  await waitUntil(
    'the new master accepts a write',
    async () => (await grpcCode(api(promoted).addHost('ak-after'))).code === undefined,
    10_000,
    100,
  );
  const hosts = await api(promoted).call<{ hosts: { name: string }[] }>('ListHosts', { tag: '', type: '', state: '' });
  const names = new Set(hosts.hosts.map((h) => h.name));
  assert.equal(
    acked.filter((n) => !names.has(n)),
    [],
    'acknowledged writes lost in the promotion',
  );
  const other = promoted === r1 ? r2 : r1;
  await waitUntil(
    'the other replica follows the new master',
    async () => {
      const [o, p] = [await api(other).status(), await api(promoted).status()];
      return o.role === 'replica' && o.master === promoted.addr && o.headSeq === p.headSeq;
    },
    20_000,
  );
  const { lease } = (
    await api(other).call<{ status: { lease: { state: string; holder: string } } }>('GetClusterStatus')
  ).status;
  assert.equal([lease.state, lease.holder], ['held-by-other', promoted.opts.nodeId]);
});

test('master SIGSTOPped past its lease: a replica takes over; resumed, the old master accepts no write and follows', async () => {
  const dir = tempDir('auto-freeze');
  const nats = await NatsServer.start(dir);
  const [m, r1, r2] = await cluster(dir, 'af', nats);
  await api(m).addHost('af-before');
  const pid = m.pid!;
  process.kill(pid, 'SIGSTOP');
  let frozen = true;
  onCleanup(() => {
    if (frozen) process.kill(pid, 'SIGCONT');
  });
  const promoted = await waitUntil(
    'a replica is master',
    async () => {
      for (const r of [r1, r2]) if ((await role(r)) === 'master') return r;
      return undefined;
    },
    20_000,
    100,
  );
  await api(promoted).addHost('af-new-master');
  process.kill(pid, 'SIGCONT');
  frozen = false;
  const acked: string[] = [];
  const until = Date.now() + 3_000;
  for (let i = 0; Date.now() < until; i++)
    if ((await grpcCode(api(m).addHost(`af-stale-${i}`))).code === undefined) acked.push(`af-stale-${i}`);
  assert.equal(acked, [], 'the resumed old master acknowledged writes while another node holds the lease');
  await waitUntil(
    'the old master follows the new one',
    async () => {
      const s = await api(m).status();
      return s.role === 'replica' && s.master === promoted.addr;
    },
    20_000,
  );
});

test('NATS down: nobody promotes, the master stops writing when it cannot renew, and writes resume when NATS is back', async () => {
  const dir = tempDir('auto-nats');
  const nats = await NatsServer.start(dir);
  const [m, r1, r2] = await cluster(dir, 'an', nats);
  await api(m).addHost('an-before');
  await nats.kill();
  const t0 = Date.now();
  const refused = await waitUntil(
    'the master refuses writes',
    async () => {
      const r = await grpcCode(api(m).addHost(`an-probe-${Date.now()}`));
      return r.code !== undefined ? r : undefined;
    },
    10_000,
    100,
  );
  assert.ok(Date.now() - t0 <= TTL_S * 1000 + 500, `the master still wrote ${Date.now() - t0} ms after NATS died`);
  assert.is(refused.code, 14, refused.details);
  assert.match(refused.details, /lease/);
  // Well past the lease: still nobody else is master.
  await sleep(2 * TTL_S * 1000);
  assert.equal([await role(r1), await role(r2)], ['replica', 'replica']);
  assert.is((await api(m).status()).role, 'master');
  await nats.restart();
  await waitUntil(
    'the master writes again',
    async () => (await grpcCode(api(m).addHost(`an-after-${Date.now()}`))).code === undefined,
    30_000,
    200,
  );
  assert.equal([await role(r1), await role(r2)], ['replica', 'replica']);
  const epoch = (await api(m).status()).epoch;
  assert.is(epoch, 1, 'the master kept its epoch: nobody was promoted');
});

test.after(cleanupAll);
test.run();
