// The master's side of a replica's stream: check the Hello, then send the log from the replica's head on, in
// bounded batches, heartbeats when idle, and record the replica's durable acknowledgements. A caught-up replica is
// sent the records of each commit from a bounded live feed; whatever the feed no longer holds (catch-up, a slow
// replica) is read from disk, so a slow replica never grows the master's memory. A Hello's newer epoch is only a
// reason to check with the known nodes (never fencing by itself), and an acknowledgement counts at most up to the
// highest seq sent on that stream.
import type * as grpc from '@grpc/grpc-js';
import { ApiError, failStream } from '@ferry/api';
import { streamHello } from '@ferry/cluster';
import type { StreamResponse as MasterMessage, StreamRequest__Output as ReplicaMessage__Output } from '@ferry/contract';
import type { FerryNode } from '../node.js';
import type { ReplicaTracker } from './tracker.js';
import { LiveFeed } from './live-feed.js';
import { fitBatch, STREAM_BATCH_BYTES, STREAM_BATCH_EVENTS, type RawRecord } from '@ferry/log';
import { checkRequestLimits } from '../limits.js';

const HEARTBEAT_MS = 1_000;
/** What the live feed holds for one replica at most: two batches' worth. */
const FEED_EVENTS = 2 * STREAM_BATCH_EVENTS;
const FEED_BYTES = 2 * STREAM_BATCH_BYTES;

/** Why a replica with another cluster key is refused (the follower recognises it by this text). */
export const WRONG_CLUSTER_KEY =
  "wrong cluster key: the replica holds a different cluster key than the master; copy the master's key file (DATA/cluster.key or --cluster-key-file) to the replica, or remove the replica's key file to receive the master's at join, then restart it";

type Duplex = grpc.ServerDuplexStream<ReplicaMessage__Output, MasterMessage>;

/**
 * Serves one replica stream; `peer` is the node id the caller's certificate proves ('' on plaintext, where holding
 * the cluster key, shown by its id, is the proof). `onEpochClaim` is told of a Hello claiming a newer epoch, which the
 * stream refuses: the claim is checked with the cluster's known nodes, not believed.
 */
export function serveStream(
  node: FerryNode,
  tracker: ReplicaTracker,
  call: Duplex,
  peer: string,
  onEpochClaim: (epoch: number) => void,
): void {
  let nodeId = '';
  let closed = false;
  // Acknowledgements count only once the Hello is accepted, and only up to the highest seq sent on this stream.
  let accepted = false;
  let sent = 0;
  // `wake` ends the idle wait (a commit or the close); `unblock` ends a wait for 'drain' (only the close).
  let wake: (() => void) | undefined;
  let unblock: (() => void) | undefined;
  const feed = new LiveFeed(FEED_EVENTS, FEED_BYTES);
  const unsubscribe = node.log.subscribe((_events, raws) => {
    feed.push(raws);
    wake?.();
  });
  const close = () => {
    if (closed) return;
    closed = true;
    unsubscribe();
    wake?.();
    unblock?.();
    if (nodeId) tracker.disconnect(nodeId);
  };
  call.on('cancelled', close);
  call.on('error', close);
  call.on('end', () => {
    close();
    call.end();
  });
  const fail = (err: unknown) => {
    close();
    failStream(call, err, (e) => node.logger.error({ err: e }, 'replication stream failed'));
  };

  call.on('data', (msg: ReplicaMessage__Output) => {
    if (closed) return;
    try {
      checkRequestLimits(msg);
    } catch (err) {
      return fail(err);
    }
    if (msg.ack && accepted) tracker.ack(nodeId, Math.min(msg.ack.seq, sent));
    if (!msg.hello) return;
    if (nodeId) return fail(new ApiError('INVALID_ARGUMENT', 'a stream sends Hello once'));
    const hello = msg.hello;
    nodeId = hello.nodeId || '?';
    checkHello(node, hello, peer, onEpochClaim)
      .then(async (diverged) => {
        if (diverged) {
          await write({ diverged: { commonSeq: 0, epoch: node.log.epoch } });
          close();
          call.end();
          return;
        }
        sent = hello.headSeq;
        accepted = true;
        tracker.connect(nodeId, hello.address, hello.headSeq);
        node.logger.info({ replica: nodeId, address: hello.address, from: hello.headSeq + 1 }, 'replica connected');
        await send(hello.headSeq + 1);
      })
      .catch(fail);
  });

  const write = async (m: MasterMessage) => {
    if (call.write(m) || closed) return;
    let drained = () => {};
    await new Promise<void>((resolve) => {
      drained = resolve;
      call.once('drain', drained);
      unblock = resolve;
    });
    call.off('drain', drained);
    unblock = undefined;
  };

  async function send(from: number): Promise<void> {
    let next = from;
    while (!closed) {
      if (node.role !== 'master')
        throw new ApiError(
          'FAILED_PRECONDITION',
          `this node is no longer master (now ${node.role}); follow ${node.masterAddress || 'the new master'}`,
        );
      const head = node.log.head();
      if (next <= head.seq) {
        const raws = feed.take(next, STREAM_BATCH_EVENTS, STREAM_BATCH_BYTES) ?? (await readBatch(node, next));
        if (!raws.length) throw new Error(`log has no event at seq ${next} although head is ${head.seq}`);
        next = raws[raws.length - 1]!.seq + 1;
        sent = next - 1;
        // The records are views of the committed or read values: protobuf encodes them without a copy.
        await write({ batch: { events: raws, headSeq: head.seq, headTimeMs: Date.now() } });
        continue;
      }
      const idle = new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(true), HEARTBEAT_MS);
        wake = () => {
          clearTimeout(timer);
          resolve(false);
        };
      });
      if ((await idle) && !closed)
        await write({ heartbeat: { headSeq: head.seq, epoch: node.log.epoch, nowMs: Date.now() } });
      wake = undefined;
    }
  }
}

/** Up to one batch of stored records from `from` on, read from disk. */
async function readBatch(node: FerryNode, from: number): Promise<RawRecord[]> {
  const raws = await node.log.readRaw(from, STREAM_BATCH_EVENTS);
  raws.length = fitBatch(raws, 0, STREAM_BATCH_EVENTS, STREAM_BATCH_BYTES).end;
  return raws;
}

/** Validates a Hello; resolves true when the replica's head is not in this master's history (it diverged). */
async function checkHello(
  node: FerryNode,
  hello: NonNullable<ReplicaMessage__Output['hello']>,
  peer: string,
  onEpochClaim: (epoch: number) => void,
): Promise<boolean> {
  if (!hello.nodeId) throw new ApiError('INVALID_ARGUMENT', 'hello.node_id is required');
  if (peer && hello.nodeId !== peer)
    throw new ApiError(
      'PERMISSION_DENIED',
      'hello.node_id must be the node id (CN) of the certificate the replica presents',
    );
  if (hello.cluster !== node.config.cluster)
    throw new ApiError(
      'FAILED_PRECONDITION',
      `replica belongs to cluster "${hello.cluster}", this master to "${node.config.cluster}"`,
    );
  if (!hello.clusterKeyId) throw new ApiError('INVALID_ARGUMENT', 'hello.cluster_key_id is required');
  if (hello.clusterKeyId !== node.secrets.id) {
    node.logger.error(
      { replica: hello.nodeId, address: hello.address },
      'a replica tried to join with a different cluster key; refused',
    );
    throw new ApiError('FAILED_PRECONDITION', WRONG_CLUSTER_KEY);
  }
  const verdict = streamHello({
    role: node.role,
    knownEpoch: node.log.knownMaxEpoch,
    logEpoch: node.log.epoch,
    masterAddress: node.masterAddress,
    helloEpoch: hello.epoch,
    replica: hello.nodeId,
  });
  if (verdict.kind === 'check-claim') onEpochClaim(verdict.epoch);
  if (verdict.kind !== 'serve') throw new ApiError('FAILED_PRECONDITION', verdict.reason);
  if (hello.headSeq > node.log.head().seq) return true;
  return hello.headSeq > 0 && (await node.log.hashAt(hello.headSeq)) !== hello.headHash;
}
