// The stale-master window: a node that takes up the master role (at start, not by a promotion that just began
// a new epoch) confirms it still is master before it acknowledges any write. It asks the replicas registered
// with `replicas add` and any other peer it knows of; one answer with a higher epoch means a newer master
// exists; a majority of the registered replicas answering with no higher epoch confirms it. With no replica
// registered it is master at once, as a lone node always was. A master that confirms again after it lost contact
// (contact.ts) needs only a majority of the cluster, the quorum it lost.

import type { PeerView } from './types.js';

/** Input of {@link judgeMastership}. */
export interface MastershipInput {
  /** This node's epoch (the highest its log knows). */
  epoch: number;
  /** Addresses of the registered replicas, without this node. */
  registered: readonly string[];
  /** Answers so far, by address (registered replicas and other known peers); undefined: no answer. */
  answers: ReadonlyMap<string, PeerView | undefined>;
  /**
   * Registered replicas that must answer: a majority of them when absent (at start); a master that confirms again
   * after losing contact passes judgeContact's contactQuorum (a majority of the cluster with itself).
   */
  needed?: number;
}

/** Verdict of {@link judgeMastership}. */
export type MastershipVerdict =
  | { kind: 'confirmed'; answered: number; of: number }
  | { kind: 'newer'; epoch: number; from: string; master: string }
  | { kind: 'waiting'; answered: number; needed: number; of: number };

/** How many of `n` registered replicas make a majority. */
export function majorityOf(n: number): number {
  return Math.floor(n / 2) + 1;
}

/** Judges whether this node may write as master (pure). */
export function judgeMastership(i: MastershipInput): MastershipVerdict {
  let newest: { epoch: number; from: string; master: string } | undefined;
  for (const [address, a] of [...i.answers].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    if (a === undefined || a.epoch <= i.epoch) continue;
    if (newest === undefined || a.epoch > newest.epoch) {
      newest = { epoch: a.epoch, from: address, master: a.role === 'master' ? address : a.master };
    }
  }
  if (newest !== undefined) return { kind: 'newer', ...newest };
  const of = i.registered.length;
  const answered = i.registered.filter((r) => i.answers.get(r) !== undefined).length;
  const needed = i.needed ?? majorityOf(of);
  if (of === 0 || answered >= needed) return { kind: 'confirmed', answered, of };
  return { kind: 'waiting', answered, needed, of };
}
