// The one place where errors become gRPC statuses: every package's errors carry a stable `code`, mapped here.
import * as grpc from '@grpc/grpc-js';

const BY_CODE: Record<string, grpc.status> = {
  INVALID_ARGUMENT: grpc.status.INVALID_ARGUMENT,
  NOT_FOUND: grpc.status.NOT_FOUND,
  ALREADY_EXISTS: grpc.status.ALREADY_EXISTS,
  FAILED_PRECONDITION: grpc.status.FAILED_PRECONDITION,
  ABORTED: grpc.status.ABORTED,
  VERSION_CONFLICT: grpc.status.ABORTED,
  UNAVAILABLE: grpc.status.UNAVAILABLE,
  UNAUTHENTICATED: grpc.status.UNAUTHENTICATED,
  PERMISSION_DENIED: grpc.status.PERMISSION_DENIED,
  RESOURCE_EXHAUSTED: grpc.status.RESOURCE_EXHAUSTED,
  DEADLINE_EXCEEDED: grpc.status.DEADLINE_EXCEEDED,
  READ_ONLY: grpc.status.FAILED_PRECONDITION,
  FENCED: grpc.status.FAILED_PRECONDITION,
  // @ferry/log: the store refuses writes after a failed write (disk full names itself), or is closed.
  LOG_DISK_FULL: grpc.status.RESOURCE_EXHAUSTED,
  LOG_UNAVAILABLE: grpc.status.UNAVAILABLE,
  LOG_WRITE_FAILED: grpc.status.UNAVAILABLE,
  LOG_CLOSED: grpc.status.UNAVAILABLE,
  LOG_CORRUPT: grpc.status.DATA_LOSS,
};

/** An error raised at the API edge itself with a gRPC-ish code. */
export class ApiError extends Error {
  constructor(readonly code: keyof typeof BY_CODE, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ApiError';
  }
}

/** Translates any thrown value into a gRPC status; unknown errors reveal nothing but that they happened. */
export function toServiceError(err: unknown, onInternal?: (err: unknown) => void): grpc.ServiceError {
  const code = typeof (err as { code?: unknown })?.code === 'string' ? BY_CODE[(err as { code: string }).code] : undefined;
  if (code === undefined) {
    onInternal?.(err);
    return Object.assign(new Error('internal error (see the node log)'), { code: grpc.status.INTERNAL, details: 'internal error (see the node log)', metadata: new grpc.Metadata() });
  }
  const message = (err as Error).message;
  return Object.assign(new Error(message), { code, details: message, metadata: new grpc.Metadata() });
}
