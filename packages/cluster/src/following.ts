// A replica's rules for whom it follows: a master whose epoch is not below what this node knows, the newest
// master among its peers when its own stays silent, and the fork point where its log and the master's part.

import type { PeerView } from './types.js';

/** Why `master` cannot be followed (pure); undefined when it can. */
export function followRefusal(
  address: string,
  master: PeerView,
  cluster: string,
  peerCluster: string,
  knownEpoch: number,
): string | undefined {
  if (master.role !== 'master') return `${address} is not master (it is ${master.role})`;
  if (peerCluster !== cluster) return `${address} belongs to cluster "${peerCluster}", this node to "${cluster}"`;
  if (master.epoch < knownEpoch) return `${address} is a stale master (epoch ${master.epoch} < ${knownEpoch})`;
  return undefined;
}

/** The master with the highest epoch at least `knownEpoch` among the answers (ties: first address), if any. */
export function newestMaster(
  answers: ReadonlyMap<string, PeerView | undefined>,
  knownEpoch: number,
): { address: string; epoch: number } | undefined {
  let best: { address: string; epoch: number } | undefined;
  for (const [address, a] of answers) {
    if (a?.role === 'master' && a.epoch >= knownEpoch && (best === undefined || a.epoch > best.epoch))
      best = { address, epoch: a.epoch };
  }
  return best;
}

/**
 * The last seq this log shares with the master: `same(seq)` compares the two hashes at `seq` (seq 0 is always
 * shared). One equal hash implies an equal prefix (hash chain), so a binary search below the first mismatch finds
 * it with O(log n) questions.
 */
export async function forkPoint(
  mine: number,
  theirs: number,
  same: (seq: number) => Promise<boolean>,
): Promise<number> {
  let hi = Math.min(mine, theirs);
  if (hi === 0 || (await same(hi))) return hi;
  let lo = 0;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (await same(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
