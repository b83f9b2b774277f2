// The master's event publisher: every committed event, once, in seq order, as JSON on
// `ferry.<cluster>.events.<Type>`. At least once and resumable: the last seq the NATS server acknowledged (a
// flush answered after the publishes) is kept durably in the node's metadata (beside its log); after a restart, a
// reconnect or a promotion publishing resumes from there by tailing the log. Publishing never blocks appends: the
// log's tail falls back to reading from disk when this consumer is slow or NATS is down.
import { headers } from 'nats';
import { type BusClient, sleep, type BusLogger } from './client.js';
import { DisconnectedError, FlushTimeoutError, StoppedError } from './errors.js';
import { eventSubject } from './subjects.js';
import type { LogEvent } from '@ferry/contract';
import { toWireEvent } from './wire.js';

/** Node metadata key holding the last seq NATS acknowledged. */
export const PUBLISHED_SEQ_KEY = 'natsPublishedSeq';
/** Node metadata key holding the epoch of that event (to resume correctly after a fork). */
export const PUBLISHED_EPOCH_KEY = 'natsPublishedEpoch';

/**
 * What the publisher needs of the event log (`EventLog` of @ferry/log fits): its tail, epochs and head, and the
 * node's metadata, which keeps where publishing reached.
 */
export interface PublishSource {
  tail(
    fromSeq: number,
    onEvents: (events: readonly LogEvent[]) => void | Promise<void>,
    signal?: AbortSignal,
  ): Promise<void>;
  epochs(): Promise<{ epoch: number; firstSeq: number }[]>;
  head(): { seq: number };
  readonly meta: {
    get(key: string): Promise<string | undefined>;
    put(key: string, value: string): Promise<void>;
  };
}

/** Options of {@link EventPublisher.start}. */
export interface EventPublisherOptions {
  client: BusClient;
  cluster: string;
  source: PublishSource;
  logger?: BusLogger;
  /** How long a flush may take before the batch is retried (default 5 s). */
  flushTimeoutMs?: number;
  /** Called after each acknowledged batch with the events published. */
  onPublished?(events: readonly LogEvent[]): void;
}

/**
 * Where publishing resumes: the stored seq, bounded by the head and, when the log forked since (an epoch
 * newer than the stored one begins earlier), by the start of that epoch.
 */
export async function resumeAfter(source: PublishSource): Promise<number> {
  const seq = Number((await source.meta.get(PUBLISHED_SEQ_KEY)) ?? 0) || 0;
  const epoch = Number((await source.meta.get(PUBLISHED_EPOCH_KEY)) ?? 0) || 0;
  let s = Math.min(seq, source.head().seq);
  if (s > 0 && epoch > 0) {
    const later = (await source.epochs()).filter((e) => e.epoch > epoch).map((e) => e.firstSeq);
    if (later.length > 0) s = Math.min(s, Math.min(...later) - 1);
  }
  return Math.max(0, s);
}

const encoder = new TextEncoder();

/** Publishes committed events to NATS until stopped. */
export class EventPublisher {
  #published = 0;
  #running: Promise<void> = Promise.resolve();
  #current: AbortController | undefined;
  readonly #stop = new AbortController();
  readonly #unlisten: () => void;

  private constructor(private readonly opts: EventPublisherOptions) {
    // A disconnect ends the current pass at once; the next one resumes from the durable seq after reconnecting.
    this.#unlisten = opts.client.onStatus((up) => {
      if (!up) this.#current?.abort();
    });
  }

  /** Starts publishing in the background; resolves at once. */
  static async start(opts: EventPublisherOptions): Promise<EventPublisher> {
    const p = new EventPublisher(opts);
    p.#published = await resumeAfter(opts.source);
    p.#running = p.#run();
    return p;
  }

  /** The last seq NATS acknowledged. */
  get publishedSeq(): number {
    return this.#published;
  }

  /** Stops publishing (the durable seq stays where the last acknowledged batch left it). */
  async stop(): Promise<void> {
    this.#stop.abort();
    this.#current?.abort();
    this.#unlisten();
    await this.#running;
  }

  async #run(): Promise<void> {
    const { client, source, logger } = this.opts;
    let backoff = 200;
    while (!this.#stop.signal.aborted) {
      try {
        await client.whenConnected(this.#stop.signal);
        const ac = new AbortController();
        this.#current = ac;
        if (this.#stop.signal.aborted) break;
        const from = (await resumeAfter(source)) + 1;
        await source.tail(from, (events) => this.#publish(events, ac.signal), ac.signal);
        backoff = 200;
      } catch (err) {
        if (this.#stop.signal.aborted) break;
        if (err instanceof StoppedError) continue;
        logger?.warn(
          { err: (err as Error).message, publishedSeq: this.#published },
          'NATS publishing interrupted; resuming from the last acknowledged seq',
        );
        await sleep(backoff, this.#stop.signal);
        backoff = Math.min(backoff * 2, 5_000);
      } finally {
        this.#current = undefined;
      }
    }
  }

  async #publish(events: readonly LogEvent[], signal: AbortSignal): Promise<void> {
    const { client, cluster, source } = this.opts;
    const nc = client.connection;
    if (signal.aborted) throw new StoppedError();
    if (!nc || !client.connected) throw new DisconnectedError();
    for (const e of events) {
      // JetStream drops a re-published event by this id within its duplicate window; a forked event has another hash.
      const h = headers();
      h.set('Nats-Msg-Id', `${cluster}:${e.seq}:${e.hash.slice(0, 16)}`);
      nc.publish(eventSubject(cluster, e.type), encoder.encode(JSON.stringify(toWireEvent(e))), { headers: h });
    }
    const ms = this.opts.flushTimeoutMs ?? 5_000;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        nc.flush(),
        new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new FlushTimeoutError(ms)), ms))),
      ]);
    } finally {
      clearTimeout(timer);
    }
    const last = events.at(-1);
    if (!last) return;
    // Written only after the server acknowledged everything published before the flush.
    await source.meta.put(PUBLISHED_EPOCH_KEY, String(last.epoch));
    await source.meta.put(PUBLISHED_SEQ_KEY, String(last.seq));
    this.#published = last.seq;
    this.opts.onPublished?.(events);
  }
}
