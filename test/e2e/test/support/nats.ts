// A real nats-server with JetStream on loopback (for --nats and --auto-promote tests): started on a fixed port with
// its store in the test's directory, so that it can be killed and started again with the same streams.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { onCleanup, trackChild } from './cleanup.js';
import { freePort } from './ferryd.js';
import { waitUntil } from './wait.js';

/** Where nats-server is looked for (PATH first). */
const CANDIDATES = ['nats-server', '/usr/sbin/nats-server', '/usr/bin/nats-server', '/usr/local/bin/nats-server'];

/** The nats-server command, or undefined when it is not installed. */
export function natsServerCommand(): string | undefined {
  for (const c of CANDIDATES)
    if (!c.includes('/') ? (process.env.PATH ?? '').split(':').some((d) => existsSync(join(d, c))) : existsSync(c))
      return c;
  return undefined;
}

const listening = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });

/** One nats-server -js (restartable on the same port and store). */
export class NatsServer {
  output = '';
  private child: ChildProcess | undefined;

  private constructor(
    readonly port: number,
    private readonly storeDir: string,
  ) {}

  /** The URL ferryd's --nats takes. */
  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  /** Starts nats-server -js storing under `dir`; throws when it is not installed. */
  static async start(dir: string): Promise<NatsServer> {
    const n = new NatsServer(await freePort(), join(dir, 'jetstream'));
    onCleanup(() => n.kill());
    await n.restart();
    return n;
  }

  /** Starts it (again) on the same port and store, and waits until it accepts connections. */
  async restart(): Promise<void> {
    const cmd = natsServerCommand();
    if (!cmd)
      throw new Error('nats-server is not installed (apt install nats-server); the --auto-promote tests need it');
    const child = spawn(cmd, ['-js', '-a', '127.0.0.1', '-p', String(this.port), '-sd', this.storeDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    trackChild(child);
    child.stdout!.on('data', (d: Buffer) => (this.output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (this.output += d.toString()));
    this.child = child;
    await waitUntil(`nats-server on port ${this.port}`, () => listening(this.port), 10_000, 100);
  }

  /** SIGKILLs it and waits for the exit. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  }
}
