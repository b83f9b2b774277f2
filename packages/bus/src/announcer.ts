// Master announcements on `ferry.<cluster>.cluster`: the master says who it is (node id, gRPC address, epoch)
// when it takes up master duty, on every (re)connect, and every few seconds; nodes listen to learn of the master
// with the highest epoch.
import type { Subscription } from 'nats';
import type { BusClient } from './client.js';
import { clusterSubject } from './subjects.js';
import { parseAnnouncement, type Announcement } from './wire.js';

/** Options of {@link Announcer.start}. */
export interface AnnouncerOptions {
  client: BusClient;
  cluster: string;
  /** What to announce now (read at every announcement). */
  announcement(): Announcement;
  /** Interval between announcements (default 3 s). */
  intervalMs?: number;
}

const encoder = new TextEncoder();

/** Announces a master periodically. */
export class Announcer {
  readonly #timer: NodeJS.Timeout;
  readonly #unlisten: () => void;

  private constructor(private readonly opts: AnnouncerOptions) {
    this.#unlisten = opts.client.onStatus((up) => {
      if (up) this.announce();
    });
    this.#timer = setInterval(() => this.announce(), opts.intervalMs ?? 3_000);
    this.#timer.unref();
    this.announce();
  }

  /** Starts announcing (at once when connected, else on connect). */
  static start(opts: AnnouncerOptions): Announcer {
    return new Announcer(opts);
  }

  /** Publishes one announcement now (no-op while disconnected). */
  announce(): void {
    const { client, cluster } = this.opts;
    const nc = client.connection;
    if (!nc || !client.connected) return;
    try {
      nc.publish(clusterSubject(cluster), encoder.encode(JSON.stringify(this.opts.announcement())));
    } catch {
      // closed under us; the next connect announces again
    }
  }

  /** Stops announcing. */
  stop(): void {
    clearInterval(this.#timer);
    this.#unlisten();
  }
}

/** Listens to announcements of a cluster; subscribes once connected (nats.js resubscribes after reconnects). */
export class AnnouncementListener {
  #sub: Subscription | undefined;
  #stopped = false;

  private constructor(
    private readonly client: BusClient,
    private readonly cluster: string,
    private readonly onAnnouncement: (a: Announcement) => void,
  ) {}

  /** Starts listening in the background; resolves at once. */
  static start(client: BusClient, cluster: string, onAnnouncement: (a: Announcement) => void): AnnouncementListener {
    const l = new AnnouncementListener(client, cluster, onAnnouncement);
    void l.#run().catch(() => undefined);
    return l;
  }

  async #run(): Promise<void> {
    const nc = await this.client.whenConnected();
    if (this.#stopped) return;
    const sub = nc.subscribe(clusterSubject(this.cluster));
    this.#sub = sub;
    for await (const m of sub) {
      if (this.#stopped) break;
      const a = parseAnnouncement(m.data);
      if (a) this.onAnnouncement(a);
    }
  }

  /** Stops listening. */
  stop(): void {
    this.#stopped = true;
    this.#sub?.unsubscribe();
  }
}
