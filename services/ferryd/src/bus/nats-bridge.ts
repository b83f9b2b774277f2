// ferryd's NATS bridge (--nats URL): on the master, publishes every committed event and announces itself on
// `ferry.<cluster>.cluster`, fencing itself if a newer epoch is announced; on a replica, follows the announced
// master with the highest epoch and remembers how far NATS publishing got (for a later promotion).
import {
  AnnouncementListener,
  Announcer,
  BusClient,
  EventPublisher,
  PUBLISHED_EPOCH_KEY,
  PUBLISHED_SEQ_KEY,
  type Announcement,
} from '@ferry/bus';
import type { Duty, FerryNode } from '../node.js';

/** The NATS side of one node; its duties are wired into the node's master and replica roles. */
export class NatsBridge {
  /** Highest epoch announced on NATS since the daemon started (older masters still announcing are ignored). */
  private highestEpoch = 0;
  private publisher: EventPublisher | undefined;

  constructor(private readonly servers: string) {}

  /** The last seq NATS acknowledged (master), or 0. */
  get publishedSeq(): number {
    return this.publisher?.publishedSeq ?? 0;
  }

  private client(node: FerryNode): BusClient {
    return BusClient.start({ servers: this.servers, name: `ferryd-${node.config.nodeId}`, logger: node.logger });
  }

  /** Master duty: publisher, announcer, and a listener that fences this master on a newer epoch. */
  async masterDuty(node: FerryNode): Promise<Duty> {
    const { cluster, nodeId } = node.config;
    // With --listen HOST:0 and no --advertise, announce the port actually bound.
    const advertise = node.config.advertise.replace(/:0$/, `:${node.port}`);
    const client = this.client(node);
    const publisher = await EventPublisher.start({ client, cluster, source: node.log, logger: node.logger });
    this.publisher = publisher;
    const announcer = Announcer.start({
      client,
      cluster,
      announcement: () => ({ nodeId, address: advertise, epoch: node.log.epoch, publishedSeq: publisher.publishedSeq }),
    });
    const listener = AnnouncementListener.start(client, cluster, (a) => {
      if (a.nodeId === nodeId || a.epoch <= node.log.epoch || node.role !== 'master') return;
      this.highestEpoch = Math.max(this.highestEpoch, a.epoch);
      node.logger.warn(
        { announcer: a.nodeId, address: a.address, epoch: a.epoch },
        'a newer master announced itself on NATS',
      );
      void node.log.observeEpoch(a.epoch).then(
        () => node.fence(`NATS announcement of "${a.nodeId}" at epoch ${a.epoch}`, a.address),
        (err: unknown) => node.logger.error({ err }, 'could not record the announced epoch'),
      );
    });
    return {
      stop: async () => {
        listener.stop();
        announcer.stop();
        await publisher.stop();
        if (this.publisher === publisher) this.publisher = undefined;
        await client.stop();
      },
    };
  }

  /** Replica duty: follow the announced master with the highest epoch. */
  async replicaDuty(node: FerryNode): Promise<Duty> {
    const client = this.client(node);
    let switching = false;
    let recorded = -1;
    const onAnnouncement = (a: Announcement): void => {
      if (a.nodeId === node.config.nodeId || a.address === node.config.advertise) return;
      if (a.epoch < this.highestEpoch || a.epoch < node.log.knownMaxEpoch) return;
      this.highestEpoch = a.epoch;
      if (a.publishedSeq !== undefined && a.publishedSeq !== recorded) {
        recorded = a.publishedSeq;
        void recordPublished(node, a).catch(() => undefined);
      }
      if (switching || node.role !== 'replica' || a.address === node.masterAddress) return;
      switching = true;
      node.logger.info(
        { master: a.address, nodeId: a.nodeId, epoch: a.epoch, previous: node.masterAddress },
        'following the master announced on NATS',
      );
      void node.changeRole('replica', a.address).catch((err: unknown) => {
        switching = false;
        node.logger.error({ err }, 'could not follow the announced master');
      });
    };
    const listener = AnnouncementListener.start(client, node.config.cluster, onAnnouncement);
    return {
      stop: async () => {
        listener.stop();
        await client.stop();
      },
    };
  }
}

/** Keeps the master's published seq (bounded by this replica's head) so a promotion resumes instead of restarting. */
async function recordPublished(node: FerryNode, a: Announcement): Promise<void> {
  if (node.log.closed || a.publishedSeq === undefined) return;
  const seq = Math.min(a.publishedSeq, node.log.head().seq);
  const epoch = seq > 0 ? ((await node.log.epochOf(seq)) ?? a.epoch) : a.epoch;
  await node.log.meta.put(PUBLISHED_EPOCH_KEY, String(epoch));
  await node.log.meta.put(PUBLISHED_SEQ_KEY, String(seq));
}
