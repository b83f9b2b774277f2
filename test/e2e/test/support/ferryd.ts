// Runs real ferryd processes: `--foreground` on 127.0.0.1 (port 0 unless a port is given) with mutual TLS and its
// own node certificate (CN = node id) unless plaintext is asked for, readiness parsed from the "listening on" line
// on stdout, stop by SIGTERM, crash by SIGKILL, restart on the same port and data.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { onCleanup, trackChild } from './cleanup.js';
import { registerNode, nodeAccess } from './nodes.js';
import { FERRYD } from './paths.js';
import { certFor } from './pki.js';

/** How to start one node. */
export interface FerrydOptions {
  /** Parent directory; the data directory is `DIR/<nodeId>.data`. */
  dir: string;
  nodeId: string;
  cluster?: string;
  /** Fixed port (default 0: any free port, parsed from stdout). */
  port?: number;
  /** Extra flags, e.g. `['--role', 'replica', '--master', addr]`. */
  args?: string[];
  /** Serve plaintext without tokens (every local process is admin) instead of mTLS; only where a test needs it. */
  plaintext?: boolean;
  /** Give up waiting for readiness after this long (default 60 s: a loaded CI machine is slow). */
  readyTimeoutMs?: number;
}

/** A free TCP port on 127.0.0.1 (bound and released; good enough on loopback in a test). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** Outcome of a ferryd that exited before serving. */
export interface FerrydExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/** One ferryd process (restartable). */
export class Ferryd {
  /** stdout + stderr of every run, in order. */
  output = '';
  port = 0;
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();

  private constructor(readonly opts: FerrydOptions) {}

  /** Starts a node and waits until it serves. */
  static async start(opts: FerrydOptions): Promise<Ferryd> {
    const d = new Ferryd(opts);
    onCleanup(() => d.kill());
    await d.launch(opts.args ?? []);
    return d;
  }

  /** Starts ferryd expecting it to exit without serving; resolves with its exit code and output. */
  static async startFailing(opts: FerrydOptions): Promise<FerrydExit> {
    const d = new Ferryd(opts);
    onCleanup(() => d.kill());
    try {
      await d.launch(opts.args ?? []);
    } catch (err) {
      const e = err as Error & { exit?: FerrydExit };
      if (e.exit) return e.exit;
      throw err;
    }
    throw new Error(`ferryd started serving on port ${d.port} but was expected to fail:\n${d.output}`);
  }

  get addr(): string {
    return `127.0.0.1:${this.port}`;
  }

  get dataDir(): string {
    return join(this.opts.dir, `${this.opts.nodeId}.data`);
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Restarts on the same port and data directory, with `args` replacing the original extra flags when given. */
  async restart(args?: string[]): Promise<void> {
    if (this.running) throw new Error(`ferryd ${this.opts.nodeId} is still running`);
    await this.launch(args ?? this.opts.args ?? []);
  }

  /** SIGTERM and wait for a clean exit (SIGKILL after 15 s). */
  async stop(): Promise<void> {
    if (!this.running) return;
    const child = this.child!;
    const t = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.kill('SIGTERM');
    await this.exited;
    clearTimeout(t);
  }

  /** SIGKILL (a crash) and wait until the process is gone. */
  async kill(): Promise<void> {
    if (!this.running) return;
    this.child!.kill('SIGKILL');
    await this.exited;
  }

  private tlsArgs(): string[] {
    if (this.opts.plaintext) return [];
    const c = certFor(this.opts.nodeId);
    return ['--tls-cert', c.cert, '--tls-key', c.key, '--tls-ca', c.ca];
  }

  /** The cluster's admin token file: the master's (tokens replicate), or this node's own when it is a master. */
  private tokenFile(args: string[]): string {
    const i = args.indexOf('--master');
    const master = i >= 0 ? nodeAccess(args[i + 1] ?? '') : undefined;
    return master?.tokenFile || join(this.dataDir, 'admin.token');
  }

  private launch(args: string[]): Promise<void> {
    const o = this.opts;
    const port = this.port || o.port || 0;
    const argv = [
      FERRYD,
      '--foreground',
      '--listen',
      `127.0.0.1:${port}`,
      '--data',
      this.dataDir,
      '--node-id',
      o.nodeId,
      '--cluster',
      o.cluster ?? 'e2e',
      ...this.tlsArgs(),
      ...args,
    ];
    const child = spawn(process.execPath, argv, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FERRY_LOG_LEVEL: process.env.FERRY_LOG_LEVEL ?? 'warn' },
    });
    trackChild(child);
    this.child = child;
    this.output += `--- ferryd ${argv.slice(1).join(' ')}\n`;
    this.exited = new Promise((r) => child.once('exit', () => r()));
    return new Promise((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(
          new Error(
            `ferryd ${o.nodeId} did not report serving within ${o.readyTimeoutMs ?? 60_000} ms:\n${this.output.slice(-3000)}`,
          ),
        );
      }, o.readyTimeoutMs ?? 60_000);
      child.stdout!.on('data', (d: Buffer) => {
        this.output += d.toString();
        seen += d.toString();
        const m = /listening on 127\.0\.0\.1:(\d+)/.exec(seen);
        if (m) {
          clearTimeout(timer);
          this.port = Number(m[1]);
          registerNode(this.addr, { plaintext: !!o.plaintext, tokenFile: o.plaintext ? '' : this.tokenFile(args) });
          resolve();
        }
      });
      child.stderr!.on('data', (d: Buffer) => (this.output += d.toString()));
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        const exit: FerrydExit = { code, signal, output: this.output };
        reject(
          Object.assign(
            new Error(
              `ferryd ${o.nodeId} exited (code ${code}, signal ${signal}) before serving:\n${this.output.slice(-3000)}`,
            ),
            { exit },
          ),
        );
      });
    });
  }
}
