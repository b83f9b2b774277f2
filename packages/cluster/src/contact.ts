// Quorum contact: a confirmed master keeps writing only while it hears from enough of its registered replicas.
// A master cut off from them (its network gone, or it was frozen) cannot tell whether a replica has been promoted
// meanwhile, so once fewer than a majority of the cluster (itself plus the replicas it hears from) has been in
// contact within the timeout, it holds writes and confirms its mastership again as at start (judgeMastership):
// an old master that regains its network finds the newer epoch before it acknowledges anything. One silent
// replica of two is tolerated, as one node of three is in any quorum system; a master with one registered replica
// is held while that replica is silent. No registered replica, or a timeout of 0, never holds.

import { majorityOf } from './mastership.js';

/** The default longest silence (ferryd's `--replica-contact-timeout-ms`, and the simulator's). */
export const DEFAULT_CONTACT_TIMEOUT_MS = 10_000;

/** Input of {@link judgeContact}. */
export interface ContactInput {
  /** Addresses of the registered replicas, without this node. */
  registered: readonly string[];
  /** When each replica was last heard from (ms since the epoch), by address; absent: never. */
  lastContact: ReadonlyMap<string, number>;
  /** When this master's term of contact began (it confirmed its role): silence is counted from here at least. */
  since: number;
  now: number;
  /** Longest silence that still counts as contact; 0 turns the rule off. */
  timeoutMs: number;
}

/** Verdict of {@link judgeContact}. */
export type ContactVerdict = { kind: 'in-contact' } | { kind: 'lost'; reached: number; needed: number; of: number };

/** How many registered replicas, besides the master itself, make a majority of a cluster with `replicas` of them. */
export function contactQuorum(replicas: number): number {
  return majorityOf(replicas + 1) - 1;
}

/** Judges whether a confirmed master is still in contact with a majority of its cluster (pure). */
export function judgeContact(i: ContactInput): ContactVerdict {
  const of = i.registered.length;
  if (of === 0 || i.timeoutMs <= 0) return { kind: 'in-contact' };
  const needed = contactQuorum(of);
  const reached = i.registered.filter(
    (a) => i.now - Math.max(i.lastContact.get(a) ?? i.since, i.since) <= i.timeoutMs,
  ).length;
  return reached >= needed ? { kind: 'in-contact' } : { kind: 'lost', reached, needed, of };
}
