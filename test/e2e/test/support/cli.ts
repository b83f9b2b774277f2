// Runs the real `ferry` CLI (built) against a node and parses its JSON; plus a thin typed gRPC client for polls
// and write loads where starting a CLI process per call would be too slow. Both present the test client
// certificate (mutual TLS) and a bearer token: the cluster's admin token, or another identity's with the `…As` forms.
import { readFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import * as assert from 'uvu/assert';
import { call, controlClient, grpc } from '@ferry/api';
import { onCleanup } from './cleanup.js';
import { adminToken, nodeAccess } from './nodes.js';
import { CLI } from './paths.js';
import { certFor, CLIENT_CERT_NAME } from './pki.js';

/** Result of one CLI run. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const CLEAN_ENV = { FERRY_SERVER: '', FERRY_TOKEN: '', FERRY_CA: '', FERRY_CERT: '', FERRY_KEY: '' };

/** TLS files and token go through the environment, so they never show in an argument list an error message prints. */
function cliEnv(addr: string, token: string): NodeJS.ProcessEnv {
  if (nodeAccess(addr)?.plaintext) return { ...process.env, ...CLEAN_ENV };
  const c = certFor(CLIENT_CERT_NAME, { client: true });
  return { ...process.env, ...CLEAN_ENV, FERRY_CA: c.ca, FERRY_CERT: c.cert, FERRY_KEY: c.key, FERRY_TOKEN: token };
}

/** `ferry --server ADDR ARGS…` as the holder of `token` ('' for none), with its exit code. */
export function ferryAs(addr: string, token: string, ...args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, '--server', addr, ...args],
      { env: cliEnv(addr, token), timeout: 60_000, maxBuffer: 64 << 20 },
      (err, stdout, stderr) => {
        const code = err
          ? typeof (err as { code?: unknown }).code === 'number'
            ? (err as { code: number }).code
            : 99
          : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** `ferry --server ADDR ARGS…` as admin, with its exit code. */
export async function ferry(addr: string, ...args: string[]): Promise<CliResult> {
  return ferryAs(addr, await adminToken(addr), ...args);
}

/** `ferry --server ADDR ARGS… --json` as the holder of `token`, which must exit 0; returns the parsed document. */
export async function ferryJsonAs<T>(addr: string, token: string, ...args: string[]): Promise<T> {
  const r = await ferryAs(addr, token, ...args, '--json');
  if (r.code !== 0) throw new Error(`ferry ${args.join(' ')} exited ${r.code}: ${r.stderr.trim()}`);
  try {
    return JSON.parse(r.stdout) as T;
  } catch {
    throw new Error(`ferry ${args.join(' ')} printed no JSON: ${r.stdout.slice(0, 500)}`);
  }
}

/** `ferry --server ADDR ARGS… --json` as admin, which must exit 0; returns the parsed document. */
export async function ferryJson<T>(addr: string, ...args: string[]): Promise<T> {
  return ferryJsonAs<T>(addr, await adminToken(addr), ...args);
}

/** `ferry … ` as admin that must succeed (exit 0); returns stdout. */
export async function ferryOk(addr: string, ...args: string[]): Promise<string> {
  const r = await ferry(addr, ...args);
  if (r.code !== 0) throw new Error(`ferry ${args.join(' ')} exited ${r.code}: ${r.stderr.trim()}`);
  return r.stdout;
}

/** `ferry tokens create NAME --role ROLE [--owner OWNER]` as admin; returns the new token's secret. */
export async function createToken(
  addr: string,
  name: string,
  role: 'admin' | 'operator' | 'viewer',
  owner?: string,
): Promise<string> {
  const r = await ferryJson<{ token: string }>(
    addr,
    'tokens',
    'create',
    name,
    '--role',
    role,
    ...(owner ? ['--owner', owner] : []),
  );
  assert.match(r.token, /^\S{20,}$/, `tokens create ${name} printed no token`);
  return r.token;
}

/** Asserts a CLI run was refused with `status` (exit 1, the status name in the message, nothing on stdout). */
export function assertRefused(r: CliResult, status: 'PERMISSION_DENIED' | 'UNAUTHENTICATED', what = 'the call'): void {
  assert.is(r.code, 1, `${what} exited ${r.code}, not 1 (refused): ${r.stderr.trim()}`);
  assert.ok(r.stderr.includes(status), `${what} was not refused with ${status}: ${r.stderr.trim()}`);
  assert.is(r.stdout.trim(), '', `${what} printed a result although refused`);
}

/** CLI shapes the tests read. */
export interface StatusJson {
  nodeId: string;
  role: string;
  epoch: number;
  headSeq: number;
  headHash: string;
  master: string;
  quarantined: number;
  replicas: { address: string; nodeId: string; connected: boolean; ackedSeq: number; lagEvents: number }[];
}
export interface HostJson {
  name: string;
  address: string;
  port: number;
  type: string;
  state: string;
  tags: string[];
  hostKeyFingerprint: string;
  memTotalMiB: number;
  memFreeMiB: number;
  lastProbeAt: string;
  lastError: string;
  stateSince?: string;
  downSince?: string;
}
export interface SystemJson {
  name: string;
  host: string;
  state: string;
  memoryMiB: number;
  owner: string;
  priority: number;
}
export interface EventJson {
  seq: number;
  epoch: number;
  time: string;
  aggregate: string;
  version: number;
  type: string;
  hash: string;
  prevHash: string;
  body: Record<string, unknown>;
}
export interface FailoverJson {
  id: string;
  system: string;
  from: string;
  to: string;
  outcome: string;
  reason: string;
  started: boolean;
  at: string;
  failoverAt?: string;
}

/** gRPC status codes by name (for asserting errors from the API client). */
export const Status = grpc.status;

// grpc-js passes IP addresses as TLS server names, which Node flags (DEP0123); not what these tests are about.
process.noDeprecation = true;

/** Channel credentials for `addr`: the test client certificate (mutual TLS), or plaintext for a plaintext node. */
function channelCredentials(addr: string): grpc.ChannelCredentials {
  if (nodeAccess(addr)?.plaintext) return grpc.credentials.createInsecure();
  const c = certFor(CLIENT_CERT_NAME, { client: true });
  return grpc.credentials.createSsl(readFileSync(c.ca), readFileSync(c.key), readFileSync(c.cert));
}

let loopbacks = 0;

/** The next loopback address of this process (127.C.B.A, A and C from 1 to 254): each call a different one. */
export function nextLoopback(): string {
  const n = loopbacks++;
  return `127.${1 + (Math.floor(n / (254 * 256)) % 254)}.${Math.floor(n / 254) % 256}.${1 + (n % 254)}`;
}

/**
 * A ControlPlane client presenting the test client certificate and a bearer token (the cluster's admin token
 * unless `token` is given); `call('Method', request)` returns the answer. Closed on cleanup.
 */
/** ClusterStatus as the tests read it (camelCase fields, numbers). */
type ClusterStatusView = {
  role: string;
  epoch: number;
  headSeq: number;
  headHash: string;
  master: string;
  quarantined: number;
  writes: string;
  replicas: { address: string; connected: boolean; ackedSeq: number; lastContact: string }[];
};

export class Api {
  private readonly client: grpc.Client;

  constructor(
    readonly addr: string,
    private readonly token?: string,
  ) {
    this.client = controlClient(addr, channelCredentials(addr)) as unknown as grpc.Client;
    onCleanup(() => this.close());
  }

  async call<T>(method: string, request: object = {}, timeoutMs = 15_000): Promise<T> {
    const fn = (this.client as unknown as Record<string, ((...a: never[]) => unknown) | undefined>)[method];
    if (typeof fn !== 'function') throw new Error(`ControlPlane has no method ${method}`);
    const metadata = new grpc.Metadata();
    const token = this.token ?? (await adminToken(this.addr));
    if (token) metadata.set('authorization', `Bearer ${token}`);
    return call<T>(this.client, fn, request, { timeoutMs, metadata });
  }

  /** GetClusterStatus (camelCase fields, numbers). */
  async status(): Promise<ClusterStatusView> {
    return (await this.call<{ status: ClusterStatusView }>('GetClusterStatus', {})).status;
  }

  /**
   * RegisterHost with a minimal spec (a write for load tests). Port 1 on a loopback address of its own (one machine
   * is one host, so no two hosts share an address and port): nothing listens there, so the collector keeps such
   * hosts `unknown` and writes nothing about them (any other port may belong to a neighbour).
   */
  addHost(name: string, port = 1): Promise<unknown> {
    return this.call('RegisterHost', { spec: { name, address: nextLoopback(), port, user: 'root', type: 'kvm' } });
  }

  close(): void {
    this.client.close();
  }
}

/** The gRPC error code of a rejected promise (or undefined when it resolved). */
export async function grpcCode(p: Promise<unknown>): Promise<{ code: number | undefined; details: string }> {
  try {
    await p;
    return { code: undefined, details: '' };
  } catch (err) {
    const e = err as { code?: number; details?: string; message?: string };
    return { code: e.code, details: e.details ?? e.message ?? '' };
  }
}
