// Runs the real `ferry` CLI (built) against a node and parses its JSON; plus a thin typed gRPC client for polls
// and write loads where starting a CLI process per call would be too slow.
import { execFile } from 'node:child_process';
import { call, controlClient, grpc } from '@ferry/api';
import { onCleanup } from './cleanup.js';
import { CLI } from './paths.js';

/** Result of one CLI run. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const CLEAN_ENV = { FERRY_SERVER: '', FERRY_TOKEN: '', FERRY_CA: '', FERRY_CERT: '', FERRY_KEY: '' };

/** `ferry --server ADDR ARGS…` with its exit code. */
export function ferry(addr: string, ...args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, '--server', addr, ...args], { env: { ...process.env, ...CLEAN_ENV }, timeout: 60_000, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : 99) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** `ferry --server ADDR ARGS… --json`, which must exit 0; returns the parsed document. */
export async function ferryJson<T>(addr: string, ...args: string[]): Promise<T> {
  const r = await ferry(addr, ...args, '--json');
  if (r.code !== 0) throw new Error(`ferry ${args.join(' ')} exited ${r.code}: ${r.stderr.trim()}`);
  try {
    return JSON.parse(r.stdout) as T;
  } catch {
    throw new Error(`ferry ${args.join(' ')} printed no JSON: ${r.stdout.slice(0, 500)}`);
  }
}

/** `ferry … ` that must succeed (exit 0); returns stdout. */
export async function ferryOk(addr: string, ...args: string[]): Promise<string> {
  const r = await ferry(addr, ...args);
  if (r.code !== 0) throw new Error(`ferry ${args.join(' ')} exited ${r.code}: ${r.stderr.trim()}`);
  return r.stdout;
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
}

/** gRPC status codes by name (for asserting errors from the API client). */
export const Status = grpc.status;

/** A ControlPlane client over plaintext loopback; `call('Method', request)` returns the answer. Closed on cleanup. */
export class Api {
  private readonly client: grpc.Client;

  constructor(readonly addr: string) {
    this.client = controlClient(addr, grpc.credentials.createInsecure()) as unknown as grpc.Client;
    onCleanup(() => this.close());
  }

  call<T>(method: string, request: object = {}, timeoutMs = 15_000): Promise<T> {
    const fn = (this.client as unknown as Record<string, ((...a: never[]) => unknown) | undefined>)[method];
    if (typeof fn !== 'function') throw new Error(`ControlPlane has no method ${method}`);
    return call<T>(this.client, fn, request, { timeoutMs });
  }

  /** GetClusterStatus (camelCase fields, numbers). */
  status(): Promise<{ role: string; epoch: number; headSeq: number; headHash: string; master: string; quarantined: number; replicas: { address: string; connected: boolean; ackedSeq: number }[] }> {
    return this.call('GetClusterStatus', {});
  }

  /**
   * RegisterHost with a minimal spec (a write for load tests). Port 1 on loopback: nothing listens there, so the
   * collector keeps such hosts `unknown` and writes nothing about them (any other port may belong to a neighbour).
   */
  addHost(name: string, port = 1): Promise<unknown> {
    return this.call('RegisterHost', { spec: { name, address: '127.0.0.1', port, user: 'root', type: 'kvm' } });
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
