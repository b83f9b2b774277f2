// The SSH pool: one persistent connection per host id, a global bound on concurrent commands,
// a per-host channel bound (OpenSSH allows 10 sessions per connection by default), timeouts and
// output limits on every command, reconnect with backoff.
import type { CommandRunner, ExecOptions, ExecResult, HostRef } from './host-ref.js';
import { HostConnection, hostSignature, type HostConnectionSettings } from './host-connection.js';
import { PoolClosedError } from './errors.js';
import { Semaphore } from './semaphore.js';

/** Options of {@link SshPool.start}; every field has a default. */
export interface SshPoolOptions {
  /** Commands running at once across all hosts (default 64). */
  maxConcurrent?: number;
  /** Commands running at once on one host (default 8; OpenSSH's MaxSessions is 10). */
  maxChannelsPerHost?: number;
  /** TCP connect timeout in ms (default 5000). */
  connectTimeoutMs?: number;
  /** SSH handshake + auth timeout in ms after TCP connected (ssh2 `readyTimeout`, default 5000). */
  readyTimeoutMs?: number;
  /** Default timeout of a command in ms (default 30000). */
  commandTimeoutMs?: number;
  /** Default output limit of a command, stdout + stderr bytes (default 16 MiB). */
  maxOutputBytes?: number;
  /** Keepalive interval in ms (default 5000; 0 disables). */
  keepaliveIntervalMs?: number;
  /** Unanswered keepalives before the connection is dropped (default 3). */
  keepaliveCountMax?: number;
  /** First reconnect delay after a failed connect, doubled per failure (default 250 ms). */
  backoffInitialMs?: number;
  /** Longest reconnect delay (default 5000 ms). */
  backoffMaxMs?: number;
}

/** Pool counters for metrics and tests. */
export interface SshPoolStats {
  hosts: number;
  connected: number;
  /** Commands waiting for a global permit. */
  waiting: number;
}

/**
 * Pool of persistent SSH connections. Create with {@link SshPool.start}, stop with {@link SshPool.close}.
 * Connections open lazily on the first command to a host.
 */
export class SshPool {
  readonly #settings: HostConnectionSettings;
  readonly #global: Semaphore;
  readonly #hosts = new Map<string, HostConnection>();
  #closed = false;

  private constructor(settings: HostConnectionSettings, maxConcurrent: number) {
    this.#settings = settings;
    this.#global = new Semaphore(maxConcurrent);
  }

  /** Creates a pool. Opens no connection yet. */
  static async start(opts: SshPoolOptions = {}): Promise<SshPool> {
    const settings: HostConnectionSettings = {
      connectTimeoutMs: opts.connectTimeoutMs ?? 5000,
      readyTimeoutMs: opts.readyTimeoutMs ?? 5000,
      keepaliveIntervalMs: opts.keepaliveIntervalMs ?? 5000,
      keepaliveCountMax: opts.keepaliveCountMax ?? 3,
      commandTimeoutMs: opts.commandTimeoutMs ?? 30_000,
      maxOutputBytes: opts.maxOutputBytes ?? 16 * 1024 * 1024,
      maxChannelsPerHost: opts.maxChannelsPerHost ?? 8,
      backoffInitialMs: opts.backoffInitialMs ?? 250,
      backoffMaxMs: opts.backoffMaxMs ?? 5000,
    };
    return new SshPool(settings, opts.maxConcurrent ?? 64);
  }

  /**
   * Runs a shell command on `host`. A non-zero exit is returned, not thrown. Throws the package's errors:
   * TcpConnectError, SshHandshakeError, AuthFailedError, HostKeyUnknownError, HostKeyMismatchError,
   * CommandTimeoutError, OutputLimitError, ConnectionLostError, PoolClosedError.
   */
  async exec(host: HostRef, command: string, opts?: ExecOptions): Promise<ExecResult> {
    const conn = this.#connectionFor(host);
    const releaseChannel = await conn.channels.acquire();
    try {
      const releaseGlobal = await this.#global.acquire();
      try {
        if (this.#closed) throw new PoolClosedError();
        return await conn.exec(command, opts);
      } finally {
        releaseGlobal();
      }
    } finally {
      releaseChannel();
    }
  }

  /** A {@link CommandRunner} bound to `host`, for the drivers. */
  runner(host: HostRef): CommandRunner {
    return { hostId: host.id, exec: (command, opts) => this.exec(host, command, opts) };
  }

  /** Closes and forgets the connection of a host (e.g. removed, or its pin changed). Running commands fail. */
  forget(host: string | HostRef): void {
    const id = typeof host === 'string' ? host : host.id;
    const conn = this.#hosts.get(id);
    if (!conn) return;
    this.#hosts.delete(id);
    conn.close('host forgotten by the pool');
  }

  /** True when an authenticated connection to the host is open right now. */
  isConnected(hostId: string): boolean {
    return this.#hosts.get(hostId)?.connected ?? false;
  }

  /** Current counters. */
  stats(): SshPoolStats {
    let connected = 0;
    for (const c of this.#hosts.values()) if (c.connected) connected++;
    return { hosts: this.#hosts.size, connected, waiting: this.#global.waiting };
  }

  /** Closes every connection; running and later commands fail with PoolClosedError. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const conn of this.#hosts.values()) conn.close('pool closed');
    this.#hosts.clear();
  }

  #connectionFor(host: HostRef): HostConnection {
    if (this.#closed) throw new PoolClosedError();
    const existing = this.#hosts.get(host.id);
    if (existing && existing.signature === hostSignature(host)) return existing;
    if (existing) existing.close('host settings changed');
    const conn = new HostConnection(host, this.#settings);
    this.#hosts.set(host.id, conn);
    return conn;
  }
}
