// Replication as a whole: the ReplicationService gRPC service every node serves, the master's duty (tracking replicas,
// synchronous acknowledgements, noticing a newer epoch), the replica's follower, and the ControlPlane operations
// status / promote / replicas add|remove / replication off.
import { join } from 'node:path';
import type * as grpc from '@grpc/grpc-js';
import type { Logger } from 'pino';
import { ApiError, call, contract, failStream, toServiceError, unary } from '@ferry/api';
import {
  contactQuorum,
  followOrder,
  joinRefusal,
  judgeContact,
  judgeMastership,
  type MastershipVerdict,
  type PeerView,
} from '@ferry/cluster';
import type {
  ClusterStatus,
  ConfirmKeyRequestResponse__Output,
  GetClusterKeyRequest__Output,
  NodeInfo,
  ReplicaStatus,
  ReplicationServiceHandlers as ReplicationHandlers,
} from '@ferry/contract';
import type { DaemonConfig } from '../config.js';
import { certificatePeerAuthorizer, openPeerAuthorizer } from '../auth.js';
import { tlsEnabled } from '../credentials.js';
import { storageText } from '../storage-watch.js';
import { mailText, spooledCount } from '../failover/mail-stats.js';
import { checkPeerAddress, checkRequestLimits } from '../limits.js';
import { SyncTimeoutError } from '../errors.js';
import type { Duty, FerryNode } from '../node.js';
import { Follower, type FollowerStatus } from './follower.js';
import { isRegisteredReplica, KeyRequests, knownNodeAddresses } from './peer-trust.js';
import { Peers } from './peers.js';
import { promote } from './promote.js';
import type { LeaseKeeper } from '../lease/lease-keeper.js';
import { serveStream } from './stream-server.js';
import { ReplicaTracker } from './tracker.js';

const EPOCH_CHECK_MS = 2_000;
const CONFIRM_RETRY_MS = 500;
const CONTACT_CHECK_MS = 500;

/** A replica's stream, as the Replication service receives it. */
type StreamCall = Parameters<ReplicationHandlers['Stream']>[0];
/** The unary Replication handlers (Stream is served apart: it needs the peer's node id). */
type UnaryHandlers = { [K in keyof ReplicationHandlers as K extends 'Stream' ? never : K]: ReplicationHandlers[K] };

/** Replication of one node. */
export class Replication {
  private readonly peers: Peers;
  private readonly tracker = new ReplicaTracker();
  private readonly keyRequests = new KeyRequests();
  private follower: Follower | undefined;

  constructor(
    private readonly config: DaemonConfig,
    credentials: grpc.ChannelCredentials,
    private readonly logger: Logger,
    private readonly lease?: LeaseKeeper,
  ) {
    this.peers = new Peers(credentials);
  }

  /** The follower's view of its master (on a replica). */
  get followerStatus(): FollowerStatus | undefined {
    return this.follower?.status;
  }

  /** An automatic promotion (--auto-promote): the lease is held already, it is the precondition. */
  autoPromote(node: FerryNode): Promise<unknown> {
    return promote(node, this.peers, this.follower?.status, true, { actor: 'auto-promote' });
  }

  /** What this node says about itself to peers. */
  describe(node: FerryNode): NodeInfo {
    const head = node.log.head();
    return {
      nodeId: node.config.nodeId,
      role: node.role,
      epoch: node.log.knownMaxEpoch,
      headSeq: head.seq,
      headHash: head.hash,
      master: node.masterAddress,
      cluster: node.config.cluster,
      connected: this.follower?.status.connected ?? false,
    };
  }

  /** What the peer at `address` says about itself, when it answers and belongs to this cluster. */
  async describePeer(address: string, timeoutMs = 1_500): Promise<PeerView | undefined> {
    const info = await this.peers.describe(address, timeoutMs);
    return info && info.cluster === this.config.cluster ? info : undefined;
  }

  /**
   * Asks the registered replicas (and every other peer this node knows of) until @ferry/cluster's
   * judgeMastership confirms this node as master or names a newer one; undefined when cancelled. After a contact
   * loss the quorum it lost (contactQuorum) confirms; at start a majority of the registered replicas.
   */
  async confirmMaster(
    node: FerryNode,
    cancelled: () => boolean,
    progress: (text: string) => void,
    afterContactLoss = false,
  ): Promise<Exclude<MastershipVerdict, { kind: 'waiting' }> | undefined> {
    if (this.config.skipMasterCheck) {
      this.logger.warn(
        '--skip-master-check: accepting writes without asking the registered replicas for a newer epoch',
      );
      return { kind: 'confirmed', answered: 0, of: 0 };
    }
    let said = '';
    while (!cancelled()) {
      const self = node.config.advertise;
      const registered = [...new Set(node.state.cluster.replicas.map((r) => r.address))].filter((a) => a !== self);
      const learned = [...new Set([...node.state.cluster.promotions.map((p) => p.address), node.config.master])].filter(
        (a) => a && a !== self && !registered.includes(a),
      );
      const asked = [...registered, ...learned];
      const answers = new Map(
        await Promise.all(asked.map(async (a) => [a, await this.describePeer(a, 1_000)] as const)),
      );
      const verdict = judgeMastership({
        epoch: node.log.knownMaxEpoch,
        registered,
        answers,
        ...(afterContactLoss ? { needed: contactQuorum(registered.length) } : {}),
      });
      if (verdict.kind !== 'waiting') return verdict;
      const text = `${verdict.answered} of ${verdict.of} registered replicas answered, ${verdict.needed} needed (ferryd --skip-master-check overrides)`;
      if (text !== said) {
        this.logger.warn(
          { registered, answered: verdict.answered, needed: verdict.needed },
          `writes refused until a majority of the registered replicas confirms no newer epoch exists: ${text}`,
        );
        progress(text);
        said = text;
      }
      await new Promise((r) => setTimeout(r, CONFIRM_RETRY_MS));
    }
    return undefined;
  }

  /** Registers the ReplicationService. */
  register(server: grpc.Server, node: FerryNode): void {
    const onInternal = (err: unknown) => this.logger.error({ err }, 'internal error in a ReplicationService call');
    const unaryHandlers: UnaryHandlers = {
      Describe: unary(async () => ({ node: this.describe(node) }), onInternal),
      Follow: unary(async (req) => {
        if (!req.master) throw new ApiError('INVALID_ARGUMENT', 'master is required');
        checkPeerAddress('master', req.master);
        const order = followOrder({
          role: node.role,
          knownEpoch: node.log.knownMaxEpoch,
          logEpoch: node.log.epoch,
          currentMaster: node.masterAddress,
          orderedMaster: req.master,
          orderedEpoch: req.epoch,
        });
        if (order.kind === 'refuse') throw new ApiError('FAILED_PRECONDITION', order.reason);
        // An order is proof only when the named master itself confirms it (a forged Follow must not fence a master).
        if (order.kind !== 'already') await this.confirmClaimedMaster(node, req.master, req.epoch);
        if (order.kind === 'fence-and-follow') {
          await node.log.observeEpoch(req.epoch);
          await node.fence(`told to follow ${req.master} in epoch ${req.epoch}`, req.master);
        } else if (order.kind === 'follow') {
          // Known from now on, before any event of it arrives: a later promotion here begins a higher epoch.
          await node.log.observeEpoch(req.epoch);
          await node.changeRole('replica', req.master);
        }
        return { node: this.describe(node) };
      }, onInternal),
      GetEpochs: unary(async () => ({ epochs: await node.log.epochs() }), onInternal),
      GetHashes: unary(async (req) => {
        if (req.seqs.length > 1_000) throw new ApiError('INVALID_ARGUMENT', 'at most 1000 seqs');
        const hashes = await Promise.all(req.seqs.map(async (seq) => ({ seq, hash: await node.log.hashAt(seq) })));
        return { hashes: hashes.filter((h): h is { seq: number; hash: string } => h.hash !== undefined) };
      }, onInternal),
      GetClusterKey: unary(async (req) => {
        if (node.role !== 'master') throw new ApiError('FAILED_PRECONDITION', 'ask the master for the cluster key');
        // Under mutual TLS the peer authorizer has already proved a node certificate of this cluster.
        if (!tlsEnabled(this.config)) await this.confirmKeyRequest(node, req);
        return { key: node.secrets.raw, keyId: node.secrets.id };
      }, onInternal),
      ConfirmKeyRequest: unary(
        async (req) => ({ asked: req.nodeId === node.config.nodeId && this.keyRequests.asked(req.nodeId, req.nonce) }),
        onInternal,
      ),
    };
    const stream = (c: StreamCall, peer: string) =>
      serveStream(node, this.tracker, c, peer, () => void this.checkForNewerEpoch(node));
    server.addService(contract().ferry.v1.ReplicationService.service, this.guarded(stream, unaryHandlers, onInternal));
  }

  /**
   * Every Replication call first proves it comes from a cluster peer (a CA-signed node certificate under mutual
   * TLS) and, for unary calls, stays within the request size limits; only then does the handler run. The stream
   * handler gets the node id the peer's certificate proves ('' on plaintext), which its Hello must claim.
   */
  private guarded(
    stream: (call: StreamCall, peer: string) => void,
    handlers: UnaryHandlers,
    onInternal: (err: unknown) => void,
  ): ReplicationHandlers {
    const peers = tlsEnabled(this.config) ? certificatePeerAuthorizer(this.config.cluster) : openPeerAuthorizer;
    const out: Record<string, unknown> = {
      Stream: (call: StreamCall) => {
        let peer: string;
        try {
          peer = peers.check(call);
        } catch (err) {
          failStream(call, err, onInternal);
          return;
        }
        stream(call, peer);
      },
    };
    for (const [name, handler] of Object.entries(handlers) as [string, (...args: unknown[]) => void][]) {
      out[name] = (call: grpc.ServerUnaryCall<unknown, unknown>, callback: grpc.sendUnaryData<unknown>) => {
        try {
          peers.check(call);
          checkRequestLimits(call.request);
        } catch (err) {
          callback(toServiceError(err, onInternal));
          return;
        }
        handler(call, callback);
      };
    }
    return out as unknown as ReplicationHandlers;
  }

  /** The master's duty: commit times for lag, synchronous acknowledgements, and a watch for a newer epoch. */
  async startMasterDuty(node: FerryNode): Promise<Duty> {
    const unsubscribe = node.log.subscribe((events) => this.tracker.committed(events.map((e) => e.seq)));
    const n = this.config.syncReplicas;
    if (n > 0) {
      node.afterAppend = async (events) => {
        const last = events.at(-1)?.seq ?? 0;
        if (!(await this.tracker.waitForAcks(last, n, this.config.syncTimeoutMs))) {
          throw new SyncTimeoutError(
            `seq ${last} is committed on the master but fewer than ${n} replicas confirmed it within ${this.config.syncTimeoutMs} ms; it may or may not survive a failover`,
          );
        }
      };
    }
    const timer = setInterval(() => void this.checkForNewerEpoch(node), EPOCH_CHECK_MS);
    node.contactGuard = this.contactGuard(node, Date.now());
    const contact = setInterval(() => {
      const lost = node.contactGuard();
      if (lost !== undefined) node.holdAndReconfirm(lost);
    }, CONTACT_CHECK_MS);
    return {
      stop: async () => {
        clearInterval(timer);
        clearInterval(contact);
        unsubscribe();
        node.afterAppend = async () => {};
        node.contactGuard = () => undefined;
      },
    };
  }

  /**
   * @ferry/cluster's judgeContact over the replicas' streams (every acknowledgement, heartbeats included, is
   * contact): the reason this master must hold writes, or undefined. `--skip-master-check` turns it off.
   */
  private contactGuard(node: FerryNode, since: number): () => string | undefined {
    const timeoutMs = this.config.skipMasterCheck ? 0 : this.config.replicaContactTimeoutMs;
    return () => {
      const self = node.config.advertise;
      const registered = [...new Set(node.state.cluster.replicas.map((r) => r.address))].filter((a) => a !== self);
      const lastContact = new Map<string, number>();
      for (const s of this.tracker.all())
        lastContact.set(s.address, Math.max(lastContact.get(s.address) ?? 0, s.lastContact));
      const v = judgeContact({ registered, lastContact, since, now: Date.now(), timeoutMs });
      if (v.kind === 'in-contact') return undefined;
      return `this master heard from ${v.reached} of its ${v.of} registered replicas within ${timeoutMs / 1000} s (${v.needed} needed for a majority of the cluster)`;
    };
  }

  /**
   * An epoch claim is proof only when the claimed master itself confirms it: it must be a node this cluster lists
   * (so an impostor's address is never asked) and answer Describe as master of this cluster at that epoch or newer.
   */
  private async confirmClaimedMaster(node: FerryNode, address: string, epoch: number): Promise<void> {
    if (address !== node.masterAddress && !knownNodeAddresses(node.state.cluster).has(address)) {
      throw new ApiError(
        'FAILED_PRECONDITION',
        `${address} is not a node of this cluster (not a registered replica, a promoted master or this node's master); its epoch claim is not followed`,
      );
    }
    const info = await this.peers.describe(address, 1_000);
    if (info?.role !== 'master' || info.cluster !== node.config.cluster || info.epoch < epoch) {
      throw new ApiError(
        'FAILED_PRECONDITION',
        `${address} does not confirm that it is master of epoch ${epoch} in cluster "${node.config.cluster}"`,
      );
    }
  }

  /**
   * On plaintext loopback any local process can call: the key goes only to a registered replica, and only when the
   * replica at its registered address confirms that it sent this request (its nonce).
   */
  private async confirmKeyRequest(node: FerryNode, req: GetClusterKeyRequest__Output): Promise<void> {
    if (
      !req.nodeId ||
      !req.address ||
      !req.nonce ||
      !isRegisteredReplica(node.state.cluster, req.nodeId, req.address)
    ) {
      throw new ApiError(
        'PERMISSION_DENIED',
        'on plaintext the cluster key goes only to a registered replica: run "ferry replicas add ADDRESS" on the master for the replica at that address',
      );
    }
    checkPeerAddress('address', req.address);
    const c = this.peers.client(req.address);
    const answer = await call<ConfirmKeyRequestResponse__Output>(c, c.ConfirmKeyRequest, req, {
      timeoutMs: 3_000,
    }).catch(() => undefined);
    if (!answer?.asked) {
      node.logger.warn(
        { replica: req.nodeId, address: req.address },
        'a cluster key request in the name of a registered replica was not confirmed by it; refused',
      );
      throw new ApiError('PERMISSION_DENIED', `the replica registered at ${req.address} did not confirm this request`);
    }
  }

  /**
   * A master asks every node its log lists (registered replicas, promoted and replaced masters: a promotion takes
   * the promoted node off the replica list, so after two promotions the newer master may be listed only there)
   * whether any knows a newer epoch; if one does, it fences itself.
   */
  private async checkForNewerEpoch(node: FerryNode): Promise<void> {
    if (node.role !== 'master') return;
    const listed = [...knownNodeAddresses(node.state.cluster)].filter((a) => a !== node.config.advertise);
    const answers = new Map(
      await Promise.all(listed.map(async (a) => [a, await this.describePeer(a, 1_000)] as const)),
    );
    const verdict = judgeMastership({ epoch: node.log.epoch, registered: listed, answers });
    if (verdict.kind !== 'newer' || node.role !== 'master') return;
    await node.log.observeEpoch(verdict.epoch);
    void node.fence(`node ${verdict.from} knows epoch ${verdict.epoch}`, verdict.master);
  }

  /** The replica's duty. */
  async startFollower(node: FerryNode): Promise<Duty> {
    const follower = Follower.start(node, this.peers, this.keyRequests);
    this.follower = follower;
    return {
      stop: async () => {
        await follower.stop();
        if (this.follower === follower) this.follower = undefined;
      },
    };
  }

  /** Cluster operations for the ControlPlane. */
  controlOps(node: FerryNode) {
    return {
      status: async (): Promise<ClusterStatus> => {
        const head = node.log.head();
        const f = this.follower?.status;
        return {
          nodeId: node.config.nodeId,
          cluster: node.config.cluster,
          role: node.role,
          epoch: node.log.knownMaxEpoch,
          headSeq: head.seq,
          headHash: head.hash,
          master: node.masterAddress,
          replicas: node.role === 'master' ? this.replicaStatuses(node) : [],
          quarantined: await node.log.quarantineCount(),
          connected: f?.connected ?? false,
          lagEvents: f ? Math.max(0, f.masterHeadSeq - head.seq) : 0,
          lagMs: followerLagMs(f, head.seq),
          address: node.config.advertise,
          storage: storageText(node.log.storage),
          mail: mailText(node.mailStats, spooledCount(join(node.config.data, 'mail-spool'))),
          writes: node.writesText(),
          lease: this.lease?.status(node) ?? { state: 'off' },
        };
      },
      promote: (force: boolean) =>
        promote(
          node,
          this.peers,
          this.follower?.status,
          force,
          this.lease ? { lease: this.lease.promotionLease(node) } : {},
        ),
      addReplica: async (address: string): Promise<ReplicaStatus> => {
        node.assertWritable();
        checkPeerAddress('address', address);
        if (address === node.config.advertise)
          throw new ApiError('INVALID_ARGUMENT', 'a master cannot be its own replica');
        const info = await this.peers.describe(address, 3_000);
        if (!info) throw new ApiError('FAILED_PRECONDITION', `no Ferry node answers at ${address}`);
        if (info.role !== 'replica')
          throw new ApiError(
            'FAILED_PRECONDITION',
            `the node at ${address} ("${info.nodeId}") is ${info.role}, not a replica; start it with --role replica --master ${node.config.advertise}`,
          );
        if (info.cluster !== node.config.cluster)
          throw new ApiError('FAILED_PRECONDITION', `the node at ${address} belongs to cluster "${info.cluster}"`);
        const listed = node.state.cluster.replicas.find((r) => r.address === address);
        if (!listed || listed.nodeId !== info.nodeId) {
          await node.appendAsMaster([
            {
              aggregate: 'cluster',
              type: 'ReplicaAdded',
              body: { address, nodeId: info.nodeId },
              actor: 'replicas-add',
            },
          ]);
        }
        return this.replicaStatuses(node).find((r) => r.address === address) ?? { address, nodeId: info.nodeId };
      },
      removeReplica: async (address: string): Promise<void> => {
        node.assertWritable();
        if (!node.state.cluster.replicas.some((r) => r.address === address))
          throw new ApiError('NOT_FOUND', `replica ${address} is not listed`);
        await node.appendAsMaster([
          { aggregate: 'cluster', type: 'ReplicaRemoved', body: { address }, actor: 'replicas-remove' },
        ]);
      },
      join: async (master: string): Promise<void> => {
        checkPeerAddress('address', master);
        if (master === node.config.advertise) throw new ApiError('INVALID_ARGUMENT', 'a node cannot follow itself');
        const refusal = joinRefusal({
          role: node.role,
          headSeq: node.log.head().seq,
          self: node.config.advertise,
          cluster: node.config.cluster,
          target: master,
          answer: await this.peers.describe(master, 3_000),
        });
        if (refusal !== undefined) throw new ApiError('FAILED_PRECONDITION', refusal);
        await node.changeRole('replica', master);
      },
      off: async (): Promise<void> => {
        if (node.role !== 'master') throw new ApiError('FAILED_PRECONDITION', `this node is ${node.role}, not master`);
        await node.changeRole('fenced', '');
      },
    };
  }

  /** Listed replicas and any connected ones, with their lag. */
  private replicaStatuses(node: FerryNode): ReplicaStatus[] {
    const head = node.log.head().seq;
    const sessions = this.tracker.all();
    const byAddress = new Map<string, ReplicaStatus>();
    for (const r of node.state.cluster.replicas)
      byAddress.set(r.address, {
        address: r.address,
        nodeId: r.nodeId,
        connected: false,
        ackedSeq: 0,
        lagEvents: head,
        lagMs: 0,
        lastContact: '',
      });
    for (const s of sessions) {
      // A node that streams without being registered is listed while it streams, not forever after.
      if (!s.connected && !byAddress.has(s.address)) continue;
      const lag = this.tracker.lag(s, head);
      byAddress.set(s.address, {
        address: s.address,
        nodeId: s.nodeId,
        connected: s.connected,
        ackedSeq: s.ackedSeq,
        lagEvents: lag.events,
        lagMs: lag.ms,
        lastContact: new Date(s.lastContact).toISOString(),
      });
    }
    return [...byAddress.values()];
  }
}

/**
 * How far behind in time a replica is (pure): 0 once it holds the master's head as last announced, else how long the
 * master has been ahead of it. (Time since the last message is staleness, shown as the master's last contact.)
 */
export function followerLagMs(f: FollowerStatus | undefined, headSeq: number, now = Date.now()): number {
  if (!f || f.masterHeadSeq <= headSeq || f.behindSince === 0) return 0;
  return now - f.behindSince;
}
