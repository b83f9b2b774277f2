// The lease of automatic promotion (ferryd --auto-promote): one key in a NATS JetStream KV bucket names the only
// node that may write. These are its safety rules, pure and clocked by the caller (monotonic ms), so the unit tests
// and a virtual-clock harness run them exactly as the daemon does:
//   - when a holder may write (leaseWriteRefusal): only until ttl − margin after the renewal it last sent that
//     succeeded. The server keeps a value ttl after it stored it, which is after it was sent, so the holder has
//     stopped before the key can vanish (bucket TTL) or look stale to anyone (a revision seen unchanged for ttl);
//   - when a node may take the lease (observeLease, acquireStep, candidacyStep, manualTakeStep): only when it is
//     absent or its revision has stayed unchanged for the holder's ttl, always by create / compare-and-set, so two
//     takers never both succeed;
//   - who wins among replicas (candidateRank): the most advanced durable head (epoch of the head, then seq; ties by
//     node id) tries at once, each rank below waits one more step, and a replica lagging beyond the bound never tries.

/** What the lease key holds (JSON). */
export interface LeaseValue {
  nodeId: string;
  /** Where the holder serves (replicas repoint to it). */
  address: string;
  /** The holder's epoch (while it promotes: the epoch it claims, at least its known epoch + 1). */
  epoch: number;
  headSeq: number;
  /** Wall-clock time of the renewal, for operators (no rule reads it). */
  renewedAt: string;
  /** The holder's lease ttl: it stops writing before this much time passes without a renewal. */
  ttlMs: number;
  /** False while the holder is still promoting itself (replicas do not follow it yet). */
  master: boolean;
}

/** What each auto-promoting replica publishes about itself (key `ferry.<cluster>.candidate.<nodeId>`). */
export interface CandidateValue {
  nodeId: string;
  address: string;
  /** Epoch of the last event of its log and its seq: how advanced its durable head is. */
  headEpoch: number;
  headSeq: number;
  /** Whether it may take the lease (lag within the bound, holds the cluster key and some events). */
  eligible: boolean;
  at: string;
}

/** The timing of a lease, all derived from its ttl. */
export interface LeaseTiming {
  ttlMs: number;
  /** A holder stops writing this long before its lease could expire (clock rate differences, a write in flight). */
  marginMs: number;
  /** A holder renews this often (ttl/3: two renewals may fail before it stops). */
  renewEveryMs: number;
  /** Non-holders read the key this often. */
  pollMs: number;
  /** Extra wait per rank of a replica's candidacy. */
  rankStepMs: number;
}

/** Smallest --lease-ttl, seconds: below it the margin and the polling would eat the whole lease. */
export const MIN_LEASE_TTL_S = 2;

/** The default --lease-ttl, seconds. */
export const DEFAULT_LEASE_TTL_S = 10;

/** The timing of a lease of `ttlSeconds`. */
export function leaseTiming(ttlSeconds: number): LeaseTiming {
  const ttlMs = Math.round(ttlSeconds * 1000);
  const pollMs = Math.min(1_000, Math.max(100, Math.round(ttlMs / 8)));
  return {
    ttlMs,
    marginMs: Math.max(250, Math.round(ttlMs / 4)),
    renewEveryMs: Math.round(ttlMs / 3),
    pollMs,
    rankStepMs: Math.min(3_000, 2 * pollMs),
  };
}

/** Turns a name into one KV key token (letters, digits, `-`, `_`, `=`); a changed name gets a short hash so two never meet. */
export function keyToken(name: string): string {
  const clean = name.replace(/[^A-Za-z0-9_=-]/g, '_');
  if (clean === name && clean !== '') return clean;
  let h = 0x811c9dc5;
  for (const ch of name) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return `${clean}-${h.toString(16).padStart(8, '0')}`;
}

/** The KV bucket of a cluster's lease (bucket names allow letters, digits, `-`, `_`). */
export const leaseBucket = (cluster: string): string => `ferry-lease-${keyToken(cluster).replace(/=/g, '_')}`;
/** The lease key. */
export const leaseKey = (cluster: string): string => `ferry.${keyToken(cluster)}.leader`;
/** A replica's candidacy key. */
export const candidateKey = (cluster: string, nodeId: string): string =>
  `ferry.${keyToken(cluster)}.candidate.${keyToken(nodeId)}`;
/** The prefix of every candidacy key of a cluster. */
export const candidatePrefix = (cluster: string): string => `ferry.${keyToken(cluster)}.candidate.`;

/** The lease a node holds: the revision it last wrote and when (monotonic ms) it sent that write. */
export interface HeldLease {
  revision: number;
  sentAt: number;
}

/** Until when (monotonic ms) the holder of `held` may write. */
export function writeDeadline(held: HeldLease, t: LeaseTiming): number {
  return held.sentAt + t.ttlMs - t.marginMs;
}

/** Why a master may not write now under the lease rule (pure); undefined when it may. */
export function leaseWriteRefusal(held: HeldLease | undefined, now: number, t: LeaseTiming): string | undefined {
  if (held === undefined)
    return 'this master does not hold the lease (ferryd --auto-promote): writes wait until it takes the lease in NATS';
  if (now < writeDeadline(held, t)) return undefined;
  return `this master could not renew its lease for ${((now - held.sentAt) / 1000).toFixed(1)} s (lease ttl ${t.ttlMs / 1000} s; writes stop ${t.marginMs / 1000} s before it could expire), so another node may take it`;
}

/** What a node knows of the lease key, built from its reads by {@link observeLease}. */
export interface LeaseView {
  /** The value and revision last read; undefined while the key is absent (never written, deleted, purged, aged out). */
  held: { value: LeaseValue; revision: number } | undefined;
  /** When (monotonic ms) this node first read the current revision (or the absence). */
  since: number;
}

/** Folds one read of the key into the view (pure): a revision seen unchanged keeps its first-seen time. */
export function observeLease(
  prev: LeaseView | undefined,
  read: { value: LeaseValue; revision: number } | undefined,
  now: number,
): LeaseView {
  if (prev !== undefined && prev.held?.revision === read?.revision) return { held: read, since: prev.since };
  return { held: read, since: now };
}

/**
 * Whether the lease is free (pure): absent, or its revision unchanged for the holder's ttl (or ours, if longer)
 * since this node first read it. This node first read a revision no earlier than the holder sent it, so by then
 * the holder has stopped writing; the clocks of the nodes and of the NATS server are never compared.
 */
export function leaseFree(view: LeaseView, now: number, t: LeaseTiming): boolean {
  if (view.held === undefined) return true;
  return now - view.since >= Math.max(view.held.value.ttlMs || 0, t.ttlMs);
}

/** When (monotonic ms) the lease as viewed would be free, if nobody renews it. */
export function leaseFreeAt(view: LeaseView, t: LeaseTiming): number {
  return view.held === undefined ? view.since : view.since + Math.max(view.held.value.ttlMs || 0, t.ttlMs);
}

/** How a taker writes the lease: create (absent) or compare-and-set on the revision it read. */
export type LeaseWrite = { how: 'create' } | { how: 'update'; revision: number };

const writeOf = (view: LeaseView): LeaseWrite =>
  view.held === undefined ? { how: 'create' } : { how: 'update', revision: view.held.revision };

/** Next step of a master that needs the lease before it writes (at start, or after losing it). */
export type AcquireStep =
  | ({ kind: 'take' } & LeaseWrite)
  | { kind: 'newer'; holder: LeaseValue }
  | { kind: 'wait'; reason: string };

/**
 * A master's way to the lease (pure): its own entry is taken back by compare-and-set, a free one taken; a holder
 * with a higher epoch is a newer master to follow; any other live holder is waited out.
 */
export function acquireStep(
  self: { nodeId: string; epoch: number },
  view: LeaseView,
  now: number,
  t: LeaseTiming,
): AcquireStep {
  const h = view.held?.value;
  if (h !== undefined && h.nodeId !== self.nodeId && h.epoch > self.epoch) return { kind: 'newer', holder: h };
  if (h === undefined || h.nodeId === self.nodeId || leaseFree(view, now, t)) return { kind: 'take', ...writeOf(view) };
  return {
    kind: 'wait',
    reason: `the lease is held by "${h.nodeId}" at ${h.address} (epoch ${h.epoch}, not above this node's ${self.epoch}); waiting for it to expire`,
  };
}

/** Whether candidate `a` is more advanced than `b` (head epoch, then head seq; ties: the lower node id). */
export function betterCandidate(a: CandidateValue, b: CandidateValue): boolean {
  if (a.headEpoch !== b.headEpoch) return a.headEpoch > b.headEpoch;
  if (a.headSeq !== b.headSeq) return a.headSeq > b.headSeq;
  return a.nodeId < b.nodeId;
}

/** How many eligible candidates besides `self` are more advanced than it (0: it tries first). */
export function candidateRank(self: CandidateValue, others: readonly CandidateValue[]): number {
  return others.filter((o) => o.nodeId !== self.nodeId && o.eligible && betterCandidate(o, self)).length;
}

/** Why a replica may not take the lease (pure); undefined when it may. */
export function candidacyRefusal(i: {
  lag: number;
  maxLag: number;
  headSeq: number;
  hasKey: boolean;
}): string | undefined {
  if (!i.hasKey) return 'this replica has not received the cluster key from a master yet';
  if (i.headSeq === 0) return 'this replica holds no event yet';
  if (i.lag > i.maxLag) return `this replica lags ${i.lag} events behind its master (auto-promote limit ${i.maxLag})`;
  return undefined;
}

/** Input of {@link candidacyStep}. */
export interface CandidacyInput {
  self: CandidateValue;
  /** Why this replica may never take the lease now (candidacyRefusal), if so. */
  refusal: string | undefined;
  /** The highest epoch this replica knows. */
  knownEpoch: number;
  /** The master it follows now. */
  currentMaster: string;
  view: LeaseView;
  /** The other candidates' current entries (entries age out of the bucket with its TTL). */
  candidates: readonly CandidateValue[];
  /** How long ago this replica last heard from its master's stream; undefined when it is not connected. */
  masterContactAgoMs: number | undefined;
  now: number;
  t: LeaseTiming;
}

/** Next step of an auto-promoting replica. */
export type CandidacyStep =
  | { kind: 'follow'; address: string; epoch: number }
  | { kind: 'stay' }
  | { kind: 'ineligible'; reason: string }
  | { kind: 'wait'; rank: number; until: number }
  | ({ kind: 'take' } & LeaseWrite);

/**
 * An auto-promoting replica's rule (pure). A live holder that is master at an epoch this node has not passed is
 * followed (or stayed with); a free lease is taken by an eligible replica once it has been free for its rank's
 * wait. Its own old entry (it was master once) is waited out like any other. While the master still streams to
 * it (heard within ttl/2) the wait grows by a ttl: a master that lost its key to a NATS restart takes it back first.
 */
export function candidacyStep(i: CandidacyInput): CandidacyStep {
  const h = i.view.held?.value;
  if (h !== undefined && !leaseFree(i.view, i.now, i.t)) {
    if (h.nodeId !== i.self.nodeId && h.master && h.epoch >= i.knownEpoch && h.address !== i.currentMaster)
      return { kind: 'follow', address: h.address, epoch: h.epoch };
    return { kind: 'stay' };
  }
  if (i.refusal !== undefined) return { kind: 'ineligible', reason: i.refusal };
  const rank = candidateRank(i.self, i.candidates);
  const masterLive = i.masterContactAgoMs !== undefined && i.masterContactAgoMs < i.t.ttlMs / 2;
  const until = leaseFreeAt(i.view, i.t) + rank * i.t.rankStepMs + (masterLive ? i.t.ttlMs : 0);
  if (i.now < until) return { kind: 'wait', rank, until };
  return { kind: 'take', ...writeOf(i.view) };
}

/** Next step of `ferry promote-replica` on an auto-promoting node. */
export type ManualTakeStep = ({ kind: 'take' } & LeaseWrite) | { kind: 'refuse'; reason: string };

/** Whether a manual promotion may take the lease (pure): a free one yes; a live other's only with --force. */
export function manualTakeStep(
  self: { nodeId: string },
  view: LeaseView,
  force: boolean,
  now: number,
  t: LeaseTiming,
): ManualTakeStep {
  const h = view.held?.value;
  if (h === undefined || h.nodeId === self.nodeId || force || leaseFree(view, now, t))
    return { kind: 'take', ...writeOf(view) };
  return {
    kind: 'refuse',
    reason: `the lease is held by "${h.nodeId}" at ${h.address} (epoch ${h.epoch}, renewed ${h.renewedAt}): a live master. Use --force to take the lease from it (it stops writing at its next renewal, within ${Math.round(t.renewEveryMs / 100) / 10} s, or when told to follow)`,
  };
}
