// Error classes of the event log. Every error carries a stable `code` (for mapping to gRPC status at the
// server edge) and, where it wraps a lower-level failure, a `cause`.

/** Stable codes of log errors (each has its gRPC status in @ferry/api's table). */
export type LogErrorCode =
  | 'LOG_LOCKED'
  | 'LOG_OPEN_FAILED'
  | 'LOG_CLOSED'
  | 'LOG_WRITE_FAILED'
  | 'LOG_DISK_FULL'
  | 'LOG_UNAVAILABLE'
  | 'VERSION_CONFLICT'
  | 'INVALID_EVENT'
  | 'CHAIN_BROKEN'
  | 'LOG_CORRUPT'
  | 'EPOCH_STALE'
  | 'LOG_FENCED'
  | 'INVALID_ARGUMENT';

/** Base class of every error thrown by `@ferry/log`. */
export class LogError extends Error {
  /** Stable machine-readable code. */
  readonly code: LogErrorCode;
  constructor(code: LogErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The data directory is locked by another process (LevelDB `LOCK`). */
export class LogLockedError extends LogError {
  /** The locked data directory. */
  readonly path: string;
  constructor(path: string, options?: { cause?: unknown; inThisProcess?: boolean }) {
    super(
      'LOG_LOCKED',
      options?.inThisProcess
        ? `event log directory ${path} is in use: it is already open in this process`
        : `event log directory ${path} is in use by another process (LevelDB lock held)`,
      options,
    );
    this.path = path;
  }
}

/** The log failed to open for a reason other than a lock or corruption. */
export class LogOpenError extends LogError {
  constructor(path: string, options?: { cause?: unknown }) {
    // classic-level wraps LevelDB's own words ("Corruption: …", "IO error: …") in a generic "failed to open".
    const words: string[] = [];
    for (let c = options?.cause, i = 0; c instanceof Error && i < 4; c = c.cause, i++) words.push(c.message);
    super('LOG_OPEN_FAILED', `cannot open event log at ${path}${words.length ? `: ${words.join(': ')}` : ''}`, options);
  }
}

/** The log was used after `close()`. */
export class LogClosedError extends LogError {
  constructor() {
    super('LOG_CLOSED', 'event log is closed');
  }
}

/** A durable batch write failed; no event of the batch was committed. */
export class LogWriteError extends LogError {
  constructor(options?: { cause?: unknown }) {
    const reason = options?.cause instanceof Error ? `: ${options.cause.message}` : '';
    super('LOG_WRITE_FAILED', `event log batch write failed${reason}`, options);
  }
}

/** Optimistic concurrency failure: the aggregate's version is not the expected one. */
export class VersionConflictError extends LogError {
  readonly aggregate: string;
  readonly expected: number;
  readonly actual: number;
  constructor(aggregate: string, expected: number, actual: number) {
    super(
      'VERSION_CONFLICT',
      `version conflict on ${aggregate}: expected version ${expected}, actual version ${actual}`,
    );
    this.aggregate = aggregate;
    this.expected = expected;
    this.actual = actual;
  }
}

/** An event input is malformed (empty aggregate or type, body not a JSON object, …). */
export class InvalidEventError extends LogError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('INVALID_EVENT', message, options);
  }
}

/** Replicated records do not continue the local chain (gap, bad hash, seq or epoch mismatch). */
export class ChainError extends LogError {
  /** The seq of the offending record. */
  readonly seq: number;
  constructor(seq: number, reason: string) {
    super('CHAIN_BROKEN', `hash chain broken at seq ${seq}: ${reason}`);
    this.seq = seq;
  }
}

/** The stored log fails verification. */
export class CorruptLogError extends LogError {
  readonly seq: number;
  readonly aggregate: string;
  readonly type: string;
  readonly reason: string;
  /** The file the finding is about (LevelDB write-ahead log, commit marker), when known. */
  readonly file: string | undefined;
  constructor(bad: { seq: number; aggregate: string; type: string; reason: string; file?: string }) {
    super(
      'LOG_CORRUPT',
      `event log is corrupt at seq ${bad.seq} (aggregate ${bad.aggregate}, type ${bad.type}${bad.file ? `, file ${bad.file}` : ''}): ${bad.reason}`,
    );
    this.seq = bad.seq;
    this.aggregate = bad.aggregate;
    this.type = bad.type;
    this.reason = bad.reason;
    this.file = bad.file;
  }
}

/**
 * The log stopped accepting writes after a storage write failed: `LOG_DISK_FULL` (no space left) or
 * `LOG_UNAVAILABLE` (any other I/O failure, or a store that failed its check after re-opening). Writes resume once
 * the log has re-opened and verified its store.
 */
export class StorageFaultError extends LogError {
  /** The event log's directory. */
  readonly path: string;
  constructor(code: 'LOG_DISK_FULL' | 'LOG_UNAVAILABLE', message: string, path: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.path = path;
  }
}

/** An epoch change that would not move strictly forward. */
export class EpochError extends LogError {
  constructor(message: string) {
    super('EPOCH_STALE', message);
  }
}

/** This writer's epoch is older than an epoch it has observed: it must not write any more. */
export class FencedError extends LogError {
  readonly epoch: number;
  readonly knownEpoch: number;
  constructor(epoch: number, knownEpoch: number) {
    super('LOG_FENCED', `writer epoch ${epoch} is fenced: epoch ${knownEpoch} is known`);
    this.epoch = epoch;
    this.knownEpoch = knownEpoch;
  }
}

/** A caller passed an argument out of range (seq < 1, negative limit, …). */
export class InvalidArgumentError extends LogError {
  constructor(message: string) {
    super('INVALID_ARGUMENT', message);
  }
}
