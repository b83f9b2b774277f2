// Support for the NATS and metrics tests: free ports, a real nats-server, a real ferryd (--foreground) in a temp
// data directory with its log output captured, serving mutual TLS with its own node certificate, and a few
// ControlPlane calls that present the test client certificate and the cluster's admin token.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { call, controlClient, grpc } from '@ferry/api';
import type { ControlPlaneServiceClient } from '@ferry/contract';
import { clientCredentials, makeCerts } from './support/daemon.js';

/** Repository root (from services/ferryd/dist/test). */
export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
/** The built daemon. */
export const FERRYD = join(ROOT, 'services/ferryd/dist/src/main.js');
/** The built CLI. */
export const CLI = join(ROOT, 'packages/cli/dist/src/main.js');

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Waits until `check` returns a truthy value (polling), or throws naming `what`. */
export async function waitFor<T>(
  what: string,
  check: () => T | Promise<T>,
  timeoutMs = 15_000,
): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v) return v as NonNullable<T>;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Fresh temporary directory; `cleanup()` removes every one made. */
const dirs: string[] = [];
export function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), `ferry-${prefix}-`));
  dirs.push(d);
  return d;
}
/** Removes the temporary directories. */
export function cleanupDirs(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

/**
 * The test PKI (one CA per test process, from deploy/make-certs.sh), made on first use; `cli` is the client. Only
 * names without a certificate yet are passed to make-certs.sh.
 */
let pkiDir = '';
function pki(names: string[]): string {
  if (!pkiDir || !existsSync(pkiDir)) pkiDir = join(tempDir('pki'), 'pki');
  const missing = ['cli', ...names].filter((n) => !existsSync(join(pkiDir, `${n}.pem`)));
  if (missing.length > 0) makeCerts(pkiDir, missing);
  return pkiDir;
}

/** The value after `flag` in `args` (the last one wins, as for the daemon), or ''. */
function flag(args: string[], name: string): string {
  const i = args.lastIndexOf(name);
  return i >= 0 ? (args[i + 1] ?? '') : '';
}

/** Admin token file of each node's cluster, by address: a master's own, a replica's master's (tokens replicate). */
const tokenFiles = new Map<string, string>();

/** The environment for the `ferry` CLI to reach `addr` (client certificate and the cluster's admin token). */
export function cliEnv(addr: string): NodeJS.ProcessEnv {
  const dir = pki([]);
  const file = tokenFiles.get(addr);
  const token = file && existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  return {
    ...process.env,
    FERRY_SERVER: '',
    FERRY_TOKEN: token,
    FERRY_CA: join(dir, 'ca.pem'),
    FERRY_CERT: join(dir, 'cli.pem'),
    FERRY_KEY: join(dir, 'cli-key.pem'),
  };
}

/** A nats-server process on a fixed port (restartable on the same port). */
export class NatsServer {
  private proc: ChildProcess | undefined;
  constructor(
    readonly port: number,
    private readonly extra: string[] = [],
  ) {}

  /** nats:// URL. */
  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  /** Starts nats-server and waits until it accepts connections. */
  async start(): Promise<void> {
    const proc = spawn('nats-server', ['-a', '127.0.0.1', '-p', String(this.port), ...this.extra], { stdio: 'ignore' });
    this.proc = proc;
    await waitFor(
      'nats-server to listen',
      () =>
        new Promise<boolean>((resolve) => {
          const c = new Socket();
          c.once('error', () => resolve(false));
          c.connect(this.port, '127.0.0.1', () => {
            c.destroy();
            resolve(true);
          });
        }),
      10_000,
    );
  }

  /** Stops nats-server (SIGTERM, then waits for exit). */
  async stop(): Promise<void> {
    const p = this.proc;
    this.proc = undefined;
    if (!p || p.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      p.once('exit', () => resolve());
      p.kill('SIGTERM');
    });
  }
}

/** A ferryd process. */
export class Ferryd {
  output = '';
  addr = '';
  private constructor(private readonly proc: ChildProcess) {}

  private tokenFile = '';

  /** Starts ferryd --foreground with `args` (mTLS with the certificate of its --node-id) and waits until it serves. */
  static async start(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Ferryd> {
    const d = await Ferryd.launch(args, env);
    d.tokenFile = tokenFiles.get(flag(args, '--master')) ?? join(flag(args, '--data'), 'admin.token');
    tokenFiles.set(d.addr, d.tokenFile);
    await waitFor(`the admin token in ${d.tokenFile}`, () => existsSync(d.tokenFile), 20_000);
    return d;
  }

  private static launch(args: string[], env: NodeJS.ProcessEnv): Promise<Ferryd> {
    const node = flag(args, '--node-id');
    const dir = pki([node]);
    const tls = [
      '--tls-cert',
      join(dir, `${node}.pem`),
      '--tls-key',
      join(dir, `${node}-key.pem`),
      '--tls-ca',
      join(dir, 'ca.pem'),
    ];
    const proc = spawn(process.execPath, [FERRYD, '--foreground', '--listen', '127.0.0.1:0', ...tls, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FERRY_LOG_LEVEL: 'debug', ...env },
    });
    const d = new Ferryd(proc);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`ferryd did not start: ${d.output}`)), 20_000);
      const onData = (b: Buffer): void => {
        d.output += b.toString();
        const m = /listening on (127\.0\.0\.1:\d+)/.exec(d.output);
        if (m && !d.addr) {
          d.addr = m[1]!;
          clearTimeout(timer);
          resolve(d);
        }
      };
      proc.stdout!.on('data', onData);
      proc.stderr!.on('data', onData);
      proc.once('exit', (code) => {
        clearTimeout(timer);
        if (!d.addr) reject(new Error(`ferryd exited with ${code}: ${d.output}`));
      });
    });
  }

  /** A ControlPlane client: the test client certificate, and the cluster's admin token on every call. */
  client(): ControlPlaneServiceClient {
    const file = this.tokenFile;
    const token = grpc.credentials.createFromMetadataGenerator((_params, callback) => {
      const md = new grpc.Metadata();
      md.set('authorization', `Bearer ${readFileSync(file, 'utf8').trim()}`);
      callback(null, md);
    });
    return controlClient(
      this.addr,
      grpc.credentials.combineChannelCredentials(clientCredentials(pki([]), 'cli'), token),
    );
  }

  /** SIGTERM and wait. */
  stop(): Promise<void> {
    const p = this.proc;
    if (p.exitCode !== null || p.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      p.once('exit', () => resolve());
      p.kill('SIGTERM');
    });
  }
}

/** The node's cluster status (numbers as numbers). */
export async function status(
  c: ControlPlaneServiceClient,
): Promise<{ role: string; master: string; epoch: number; headSeq: number; nodeId: string }> {
  const s = (await call<{ status: Record<string, unknown> }>(c, c.GetClusterStatus, {})).status;
  return {
    role: String(s.role),
    master: String(s.master),
    epoch: Number(s.epoch),
    headSeq: Number(s.headSeq ?? s.head_seq),
    nodeId: String(s.nodeId ?? s.node_id),
  };
}

/** Creates an owner (one event). */
export function createOwner(c: ControlPlaneServiceClient, name: string): Promise<unknown> {
  return call(c, c.CreateOwner, { owner: { name, email: `${name}@example.org`, description: 'test owner' } });
}
