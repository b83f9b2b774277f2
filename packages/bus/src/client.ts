// One NATS connection kept up forever: connects in the background (retrying while NATS is down), lets the
// server-side reconnect logic of nats.js take over once connected, and tells users when it is up or down.
// Nothing here ever blocks a caller that does not ask to wait.
import { connect, Events, type NatsConnection } from 'nats';
import { StoppedError } from './errors.js';

/** Minimal logger (pino-compatible). */
export interface BusLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

/** Options of {@link BusClient.start}. */
export interface BusClientOptions {
  /** NATS URL(s), comma-separated allowed (`nats://host:4222`). */
  servers: string;
  /** Connection name shown by the server. */
  name?: string;
  /** Delay between connection attempts (default 500 ms). */
  retryMs?: number;
  logger?: BusLogger;
}

const silent: BusLogger = { info: () => {}, warn: () => {} };

/** Removes credentials from a server URL for log lines. */
const safe = (servers: string): string => servers.replace(/\/\/[^@/]*@/g, '//***@');

/** A NATS connection that is re-established forever. */
export class BusClient {
  #nc: NatsConnection | undefined;
  #connected = false;
  #stopped = false;
  readonly #stop = new AbortController();
  readonly #waiters = new Set<() => void>();
  readonly #listeners = new Set<(up: boolean) => void>();
  readonly #opts: Required<Omit<BusClientOptions, 'logger'>> & { logger: BusLogger };

  private constructor(opts: BusClientOptions) {
    this.#opts = { name: 'ferry', retryMs: 500, ...opts, logger: opts.logger ?? silent };
  }

  /** Starts connecting in the background; resolves at once. */
  static start(opts: BusClientOptions): BusClient {
    const c = new BusClient(opts);
    void c.#run();
    return c;
  }

  /** Whether the connection is up now. */
  get connected(): boolean {
    return this.#connected && !this.#stopped;
  }

  /** The connection, when there is one (it may be reconnecting). */
  get connection(): NatsConnection | undefined {
    return this.#nc;
  }

  /** Aborted when the client stops. */
  get signal(): AbortSignal {
    return this.#stop.signal;
  }

  /** Calls `listener(up)` on every connect / reconnect (true) and disconnect (false). Returns an unsubscribe. */
  onStatus(listener: (up: boolean) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Resolves with the connection once it is up; rejects with StoppedError when the client stops first. */
  async whenConnected(signal?: AbortSignal): Promise<NatsConnection> {
    for (;;) {
      if (this.#stopped || signal?.aborted) throw new StoppedError();
      if (this.#connected && this.#nc) return this.#nc;
      await new Promise<void>((resolve) => {
        const done = (): void => {
          this.#waiters.delete(done);
          signal?.removeEventListener('abort', done);
          resolve();
        };
        this.#waiters.add(done);
        signal?.addEventListener('abort', done);
      });
    }
  }

  /** Closes the connection (after flushing what is pending, briefly). */
  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#stop.abort();
    this.#wake();
    const nc = this.#nc;
    if (nc && !nc.isClosed()) {
      await Promise.race([nc.flush().catch(() => undefined), sleep(1_000)]);
      await nc.close().catch(() => undefined);
    }
  }

  #set(up: boolean): void {
    if (this.#connected === up) return;
    this.#connected = up;
    this.#listeners.forEach((l) => {
      l(up);
    });
    if (up) this.#wake();
  }

  #wake(): void {
    [...this.#waiters].forEach((w) => {
      w();
    });
  }

  async #run(): Promise<void> {
    const { servers, name, retryMs, logger } = this.#opts;
    let warned = false;
    while (!this.#stopped) {
      let nc: NatsConnection;
      try {
        nc = await connect({
          servers: servers
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
          name,
          maxReconnectAttempts: -1,
          reconnectTimeWait: retryMs,
          pingInterval: 5_000,
          timeout: 2_000,
        });
      } catch (err) {
        if (!warned)
          logger.warn(
            { nats: safe(servers), err: (err as Error).message },
            'NATS unreachable; retrying in the background',
          );
        warned = true;
        await sleep(retryMs, this.#stop.signal);
        continue;
      }
      if (this.#stopped) {
        await nc.close().catch(() => undefined);
        return;
      }
      this.#nc = nc;
      logger.info({ nats: safe(servers) }, 'NATS connected');
      this.#set(true);
      void (async () => {
        for await (const s of nc.status()) {
          if (s.type === Events.Disconnect) {
            logger.warn({ nats: safe(servers) }, 'NATS disconnected; reconnecting');
            this.#set(false);
          } else if (s.type === Events.Reconnect) {
            logger.info({ nats: safe(servers) }, 'NATS reconnected');
            this.#set(true);
          }
        }
      })().catch(() => undefined);
      await nc.closed();
      this.#set(false);
      if (this.#nc === nc) this.#nc = undefined;
      // nats.js gives up only when told to close or on a fatal error: start over unless stopping.
      if (!this.#stopped) await sleep(retryMs, this.#stop.signal);
    }
  }
}

/** Sleeps `ms`, earlier when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = (): void => {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const t = setTimeout(done, ms);
    signal?.addEventListener('abort', done);
  });
}
