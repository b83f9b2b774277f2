// Group commit: builds one durable batch from every append call queued together, on top of the durable head or of
// the batch being written (validated, versioned, encoded and hashed while that one's fsync runs), writes it with
// `sync: true`, and answers its callers only once it is on disk. The writer loop (writer-loop.ts) decides when.
import { encodeValue, sealValue, u64 } from './codec.js';
import { FencedError, InvalidEventError, LogError, LogWriteError, VersionConflictError } from './errors.js';
import { prefixed } from './batch-ops.js';
import type { ChainTip, LogContext } from './context.js';
import type { Batch } from './store.js';
import type { EpochEntry, EventInput, LogEvent, StagedProjection } from './types.js';

/** A queued append call. */
export interface AppendJob {
  kind: 'append';
  inputs: readonly EventInput[];
  resolve(v: LogEvent[]): void;
  reject(e: unknown): void;
}

/** An accepted append call: its events are `events[start .. start + count)` of its batch. */
interface AcceptedAppend {
  job: AppendJob;
  start: number;
  count: number;
}

/** An append call refused for its expected version. */
export interface VersionConflict {
  job: AppendJob;
  error: VersionConflictError;
}

/** A group of appends built on a chain tip and ready to be written. */
export interface PreparedAppends {
  accepted: AcceptedAppend[];
  events: LogEvent[];
  /** Stored values of `events`. */
  values: Buffer[];
  /** The batch's LevelDB writes: records and epoch entry. */
  batch: Batch;
  /** Aggregate versions after the batch. */
  versions: Map<string, number>;
  /** The epoch-history entry the batch starts, if any. */
  newEpochEntry: EpochEntry | undefined;
  /** The last epoch of the history once the batch is written. */
  histEpoch: number;
  /** The chain tip after the batch. */
  end: ChainTip;
}

/** A prepared batch whose write has started: `done` settles with its staged projection, or with the error. */
export interface WritingAppends {
  prepared: PreparedAppends;
  done: Promise<{ staged: StagedProjection | undefined } | { error: LogError }>;
}

function validateInput(inp: EventInput): string {
  if (typeof inp.aggregate !== 'string' || inp.aggregate.length === 0 || inp.aggregate.includes('\u0000')) {
    throw new InvalidEventError(`invalid aggregate id ${JSON.stringify(inp.aggregate)}`);
  }
  if (typeof inp.type !== 'string' || inp.type.length === 0) {
    throw new InvalidEventError(`invalid event type ${JSON.stringify(inp.type)} for ${inp.aggregate}`);
  }
  if (inp.expectedVersion !== undefined && !(Number.isSafeInteger(inp.expectedVersion) && inp.expectedVersion >= 0)) {
    throw new InvalidEventError(`invalid expectedVersion ${inp.expectedVersion} for ${inp.aggregate}`);
  }
  let json: string | undefined;
  try {
    json = JSON.stringify(inp.body);
  } catch (e) {
    throw new InvalidEventError(`body of ${inp.type} on ${inp.aggregate} is not serialisable as JSON`, { cause: e });
  }
  if (json === undefined || json[0] !== '{') {
    throw new InvalidEventError(`body of ${inp.type} on ${inp.aggregate} must be a JSON object`);
  }
  return json;
}

/**
 * Validates `group`, checks its expected versions and builds its events, stored values and hashes on top of the
 * durable head, or on top of `after` (the batch being written). Rejects invalid jobs; adds the calls whose
 * expected version does not match to `conflicts`; undefined when no job is left.
 */
export async function prepareAppends(
  c: LogContext,
  group: AppendJob[],
  after: PreparedAppends | undefined,
  conflicts: VersionConflict[],
): Promise<PreparedAppends | undefined> {
  const stopped = c.store.health.error();
  if (stopped) {
    for (const j of group) j.reject(stopped);
    return undefined;
  }
  if (c.fenced) {
    const err = new FencedError(c.writerEpoch, c.knownMaxEpoch);
    for (const j of group) j.reject(err);
    return undefined;
  }
  // Validate and serialise bodies.
  const valid: { job: AppendJob; bodies: string[] }[] = [];
  const aggregates = new Set<string>();
  for (const job of group) {
    try {
      const bodies = job.inputs.map(validateInput);
      for (const i of job.inputs) aggregates.add(i.aggregate);
      valid.push({ job, bodies });
    } catch (e) {
      job.reject(e);
    }
  }
  try {
    await c.loadVersions(aggregates);
  } catch (e) {
    const err = e instanceof LogError ? e : new LogWriteError({ cause: e });
    for (const v of valid) v.job.reject(err);
    return undefined;
  }
  const staged = new Map<string, number>();
  const versionOf = (a: string): number => staged.get(a) ?? after?.versions.get(a) ?? c.versions.get(a) ?? 0;
  const accepted: AcceptedAppend[] = [];
  const events: LogEvent[] = [];
  const values: Buffer[] = [];
  const epoch = c.writerEpoch;
  const time = c.now().toISOString();
  const firstSeq = (after?.end.seq ?? c.headSeq) + 1;
  let seq = firstSeq - 1;
  let prev = after?.end.hash ?? c.headHash;
  let prevHex = after?.end.hex ?? c.headHex;
  const local = new Map<string, number>();
  for (const { job, bodies } of valid) {
    local.clear();
    let conflict: VersionConflictError | undefined;
    for (const inp of job.inputs) {
      const a = inp.aggregate;
      const cur = local.get(a) ?? versionOf(a);
      if (inp.expectedVersion !== undefined && inp.expectedVersion !== cur) {
        conflict = new VersionConflictError(a, inp.expectedVersion, cur);
        break;
      }
      local.set(a, cur + 1);
    }
    if (conflict) {
      conflicts.push({ job, error: conflict });
      continue;
    }
    const start = events.length;
    for (let i = 0; i < job.inputs.length; i++) {
      const inp = job.inputs[i]!;
      const bodyJson = bodies[i]!;
      const a = inp.aggregate;
      const version = versionOf(a) + 1;
      staged.set(a, version);
      seq++;
      const actor = inp.actor ?? '';
      const correlation = inp.correlation ?? '';
      const value = encodeValue(
        { seq, epoch, time, aggregate: a, version, type: inp.type, actor, correlation },
        bodyJson,
      );
      const hash = sealValue(value, prev);
      const hashHex = hash.toString('hex');
      values.push(value);
      events.push({
        seq,
        epoch,
        time,
        aggregate: a,
        version,
        type: inp.type,
        actor,
        correlation,
        body: JSON.parse(bodyJson) as LogEvent['body'],
        prevHash: prevHex,
        hash: hashHex,
      });
      prev = hash;
      prevHex = hashHex;
    }
    accepted.push({ job, start, count: job.inputs.length });
  }
  if (events.length === 0) return undefined;
  // The records go into the LevelDB batch now, off the path from the previous batch's fsync to this one's.
  const batch = c.store.db.batch();
  for (let i = 0; i < values.length; i++) batch.put(c.store.logKey(firstSeq + i), values[i]!);
  const histEpoch = after?.histEpoch ?? c.history.at(-1)?.epoch ?? 0;
  const newEpochEntry = histEpoch < epoch ? { epoch, firstSeq } : undefined;
  if (newEpochEntry) batch.put(prefixed(c.store.P.epochs, u64(epoch)), u64(firstSeq));
  return {
    accepted,
    events,
    values,
    batch,
    versions: staged,
    newEpochEntry,
    histEpoch: Math.max(histEpoch, epoch),
    end: { seq, hash: prev, hex: prevHex, epoch },
  };
}

/**
 * Starts the durable write of a prepared batch, staging the projection on the committed state (the batch before
 * it is committed by then).
 */
export function writeAppends(c: LogContext, prepared: PreparedAppends): WritingAppends {
  const done = (async () => {
    if (c.fenced) throw new FencedError(c.writerEpoch, c.knownMaxEpoch);
    const stopped = c.store.health.error();
    if (stopped) throw stopped;
    const staged = c.projection?.stage(prepared.events);
    try {
      await prepared.batch.write({ sync: true });
    } catch (e) {
      throw c.store.writeFailed(e);
    }
    return { staged };
  })().catch((e: unknown) => ({ error: e instanceof LogError ? e : new LogWriteError({ cause: e }) }));
  return { prepared, done };
}

/**
 * Waits for a batch's write. Written: makes it the head, publishes it and answers its callers. Failed: rejects
 * its callers and returns the error.
 */
export async function finishAppends(c: LogContext, { prepared, done }: WritingAppends): Promise<LogError | undefined> {
  const result = await done;
  const { accepted, events, values, versions, newEpochEntry, end } = prepared;
  // A write that failed while this batch was written (a trailing write) may have left a torn record before it in
  // LevelDB's write-ahead log, which would cost this batch at the next open: it is not acknowledged (a recovery
  // adopts it if it is on disk).
  if ('error' in result || !c.store.health.ok) {
    const error = 'error' in result ? result.error : c.store.health.error()!;
    for (const a of accepted) a.job.reject(error);
    return error;
  }
  c.advance(end, versions, newEpochEntry ? [newEpochEntry] : [], events, result.staged);
  for (const a of accepted) a.job.resolve(events.slice(a.start, a.start + a.count));
  c.notify(events, values);
  return undefined;
}
