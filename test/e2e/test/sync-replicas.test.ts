// Synchronous replication with real ferryd processes (mutual TLS, tokens): with --sync-replicas 1 and the only
// replica stopped (SIGSTOP: alive, connected, silent), a write waits the whole --sync-timeout-ms and then fails
// with UNAVAILABLE saying the seq is committed on the master but not confirmed (deploy/README.md, syncTimeoutMs);
// once the replica runs again, it catches up and the next write is acknowledged with the replica holding it.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  Api,
  Ferryd,
  cleanupAll,
  ferryOk,
  freePort,
  grpcCode,
  onCleanup,
  tempDir,
  waitUntil,
} from './support/index.js';

const SYNC_TIMEOUT_MS = 3_000;

test('a synchronous write with the replica stopped waits for the sync timeout, then fails as documented', async () => {
  const dir = tempDir('sync-replicas');
  const [pm, pr] = await Promise.all([freePort(), freePort()]);
  const m = await Ferryd.start({
    dir,
    nodeId: 'sm',
    cluster: 'sync1',
    port: pm,
    args: ['--sync-replicas', '1', '--sync-timeout-ms', String(SYNC_TIMEOUT_MS)],
  });
  const r = await Ferryd.start({
    dir,
    nodeId: 'sr',
    cluster: 'sync1',
    port: pr,
    args: ['--role', 'replica', '--master', m.addr],
  });
  await ferryOk(m.addr, 'replicas', 'add', r.addr);
  const master = new Api(m.addr);
  const replica = new Api(r.addr);
  await waitUntil('replica connected', async () => (await master.status()).replicas.some((x) => x.connected), 20_000);
  await master.addHost('before-stop');

  const pid = r.pid!;
  process.kill(pid, 'SIGSTOP');
  let stopped = true;
  onCleanup(() => {
    if (stopped) process.kill(pid, 'SIGCONT');
  });
  const started = Date.now();
  const res = await grpcCode(master.addHost('while-stopped'));
  const waited = Date.now() - started;
  assert.is(res.code, 14, `expected UNAVAILABLE, got code ${res.code}: ${res.details}`);
  assert.match(res.details, /seq \d+ is committed on the master but fewer than 1 replicas confirmed it within 3000 ms/);
  assert.ok(
    waited >= SYNC_TIMEOUT_MS - 50,
    `answered after ${waited} ms, before the ${SYNC_TIMEOUT_MS} ms sync timeout`,
  );
  const seq = Number(/seq (\d+)/.exec(res.details)![1]);
  assert.ok((await master.status()).headSeq >= seq, 'the write is committed on the master');

  process.kill(pid, 'SIGCONT');
  stopped = false;
  await master.addHost('after-resume');
  const head = (await master.status()).headSeq;
  // Acknowledged in sync mode: the replica already holds it (its ack followed its durable write).
  assert.ok((await replica.status()).headSeq >= head, `the replica acknowledged seq ${head} without holding it`);
  const hosts = await replica.call<{ hosts: { name: string }[] }>('ListHosts', {});
  for (const name of ['before-stop', 'while-stopped', 'after-resume'])
    assert.ok(
      hosts.hosts.some((h) => h.name === name),
      `${name} missing on the replica`,
    );
});

test.after(cleanupAll);
test.run();
