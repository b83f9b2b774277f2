// The Ferry cluster of a campaign: real ferryd processes, each started in its own network namespace with its data
// directory on its own small tmpfs (so "disk full" is a real ENOSPC), mutual TLS certificates from
// deploy/make-certs.sh, and the operations the campaign applies to them: SIGKILL + restart, SIGSTOP/SIGCONT, filling
// and freeing the disk, and promote-replica through the real CLI. Every node serves synchronous replication
// (`--sync-replicas 1`), so an acknowledged write is on the master and on at least one replica.
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { call, controlClient } from '@ferry/api';
import type { ClusterStatus__Output, ControlPlaneServiceClient } from '@ferry/contract';
import type { Network } from './network.js';
import { CLI, FERRYD, ROOT } from './paths.js';

/** Size of each node's tmpfs data directory. */
const DATA_TMPFS = '64m';
/** Port every node listens on, on its own namespace's address. */
const PORT = 7000;

/** One ferryd of the campaign. */
export class Node {
  private proc: ChildProcess | undefined;
  private paused = false;
  readonly address: string;
  readonly data: string;

  constructor(
    /** Node id and certificate name. */
    readonly name: string,
    /** Its network namespace. */
    readonly ns: string,
    readonly ip: string,
    private readonly dir: string,
    private readonly pki: string,
  ) {
    this.address = `${ip}:${PORT}`;
    this.data = join(dir, name, 'data');
  }

  /** Mounts the node's tmpfs data directory. */
  mount(): void {
    mkdirSync(this.data, { recursive: true });
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${DATA_TMPFS},mode=0700`, 'tmpfs', this.data]);
  }

  /** Unmounts it (after the process is gone); never throws. */
  unmount(): void {
    try {
      execFileSync('umount', ['-l', this.data], { stdio: 'ignore' });
    } catch {
      // not mounted
    }
  }

  /** Whether the process runs (stopped or not). */
  get running(): boolean {
    return this.proc !== undefined && this.proc.exitCode === null && this.proc.signalCode === null;
  }

  /** Starts ferryd in the node's namespace with `args` on top of the common ones (persisted role wins without them). */
  start(args: string[] = []): void {
    const log = openSync(join(this.dir, this.name, 'ferryd.log'), 'a');
    const pem = (f: string) => join(this.pki, f);
    this.proc = spawn(
      'ip',
      [
        'netns',
        'exec',
        this.ns,
        process.execPath,
        FERRYD,
        '--foreground',
        '--listen',
        this.address,
        '--advertise',
        this.address,
        '--data',
        this.data,
        '--node-id',
        this.name,
        '--cluster',
        'campaign',
        '--tls-cert',
        pem(`${this.name}.pem`),
        '--tls-key',
        pem(`${this.name}-key.pem`),
        '--tls-ca',
        pem('ca.pem'),
        '--sync-replicas',
        '1',
        '--sync-timeout-ms',
        '2000',
        '--log-level',
        'warn',
        ...args,
      ],
      { stdio: ['ignore', log, log], env: cleanEnv(), cwd: ROOT },
    );
    this.paused = false;
  }

  /** SIGKILL; resolves once the process is gone. */
  async kill(): Promise<void> {
    const p = this.proc;
    if (!p || !this.running) return;
    const gone = new Promise<void>((r) => p.once('exit', () => r()));
    p.kill('SIGKILL');
    await gone;
  }

  /** SIGSTOP. */
  pause(): void {
    if (this.running && !this.paused) {
      this.proc!.kill('SIGSTOP');
      this.paused = true;
    }
  }

  /** SIGCONT. */
  resume(): void {
    if (this.running && this.paused) {
      this.proc!.kill('SIGCONT');
      this.paused = false;
    }
  }

  /** Fills the data directory's tmpfs to the last byte. */
  fillDisk(): void {
    try {
      execFileSync('dd', ['if=/dev/zero', `of=${join(this.data, 'campaign-fill')}`, 'bs=1M'], { stdio: 'ignore' });
    } catch {
      // dd ends with ENOSPC: the point
    }
  }

  /** Frees what fillDisk took. */
  freeDisk(): void {
    rmSync(join(this.data, 'campaign-fill'), { force: true });
  }

  /** The tail of the node's log. */
  logTail(lines = 20): string {
    const f = join(this.dir, this.name, 'ferryd.log');
    return existsSync(f) ? readFileSync(f, 'utf8').trim().split('\n').slice(-lines).join('\n') : '';
  }
}

function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('FERRY_')) delete env[k];
  return env;
}

/** The nodes plus the operator's credentials (client certificate, admin token) and clients to each node. */
export class Cluster {
  readonly nodes: Node[];
  private readonly credentials: grpc.ChannelCredentials;
  private readonly controls = new Map<string, ControlPlaneServiceClient>();
  token = '';

  constructor(
    dir: string,
    readonly network: Network,
  ) {
    const pki = join(dir, 'pki');
    const names = network.nodeIps.map((_, i) => `n${i}`);
    names.forEach((name, i) => {
      makeCert(pki, name, [`IP:${network.nodeIps[i]}`]);
    });
    makeCert(pki, 'operator', [], true);
    this.nodes = names.map((name, i) => new Node(name, network.nodeNamespaces[i]!, network.nodeIps[i]!, dir, pki));
    this.credentials = grpc.credentials.createSsl(
      readFileSync(join(pki, 'ca.pem')),
      readFileSync(join(pki, 'operator-key.pem')),
      readFileSync(join(pki, 'operator.pem')),
    );
    this.cliEnv = {
      ...cleanEnv(),
      FERRY_CA: join(pki, 'ca.pem'),
      FERRY_CERT: join(pki, 'operator.pem'),
      FERRY_KEY: join(pki, 'operator-key.pem'),
    };
  }

  private readonly cliEnv: NodeJS.ProcessEnv;

  /** The ControlPlane client of a node. */
  control(node: Node): ControlPlaneServiceClient {
    let c = this.controls.get(node.name);
    if (!c) {
      c = controlClient(node.address, this.credentials);
      this.controls.set(node.name, c);
    }
    return c;
  }

  /** A node's cluster status (role, epoch, head), or undefined when it does not answer within `timeoutMs`. */
  async status(node: Node, timeoutMs = 1_000): Promise<ClusterStatus__Output | undefined> {
    const c = this.control(node);
    return call<{ status: ClusterStatus__Output }>(
      c,
      c.GetClusterStatus,
      {},
      { metadata: this.metadata(), timeoutMs },
    ).then(
      (r) => r.status,
      () => undefined,
    );
  }

  /** Bearer-token metadata of the admin token. */
  metadata(): grpc.Metadata {
    const md = new grpc.Metadata();
    md.set('authorization', `Bearer ${this.token}`);
    return md;
  }

  /** Runs the `ferry` CLI against `node`; resolves with exit code and output. */
  cli(node: Node, args: string[], timeoutMs = 30_000): Promise<{ code: number; out: string }> {
    return new Promise((resolve) => {
      execFile(
        process.execPath,
        [CLI, '--server', node.address, ...args],
        { env: { ...this.cliEnv, FERRY_TOKEN: this.token }, timeout: timeoutMs },
        (err, stdout, stderr) =>
          resolve({ code: err ? Number((err as { code?: unknown }).code ?? 1) || 1 : 0, out: `${stdout}${stderr}` }),
      );
    });
  }

  /** Runs the CLI and throws with its output unless it exits 0. */
  async cliOk(node: Node, args: string[]): Promise<string> {
    const r = await this.cli(node, args);
    if (r.code !== 0) throw new Error(`ferry ${args.join(' ')} on ${node.name}: exit ${r.code}: ${r.out.trim()}`);
    return r.out;
  }

  /** Closes every client. */
  close(): void {
    for (const c of this.controls.values()) c.close();
    this.controls.clear();
  }
}

function makeCert(pki: string, name: string, san: string[], client = false): void {
  execFileSync(
    'bash',
    [join(ROOT, 'deploy/make-certs.sh'), ...(client ? ['--client'] : []), '--cluster', 'campaign', pki, name],
    {
      env: { ...process.env, FERRY_CERT_SAN: san.join(',') },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
}
