// Errors of the bus package: classes with a stable `code` and a `cause`. Messages never carry credentials.

/** Stable codes of bus errors. */
export type BusErrorCode = 'disconnected' | 'flush-timeout' | 'stopped' | 'lease-conflict' | 'lease-bucket';

/** Base class of every bus error. */
export class BusError extends Error {
  /** Stable machine-readable code. */
  readonly code: BusErrorCode;

  constructor(code: BusErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The NATS connection is down; publishing resumes from the last acknowledged seq when it returns. */
export class DisconnectedError extends BusError {
  constructor(message = 'NATS is not connected', options?: { cause?: unknown }) {
    super('disconnected', message, options);
  }
}

/** The server did not acknowledge a flush in time. */
export class FlushTimeoutError extends BusError {
  constructor(ms: number, options?: { cause?: unknown }) {
    super('flush-timeout', `NATS did not acknowledge a flush within ${ms} ms`, options);
  }
}

/** The client was stopped. */
export class StoppedError extends BusError {
  constructor(options?: { cause?: unknown }) {
    super('stopped', 'the bus client was stopped', options);
  }
}

/** A lease write refused because the key changed since it was read (another node wrote it first). */
export class LeaseConflictError extends BusError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('lease-conflict', message, options);
  }
}

/** The lease bucket cannot be used as it is (its TTL is shorter than the lease ttl). */
export class LeaseBucketError extends BusError {
  constructor(message: string) {
    super('lease-bucket', message);
  }
}
