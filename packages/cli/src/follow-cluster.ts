// Following a cluster rather than one node, for `events watch`: the nodes a node knows of (its master and replicas),
// which of them to follow after the watched one went away (the master of the highest epoch), and which of the
// events already printed the new node does not hold (a stale master's tail that a promotion discarded).
import type { ClusterStatus__Output } from '@ferry/contract';

/** A node's answer to GetClusterStatus, with the address it was asked at. */
export interface NodeAnswer {
  address: string;
  status: ClusterStatus__Output;
}

/** Every address a node's status names (itself, its master, its replicas), without duplicates or blanks (pure). */
export function knownNodes(asked: string, st: ClusterStatus__Output): string[] {
  const all = [asked, st.address, st.master, ...(st.replicas ?? []).map((r) => r.address)];
  return [...new Set(all.filter((a) => a !== ''))];
}

/** The node to follow: a master of the highest epoch among the answers; undefined when none answered as master (pure). */
export function masterOf(answers: readonly NodeAnswer[]): NodeAnswer | undefined {
  return answers
    .filter((a) => a.status.role === 'master')
    .sort(
      (a, b) => Number(b.status.epoch) - Number(a.status.epoch) || Number(b.status.headSeq) - Number(a.status.headSeq),
    )[0];
}

/**
 * Of the events printed (seq and hash, oldest first), those the new node does not hold as printed: scanning back from
 * the newest until one matches (a hash chain that agrees at a seq agrees before it). `hashAt` answers the new
 * node's hash of a seq; at most `limit` look-ups.
 */
export async function discardedSince(
  printed: readonly { seq: number; hash: string }[],
  hashAt: (seq: number) => Promise<string | undefined>,
  limit = 100,
): Promise<number[]> {
  const gone: number[] = [];
  for (let i = printed.length - 1; i >= 0 && gone.length < limit; i--) {
    const e = printed[i]!;
    if ((await hashAt(e.seq)) === e.hash) break;
    gone.unshift(e.seq);
  }
  return gone;
}
