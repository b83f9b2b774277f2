// promote-replica's rules: when a replica may be promoted without --force, which epoch it begins, and what it
// tells the old master it replaces. Without --force a promotion must hear from a majority of the cluster besides
// the master it replaces (contactQuorum of the other known nodes): two majorities meet, so a second promotion sees
// the epoch a first one began and begins a higher one; two masters never write in one epoch.

import { contactQuorum } from './contact.js';
import type { PeerView } from './types.js';

/** Input of {@link promotionRefusal}. */
export interface PromotionInput {
  role: string;
  force: boolean;
  masterAddress: string;
  /** What the current master says, undefined when it does not answer. */
  master: PeerView | undefined;
  /** Events this replica lags behind what it last heard of its master. */
  lag: number;
  maxLag: number;
  /**
   * Answers of every other node this cluster has known (registered replicas, earlier masters) except the master
   * being replaced; undefined: no answer.
   */
  peers: readonly (PeerView | undefined)[];
}

/** Why a promotion is refused (pure); undefined when it may go ahead. */
export function promotionRefusal(i: PromotionInput): string | undefined {
  if (i.role !== 'replica') return `only a replica can be promoted; this node is ${i.role}`;
  if (i.force) return undefined;
  if (i.master?.role === 'master') {
    return `the master at ${i.masterAddress} is reachable and healthy (epoch ${i.master.epoch}, head ${i.master.headSeq}); promoting now would make two masters. Stop it or run "ferry replication off" on it first, or use --force`;
  }
  if (i.lag > i.maxLag)
    return `this replica lags ${i.lag} events behind its master (limit promote-max-lag = ${i.maxLag}); use --force to promote anyway`;
  const answered = i.peers.filter((p) => p !== undefined).length;
  const needed = contactQuorum(i.peers.length);
  if (answered < needed) {
    return `only ${answered} of the ${i.peers.length} other nodes of this cluster answered (${needed} needed besides the old master): without a majority the epoch this promotion begins could be one another promotion already began. Bring them back, or use --force if they are gone for good`;
  }
  return undefined;
}

/** The epoch a promotion begins: one above every epoch this node or any answering peer knows. */
export function promotionEpoch(known: number, answers: readonly (PeerView | undefined)[]): number {
  return Math.max(known, ...answers.map((a) => a?.epoch ?? 0)) + 1;
}

/** What the old master must do after a promotion, for the operator (and the promote answer). */
export function oldMasterInstruction(oldMaster: string, newMaster: string, epoch: number, told: boolean): string {
  const now = told ? 'it was told and now follows the new master' : 'it could not be told';
  return `old master ${oldMaster}: ${now}. It must not accept writes any more: when it starts again it asks its registered replicas, finds epoch ${epoch} and follows ${newMaster}; to be explicit restart it with "--role replica --master ${newMaster}"`;
}
