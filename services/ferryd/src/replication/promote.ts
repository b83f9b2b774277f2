// promote-replica: a replica becomes the writable master in a new epoch, then tells the other replicas (and a
// reachable old master) to follow it. Refused while the master is healthy or the lag is too high, unless forced.
import { call, ApiError } from '@ferry/api';
import type { PromoteReplicaResponse } from '@ferry/contract';
import type { FerryNode } from '../node.js';
import type { FollowerStatus } from './follower.js';
import type { Peers } from './peers.js';

/** Promotes `node` (a replica). */
export async function promote(node: FerryNode, peers: Peers, follower: FollowerStatus | undefined, force: boolean): Promise<PromoteReplicaResponse> {
  const started = performance.now();
  if (node.role !== 'replica') throw new ApiError('FAILED_PRECONDITION', `only a replica can be promoted; this node is ${node.role}`);
  const previousMaster = node.masterAddress;
  const head = node.log.head();
  if (!force) {
    const info = await peers.describe(previousMaster, 1_000);
    if (info?.role === 'master') {
      throw new ApiError('FAILED_PRECONDITION', `the master at ${previousMaster} is reachable and healthy (epoch ${info.epoch}, head ${info.headSeq}); promoting now would make two masters. Stop it or run "ferry replication off" on it first, or use --force`);
    }
    const maxLag = Number(node.state.setting('promote-max-lag')?.value ?? 1000);
    const lag = Math.max(0, (follower?.masterHeadSeq ?? head.seq) - head.seq);
    if (lag > maxLag) throw new ApiError('FAILED_PRECONDITION', `this replica lags ${lag} events behind its master (limit promote-max-lag = ${maxLag}); use --force to promote anyway`);
  }

  const others = [...new Set([...node.state.cluster.replicas.map((r) => r.address), previousMaster])].filter((a) => a && a !== node.config.advertise);
  const answers = await Promise.all(others.map((a) => peers.describe(a, 800)));
  const epoch = Math.max(node.log.knownMaxEpoch, ...answers.map((i) => i?.epoch ?? 0)) + 1;

  // With the follower stopped, nothing else writes: start the epoch and record the promotion as its first event,
  // then take up master duties.
  let lastSeqFromPrevious = head.seq;
  await node.changeRole('master', node.config.advertise, async () => {
    lastSeqFromPrevious = node.log.head().seq;
    await node.log.beginEpoch(epoch);
    await node.log.append([{
      aggregate: 'cluster', type: 'MasterPromoted', actor: 'promote-replica',
      body: { epoch, nodeId: node.config.nodeId, previousMaster, lastSeqFromPrevious, address: node.config.advertise },
    }]);
  });
  node.logger.warn({ epoch, previousMaster, lastSeqFromPrevious }, 'promoted to master');

  const followers = await Promise.all(others.map(async (address) => {
    const c = peers.client(address);
    try {
      await call(c, c.Follow, { master: node.config.advertise, epoch }, { timeoutMs: 1_500 });
      return `${address}: following`;
    } catch (err) {
      return `${address}: not told (${(err as Error).message.split('\n')[0]})`;
    }
  }));
  return { epoch, tookMs: performance.now() - started, lastSeqFromPrevious, followers };
}
