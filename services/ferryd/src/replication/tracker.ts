// The master's view of its replicas: who streams, what each acknowledged, and lag in events and milliseconds.
// Also lets synchronous writes wait until N replicas hold a seq durably.

/** One replica's streaming session as the master sees it. */
export interface ReplicaSession {
  nodeId: string;
  address: string;
  connected: boolean;
  ackedSeq: number;
  lastContact: number;
}

const COMMIT_TIMES_KEPT = 200_000;

/** Tracks replica sessions, acknowledgements and commit times. */
export class ReplicaTracker {
  private readonly sessions = new Map<string, ReplicaSession>();
  private readonly commitTimes = new Map<number, number>();
  private waiters: { seq: number; n: number; resolve(): void }[] = [];

  /** Notes the commit time of events (for lag in ms). */
  committed(seqs: number[], at = Date.now()): void {
    for (const s of seqs) this.commitTimes.set(s, at);
    if (this.commitTimes.size > COMMIT_TIMES_KEPT) {
      const drop = this.commitTimes.size - COMMIT_TIMES_KEPT;
      let i = 0;
      for (const k of this.commitTimes.keys()) {
        if (i++ >= drop) break;
        this.commitTimes.delete(k);
      }
    }
  }

  /** A replica connected. */
  connect(nodeId: string, address: string, ackedSeq: number): void {
    this.sessions.set(nodeId, { nodeId, address, connected: true, ackedSeq, lastContact: Date.now() });
    this.wake();
  }

  /** A replica acknowledged `seq` as durable. */
  ack(nodeId: string, seq: number): void {
    const s = this.sessions.get(nodeId);
    if (!s) return;
    s.ackedSeq = Math.max(s.ackedSeq, seq);
    s.lastContact = Date.now();
    this.wake();
  }

  /** A replica's stream ended. */
  disconnect(nodeId: string): void {
    const s = this.sessions.get(nodeId);
    if (s) s.connected = false;
  }

  /** Every session known since start. */
  all(): ReplicaSession[] {
    return [...this.sessions.values()];
  }

  /** Lag of a session against a head: events missing and the age of the oldest missing one. */
  lag(s: ReplicaSession, headSeq: number): { events: number; ms: number } {
    const events = Math.max(0, headSeq - s.ackedSeq);
    const oldest = events > 0 ? this.commitTimes.get(s.ackedSeq + 1) : undefined;
    return { events, ms: oldest === undefined ? 0 : Math.max(0, Date.now() - oldest) };
  }

  /** Resolves true once `n` connected replicas acknowledged `seq`, false after `timeoutMs`. */
  waitForAcks(seq: number, n: number, timeoutMs: number): Promise<boolean> {
    if (this.count(seq) >= n) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter = {
        seq,
        n,
        resolve: () => {
          clearTimeout(timer);
          resolve(true);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(false);
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  private count(seq: number): number {
    let c = 0;
    for (const s of this.sessions.values()) if (s.ackedSeq >= seq) c++;
    return c;
  }

  private wake(): void {
    const ready = this.waiters.filter((w) => this.count(w.seq) >= w.n);
    if (!ready.length) return;
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    ready.forEach((w) => {
      w.resolve();
    });
  }
}
