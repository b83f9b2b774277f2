// Cluster roles with real ferryd processes (#14, #21): a promoted master restarted with the README's replica
// command line keeps the master role and says why, naming both epochs; an old master restarted after a promotion
// acknowledges no write (it asks its registered replicas first, finds the newer epoch and follows); a master whose
// registered replicas do not answer stays read-only until a majority does, or until the operator overrides; a
// confirmed master that stops hearing from its replicas holds writes and confirms again, so a master frozen (or cut
// off) through a promotion acknowledges nothing once it resumes.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  Api,
  Ferryd,
  cleanupAll,
  ferryJson,
  ferryOk,
  freePort,
  grpcCode,
  onCleanup,
  sleep,
  tempDir,
  waitUntil,
} from './support/index.js';

const apis = new Map<string, Api>();
const api = (n: Ferryd) => {
  if (!apis.has(n.addr)) apis.set(n.addr, new Api(n.addr));
  return apis.get(n.addr)!;
};
const caughtUp = (a: Ferryd, b: Ferryd) =>
  waitUntil(
    `${b.opts.nodeId} caught up with ${a.opts.nodeId}`,
    async () => (await api(a).status()).headSeq === (await api(b).status()).headSeq,
    30_000,
    200,
  );

/** A master and one registered replica that has caught up. */
async function pair(dir: string, tag: string, masterArgs: string[] = []): Promise<[Ferryd, Ferryd]> {
  const [pm, pr] = await Promise.all([freePort(), freePort()]);
  const m = await Ferryd.start({ dir, nodeId: `${tag}m`, cluster: 'roles', port: pm, args: masterArgs });
  const r = await Ferryd.start({
    dir,
    nodeId: `${tag}r`,
    cluster: 'roles',
    port: pr,
    args: ['--role', 'replica', '--master', m.addr],
  });
  await ferryOk(m.addr, 'replicas', 'add', r.addr);
  await api(m).addHost(`${tag}-first`);
  await caughtUp(m, r);
  return [m, r];
}

test('a promoted master restarted with "--role replica --master OLD" keeps the master role and names both epochs', async () => {
  const dir = tempDir('roles-a');
  const [m, r] = await pair(dir, 'a');
  const promoted = await ferryJson<{ epoch: number; followers: string[] }>(r.addr, 'promote-replica', '--force');
  assert.ok(
    promoted.followers.some(
      (f) => f.includes(`old master ${m.addr}`) && f.includes(`--role replica --master ${r.addr}`),
    ),
    `promote says nothing of the old master: ${promoted.followers.join(' | ')}`,
  );
  await api(r).addHost('a-after');
  await r.stop();
  await r.restart(['--role', 'replica', '--master', m.addr]);
  await sleep(2_000);
  const s = await api(r).status();
  assert.is(s.role, 'master', 'the promoted node followed the node it replaced: the cluster has no master');
  assert.match(
    r.output,
    new RegExp(
      `refusing to become a replica of ${m.addr.replace(/\./g, '\\.')}: this node is master of epoch ${promoted.epoch}`,
    ),
  );
  await api(r).addHost('a-again');
  assert.is((await api(m).status()).role, 'replica');
});

test('an old master restarted after a promotion acknowledges no write: it finds the newer epoch and follows', async () => {
  const dir = tempDir('roles-b');
  const [m, r] = await pair(dir, 'b');
  await m.kill();
  await ferryOk(r.addr, 'promote-replica');
  await m.restart();
  const acked: string[] = [];
  const refused: string[] = [];
  const until = Date.now() + 4_000;
  for (let i = 0; Date.now() < until; i++) {
    const res = await grpcCode(api(m).addHost(`stale-${i}`));
    if (res.code === undefined) acked.push(`stale-${i}`);
    else refused.push(`${res.code}: ${res.details}`);
  }
  assert.equal(acked, [], `the old master acknowledged ${acked.length} writes the cluster discards`);
  assert.ok(refused.length > 0);
  await waitUntil(
    'the old master follows the promoted one',
    async () => {
      const s = await api(m).status();
      return s.role === 'replica' && s.master === r.addr;
    },
    30_000,
    200,
  );
});

test('a master whose registered replica is down stays read-only until it answers; --skip-master-check overrides', async () => {
  const dir = tempDir('roles-c');
  const [m, r] = await pair(dir, 'c');
  await r.stop();
  await m.stop();
  await m.restart();
  const held = await grpcCode(api(m).addHost('c-held'));
  assert.is(held.code, 14 /* UNAVAILABLE */, `a write before the replica answered: ${held.details}`);
  assert.match(held.details, /confirming with its registered replicas.*0 of 1 registered replicas answered, 1 needed/);
  await r.restart();
  await waitUntil(
    'the master accepts writes once its replica answers',
    async () => (await grpcCode(api(m).addHost('c-after'))).code === undefined,
    30_000,
    300,
  );
  await r.stop();
  await m.stop();
  await m.restart(['--skip-master-check']);
  await api(m).addHost('c-override');
});

/** SIGSTOPs a node's process until the returned function (or the cleanup) sends SIGCONT. */
function freeze(n: Ferryd): () => void {
  const pid = n.pid!;
  let frozen = true;
  process.kill(pid, 'SIGSTOP');
  const thaw = () => {
    if (frozen) process.kill(pid, 'SIGCONT');
    frozen = false;
  };
  onCleanup(thaw);
  return thaw;
}

const CONTACT = ['--replica-contact-timeout-ms', '1500'];

test('a master that stops hearing from its only replica holds writes, and takes them again once the replica answers', async () => {
  const dir = tempDir('roles-d');
  const [m, r] = await pair(dir, 'd', CONTACT);
  const thaw = freeze(r);
  await waitUntil(
    'the master holds writes',
    async () => (await grpcCode(api(m).addHost(`d-${Date.now()}`))).code === 14,
    20_000,
    300,
  );
  const held = await grpcCode(api(m).addHost('d-held'));
  assert.match(
    held.details,
    /heard from 0 of its 1 registered replicas within 1\.5 s .*confirming with its registered replicas/,
  );
  assert.match(
    (await api(m).status()).writes,
    /heard from 0 of its 1 registered replicas/,
    'status says why writes are held',
  );
  thaw();
  await waitUntil(
    'the master accepts writes once its replica answers again',
    async () => (await grpcCode(api(m).addHost(`d-back-${Date.now()}`))).code === undefined,
    30_000,
    300,
  );
  assert.is((await api(m).status()).role, 'master');
});

test('a master frozen through a promotion acknowledges no write once it resumes: it finds the newer epoch and follows', async () => {
  const dir = tempDir('roles-e');
  const [m, r] = await pair(dir, 'e', CONTACT);
  const thaw = freeze(m);
  await ferryOk(r.addr, 'promote-replica');
  await api(r).addHost('e-new-master');
  thaw();
  const acked: string[] = [];
  const until = Date.now() + 4_000;
  for (let i = 0; Date.now() < until; i++)
    if ((await grpcCode(api(m).addHost(`e-stale-${i}`))).code === undefined) acked.push(`e-stale-${i}`);
  assert.equal(acked, [], `the resumed old master acknowledged ${acked.length} writes the cluster discards`);
  await waitUntil(
    'the old master follows the promoted one',
    async () => {
      const s = await api(m).status();
      return s.role === 'replica' && s.master === r.addr;
    },
    30_000,
    200,
  );
});

test('a promotion without --force needs a majority besides the old master; a replica told to follow knows the new epoch at once', async () => {
  const dir = tempDir('roles-f');
  const [pm, p1, p2] = await Promise.all([freePort(), freePort(), freePort()]);
  const m = await Ferryd.start({ dir, nodeId: 'fm', cluster: 'roles', port: pm });
  const r1 = await Ferryd.start({
    dir,
    nodeId: 'fr1',
    cluster: 'roles',
    port: p1,
    args: ['--role', 'replica', '--master', m.addr],
  });
  const r2 = await Ferryd.start({
    dir,
    nodeId: 'fr2',
    cluster: 'roles',
    port: p2,
    args: ['--role', 'replica', '--master', m.addr],
  });
  await ferryOk(m.addr, 'replicas', 'add', r1.addr);
  await ferryOk(m.addr, 'replicas', 'add', r2.addr);
  await api(m).addHost('f-first');
  await caughtUp(m, r1);
  await caughtUp(m, r2);
  await m.kill();
  const thaw = freeze(r2);
  const refused = await ferryJson<unknown>(r1.addr, 'promote-replica').then(
    () => undefined,
    (e: Error) => e.message,
  );
  assert.match(
    refused ?? 'promoted',
    /only 0 of the 1 other nodes of this cluster answered \(1 needed besides the old master\)/,
  );
  assert.is((await api(r1).status()).role, 'replica', 'the refused promotion changed the role');
  thaw();
  const promoted = await ferryJson<{ epoch: number }>(r1.addr, 'promote-replica');
  assert.is(
    (await api(r2).status()).epoch,
    promoted.epoch,
    'r2 was told to follow but does not know the epoch it follows',
  );
});

test('a replica that streams without being registered is listed while it streams, not after', async () => {
  const dir = tempDir('roles-g');
  const [m, r] = await pair(dir, 'g');
  await ferryOk(m.addr, 'replicas', 'remove', r.addr);
  await api(m).addHost('g-after-remove');
  await caughtUp(m, r);
  assert.ok(
    (await api(m).status()).replicas.some((x) => x.address === r.addr && x.connected),
    'the streaming node is listed',
  );
  await r.kill();
  await waitUntil(
    'the unregistered node is gone from the list once its stream ended',
    async () => !(await api(m).status()).replicas.some((x) => x.address === r.addr),
    20_000,
    200,
  );
});

test.after(cleanupAll);
test.run();
