// Exit codes of `ferry` and the mapping from thrown values (gRPC statuses, usage problems) to a one-line
// message and an exit code. Pure: nothing here prints or exits.
import { grpc, isServiceError } from '@ferry/api';

/** Exit codes: 0 ok, 1 the server (or the log) said no, 2 usage error, 3 cannot reach the server. */
export const EXIT = { OK: 0, REFUSED: 1, USAGE: 2, UNREACHABLE: 3 } as const;

/** An error that carries its own exit code and message (printed as `ferry: <message>`). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A bad flag value or combination found locally (exit 2). */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT.USAGE);
    this.name = 'UsageError';
  }
}

/** The command ran but the answer is "no" (exit 1), e.g. a failed verification. */
export class RefusedError extends CliError {
  constructor(message: string) {
    super(message, EXIT.REFUSED);
    this.name = 'RefusedError';
  }
}

/** The gRPC status name of a numeric code, e.g. 6 -> `ALREADY_EXISTS`. */
export function statusName(code: number): string {
  const name = (grpc.status as unknown as Record<number, string | undefined>)[code];
  return name ?? `STATUS_${code}`;
}

/** What the channel knew when a call failed. */
export interface CallContext {
  /** The server address, as given. */
  address: string;
  /** Whether the channel ever reached READY (a connection was established). */
  everConnected: boolean;
  /** Whether the client spoke TLS (--ca/--cert/--key given). */
  tls?: boolean;
}

/** A failure ready to print: the text after `ferry: ` and the exit code. */
export interface Failure {
  message: string;
  exitCode: number;
}

/**
 * Classifies a gRPC status error: UNAVAILABLE / DEADLINE_EXCEEDED on a channel that never connected is
 * "cannot reach" (exit 3); every other status, including a daemon's own UNAVAILABLE after it answered, is exit 1.
 */
export function classifyServiceError(
  err: { code: number; details?: string; message?: string },
  ctx: CallContext,
): Failure {
  const details = (err.details || err.message || '').replace(/\s*Resolution note:\s*$/, '').trim();
  const transport = err.code === grpc.status.UNAVAILABLE || err.code === grpc.status.DEADLINE_EXCEEDED;
  if (transport && !ctx.everConnected) {
    return {
      message: `cannot reach ${ctx.address}: ${statusName(err.code)}: ${tidyTransport(details) || 'no answer'}${tlsHint(details, ctx)}`,
      exitCode: EXIT.UNREACHABLE,
    };
  }
  const name = statusName(err.code);
  const text = details.startsWith(`${name}:`) ? details.slice(name.length + 1).trim() : details;
  return { message: `${name}: ${text || 'no details'}`, exitCode: EXIT.REFUSED };
}

/** grpc-js's transport detail without the OpenSSL source location (pure). */
function tidyTransport(details: string): string {
  return details
    .replace(/Error: [0-9A-F]+:error:[0-9A-F]+:SSL routines:[^:]+:([^:]+):\S*/, 'TLS: $1')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/ \.$/, '.')
    .trim();
}

/**
 * What to try when a connection was made but never became a gRPC channel: the two sides disagree on TLS (pure).
 * A plaintext client meets a TLS node as "Failed to connect"; a TLS client meets a plaintext one as OpenSSL's
 * "wrong version number".
 */
function tlsHint(details: string, ctx: CallContext): string {
  if (!ctx.tls && /Failed to connect/i.test(details)) {
    return ' (if the node serves TLS, as every node off loopback does, give --ca, and --cert/--key for mutual TLS)';
  }
  if (ctx.tls && /wrong version number|packet length too long|unexpected eof/i.test(details)) {
    return ' (the node answers without TLS: it serves plaintext on loopback; leave out --ca/--cert/--key)';
  }
  return '';
}

/** Attaches the connection facts to a failed call's error (read back by describeFailure). */
export function withCallContext<E>(err: E, ctx: CallContext): E {
  if (err && typeof err === 'object') {
    (err as { callContext?: CallContext }).callContext = {
      address: ctx.address,
      everConnected: ctx.everConnected,
      tls: ctx.tls ?? false,
    };
  }
  return err;
}

/** Any thrown value -> message and exit code; never a stack trace. */
export function describeFailure(err: unknown): Failure {
  if (err instanceof CliError) return { message: err.message, exitCode: err.exitCode };
  if (isServiceError(err)) {
    const ctx = (err as { callContext?: CallContext }).callContext ?? { address: '?', everConnected: false };
    return classifyServiceError(err, ctx);
  }
  const code = (err as { code?: unknown })?.code;
  const message = err instanceof Error ? err.message : String(err);
  if (code === 'LOG_LOCKED') {
    return { message: `${message} (is ferryd still running on this data directory?)`, exitCode: EXIT.REFUSED };
  }
  if (code === 'ENOENT' || code === 'EACCES') return { message, exitCode: EXIT.USAGE };
  return { message: typeof code === 'string' ? `${code}: ${message}` : message, exitCode: EXIT.REFUSED };
}
