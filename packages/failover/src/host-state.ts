// The host-state rule the status collector applies after each probe, pure so that the daemon's collector and the
// simulator run the same one. A probe either succeeds or fails with a kind; each kind has a meaning: the host
// `answered` (a login, host-key or command problem: it is alive, so at most `unreachable`), stayed `silent`
// (SSH broke or timed out: `unreachable` at once, `down` after down-after failures in a row), or nothing
// `listens` on its port (the state is kept until down-after failures, then `down`), or its output was
// `unreadable` (it answered, so `probe-error`, which never counts toward `down`). A new probe outcome is one more
// row in PROBE_FAILURE_MEANING.

/** Collector state of a host: `unknown` until its first probe. */
export type CollectorState = 'unknown' | 'up' | 'unreachable' | 'probe-error' | 'down' | 'fenced';

/** How a probe failed (as @ferry/hypervisors classifies its errors). */
export type ProbeFailureKind = 'tcp' | 'ssh' | 'auth' | 'hostkey' | 'timeout' | 'command' | 'output';

/** What a failed probe says about the host. */
export type ProbeFailureMeaning = 'answered' | 'silent' | 'listens-not' | 'unreadable';

/** The meaning of each probe failure kind. */
export const PROBE_FAILURE_MEANING: Readonly<Record<ProbeFailureKind, ProbeFailureMeaning>> = {
  tcp: 'listens-not',
  ssh: 'silent',
  timeout: 'silent',
  auth: 'answered',
  hostkey: 'answered',
  command: 'answered',
  output: 'unreadable',
};

/** Outcome of one probe. */
export type ProbeOutcome = { ok: true } | { ok: false; kind: ProbeFailureKind };

/** Input of {@link nextHostState}. */
export interface HostStateInput {
  current: CollectorState;
  outcome: ProbeOutcome;
  /** Failed probes in a row, this one included (0 after a success). */
  failures: number;
  /** Failed probes in a row after which a silent host is down (setting down-after). */
  downAfter: number;
}

/**
 * Decision of {@link nextHostState}: the state to record (undefined: no change), and for a host that answers
 * again after being anything but up, `reconcileFirst` (failover must clean it up before it counts as up).
 */
export interface HostStateDecision {
  next: CollectorState | undefined;
  reconcileFirst: boolean;
}

/** The collector's rule (pure). */
export function nextHostState(i: HostStateInput): HostStateDecision {
  if (i.outcome.ok) return { next: i.current === 'up' ? undefined : 'up', reconcileFirst: i.current !== 'up' };
  const meaning = PROBE_FAILURE_MEANING[i.outcome.kind];
  if (meaning === 'unreadable') {
    // It answers with output nobody can read: not a network fault, never on its way to down; a down or fenced host
    // stays so until a probe reads again.
    const keep = i.current === 'probe-error' || i.current === 'down' || i.current === 'fenced';
    return { next: keep ? undefined : 'probe-error', reconcileFirst: false };
  }
  const dead = meaning !== 'answered' && i.failures >= i.downAfter;
  const next: CollectorState = dead ? 'down' : meaning === 'listens-not' ? i.current : 'unreachable';
  // A fenced host stays fenced until it answers again; a down one does not climb back to unreachable without an
  // answer; a host never probed stays unknown on a refused port.
  if (i.current === 'fenced' || next === i.current || next === 'unknown')
    return { next: undefined, reconcileFirst: false };
  if (i.current === 'down' && next === 'unreachable') return { next: undefined, reconcileFirst: false };
  return { next, reconcileFirst: false };
}
