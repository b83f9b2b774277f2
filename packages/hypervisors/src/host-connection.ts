// One pooled host: a lazily opened persistent SSH connection, reconnected with exponential backoff
// after it drops or fails, a per-host channel limit, and abort of in-flight commands on loss.
import { createHash } from 'node:crypto';
import type { ExecOptions, ExecResult, HostRef } from './host-ref.js';
import { ConnectionLostError, HypervisorError, PoolClosedError } from './errors.js';
import { openSsh, type ConnectSettings, type SshClient } from './ssh-connect.js';
import { runCommand, type Abort } from './run-command.js';
import { Semaphore } from './semaphore.js';

/** Settings a host connection needs from the pool (all defaults already applied). */
export interface HostConnectionSettings extends ConnectSettings {
  commandTimeoutMs: number;
  maxOutputBytes: number;
  maxChannelsPerHost: number;
  backoffInitialMs: number;
  backoffMaxMs: number;
}

/** Identity of a host's connection settings; a change (new address, key or pin) means a new connection. */
export function hostSignature(host: HostRef): string {
  return createHash('sha256')
    .update(JSON.stringify([host.address, host.port, host.user, host.hostKeyFingerprint ?? '']))
    .update(host.privateKey)
    .digest('hex');
}

/** The pooled state of one host. Constructing it does no I/O; the first `exec` connects. */
export class HostConnection {
  readonly host: HostRef;
  readonly signature: string;
  readonly channels: Semaphore;
  readonly #s: HostConnectionSettings;
  #client: SshClient | undefined;
  #connecting: Promise<SshClient> | undefined;
  #failures = 0;
  #retryAt = 0;
  #lastError: HypervisorError | undefined;
  #closed = false;
  readonly #inflight = new Set<Abort>();

  constructor(host: HostRef, settings: HostConnectionSettings) {
    this.host = host;
    this.signature = hostSignature(host);
    this.#s = settings;
    this.channels = new Semaphore(settings.maxChannelsPerHost);
  }

  /** True while an authenticated connection is open. */
  get connected(): boolean {
    return this.#client !== undefined;
  }

  /** Runs a command on this host (connecting first if needed). Callers hold the channel and global permits. */
  async exec(command: string, opts: ExecOptions = {}): Promise<ExecResult> {
    const client = await this.#ensure();
    return runCommand(
      client,
      command,
      {
        stdin: opts.stdin,
        timeoutMs: opts.timeoutMs ?? this.#s.commandTimeoutMs,
        maxOutputBytes: opts.maxOutputBytes ?? this.#s.maxOutputBytes,
        label: `host ${this.host.id}`,
      },
      (abort) => {
        this.#inflight.add(abort);
        return () => this.#inflight.delete(abort);
      },
    );
  }

  /** Closes the connection and aborts running commands; later `exec` calls fail with PoolClosedError. */
  close(reason = 'connection closed by the pool'): void {
    this.#closed = true;
    this.#abortAll(new PoolClosedError(`host ${this.host.id}: ${reason}`));
    const c = this.#client;
    this.#client = undefined;
    c?.end();
  }

  #abortAll(err: Error): void {
    for (const abort of [...this.#inflight]) abort(err);
    this.#inflight.clear();
  }

  async #ensure(): Promise<SshClient> {
    if (this.#closed) throw new PoolClosedError(`host ${this.host.id}: connection closed by the pool`);
    if (this.#client) return this.#client;
    if (this.#connecting) return this.#connecting;
    if (this.#lastError && Date.now() < this.#retryAt) throw this.#lastError;
    const attempt = openSsh(this.host, this.#s).then(
      (client) => {
        this.#connecting = undefined;
        if (this.#closed) {
          client.end();
          throw new PoolClosedError(`host ${this.host.id}: connection closed by the pool`);
        }
        this.#failures = 0;
        this.#lastError = undefined;
        this.#client = client;
        const lost = (why: string) => {
          if (this.#client !== client) return;
          this.#client = undefined;
          this.#abortAll(new ConnectionLostError(`host ${this.host.id}: connection lost (${why})`));
        };
        client.on('error', (e: Error) => lost(e.message));
        client.on('close', () => lost('closed'));
        client.on('end', () => lost('ended by the server'));
        return client;
      },
      (err: unknown) => {
        this.#connecting = undefined;
        const e =
          err instanceof HypervisorError
            ? err
            : new ConnectionLostError(`host ${this.host.id}: ${String(err)}`, { cause: err });
        this.#failures++;
        this.#lastError = e;
        this.#retryAt =
          Date.now() + Math.min(this.#s.backoffMaxMs, this.#s.backoffInitialMs * 2 ** (this.#failures - 1));
        throw e;
      },
    );
    this.#connecting = attempt;
    return attempt;
  }
}
