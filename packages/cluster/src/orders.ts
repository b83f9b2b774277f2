// Orders a node gets from its peers and operators about whom to follow: a `Follow` from a newly promoted master,
// and `ferry join` (become a replica of a given master). Each is checked here against the epochs and the role.

import type { PeerView, Role } from './types.js';

/** Input of {@link followOrder}. */
export interface FollowOrderInput {
  role: Role;
  /** The highest epoch this node knows, and the epoch its own writes carry. */
  knownEpoch: number;
  logEpoch: number;
  currentMaster: string;
  orderedMaster: string;
  orderedEpoch: number;
}

/** What to do with a Follow order. */
export type FollowOrderVerdict =
  | { kind: 'refuse'; reason: string }
  | { kind: 'fence-and-follow' }
  | { kind: 'follow' }
  | { kind: 'already' };

/** Decides a Follow order (pure): only a newer epoch may take a master's role away. */
export function followOrder(i: FollowOrderInput): FollowOrderVerdict {
  if (i.orderedEpoch < i.knownEpoch)
    return { kind: 'refuse', reason: `epoch ${i.orderedEpoch} is older than this node's ${i.knownEpoch}` };
  if (i.role === 'master') {
    if (i.orderedEpoch <= i.logEpoch)
      return { kind: 'refuse', reason: `this node is master of epoch ${i.logEpoch}; it follows only a newer epoch` };
    return { kind: 'fence-and-follow' };
  }
  return i.role === 'replica' && i.currentMaster === i.orderedMaster ? { kind: 'already' } : { kind: 'follow' };
}

/** Input of {@link joinRefusal}. */
export interface JoinInput {
  role: Role;
  headSeq: number;
  self: string;
  cluster: string;
  target: string;
  /** What the target says about itself (with its cluster), undefined when it does not answer. */
  answer: (PeerView & { cluster: string }) | undefined;
}

/** Why `ferry join TARGET` is refused (pure); undefined when the node may become its replica. */
export function joinRefusal(i: JoinInput): string | undefined {
  if (i.role === 'master' && i.headSeq > 0)
    return `this node is a master with ${i.headSeq} events of its own; only a fresh, fenced or replica node can join another master`;
  if (i.target === i.self) return 'a node cannot follow itself';
  if (i.answer === undefined) return `no Ferry node answers at ${i.target}`;
  if (i.answer.role !== 'master')
    return `the node at ${i.target} is ${i.answer.role}, not master${i.answer.master ? ` (its master is ${i.answer.master})` : ''}`;
  if (i.answer.cluster !== i.cluster)
    return `the node at ${i.target} belongs to cluster "${i.answer.cluster}", this one to "${i.cluster}"`;
  return undefined;
}

/** Input of {@link streamHello}. */
export interface StreamHelloInput {
  role: Role;
  /** The highest epoch this node knows, and the epoch its own writes carry. */
  knownEpoch: number;
  logEpoch: number;
  masterAddress: string;
  /** The epoch the replica's Hello says it knows. */
  helloEpoch: number;
  replica: string;
}

/** What a master does with a replica's Hello, epochs and role only (identity and key are checked before). */
export type StreamHelloVerdict =
  | { kind: 'serve' }
  | { kind: 'refuse'; reason: string }
  /** A newer epoch is only a claim: refuse, and check it with the cluster's nodes (it never fences by itself). */
  | { kind: 'check-claim'; epoch: number; reason: string };

/** Decides a replica's Hello (pure). */
export function streamHello(i: StreamHelloInput): StreamHelloVerdict {
  if (i.helloEpoch > i.knownEpoch) {
    return {
      kind: 'check-claim',
      epoch: i.helloEpoch,
      reason: `replica "${i.replica}" claims epoch ${i.helloEpoch}, newer than this master's ${i.logEpoch}; the master is checking the claim with the cluster's nodes`,
    };
  }
  if (i.role !== 'master')
    return {
      kind: 'refuse',
      reason: `this node is not master (it is ${i.role}); its master is ${i.masterAddress || 'unknown'}`,
    };
  return { kind: 'serve' };
}
