// A real ferryd whose data directory is on a real tmpfs (needs root) that fills up: writes answer
// RESOURCE_EXHAUSTED naming "disk full" and the path (once INTERNAL with a stack trace per failed write), `status`
// says so, gRPC health is NOT_SERVING, the metric `ferry_storage_writable` is 0, and the log has one line when writes
// stop and one when they resume after space is freed. A master whose newest write-ahead log record is damaged refuses
// to start with a clean message naming the corruption; a replica moves the damaged tail to quarantine and fetches it
// again from its master.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { call } from '@ferry/api';
import type { ControlPlaneServiceClient } from '@ferry/contract';
import { cleanupDirs, Ferryd, freePort, status, tempDir, waitFor } from './nats-metrics-support.js';

let mount = '';
const nodes: Ferryd[] = [];

test.after(async () => {
  for (const n of nodes) await n.stop();
  if (mount) execFileSync('umount', ['-l', mount]);
  cleanupDirs();
});

const addOwner = (c: ControlPlaneServiceClient, name: string) =>
  call(c, c.CreateOwner, { owner: { name, email: `${name}@example.org`, description: 'x'.repeat(4000) } }).then(
    () => undefined,
    (e: grpc.ServiceError) => e,
  );

/** grpc.health.v1 Check of the whole server over the node's own channel: the raw response's status enum. */
function health(c: ControlPlaneServiceClient): Promise<string> {
  return new Promise((resolve, reject) =>
    c.makeUnaryRequest(
      '/grpc.health.v1.Health/Check',
      (b: Buffer) => b,
      (b: Buffer) => b,
      Buffer.alloc(0),
      (err, res) => {
        if (err) return reject(err);
        // HealthCheckResponse { ServingStatus status = 1; }: 1 SERVING, 2 NOT_SERVING.
        resolve(['UNKNOWN', 'SERVING', 'NOT_SERVING'][res![1] ?? 0] ?? 'UNKNOWN');
      },
    ),
  );
}

test('a full disk: RESOURCE_EXHAUSTED naming disk full and the path, status, metric, one log line each way', async () => {
  mount = tempDir('storage-report');
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', mount]);
  const metrics = `127.0.0.1:${await freePort()}`;
  const data = join(mount, 'data');
  const node = await Ferryd.start(['--data', data, '--node-id', 'd', '--cluster', 't-storage', '--metrics', metrics]);
  nodes.push(node);
  const c = node.client();
  const free = Number(execFileSync('df', ['--output=avail', '-B1', mount]).toString().split('\n')[1]);
  writeFileSync(join(mount, 'filler'), Buffer.alloc(free - 400_000));
  let err: grpc.ServiceError | undefined;
  for (let i = 1; i <= 500 && !err; i++) err = await addOwner(c, `o${i}`);
  assert.ok(err, 'the disk never filled');
  assert.is(err!.code, grpc.status.RESOURCE_EXHAUSTED, err!.message);
  assert.match(err!.details, 'disk full');
  assert.match(err!.details, join(data, 'db'));
  for (let i = 0; i < 5; i++) assert.is((await addOwner(c, `again${i}`))?.code, grpc.status.RESOURCE_EXHAUSTED);
  const st = (await call<{ status: { storage: string } }>(c, c.GetClusterStatus, {})).status;
  assert.match(st.storage, /^disk full: /);
  assert.is(await health(c), 'NOT_SERVING');
  const scraped = await (await fetch(`http://${metrics}/metrics`)).text();
  assert.match(scraped, /^ferry_storage_writable\{[^}]*\} 0$/m);
  rmSync(join(mount, 'filler'));
  await waitFor(
    'writes to resume',
    async () => (await call<{ status: { storage: string } }>(c, c.GetClusterStatus, {})).status.storage === 'ok',
    20_000,
  );
  assert.is(await addOwner(c, 'after'), undefined, 'a write after space was freed');
  assert.is(await health(c), 'SERVING');
  assert.match(await (await fetch(`http://${metrics}/metrics`)).text(), /^ferry_storage_writable\{[^}]*\} 1$/m);
  c.close();
  const lines = node.output.split('\n');
  assert.is(lines.filter((l) => l.includes('disk full:')).length, 1, 'one line when writes stop');
  assert.is(lines.filter((l) => l.includes('writes resume')).length, 1, 'one line when they resume');
  assert.not.match(node.output, /internal error|\n\s+at /, 'no internal error, no stack trace');
});

/** Flips a byte inside `text` in the newest write-ahead log of data directory `data` (its node stopped). */
function damageNewest(data: string, text: string): void {
  const db = join(data, 'db');
  const wal = readdirSync(db)
    .filter((f) => f.endsWith('.log'))
    .map((f) => join(db, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]!;
  const bytes = readFileSync(wal);
  const at = bytes.indexOf(text);
  assert.ok(at > 0, `${text} is in the newest .log`);
  bytes[at + 2] = 'Q'.charCodeAt(0);
  writeFileSync(wal, bytes);
}

test('a damaged newest write-ahead log record: a master refuses to start, naming the corruption, without a stack trace', async () => {
  const data = join(tempDir('storage-corrupt'), 'data');
  const node = await Ferryd.start(['--data', data, '--node-id', 'c', '--cluster', 't-storage']);
  const c = node.client();
  for (let i = 1; i <= 20; i++) assert.is(await addOwner(c, `c${i}`), undefined);
  c.close();
  await node.stop();
  damageNewest(data, 'c20@example.org');
  const again = await Ferryd.start(['--data', data, '--node-id', 'c', '--cluster', 't-storage']).then(
    (n) => {
      nodes.push(n);
      return undefined;
    },
    (e: Error) => e.message,
  );
  assert.ok(again, 'ferryd must not serve the shorter chain');
  assert.match(again!, 'event log is corrupt at seq');
  assert.match(again!, 'commit marker');
  assert.not.match(again!, /\n\s+at /, 'no stack trace');
});

test('a damaged newest write-ahead log record on a replica: the tail goes to quarantine and is fetched again', async () => {
  const dir = tempDir('storage-replica');
  const listen = `127.0.0.1:${await freePort()}`;
  const master = await Ferryd.start([
    '--listen',
    listen,
    '--data',
    join(dir, 'm'),
    '--node-id',
    'm',
    '--cluster',
    't-storage-r',
  ]);
  nodes.push(master);
  const replicaArgs = [
    '--data',
    join(dir, 'r'),
    '--node-id',
    'r',
    '--cluster',
    't-storage-r',
    '--role',
    'replica',
    '--master',
    listen,
  ];
  let replica = await Ferryd.start(replicaArgs);
  const mc = master.client();
  for (let i = 1; i <= 20; i++) assert.is(await addOwner(mc, `r${i}`), undefined);
  const head = (await status(mc)).headSeq;
  let rc = replica.client();
  await waitFor('the replica to catch up', async () => (await status(rc)).headSeq === head);
  rc.close();
  await replica.stop();
  damageNewest(join(dir, 'r'), 'r20@example.org');
  replica = await Ferryd.start(replicaArgs);
  nodes.push(replica);
  assert.match(replica.output, 'event log is corrupt at seq');
  assert.match(replica.output, 'fetches from seq');
  rc = replica.client();
  await waitFor('the replica to fetch the damaged tail again', async () => (await status(rc)).headSeq === head);
  const verified = await call<{ ok: boolean }>(rc, rc.VerifyLog, {});
  assert.ok(verified.ok, 'the replica verifies');
  rc.close();
  mc.close();
});

test.run();
