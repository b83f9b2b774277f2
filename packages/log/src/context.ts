// What the event log's modules share: the store, the chain's head, epochs and aggregate versions in memory, the
// writers that trail the commits (index, projection checkpoint, commit marker), listeners and counters; and the one
// step every durable batch takes, whoever wrote it: `advance` makes it the head, `notify` publishes it.
import type { LogListener } from '@ferry/contract';
import { ZERO_HASH, ZERO_HEX } from './codec.js';
import { LogClosedError } from './errors.js';
import { CommitMarker } from './commit-marker.js';
import { DeferredIndex } from './deferred-index.js';
import { ProjectionCheckpoint } from './projection-checkpoint.js';
import type { Store } from './store.js';
import type { EpochEntry, Hex, LogEvent, Projection, RawRecord, StagedProjection } from './types.js';

/** A point of the chain: last seq, its hash (bytes and hex) and its epoch. */
export interface ChainTip {
  seq: number;
  hash: Buffer;
  hex: Hex;
  epoch: number;
}

/** Counters of durable event batches, for tests and benchmarks. */
export interface LogStats {
  /** Event batches written (group-committed appends and replicated batches). */
  batches: number;
  /** Events committed by those batches. */
  events: number;
  /** Events replayed into the projection from chunks a worker thread read (the rest were read in-thread). */
  replayedInWorker: number;
}

/** The log's shared state; see the module header. */
export class LogContext {
  readonly store: Store;
  readonly projection: Projection | undefined;
  /** The projection's rows, written behind the commits (with a projection only). */
  readonly checkpoint: ProjectionCheckpoint | undefined;
  /** Index entries and heads of committed events, written behind the commits. */
  readonly index: DeferredIndex;
  readonly marker: CommitMarker;
  /** Clock for commit times. */
  readonly now: () => Date;
  headSeq = 0;
  headHash: Buffer = ZERO_HASH;
  headHex: Hex = ZERO_HEX;
  lastEventEpoch = 0;
  writerEpoch = 1;
  knownMax = 1;
  history: EpochEntry[] = [];
  readonly versions = new Map<string, number>();
  readonly listeners = new Set<LogListener>();
  readonly stats: LogStats = { batches: 0, events: 0, replayedInWorker: 0 };
  closed = false;
  readonly closing = new AbortController();
  /** Whether this open keeps the commit marker (only after verifying at open: an unverified open leaves it as found). */
  marking = false;
  /** Findings of the open worth an operator's attention (LevelDB dropped data, projection rebuilt). */
  findings: string[] = [];
  /** Called when a durable batch's projection failed to publish (the log rebuilds the projection). */
  onProjectionFailed: () => void = () => undefined;

  constructor(store: Store, projection: Projection | undefined, checkpointIntervalMs: number, now: () => Date) {
    this.store = store;
    this.projection = projection;
    this.now = now;
    this.marker = new CommitMarker(store.path);
    const write = store.write.bind(store);
    this.index = new DeferredIndex(write, store.P, 0);
    this.checkpoint = projection && new ProjectionCheckpoint(write, store.P, projection, 0, checkpointIntervalMs);
  }

  /** The highest epoch this node knows of: its own, its history's, its events' and any observed one. */
  get knownMaxEpoch(): number {
    return Math.max(this.writerEpoch, this.knownMax, this.history.at(-1)?.epoch ?? 0, this.lastEventEpoch);
  }

  /** True when an epoch above the writer epoch is known. */
  get fenced(): boolean {
    return this.knownMaxEpoch > this.writerEpoch;
  }

  /** The durable head as a chain tip. */
  tip(): ChainTip {
    return { seq: this.headSeq, hash: this.headHash, hex: this.headHex, epoch: this.lastEventEpoch };
  }

  assertOpen(): void {
    if (this.closed) throw new LogClosedError();
  }

  /** Loads the stored versions of the aggregates not yet in memory. */
  async loadVersions(aggregates: Iterable<string>): Promise<void> {
    const missing: string[] = [];
    for (const a of aggregates) if (!this.versions.has(a)) missing.push(a);
    if (missing.length === 0) return;
    const vals = await this.store.heads.getMany(missing);
    for (let i = 0; i < missing.length; i++) {
      const v = vals[i];
      this.versions.set(missing[i]!, v === undefined ? 0 : Number(v));
    }
  }

  /**
   * Makes a durable batch (appended or replicated) the head: chain tip, aggregate versions, epoch history and stats,
   * then hands it to the deferred index and publishes its staged projection. Callers answer and notify after this.
   */
  advance(
    end: ChainTip,
    versions: ReadonlyMap<string, number>,
    newEntries: readonly EpochEntry[],
    events: readonly LogEvent[],
    staged: StagedProjection | undefined,
  ): void {
    this.headSeq = end.seq;
    this.headHash = end.hash;
    this.headHex = end.hex;
    this.lastEventEpoch = end.epoch;
    for (const [a, v] of versions) this.versions.set(a, v);
    this.history.push(...newEntries);
    this.stats.batches++;
    this.stats.events += events.length;
    if (this.marking) this.marker.note({ seq: end.seq, hash: end.hex });
    for (const e of events) this.index.add(e.aggregate, e.seq, e.version);
    this.index.kick();
    if (staged) this.#publish(staged, end.seq);
  }

  /** Publishes a durable batch's staged projection and notes its rows for the checkpoint. */
  #publish(staged: StagedProjection, seq: number): void {
    try {
      staged.commit();
      this.checkpoint!.changed(staged.keys, seq);
    } catch (e) {
      // The batch is durable; a failing in-memory commit means the projection is out of step: keep the stored rows
      // at the last checkpoint and rebuild.
      this.checkpoint?.discard();
      queueMicrotask(() => this.onProjectionFailed());
      process.emitWarning(`projection commit failed, rebuilding: ${(e as Error).message}`);
    }
  }

  /** Tells the listeners of a durable batch; `values` are the stored values of `events` (hash, then data). */
  notify(events: readonly LogEvent[], values: readonly Buffer[]): void {
    if (this.listeners.size === 0) return;
    const raws = values.map(
      (v, i): RawRecord => ({ seq: events[i]!.seq, hash: v.subarray(0, 32), data: v.subarray(32) }),
    );
    for (const l of this.listeners) {
      try {
        l(events, raws);
      } catch {
        // A listener's failure must not affect the writer or other listeners.
      }
    }
  }
}
