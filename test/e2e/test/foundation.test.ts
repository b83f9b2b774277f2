// Foundation e2e: the CLI and the gRPC API against a real ferryd — validation errors name every bad field
// (INVALID_ARGUMENT), NOT_FOUND, ALREADY_EXISTS, nothing appended on any error; events form a gapless hash chain
// that recomputes from the stored bytes; a damaged record stops the daemon at start naming seq and aggregate;
// SIGKILL under a concurrent write load loses no acknowledged event; the standard health check answers SERVING.
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { EventLog, chainHash, encodeData, ZERO_HEX } from '@ferry/log';
import {
  Api,
  Ferryd,
  Status,
  cleanupAll,
  damageRecord,
  ferry,
  ferryJson,
  ferryOk,
  grpcCode,
  sleep,
  tempDir,
  type EventJson,
  type HostJson,
  type StatusJson,
} from './support/index.js';

let dir = '';
let node: Ferryd;
let api: Api;

test.before(async () => {
  dir = tempDir('foundation');
  node = await Ferryd.start({ dir, nodeId: 'f1', cluster: 'foundation' });
  api = new Api(node.addr);
  await ferryOk(
    node.addr,
    'hosts',
    'add',
    'h1',
    '--address',
    '127.0.0.1',
    '--port',
    '1',
    '--user',
    'root',
    '--type',
    'kvm',
    '--tag',
    'rack1',
  );
  await ferryOk(
    node.addr,
    'hosts',
    'add',
    'h2',
    '--address',
    '127.0.0.1',
    '--port',
    '2',
    '--user',
    'root',
    '--type',
    'kvm',
  );
  await ferryOk(
    node.addr,
    'groups',
    'create',
    'g1',
    '--type',
    'kvm',
    '--mode',
    'manual',
    '--hosts',
    'h1,h2',
    '--down-timeout',
    '60',
  );
  await ferryOk(node.addr, 'settings', 'set', 'admin-email', 'ops@example.test');
  await ferryOk(node.addr, 'owners', 'add', 'alice', '--email', 'alice@example.test');
});

test.after(cleanupAll);

const head = async (addr: string) => (await ferryJson<StatusJson>(addr, 'status')).headSeq;

test('validation over real gRPC: INVALID_ARGUMENT names every bad field, nothing appended', async () => {
  const before = await head(node.addr);
  const bad = await grpcCode(
    api.call('RegisterHost', { spec: { name: 'bad name!', address: '', port: 70000, user: '', type: 'hyperv' } }),
  );
  assert.is(bad.code, Status.INVALID_ARGUMENT, bad.details);
  for (const field of ['name', 'address', 'port', 'user', 'type'])
    assert.match(bad.details, new RegExp(`\\b${field}\\b`), `field ${field} not named: ${bad.details}`);

  const group = await grpcCode(
    api.call('CreateGroup', { group: { name: 'g2', type: 'kvm', mode: 'sometimes', hosts: ['h1'] } }),
  );
  assert.is(group.code, Status.INVALID_ARGUMENT, group.details);
  assert.match(group.details, /mode/);

  const setting = await grpcCode(api.call('SetSetting', { key: 'probe-interval', value: 'often' }));
  assert.is(setting.code, Status.INVALID_ARGUMENT, setting.details);
  assert.match(setting.details, /probe-interval/);

  // Through the CLI: a value the CLI passes on and the server refuses; exit 1, server message, no stack trace.
  const owner = await ferry(node.addr, 'owners', 'add', 'bob', '--email', 'not-an-address');
  assert.is(owner.code, 1, owner.stderr);
  assert.match(owner.stderr, /^ferry: INVALID_ARGUMENT: .*email/m);
  assert.not.match(owner.stderr, /\n\s+at /);
  // A usage error the CLI itself catches: exit 2 naming the option.
  const usage = await ferry(
    node.addr,
    'hosts',
    'add',
    'h3',
    '--address',
    '127.0.0.1',
    '--port',
    '3',
    '--user',
    'root',
    '--type',
    'hyperv',
  );
  assert.is(usage.code, 2, usage.stderr);
  assert.match(usage.stderr, /type/);

  assert.is(await head(node.addr), before, 'a refused command appended events');
});

test('health: grpc.health.v1 answers SERVING for the server and both services; an unknown service is refused', async () => {
  for (const service of ['', 'ferry.v1.ControlPlaneService', 'ferry.v1.ReplicationService']) {
    assert.equal(await ferryJson(node.addr, 'health', ...(service ? ['--service', service] : [])), {
      service,
      status: 'SERVING',
    });
  }
  const unknown = await ferry(node.addr, 'health', '--service', 'ferry.v1.Nope');
  assert.is(unknown.code, 1, unknown.stderr);
  assert.match(unknown.stderr, /^ferry: NOT_FOUND: /m);
});

test('concurrent writes to one aggregate all land: the master re-decides on a version conflict', async () => {
  // Settings are one aggregate; a script that sets several at once must not see ABORTED.
  const writes = Array.from({ length: 24 }, (_, i) => ({
    key: i % 2 ? 'probe-timeout' : 'fence-timeout',
    value: String(100 + i),
  }));
  const before = await head(node.addr);
  const results = await Promise.allSettled(writes.map((w) => api.call('SetSetting', w)));
  const refused = results
    .filter((r) => r.status === 'rejected')
    .map((r) => String((r as PromiseRejectedResult).reason));
  assert.equal(refused, [], 'concurrent SetSetting calls were refused');
  assert.is(await head(node.addr), before + writes.length, 'every write appended exactly one event');
  const parallel = await Promise.all([
    ferry(node.addr, 'settings', 'set', 'probe-interval', '7'),
    ferry(node.addr, 'settings', 'set', 'down-after', '4'),
    ferry(node.addr, 'settings', 'set', 'mail-from', 'ferry@example.test'),
    ferry(node.addr, 'settings', 'set', 'promote-max-lag', '50'),
  ]);
  for (const r of parallel) assert.is(r.code, 0, r.stderr);
  const shown = await ferryJson<{ key: string; value: string }[]>(node.addr, 'settings', 'list');
  const value = (k: string) => shown.find((x) => x.key === k)?.value;
  assert.equal(
    [value('probe-interval'), value('down-after'), value('mail-from'), value('promote-max-lag')],
    ['7', '4', 'ferry@example.test', '50'],
  );
});

test('NOT_FOUND and ALREADY_EXISTS over gRPC and the CLI, nothing appended', async () => {
  const before = await head(node.addr);
  const missing = await grpcCode(api.call('GetHost', { name: 'nope' }));
  assert.is(missing.code, Status.NOT_FOUND, missing.details);
  assert.match(missing.details, /nope/);
  const show = await ferry(node.addr, 'hosts', 'show', 'nope');
  assert.is(show.code, 1);
  assert.match(show.stderr, /^ferry: NOT_FOUND: .*nope/m);
  const rm = await ferry(node.addr, 'hosts', 'remove', 'nope');
  assert.is(rm.code, 1);
  assert.match(rm.stderr, /NOT_FOUND/);
  const sys = await grpcCode(api.call('UpdateSystem', { name: 'no-such-vm', owner: 'alice', setOwner: true }));
  assert.is(sys.code, Status.NOT_FOUND, sys.details);

  const dup = await ferry(
    node.addr,
    'hosts',
    'add',
    'h1',
    '--address',
    '127.0.0.1',
    '--port',
    '1',
    '--user',
    'root',
    '--type',
    'kvm',
  );
  assert.is(dup.code, 1);
  assert.match(dup.stderr, /^ferry: ALREADY_EXISTS: .*h1/m);
  const dupGroup = await grpcCode(
    api.call('CreateGroup', {
      group: { name: 'g1', type: 'kvm', mode: 'manual', hosts: ['h1', 'h2'], timeoutSec: 60 },
    }),
  );
  assert.is(dupGroup.code, Status.ALREADY_EXISTS, dupGroup.details);
  const dupOwner = await ferry(node.addr, 'owners', 'add', 'alice', '--email', 'a@example.test');
  assert.is(dupOwner.code, 1);
  assert.match(dupOwner.stderr, /ALREADY_EXISTS/);
  assert.is(await head(node.addr), before, 'a refused command appended events');
});

test('events read: gapless hash chain that recomputes from the stored bytes after a clean stop', async () => {
  const events = await ferryJson<EventJson[]>(node.addr, 'events', 'read', '--from', '1', '--limit', '1000');
  const st = await ferryJson<StatusJson>(node.addr, 'status');
  assert.ok(events.length >= 5, `only ${events.length} events`);
  assert.is(events.length, st.headSeq);
  events.forEach((e, i) => {
    assert.is(e.seq, i + 1, 'seq gap');
    assert.is(e.prevHash, i === 0 ? ZERO_HEX : events[i - 1]!.hash, `chain broken at seq ${e.seq}`);
    assert.match(e.hash, /^[0-9a-f]{64}$/);
  });
  assert.is(events.at(-1)!.hash, st.headHash);
  assert.ok(events.some((e) => e.aggregate === 'host/h1' && e.type === 'HostRegistered'));

  // Stop cleanly and recompute every hash from what is stored, with the log's canonical encoding.
  await node.stop();
  const log = await EventLog.open({ path: join(node.dataDir, 'db') });
  try {
    let prev: Buffer = Buffer.alloc(32);
    const stored = await log.read(1, 10_000);
    assert.is(stored.length, events.length);
    for (const e of stored) {
      const h = chainHash(prev, encodeData(e, JSON.stringify(e.body)));
      assert.is(h.toString('hex'), e.hash, `stored hash of seq ${e.seq} does not recompute`);
      assert.is(e.hash, events[e.seq - 1]!.hash, `API hash of seq ${e.seq} differs from the stored one`);
      prev = h;
    }
  } finally {
    await log.close();
  }
  await node.restart();
  api = new Api(node.addr);
  assert.is((await ferryJson<StatusJson>(node.addr, 'status')).headHash, st.headHash);
});

test('a damaged record stops the daemon at start naming the seq and aggregate', async () => {
  await node.stop();
  const damage = await damageRecord(join(node.dataDir, 'db'), 'host/h1', '"address":"');
  assert.is(damage.type, 'HostRegistered');
  const exit = await Ferryd.startFailing({ dir, nodeId: 'f1', cluster: 'foundation', args: [] });
  assert.ok(exit.code !== 0 && exit.code !== null, `exit code ${exit.code}`);
  assert.match(exit.output, new RegExp(`seq ${damage.seq}\\b`), exit.output);
  assert.match(exit.output, /host\/h1/, exit.output);
  // The offline audit names the same record.
  const audit = await ferry('127.0.0.1:1', 'audit', 'verify', '--data', node.dataDir, '--json');
  assert.is(audit.code, 1, audit.stderr);
  const verdict = JSON.parse(audit.stdout) as { ok: boolean; badSeq: number; badAggregate: string };
  assert.is(verdict.ok, false);
  assert.is(verdict.badSeq, damage.seq);
  assert.is(verdict.badAggregate, 'host/h1');
});

test('SIGKILL during a concurrent write load: every acknowledged event is there after restart', async () => {
  const d = await Ferryd.start({ dir, nodeId: 'k1', cluster: 'foundation' });
  const client = new Api(d.addr);
  const acked = new Set<string>();
  let stop = false;
  let failures = 0;
  const writer = async (w: number) => {
    for (let i = 0; !stop; i++) {
      const name = `w${w}-h${i}`;
      try {
        await client.addHost(name);
        acked.add(name);
      } catch {
        failures++;
        return; // the daemon is gone
      }
    }
  };
  const writers = Array.from({ length: 16 }, (_, w) => writer(w));
  while (acked.size < 300) await sleep(20);
  await d.kill(); // mid-load: writes are in flight
  stop = true;
  await Promise.all(writers);
  client.close();
  assert.ok(failures > 0, 'no write was in flight when the daemon was killed');

  await d.restart();
  const hosts = await ferryJson<HostJson[]>(d.addr, 'hosts', 'list');
  const names = new Set(hosts.map((h) => h.name));
  const lost = [...acked].filter((n) => !names.has(n));
  assert.equal(lost, [], `${lost.length} acknowledged hosts lost`);
  const st = await ferryJson<StatusJson>(d.addr, 'status');
  const events = await ferryJson<EventJson[]>(d.addr, 'events', 'read', '--from', '1', '--limit', '100000');
  assert.is(events.length, st.headSeq);
  events.forEach((e, i) => {
    assert.is(e.seq, i + 1);
    if (i) assert.is(e.prevHash, events[i - 1]!.hash);
  });
  assert.is(events.filter((e) => e.type === 'HostRegistered').length, names.size);
  const verify = await ferry(d.addr, 'audit', 'verify', '--json');
  assert.is(verify.code, 0, verify.stdout + verify.stderr);
  await d.stop();
});

test.run();
