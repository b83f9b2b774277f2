// The one place where errors become gRPC statuses: every package's errors carry a stable `code` of a typed
// union, and the table below must name a status for every member of every union (`satisfies` makes a missing
// code a compile error, so a new code cannot reach a client as INTERNAL by oversight).
import * as grpc from '@grpc/grpc-js';
import type { BusErrorCode } from '@ferry/bus';
import type { FailoverErrorCode } from '@ferry/failover';
import type { HypervisorErrorCode } from '@ferry/hypervisors';
import type { LogErrorCode } from '@ferry/log';
import type { DomainErrorCode } from '@ferry/model';
import type { NotifyErrorCode } from '@ferry/notify';

/** Codes raised at the API edge and by the daemon (its errors use these codes only). */
export type ApiErrorCode =
  | 'INVALID_ARGUMENT'
  | 'NOT_FOUND'
  | 'ALREADY_EXISTS'
  | 'FAILED_PRECONDITION'
  | 'ABORTED'
  | 'UNAVAILABLE'
  | 'UNAUTHENTICATED'
  | 'PERMISSION_DENIED'
  | 'RESOURCE_EXHAUSTED'
  | 'DEADLINE_EXCEEDED'
  | 'READ_ONLY';

/** Every stable error code of every package. */
export type ErrorCode =
  | ApiErrorCode
  | LogErrorCode
  | DomainErrorCode
  | FailoverErrorCode
  | HypervisorErrorCode
  | BusErrorCode
  | NotifyErrorCode;

const S = grpc.status;

/** The gRPC status of each error code. */
export const GRPC_STATUS_OF = {
  INVALID_ARGUMENT: S.INVALID_ARGUMENT,
  NOT_FOUND: S.NOT_FOUND,
  ALREADY_EXISTS: S.ALREADY_EXISTS,
  FAILED_PRECONDITION: S.FAILED_PRECONDITION,
  ABORTED: S.ABORTED,
  UNAVAILABLE: S.UNAVAILABLE,
  UNAUTHENTICATED: S.UNAUTHENTICATED,
  PERMISSION_DENIED: S.PERMISSION_DENIED,
  RESOURCE_EXHAUSTED: S.RESOURCE_EXHAUSTED,
  DEADLINE_EXCEEDED: S.DEADLINE_EXCEEDED,
  READ_ONLY: S.FAILED_PRECONDITION,
  // @ferry/log
  LOG_LOCKED: S.UNAVAILABLE,
  LOG_OPEN_FAILED: S.UNAVAILABLE,
  LOG_CLOSED: S.UNAVAILABLE,
  LOG_WRITE_FAILED: S.UNAVAILABLE,
  // The store refuses writes after a failed write (disk full names itself) until it re-opened and re-read.
  LOG_DISK_FULL: S.RESOURCE_EXHAUSTED,
  LOG_UNAVAILABLE: S.UNAVAILABLE,
  VERSION_CONFLICT: S.ABORTED,
  INVALID_EVENT: S.INVALID_ARGUMENT,
  CHAIN_BROKEN: S.FAILED_PRECONDITION,
  LOG_CORRUPT: S.DATA_LOSS,
  EPOCH_STALE: S.FAILED_PRECONDITION,
  LOG_FENCED: S.FAILED_PRECONDITION,
  // @ferry/failover
  'stale-epoch': S.FAILED_PRECONDITION,
  'engine-stopped': S.UNAVAILABLE,
  'invalid-input': S.INVALID_ARGUMENT,
  'scenario-invalid': S.INVALID_ARGUMENT,
  'invariant-violated': S.INTERNAL,
  // @ferry/hypervisors
  E_TCP_CONNECT: S.UNAVAILABLE,
  E_SSH_HANDSHAKE: S.UNAVAILABLE,
  E_CONNECTION_LOST: S.UNAVAILABLE,
  E_AUTH_FAILED: S.FAILED_PRECONDITION,
  E_INVALID_PRIVATE_KEY: S.FAILED_PRECONDITION,
  E_HOST_KEY_UNKNOWN: S.FAILED_PRECONDITION,
  E_HOST_KEY_MISMATCH: S.FAILED_PRECONDITION,
  E_COMMAND_TIMEOUT: S.DEADLINE_EXCEEDED,
  E_OUTPUT_LIMIT: S.RESOURCE_EXHAUSTED,
  E_COMMAND_FAILED: S.FAILED_PRECONDITION,
  E_UNEXPECTED_OUTPUT: S.FAILED_PRECONDITION,
  E_SYSTEM_NOT_FOUND: S.NOT_FOUND,
  E_INVALID_SYSTEM_NAME: S.INVALID_ARGUMENT,
  E_UNSUPPORTED_HYPERVISOR: S.INVALID_ARGUMENT,
  E_POOL_CLOSED: S.UNAVAILABLE,
  // @ferry/bus and @ferry/notify
  disconnected: S.UNAVAILABLE,
  'flush-timeout': S.DEADLINE_EXCEEDED,
  'lease-conflict': S.ABORTED,
  'lease-bucket': S.FAILED_PRECONDITION,
  stopped: S.UNAVAILABLE,
  'invalid-config': S.INVALID_ARGUMENT,
  'send-failed': S.UNAVAILABLE,
  'outbox-failed': S.UNAVAILABLE,
} as const satisfies Record<ErrorCode, grpc.status>;

/** An error raised at the API edge itself with a gRPC-ish code. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ApiError';
  }
}

/** The status of an error's `code`, or undefined when it carries no known code. */
export function statusOf(err: unknown): grpc.status | undefined {
  const code = (err as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' && Object.hasOwn(GRPC_STATUS_OF, code)
    ? GRPC_STATUS_OF[code as ErrorCode]
    : undefined;
}

/** Translates any thrown value into a gRPC status; unknown errors reveal nothing but that they happened. */
export function toServiceError(err: unknown, onInternal?: (err: unknown) => void): grpc.ServiceError {
  const code = statusOf(err);
  if (code === undefined || code === S.INTERNAL) {
    onInternal?.(err);
    return Object.assign(new Error('internal error (see the node log)'), {
      code: grpc.status.INTERNAL,
      details: 'internal error (see the node log)',
      metadata: new grpc.Metadata(),
    });
  }
  const message = (err as Error).message;
  return Object.assign(new Error(message), { code, details: message, metadata: new grpc.Metadata() });
}
