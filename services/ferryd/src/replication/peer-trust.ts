// Who counts as a node of this cluster, from the replicated cluster entity: registered replicas (`replicas add`),
// promoted masters and the masters they replaced. Also the replica's side of the plaintext cluster-key check: the
// nonces of its own GetClusterKey requests, which the master asks about at the replica's registered address.
import { randomBytes } from 'node:crypto';
import type { ClusterEntity } from '@ferry/model';

/** True when `nodeId` at `address` is a replica registered with `replicas add`. */
export function isRegisteredReplica(cluster: ClusterEntity, nodeId: string, address: string): boolean {
  return cluster.replicas.some((r) => r.address === address && r.nodeId === nodeId);
}

/** Addresses of every node this cluster lists (registered replicas, promoted masters, replaced masters). */
export function knownNodeAddresses(cluster: ClusterEntity): Set<string> {
  const out = new Set<string>(cluster.replicas.map((r) => r.address));
  for (const p of cluster.promotions) {
    if (p.address) out.add(p.address);
    if (p.previousMaster) out.add(p.previousMaster);
  }
  return out;
}

/** The GetClusterKey requests this node has in flight, by nonce, so it can confirm them to the master. */
export class KeyRequests {
  private readonly pending = new Map<string, string>();

  /** A new nonce for a request by `nodeId`; call `done(nonce)` once the request is answered. */
  open(nodeId: string): string {
    const nonce = randomBytes(16).toString('hex');
    this.pending.set(nonce, nodeId);
    return nonce;
  }

  /** The request with this nonce is answered (or failed). */
  done(nonce: string): void {
    this.pending.delete(nonce);
  }

  /** True when this node waits for the answer to a request by `nodeId` with `nonce`. */
  asked(nodeId: string, nonce: string): boolean {
    return nonce !== '' && this.pending.get(nonce) === nodeId;
  }
}
