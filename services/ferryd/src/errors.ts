// Errors of the daemon with stable codes (mapped to gRPC statuses by @ferry/api).
import type { ApiErrorCode } from '@ferry/api';

/** Base class of daemon errors; their codes are the API's own (so each has a status). */
export class DaemonError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A write reached a replica (or a fenced master). */
export class ReadOnlyError extends DaemonError {
  constructor(message: string) {
    super('READ_ONLY', message);
  }
}

/** Synchronous replication could not confirm a write in time: it may or may not be committed. */
export class SyncTimeoutError extends DaemonError {
  constructor(message: string) {
    super('UNAVAILABLE', message);
  }
}

/** A master that has just started and not yet confirmed it still is master refuses writes (retry shortly). */
export class MasterUnconfirmedError extends DaemonError {
  constructor(message: string) {
    super('UNAVAILABLE', message);
  }
}
