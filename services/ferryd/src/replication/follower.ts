// The replica's duty: follow the master. Each session checks who the master is, fetches the cluster key once,
// finds where this log and the master's part (quarantining a divergent tail), then streams and applies batches
// durably before acknowledging them, coalescing what arrived meanwhile into one write; each heartbeat of an idle
// master is answered with the durable head. Sessions repeat with backoff;
// when the master stays silent, the peers are asked whether a newer master exists. Whom to follow and the fork
// point are @ferry/cluster's rules.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { call } from '@ferry/api';
import { followRefusal, forkPoint, newestMaster } from '@ferry/cluster';
import type {
  DescribeResponse__Output,
  GetClusterKeyResponse__Output as ClusterKey__Output,
  GetHashesResponse__Output as HashList__Output,
  NodeInfo__Output,
  ReplicationServiceClient as ReplicationClient,
  StreamResponse__Output as MasterMessage__Output,
} from '@ferry/contract';
import type { Duty, FerryNode } from '../node.js';
import { SecretBox } from '../secrets.js';
import { Inbox } from './inbox.js';
import { knownNodeAddresses, type KeyRequests } from './peer-trust.js';
import type { Peers } from './peers.js';

/** What the replica knows of its master's progress. */
export interface FollowerStatus {
  connected: boolean;
  masterHeadSeq: number;
  lastContact: number;
  /** Since when (ms) the master's head has been ahead of this node's, as of the last message; 0 when it was not. */
  behindSince: number;
}

const ASK_PEERS_AFTER_FAILURES = 3;

/** Streams the master's log into this node. */
export class Follower implements Duty {
  readonly status: FollowerStatus = { connected: false, masterHeadSeq: 0, lastContact: 0, behindSince: 0 };
  private stopped = false;
  private cancel: (() => void) | undefined;
  private wakeSleep: (() => void) | undefined;
  private loop: Promise<void> = Promise.resolve();

  private constructor(
    private readonly node: FerryNode,
    private readonly peers: Peers,
    private readonly keyRequests: KeyRequests,
  ) {
    this.status.masterHeadSeq = node.log.head().seq;
  }

  /** A follower streaming the master's log into `node` from now on, until stopped. */
  static start(node: FerryNode, peers: Peers, keyRequests: KeyRequests): Follower {
    const f = new Follower(node, peers, keyRequests);
    f.loop = f.run();
    return f;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      try {
        await this.session();
        failures = 0;
      } catch (err) {
        failures++;
        const message = (err as Error).message;
        if (message.includes('wrong cluster key')) {
          // Not transient: say it loudly (the master refuses every session until the key files agree).
          if (failures === 1 || failures % 20 === 0)
            this.node.logger.error(
              { master: this.node.masterAddress, err: message },
              'cannot join the master: wrong cluster key',
            );
        } else if (failures === 1 || failures % 20 === 0)
          this.node.logger.warn({ master: this.node.masterAddress, err: message }, 'replication session ended');
        if (failures >= ASK_PEERS_AFTER_FAILURES && !this.stopped && (await this.switchToNewerMaster())) return;
      }
      this.status.connected = false;
      if (!this.stopped) {
        await new Promise<void>((r) => {
          const t = setTimeout(r, Math.min(2_000, 100 * 2 ** Math.min(failures, 5)));
          this.wakeSleep = () => {
            clearTimeout(t);
            r();
          };
        });
        this.wakeSleep = undefined;
      }
    }
  }

  private async session(): Promise<void> {
    const node = this.node;
    const master = node.masterAddress;
    const client = this.peers.client(master);
    const info = (await call<DescribeResponse__Output>(client, client.Describe, {}, { timeoutMs: 2_000 })).node;
    if (!info) throw new Error('the master answered Describe without its node');
    const refusal = followRefusal(master, info, node.config.cluster, info.cluster, node.log.knownMaxEpoch);
    if (refusal !== undefined) throw new Error(refusal);
    await this.ensureClusterKey(client);
    await this.resolveFork(client, info);

    // A stop during the checks above found no stream to cancel: it must not wait for one that runs for ever.
    if (this.stopped) return;
    const stream = client.Stream();
    this.cancel = () => stream.cancel();
    const head = node.log.head();
    stream.write({
      hello: {
        nodeId: node.config.nodeId,
        headSeq: head.seq,
        headHash: head.hash,
        epoch: node.log.knownMaxEpoch,
        address: node.config.advertise,
        cluster: node.config.cluster,
        clusterKeyId: node.secrets.id,
      },
    });
    this.status.connected = true;
    // Receiving runs ahead of applying: whatever arrives during one durable apply is applied by the next one.
    const inbox = new Inbox(stream);
    stream.on('data', (msg: MasterMessage__Output) => {
      this.status.lastContact = Date.now();
      if (msg.batch) {
        inbox.push(msg.batch.events);
        this.status.masterHeadSeq = msg.batch.headSeq;
      } else if (msg.heartbeat) {
        this.status.masterHeadSeq = msg.heartbeat.headSeq;
        node.log.observeEpoch(msg.heartbeat.epoch).catch((err: unknown) => inbox.fail(err));
        // Answered with the durable head, so an idle master still sees this replica alive (its last contact).
        stream.write({ ack: { seq: node.log.head().seq } });
      } else if (msg.diverged) {
        inbox.fail(new Error('the master reports that this log diverged; resolving the fork point'));
      }
      const behind = this.status.masterHeadSeq > node.log.head().seq;
      this.status.behindSince = behind ? this.status.behindSince || this.status.lastContact : 0;
    });
    stream.on('error', (err: Error) => inbox.fail(err));
    stream.on('end', () => inbox.end());
    // Two applies overlap: the log checks (hashes, decoding) the next batch while the previous one is being written.
    let writing: Promise<void> | undefined;
    try {
      for (let records = await inbox.take(); records; records = await inbox.take()) {
        const applied = node.log.appendReplicated(records).then((events) => {
          stream.write({ ack: { seq: events.at(-1)!.seq } });
        });
        applied.catch(() => undefined); // awaited below; this only keeps an early failure from counting as unhandled
        if (writing) await writing;
        writing = applied;
      }
      await writing;
    } finally {
      this.cancel = undefined;
      this.status.connected = false;
      stream.cancel();
    }
  }

  /** A replica without a cluster key fetches the master's once (a node of the cluster only); afterwards the master checks they match. */
  private async ensureClusterKey(client: ReplicationClient): Promise<void> {
    if (this.node.hasSecrets) return;
    const path = this.node.config.clusterKeyFile || join(this.node.config.data, 'cluster.key');
    if (existsSync(path)) return;
    // On plaintext the master confirms the request by asking this node (at its registered address) for the nonce.
    const nodeId = this.node.config.nodeId;
    const nonce = this.keyRequests.open(nodeId);
    const answer = await call<ClusterKey__Output>(
      client,
      client.GetClusterKey,
      { nodeId, address: this.node.config.advertise, nonce },
      { timeoutMs: 5_000 },
    ).finally(() => this.keyRequests.done(nonce));
    const box = SecretBox.fromKey(Buffer.from(answer.key));
    box.save(path);
    this.node.useSecrets(box);
  }

  /** Finds the last seq this log shares with the master (the hash chain makes one equal hash imply an equal prefix). */
  private async resolveFork(client: ReplicationClient, info: NodeInfo__Output): Promise<void> {
    const log = this.node.log;
    const mine = log.head().seq;
    if (mine === 0) return;
    const hashAtMaster = async (seq: number) =>
      (await call<HashList__Output>(client, client.GetHashes, { seqs: [seq] }, { timeoutMs: 5_000 })).hashes[0]?.hash;
    const common = await forkPoint(
      mine,
      info.headSeq,
      async (seq) => seq === 0 || (await hashAtMaster(seq)) === (await log.hashAt(seq)),
    );
    if (common < mine) {
      const moved = await log.quarantineFrom(common + 1);
      this.node.logger.warn(
        { forkSeq: common + 1, moved, master: this.node.masterAddress },
        'divergent tail moved to quarantine',
      );
    }
  }

  /** Asks known peers for a master with an epoch at least ours; switches to it when found. */
  private async switchToNewerMaster(): Promise<boolean> {
    const node = this.node;
    const candidates = knownNodeAddresses(node.state.cluster);
    candidates.delete(node.config.advertise);
    candidates.delete(node.masterAddress);
    const answers = new Map<string, NodeInfo__Output | undefined>();
    for (const address of candidates) answers.set(address, await this.peers.describe(address, 1_000));
    const best = newestMaster(answers, node.log.knownMaxEpoch);
    if (!best) return false;
    node.logger.info({ master: best.address, epoch: best.epoch }, 'following the newer master found among the peers');
    void node.changeRole('replica', best.address);
    return true;
  }

  /** Stops following. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.cancel?.();
    this.wakeSleep?.();
    await this.loop.catch(() => undefined);
  }
}
