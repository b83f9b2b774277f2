// End to end with TLS and tokens on: certificates from deploy/make-certs.sh, a master and a replica over mutual
// TLS, the `ferry` CLI with a client certificate and tokens of each role. Checks refusals (plaintext, no client
// certificate, no/garbage/revoked token, viewer and owner-scoped writes, an operator's client-only certificate
// on the Replication service, a stream claiming another node id), that operator tokens pass auth for a
// forced failover and promote the replica, that tokens replicate, that a replica with another cluster key is
// refused at join with a clear error, that the SMTP password never lands in a data directory or a log, and that a
// fresh synchronous master (no replica to confirm anything yet) still bootstraps its admin token.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { call, replicationClient } from '@ferry/api';
import type { NodeInfo__Output } from '@ferry/contract';
import { adminToken, CLI, clientCredentials, makeCerts, startFerryd, waitFor, type Ferryd } from './support/daemon.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let dir = '';
let pki = '';
let master: Ferryd | undefined;
let replica: Ferryd | undefined;
let stray: Ferryd | undefined;
let admin = '';
const tokens: Record<string, string> = {};
const SECRET = `Pw${randomBytes(9).toString('hex')}`;

/** Runs the CLI with the client certificate (unless `tls` is false) and the given token. */
function ferry(server: string, token: string, args: string[], tls = true): Promise<Run> {
  return ferryWith(tls ? 'cli' : '', server, token, args);
}

/** Runs the CLI presenting the certificate `cert` ('' for plaintext) and the given token. */
function ferryWith(cert: string, server: string, token: string, args: string[]): Promise<Run> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    FERRY_SERVER: '',
    FERRY_TOKEN: token,
    FERRY_CA: '',
    FERRY_CERT: '',
    FERRY_KEY: '',
  };
  if (cert)
    Object.assign(env, {
      FERRY_CA: join(pki, 'ca.pem'),
      FERRY_CERT: join(pki, `${cert}.pem`),
      FERRY_KEY: join(pki, `${cert}-key.pem`),
    });
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, '--server', server, ...args], { env, timeout: 60_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: unknown }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const json = <T>(r: Run): T => {
  assert.is(r.code, 0, `exit ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
};

function refused(r: Run, status: 'UNAUTHENTICATED' | 'PERMISSION_DENIED', what: string): void {
  assert.is(r.code, 1, `${what}: exit ${r.code} (${r.stderr.trim()})`);
  assert.match(r.stderr, status, `${what}: ${r.stderr.trim()}`);
}

function filesUnder(path: string): string[] {
  return statSync(path).isDirectory() ? readdirSync(path).flatMap((n) => filesUnder(join(path, n))) : [path];
}

test.before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ferry-security-'));
  pki = join(dir, 'pki');
  makeCerts(pki, ['m', 'r1', 'r2', 'cli']);
  master = await startFerryd({ name: 'm', dir, pki });
  admin = await adminToken(master);
});

test.after(async () => {
  await Promise.all([master?.stop(), replica?.stop(), stray?.stop()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the first admin token is in DATA/admin.token, mode 0600; the CA key and node keys are 0600', () => {
  assert.is(statSync(join(master!.data, 'admin.token')).mode & 0o777, 0o600);
  for (const f of ['ca-key.pem', 'm-key.pem', 'cli-key.pem']) assert.is(statSync(join(pki, f)).mode & 0o777, 0o600, f);
  assert.match(admin, /^fy_/);
});

test('plaintext, missing, garbage and unknown tokens are refused without detail', async () => {
  const m = master!.address;
  const plain = await ferry(m, admin, ['status', '--json'], false);
  assert.ok(plain.code !== 0 && plain.code !== 2, `plaintext client: exit ${plain.code}`);
  refused(await ferry(m, '', ['hosts', 'list', '--json']), 'UNAUTHENTICATED', 'no token');
  const garbage = await ferry(m, 'fy_notarealtoken000000000000000000', ['hosts', 'list', '--json']);
  refused(garbage, 'UNAUTHENTICATED', 'unknown token');
  // The same words for every authentication failure: nothing tells a revoked token from a made-up one.
  assert.not.match(garbage.stderr, /revoked|unknown|admin|viewer|operator/i);
});

test('the Replication service needs a CA-signed client certificate', async () => {
  const noCert = replicationClient(master!.address, grpc.credentials.createSsl(readFileSync(join(pki, 'ca.pem'))));
  const err = await call<NodeInfo__Output>(noCert, noCert.Describe, {}, { timeoutMs: 3_000 }).then(
    () => undefined,
    (e: grpc.ServiceError) => e,
  );
  assert.ok(err, 'Describe without a client certificate must fail');
  const noCertKey = await call(noCert, noCert.GetClusterKey, {}, { timeoutMs: 3_000 }).then(
    () => 'answered',
    () => 'refused',
  );
  assert.is(noCertKey, 'refused', 'GetClusterKey without a client certificate');
  noCert.close();
  const peer = replicationClient(master!.address, clientCredentials(pki, 'r1'));
  const info = (await call<{ node: NodeInfo__Output }>(peer, peer.Describe, {}, { timeoutMs: 5_000 })).node;
  assert.is(info.role, 'master');
  peer.close();
});

/** The status a replication stream ends with after sending one Hello. */
function helloStatus(address: string, cert: string, hello: object): Promise<number> {
  const peer = replicationClient(address, clientCredentials(pki, cert));
  const s = peer.Stream(new grpc.Metadata(), { deadline: Date.now() + 10_000 });
  return new Promise<number>((resolve) => {
    s.on('data', () => undefined);
    s.on('error', (e: grpc.ServiceError) => resolve(e.code));
    s.on('end', () => resolve(grpc.status.OK));
    s.write({ hello });
  }).finally(() => {
    s.cancel();
    peer.close();
  });
}

test('Replication takes node certificates only, and a stream must claim the node id its certificate names', async () => {
  makeCerts(pki, ['ops'], { client: true });
  const m = master!.address;
  const ops = replicationClient(m, clientCredentials(pki, 'ops'));
  const describe = await call(ops, ops.Describe, {}, { timeoutMs: 5_000 }).then(
    () => 'answered',
    (e: grpc.ServiceError) => e.code,
  );
  const key = await call(ops, ops.GetClusterKey, {}, { timeoutMs: 5_000 }).then(
    () => 'answered',
    (e: grpc.ServiceError) => e.code,
  );
  ops.close();
  assert.is(describe, grpc.status.PERMISSION_DENIED, 'Describe with a client-only certificate');
  assert.is(key, grpc.status.PERMISSION_DENIED, 'GetClusterKey with a client-only certificate');
  // The operator's client-only certificate still works for the ControlPlane.
  assert.is(json<{ role: string }>(await ferryWith('ops', m, admin, ['status', '--json'])).role, 'master');

  // r2's certificate claiming to be r1: refused; claiming r2, the Hello is looked at (and fails on the cluster).
  assert.is(
    await helloStatus(m, 'r2', { nodeId: 'r1', cluster: 'test' }),
    grpc.status.PERMISSION_DENIED,
    'a stream claiming another node id',
  );
  assert.is(
    await helloStatus(m, 'r2', { nodeId: 'r2', cluster: 'another' }),
    grpc.status.FAILED_PRECONDITION,
    'a stream claiming its own node id',
  );
});

test('tokens by role: viewer reads only, owner-scoped sees only its systems, revoked tokens stop working', async () => {
  const m = master!.address;
  json(await ferry(m, admin, ['owners', 'add', 'alice', '--email', 'alice@example.com', '--json']));
  for (const [name, role, owner] of [
    ['op', 'operator', ''],
    ['watcher', 'viewer', ''],
    ['alice-view', 'viewer', 'alice'],
    ['alice-op', 'operator', 'alice'],
    ['gone', 'viewer', ''],
  ] as const) {
    tokens[name] = json<{ token: string }>(
      await ferry(m, admin, ['tokens', 'create', name, '--role', role, ...(owner ? ['--owner', owner] : []), '--json']),
    ).token;
  }
  json(
    await ferry(m, tokens.op!, [
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
      '--json',
    ]),
  );
  assert.is(json<unknown[]>(await ferry(m, tokens.watcher!, ['hosts', 'list', '--json'])).length, 1);
  refused(
    await ferry(m, tokens.watcher!, [
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
    ]),
    'PERMISSION_DENIED',
    'viewer hosts add',
  );
  refused(
    await ferry(m, tokens.watcher!, ['tokens', 'create', 'x', '--role', 'admin']),
    'PERMISSION_DENIED',
    'viewer tokens create',
  );
  refused(
    await ferry(m, tokens.op!, ['tokens', 'create', 'x', '--role', 'admin']),
    'PERMISSION_DENIED',
    'operator tokens create',
  );
  refused(
    await ferry(m, tokens.op!, ['settings', 'set', 'probe-interval', '7']),
    'PERMISSION_DENIED',
    'operator settings set',
  );

  // Owner-scoped tokens: their systems and failovers, nothing else, and never a write.
  assert.equal(json<unknown[]>(await ferry(m, tokens['alice-view']!, ['systems', 'list', '--json'])), []);
  assert.equal(json<unknown[]>(await ferry(m, tokens['alice-view']!, ['failovers', 'list', '--json'])), []);
  refused(await ferry(m, tokens['alice-view']!, ['hosts', 'list', '--json']), 'PERMISSION_DENIED', 'owner hosts list');
  refused(await ferry(m, tokens['alice-view']!, ['events', 'read', '--json']), 'PERMISSION_DENIED', 'owner events');
  refused(
    await ferry(m, tokens['alice-op']!, [
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
      'kvm',
    ]),
    'PERMISSION_DENIED',
    'owner-scoped operator hosts add',
  );
  refused(
    await ferry(m, tokens['alice-op']!, ['failover-system', 'web1']),
    'PERMISSION_DENIED',
    'owner-scoped operator failover',
  );

  json(await ferry(m, admin, ['tokens', 'revoke', 'gone', '--json']));
  refused(await ferry(m, tokens.gone!, ['hosts', 'list', '--json']), 'UNAUTHENTICATED', 'revoked token');
});

test('an operator token passes auth for a forced failover; a viewer does not', async () => {
  const m = master!.address;
  const r = await ferry(m, tokens.op!, ['failover-system', 'nosuch', '--json']);
  assert.is(r.code, 1);
  assert.match(r.stderr, /NOT_FOUND|FAILED_PRECONDITION/, r.stderr);
  assert.not.match(r.stderr, /UNAUTHENTICATED|PERMISSION_DENIED/);
  refused(
    await ferry(m, tokens.watcher!, ['failover-system', 'nosuch', '--json']),
    'PERMISSION_DENIED',
    'viewer failover',
  );
});

test('a replica follows over mutual TLS; tokens are valid on it; the SMTP password is stored sealed', async () => {
  const m = master!.address;
  json(await ferry(m, admin, ['settings', 'set', 'smtp-url', `smtp://mailer:${SECRET}@127.0.0.1:2525`, '--json']));
  replica = await startFerryd({ name: 'r1', dir, pki, args: ['--role', 'replica', '--master', m] });
  const head = () => ferry(m, admin, ['status', '--json']).then((r) => json<{ headSeq: number }>(r).headSeq);
  const target = await head();
  await waitFor(
    'the replica to catch up',
    async () =>
      json<{ headSeq: number }>(await ferry(replica!.address, admin, ['status', '--json'])).headSeq === target,
  );
  assert.is(json<unknown[]>(await ferry(replica!.address, tokens.watcher!, ['hosts', 'list', '--json'])).length, 1);
  refused(
    await ferry(replica!.address, tokens.gone!, ['hosts', 'list', '--json']),
    'UNAUTHENTICATED',
    'revoked token on the replica',
  );
  const shown = json<{ value: string }>(
    await ferry(replica!.address, tokens.watcher!, ['settings', 'get', 'smtp-url', '--json']),
  );
  assert.not.match(JSON.stringify(shown), SECRET);

  await new Promise((r) => setTimeout(r, 500));
  for (const f of [...filesUnder(master!.data), ...filesUnder(replica!.data)]) {
    assert.not.ok(readFileSync(f).includes(SECRET), `the SMTP password is in plain in ${f}`);
  }
  assert.not.match(master!.output() + replica!.output(), SECRET);
});

test('a replica holding another cluster key is refused at join with a clear error', async () => {
  const keyFile = join(dir, 'other.key');
  writeFileSync(keyFile, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  stray = await startFerryd({
    name: 'r2',
    dir,
    pki,
    args: ['--role', 'replica', '--master', master!.address, '--cluster-key-file', keyFile, '--log-level', 'info'],
  });
  await waitFor('the wrong-key error in the replica log', () => /wrong cluster key/.test(stray!.output()), 15_000);
  assert.match(master!.output(), /different cluster key/);
  const peer = replicationClient(stray.address, clientCredentials(pki, 'cli'));
  const info = (await call<{ node: NodeInfo__Output }>(peer, peer.Describe, {}, { timeoutMs: 10_000 })).node;
  peer.close();
  assert.is(info.headSeq, 0, 'nothing was replicated to a replica with the wrong key');
  // No token exists there either, so the master's tokens do not open it.
  refused(
    await ferry(stray.address, admin, ['hosts', 'list', '--json']),
    'UNAUTHENTICATED',
    'admin token on the stray replica',
  );
  await stray.stop();
  stray = undefined;
});

test('with the master gone, an operator token promotes the replica; roles still hold on the new master', async () => {
  await master!.stop();
  const p = json<{ epoch: number }>(
    await ferry(replica!.address, tokens.op!, ['promote-replica', '--force', '--json']),
  );
  assert.ok(p.epoch >= 2);
  const st = json<{ role: string }>(await ferry(replica!.address, tokens.watcher!, ['status', '--json']));
  assert.is(st.role, 'master');
  json(
    await ferry(replica!.address, tokens.op!, [
      'hosts',
      'add',
      'h9',
      '--address',
      '127.0.0.1',
      '--port',
      '9',
      '--user',
      'root',
      '--type',
      'kvm',
      '--json',
    ]),
  );
  refused(
    await ferry(replica!.address, tokens.watcher!, ['hosts', 'remove', 'h9']),
    'PERMISSION_DENIED',
    'viewer write on the new master',
  );
  refused(
    await ferry(replica!.address, tokens['alice-view']!, ['hosts', 'list']),
    'PERMISSION_DENIED',
    'owner hosts list on the new master',
  );
  refused(await ferry(replica!.address, '', ['hosts', 'list']), 'UNAUTHENTICATED', 'no token on the new master');
});

test('a fresh master with --sync-replicas 1 and no replica yet starts and writes its first admin token', async () => {
  const sync = await startFerryd({
    name: 'r2',
    dir: join(dir, 'sync'),
    pki,
    cluster: 'sync',
    args: ['--sync-replicas', '1', '--sync-timeout-ms', '1000'],
  });
  try {
    const token = await adminToken(sync);
    assert.match(token, /^fy_/);
    assert.is(json<{ role: string }>(await ferry(sync.address, token, ['status', '--json'])).role, 'master');
  } finally {
    await sync.stop();
  }
});

test.run();
