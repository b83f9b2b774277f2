// promote-replica: a replica becomes the writable master in a new epoch, then tells the other replicas (and a
// reachable old master) to follow it, and the operator what the old master must do. The preconditions and the
// epoch are @ferry/cluster's rules; this module asks the peers and records the promotion.
import { call, ApiError } from '@ferry/api';
import { oldMasterInstruction, promotionEpoch, promotionRefusal } from '@ferry/cluster';
import type { PromoteReplicaResponse } from '@ferry/contract';
import type { FerryNode } from '../node.js';
import type { PromotionLease } from '../lease/lease-keeper.js';
import type { FollowerStatus } from './follower.js';
import { knownNodeAddresses } from './peer-trust.js';
import type { Peers } from './peers.js';

/** How a promotion is made: who asks (the event's actor), and the lease it must take first (ferryd --auto-promote). */
export interface PromoteOptions {
  actor?: string;
  lease?: PromotionLease;
}

/**
 * Promotes `node` (a replica). With a lease (--auto-promote) it is taken after the checks and before the role
 * changes; an automatic promotion has taken it already and passes `force` (the lease is its precondition).
 */
export async function promote(
  node: FerryNode,
  peers: Peers,
  follower: FollowerStatus | undefined,
  force: boolean,
  opts: PromoteOptions = {},
): Promise<PromoteReplicaResponse> {
  const started = performance.now();
  const previousMaster = node.masterAddress;
  const head = node.log.head();
  // Every node this cluster has known (registered replicas and earlier masters, not only the replicas still
  // registered): the epoch begun must be above any of theirs, and they are told to follow.
  const others = [...new Set([...knownNodeAddresses(node.state.cluster), previousMaster])].filter(
    (a) => a && a !== node.config.advertise,
  );
  const answers = new Map(await Promise.all(others.map(async (a) => [a, await peers.describe(a, 800)] as const)));
  const refusal = promotionRefusal({
    role: node.role,
    force,
    masterAddress: previousMaster,
    master: node.role === 'replica' && !force ? answers.get(previousMaster) : undefined,
    lag: Math.max(0, (follower?.masterHeadSeq ?? head.seq) - head.seq),
    maxLag: Number(node.state.setting('promote-max-lag')?.value ?? 1000),
    peers: others.filter((a) => a !== previousMaster).map((a) => answers.get(a)),
  });
  if (refusal !== undefined) throw new ApiError('FAILED_PRECONDITION', refusal);
  const epoch = promotionEpoch(node.log.knownMaxEpoch, [...answers.values()]);
  await opts.lease?.take(force);

  // With the follower stopped, nothing else writes: start the epoch and record the promotion as its first event,
  // then take up master duties.
  let lastSeqFromPrevious = head.seq;
  try {
    await node.changeRole('master', node.config.advertise, async () => {
      lastSeqFromPrevious = node.log.head().seq;
      await node.log.beginEpoch(epoch);
      await node.log.append([
        {
          aggregate: 'cluster',
          type: 'MasterPromoted',
          actor: opts.actor ?? 'promote-replica',
          body: {
            epoch,
            nodeId: node.config.nodeId,
            previousMaster,
            lastSeqFromPrevious,
            address: node.config.advertise,
          },
        },
      ]);
    });
  } catch (err) {
    opts.lease?.release();
    throw err;
  }
  node.logger.warn({ epoch, previousMaster, lastSeqFromPrevious }, 'promoted to master');

  const told = new Map<string, string>(
    await Promise.all(
      others.map(async (address): Promise<[string, string]> => {
        const c = peers.client(address);
        try {
          await call(c, c.Follow, { master: node.config.advertise, epoch }, { timeoutMs: 1_500 });
          return [address, `${address}: following`];
        } catch (err) {
          return [address, `${address}: not told (${(err as Error).message.split('\n')[0]})`];
        }
      }),
    ),
  );
  const followers = others.filter((a) => a !== previousMaster).map((a) => told.get(a)!);
  if (previousMaster && previousMaster !== node.config.advertise) {
    const instruction = oldMasterInstruction(
      previousMaster,
      node.config.advertise,
      epoch,
      told.get(previousMaster)?.endsWith(': following') === true,
    );
    node.logger.warn({ previousMaster, epoch }, instruction);
    followers.push(instruction);
  }
  return { epoch, tookMs: performance.now() - started, lastSeqFromPrevious, followers };
}
