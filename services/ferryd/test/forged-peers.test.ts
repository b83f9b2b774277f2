// Forged replication peers against real ferryd processes over loopback gRPC: a peer that is not a node of this
// cluster gets no cluster key (mutual TLS with another cluster's certificate; plaintext from an unregistered or
// impostor process), an epoch claim without proof (a Hello or a Follow naming a newer epoch) does not fence the
// master, and a stream's acknowledgements count only up to what was sent on it, so a fake `Ack{2^52}` does not
// confirm a `--sync-replicas 1` write. A registered plaintext replica still receives the key and converges.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { call, contract, replicationClient } from '@ferry/api';
import type {
  GetClusterKeyResponse__Output,
  StreamResponse__Output,
  NodeInfo__Output,
  ReplicationServiceClient,
} from '@ferry/contract';
import { SecretBox } from '../src/secrets.js';
import { adminToken, CLI, clientCredentials, makeCerts, startFerryd, waitFor, type Ferryd } from './support/daemon.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let dir = '';
let pki = '';
const started: Ferryd[] = [];
const opened: ReplicationServiceClient[] = [];

/** The CLI against `server`: with the operator certificate and `token`, or plaintext when `token` is ''. */
function ferry(server: string, token: string, args: string[]): Promise<Run> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    FERRY_SERVER: '',
    FERRY_TOKEN: token,
    FERRY_CA: '',
    FERRY_CERT: '',
    FERRY_KEY: '',
  };
  if (token)
    Object.assign(env, {
      FERRY_CA: join(pki, 'ca.pem'),
      FERRY_CERT: join(pki, 'cli.pem'),
      FERRY_KEY: join(pki, 'cli-key.pem'),
    });
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, '--server', server, ...args], { env, timeout: 60_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: unknown }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function start(opts: Parameters<typeof startFerryd>[0]): Promise<Ferryd> {
  const node = await startFerryd(opts);
  started.push(node);
  return node;
}

/** A Replication client presenting `cert` of `certs` (plaintext when `cert` is ''). */
function peer(address: string, cert: string, certs = pki): ReplicationServiceClient {
  const c = replicationClient(address, cert ? clientCredentials(certs, cert) : grpc.credentials.createInsecure());
  opened.push(c);
  return c;
}

const describe = async (c: ReplicationServiceClient) =>
  (await call<{ node: NodeInfo__Output }>(c, c.Describe, {}, { timeoutMs: 10_000 })).node;
const keyId = (node: Ferryd) => SecretBox.load(node.data, '', false).id;

/** The gRPC status name of a failed call's error. */
async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    return grpc.status[(err as { code: number }).code] ?? String(err);
  }
  return 'OK';
}

/**
 * Opens a stream as node `nodeId` holding the master's key id and sends `hello`; resolves with the first message
 * the master sends, or the status the stream ended with.
 */
function helloStream(
  c: ReplicationServiceClient,
  hello: Record<string, unknown>,
): {
  stream: grpc.ClientDuplexStream<unknown, StreamResponse__Output>;
  first: Promise<StreamResponse__Output | string>;
} {
  const stream = c.Stream() as unknown as grpc.ClientDuplexStream<unknown, StreamResponse__Output>;
  const first = new Promise<StreamResponse__Output | string>((resolve) => {
    stream.once('data', resolve);
    stream.on('error', (err: grpc.ServiceError) => resolve(grpc.status[err.code] ?? err.message));
  });
  stream.write({ hello });
  return { stream, first };
}

/** A Replication server with the node certificate `x` that answers every Describe with `info` (an impostor). */
async function describingServer(info: NodeInfo__Output): Promise<{ server: grpc.Server; address: string }> {
  const server = new grpc.Server();
  const describeOnly = {
    Describe: (_c: unknown, done: grpc.sendUnaryData<{ node: NodeInfo__Output }>) => done(null, { node: info }),
  };
  server.addService(contract().ferry.v1.ReplicationService.service, describeOnly);
  const creds = grpc.ServerCredentials.createSsl(
    readFileSync(join(pki, 'ca.pem')),
    [{ private_key: readFileSync(join(pki, 'x-key.pem')), cert_chain: readFileSync(join(pki, 'x.pem')) }],
    false,
  );
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', creds, (err, p) => (err ? reject(err) : resolve(p))),
  );
  return { server, address: `127.0.0.1:${port}` };
}

test.before(() => {
  dir = mkdtempSync(join(tmpdir(), 'ferry-forged-'));
  pki = join(dir, 'pki');
  makeCerts(pki, ['m', 's', 'x']);
  makeCerts(pki, ['cli'], { client: true });
  // Same CA, but a node certificate that names another cluster.
  makeCerts(pki, ['elsewhere'], { cluster: 'other' });
});

test.after(async () => {
  opened.forEach((c) => {
    c.close();
  });
  await Promise.all(started.map((n) => n.stop()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a certificate naming another cluster gets no cluster key and cannot stream', async () => {
  const m = await start({ name: 'm', dir, pki, cluster: 'test' });
  const elsewhere = peer(m.address, 'elsewhere');
  assert.is(
    await refusal(call<GetClusterKeyResponse__Output>(elsewhere, elsewhere.GetClusterKey, {}, { timeoutMs: 10_000 })),
    'PERMISSION_DENIED',
  );
  const { stream, first } = helloStream(elsewhere, {
    nodeId: 'elsewhere',
    headSeq: 0,
    epoch: 1,
    address: '127.0.0.1:1',
    cluster: 'test',
    clusterKeyId: keyId(m),
  });
  assert.is(await first, 'PERMISSION_DENIED');
  stream.cancel();
  // A node certificate of this cluster's CA still receives it.
  const x = peer(m.address, 'x');
  const key = await call<GetClusterKeyResponse__Output>(x, x.GetClusterKey, {}, { timeoutMs: 10_000 });
  assert.is(key.keyId, keyId(m));
});

test('a Hello claiming a newer epoch without proof does not fence the master, even after a restart', async () => {
  const m = started.find((n) => n.name === 'm')!;
  const admin = await adminToken(m);
  const before = await describe(peer(m.address, 'x'));
  const { stream, first } = helloStream(peer(m.address, 'x'), {
    nodeId: 'x',
    headSeq: 0,
    headHash: '',
    epoch: before.epoch + 1,
    address: '127.0.0.1:1',
    cluster: 'test',
    clusterKeyId: keyId(m),
  });
  assert.is(await first, 'FAILED_PRECONDITION', 'the unconfirmed claim is refused');
  stream.cancel();
  await new Promise((r) => setTimeout(r, 3_000)); // the master's check of its known nodes runs meanwhile
  const after = await describe(peer(m.address, 'x'));
  assert.is(after.role, 'master');
  assert.is(after.epoch, before.epoch);
  const w = await ferry(m.address, admin, ['settings', 'set', 'promote-max-lag', '7']);
  assert.is(w.code, 0, w.stderr);
  await m.stop();
  started.splice(started.indexOf(m), 1);
  const again = await start({ name: 'm', dir, pki, cluster: 'test', listen: m.address });
  assert.is((await describe(peer(again.address, 'x'))).role, 'master');
});

test('a Follow naming a master that is not a known node of this cluster does not fence the master', async () => {
  const m = started.find((n) => n.name === 'm')!;
  const c = peer(m.address, 'x');
  const before = await describe(c);
  // The impostor (with a node certificate of this CA) answers Describe as the master of a newer epoch.
  const impostor = await describingServer({
    ...before,
    nodeId: 'x',
    role: 'master',
    epoch: before.epoch + 5,
    master: '',
  });
  try {
    const status = await refusal(
      call(c, c.Follow, { master: impostor.address, epoch: before.epoch + 5 }, { timeoutMs: 10_000 }),
    );
    assert.is(status, 'FAILED_PRECONDITION');
  } finally {
    impostor.server.forceShutdown();
  }
  const after = await describe(c);
  assert.is(after.role, 'master');
  assert.is(after.epoch, before.epoch);
});

test('acknowledgements count only up to the highest seq sent on that stream', async () => {
  const s = await start({
    name: 's',
    dir,
    pki,
    cluster: 'sync',
    args: ['--sync-replicas', '1', '--sync-timeout-ms', '1500'],
  });
  const admin = await adminToken(s);
  const { stream, first } = helloStream(peer(s.address, 'x'), {
    nodeId: 'x',
    headSeq: 0,
    headHash: '',
    epoch: 1,
    address: '127.0.0.1:1',
    cluster: 'sync',
    clusterKeyId: keyId(s),
  });
  const msg = await first;
  assert.type(msg, 'object', `the stream was accepted: ${String(msg)}`);
  stream.on('data', () => {}); // keeps receiving; acknowledges nothing it received
  stream.write({ ack: { seq: 2 ** 52 } });
  await new Promise((r) => setTimeout(r, 300));
  const w = await ferry(s.address, admin, ['settings', 'set', 'promote-max-lag', '9']);
  assert.is.not(w.code, 0, 'a write no replica holds was acknowledged');
  assert.match(w.stderr, /fewer than 1 replicas confirmed/);
  stream.cancel();
});

test('plaintext: only a registered replica that really asked gets the cluster key', async () => {
  const p = await start({ name: 'p', dir, pki: '', cluster: 'plain' });
  const local = peer(p.address, '');
  assert.is(
    await refusal(call(local, local.GetClusterKey, {}, { timeoutMs: 10_000 })),
    'PERMISSION_DENIED',
    'any local process',
  );
  const r = await start({
    name: 'r',
    dir,
    pki: '',
    cluster: 'plain',
    args: ['--role', 'replica', '--master', p.address],
  });
  const add = await ferry(p.address, '', ['replicas', 'add', r.address]);
  assert.is(add.code, 0, add.stderr);
  // An impostor claiming the registered replica's identity, with a nonce the replica never sent.
  const forged = { nodeId: 'r', address: r.address, nonce: randomBytes(16).toString('hex') };
  assert.is(
    await refusal(call(local, local.GetClusterKey, forged, { timeoutMs: 10_000 })),
    'PERMISSION_DENIED',
    'an impostor of a registered replica',
  );
  const w = await ferry(p.address, '', ['settings', 'set', 'promote-max-lag', '11']);
  assert.is(w.code, 0, w.stderr);
  const head = (await describe(local)).headSeq;
  await waitFor(
    'the registered replica to converge',
    async () => (await describe(peer(r.address, ''))).headSeq === head,
    30_000,
  );
  assert.is(SecretBox.load(r.data, '', false).id, keyId(p), "the replica received the master's key");
});

test.run();
