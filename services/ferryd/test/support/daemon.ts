// Test support: certificates from deploy/make-certs.sh, ferryd processes in the foreground on loopback with
// mutual TLS, and gRPC clients/credentials that present a certificate and a bearer token.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import { call, controlClient, replicationClient } from '@ferry/api';
import type { ClusterStatus__Output, ControlPlaneServiceClient, ReplicationServiceClient } from '@ferry/contract';

// grpc-js passes IP addresses as TLS server names, which Node flags (DEP0123); not what these tests are about.
process.noDeprecation = true;

/** The workspace root (this file is compiled to services/ferryd/dist/test/support/daemon.js). */
export const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));

/** The built daemon and CLI entry points. */
export const FERRYD = join(ROOT, 'services/ferryd/dist/src/main.js');
export const CLI = join(ROOT, 'packages/cli/dist/src/main.js');

/**
 * Makes a CA and node certificates (or client-only ones with `client`) for `names` in `dir` with deploy/make-certs.sh;
 * with `cluster`, the node certificates name that cluster.
 */
export function makeCerts(dir: string, names: string[], opts: { client?: boolean; cluster?: string } = {}): void {
  const flags = [...(opts.client ? ['--client'] : []), ...(opts.cluster ? ['--cluster', opts.cluster] : [])];
  const r = spawnSync('bash', [join(ROOT, 'deploy/make-certs.sh'), ...flags, dir, ...names], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`make-certs.sh failed: ${r.stderr}${r.stdout}`);
}

/** A running ferryd. */
export interface Ferryd {
  name: string;
  address: string;
  data: string;
  process: ChildProcess;
  /** Everything the process wrote so far. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts ferryd in the foreground with mutual TLS using `pki/NAME.pem` (plaintext on loopback when `pki` is '');
 * resolves once it listens. `listen` reuses an address (a restart).
 */
export function startFerryd(opts: {
  name: string;
  dir: string;
  pki: string;
  cluster?: string;
  args?: string[];
  listen?: string;
}): Promise<Ferryd> {
  const data = join(opts.dir, `${opts.name}.data`);
  const tls = opts.pki
    ? [
        '--tls-cert',
        join(opts.pki, `${opts.name}.pem`),
        '--tls-key',
        join(opts.pki, `${opts.name}-key.pem`),
        '--tls-ca',
        join(opts.pki, 'ca.pem'),
      ]
    : [];
  const args = [
    FERRYD,
    '--foreground',
    '--listen',
    opts.listen ?? '127.0.0.1:0',
    '--data',
    data,
    '--node-id',
    opts.name,
    '--cluster',
    opts.cluster ?? 'test',
    ...tls,
    '--log-level',
    'warn',
    ...(opts.args ?? []),
  ];
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('FERRY_')) delete env[k];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`ferryd ${opts.name} did not start: ${out}`));
    }, 60_000);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`ferryd ${opts.name} exited with ${code}: ${out}`));
    };
    child.on('exit', onExit);
    const onData = () => {
      const m = /listening on (127\.0\.0\.1:\d+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      child.stdout!.off('data', onData);
      resolve({
        name: opts.name,
        address: m[1]!,
        data,
        process: child,
        output: () => out,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
            child.once('exit', () => {
              clearTimeout(kill);
              done();
            });
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout!.on('data', onData);
  });
}

/** Client credentials presenting `pki/NAME.pem` (mutual TLS). */
export function clientCredentials(pki: string, name: string): grpc.ChannelCredentials {
  return grpc.credentials.createSsl(
    readFileSync(join(pki, 'ca.pem')),
    readFileSync(join(pki, `${name}-key.pem`)),
    readFileSync(join(pki, `${name}.pem`)),
  );
}

/** Metadata carrying a bearer token ('' for none). */
export function bearer(token: string): grpc.Metadata {
  const md = new grpc.Metadata();
  if (token) md.set('authorization', `Bearer ${token}`);
  return md;
}

/** ControlPlane and Replication clients for a node. */
export function clients(
  address: string,
  credentials: grpc.ChannelCredentials,
): { control: ControlPlaneServiceClient; replication: ReplicationServiceClient } {
  return { control: controlClient(address, credentials), replication: replicationClient(address, credentials) };
}

/** The node's cluster status (needs a read token). */
export function clusterStatus(control: ControlPlaneServiceClient, token: string): Promise<ClusterStatus__Output> {
  return call<{ status: ClusterStatus__Output }>(
    control,
    control.GetClusterStatus,
    {},
    { metadata: bearer(token), timeoutMs: 5_000 },
  ).then((r) => r.status);
}

/** The first admin token a fresh TLS master wrote to DATA/admin.token. */
export async function adminToken(node: Ferryd): Promise<string> {
  const file = join(node.data, 'admin.token');
  for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
  return readFileSync(file, 'utf8').trim();
}

/** Polls `check` every 100 ms until it returns true (or throws after `ms`). */
export async function waitFor(what: string, check: () => Promise<boolean> | boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
