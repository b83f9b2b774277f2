// Errors of @ferry/hypervisors: every class has a stable `code`, an optional `cause`, and the
// probe failure `kind` the status collector uses to tell a down host from an unreachable one.
// Messages never contain key material; they name the host by id and address only.

/** How a probe failed, coarsest first: nothing listens / SSH broken / rejected / untrusted / slow / bad output. */
export type ProbeFailureKind = 'tcp' | 'ssh' | 'auth' | 'hostkey' | 'timeout' | 'command';

/** Stable codes of hypervisor errors (each has its gRPC status in @ferry/api's table). */
export type HypervisorErrorCode =
  | 'E_TCP_CONNECT'
  | 'E_SSH_HANDSHAKE'
  | 'E_CONNECTION_LOST'
  | 'E_AUTH_FAILED'
  | 'E_INVALID_PRIVATE_KEY'
  | 'E_HOST_KEY_UNKNOWN'
  | 'E_HOST_KEY_MISMATCH'
  | 'E_COMMAND_TIMEOUT'
  | 'E_OUTPUT_LIMIT'
  | 'E_COMMAND_FAILED'
  | 'E_UNEXPECTED_OUTPUT'
  | 'E_SYSTEM_NOT_FOUND'
  | 'E_INVALID_SYSTEM_NAME'
  | 'E_UNSUPPORTED_HYPERVISOR'
  | 'E_POOL_CLOSED';

/** Base class of every error thrown by this package. */
export class HypervisorError extends Error {
  /** Stable machine-readable code, e.g. `E_HOST_KEY_MISMATCH`. */
  readonly code: HypervisorErrorCode;
  /** Probe failure classification of this error. */
  readonly kind: ProbeFailureKind;
  constructor(code: HypervisorErrorCode, kind: ProbeFailureKind, message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.kind = kind;
  }
}

/** TCP connection refused, reset, unroutable or not established in time: nothing answers on the port (host down). */
export class TcpConnectError extends HypervisorError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('E_TCP_CONNECT', 'tcp', message, options);
  }
}

/** TCP connected but the SSH handshake failed, hung, or the connection dropped (host unreachable). */
export class SshHandshakeError extends HypervisorError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('E_SSH_HANDSHAKE', 'ssh', message, options);
  }
}

/** An established SSH connection was lost (closed or keepalive timeout) while a command was running. */
export class ConnectionLostError extends HypervisorError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('E_CONNECTION_LOST', 'ssh', message, options);
  }
}

/** The server rejected our credentials. */
export class AuthFailedError extends HypervisorError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('E_AUTH_FAILED', 'auth', message, options);
  }
}

/** The private key given by the caller could not be parsed. The key itself is never part of the error. */
export class InvalidPrivateKeyError extends HypervisorError {
  constructor(message: string) {
    super('E_INVALID_PRIVATE_KEY', 'auth', message);
  }
}

/** The host presented a key but no fingerprint is pinned for it. `fingerprint` is what it presented. */
export class HostKeyUnknownError extends HypervisorError {
  /** Fingerprint presented by the host, `SHA256:<base64 without padding>`. */
  readonly fingerprint: string;
  /** Key type presented, e.g. `ssh-ed25519`. */
  readonly keyType: string;
  constructor(message: string, fingerprint: string, keyType: string) {
    super('E_HOST_KEY_UNKNOWN', 'hostkey', message);
    this.fingerprint = fingerprint;
    this.keyType = keyType;
  }
}

/** The host presented a key whose fingerprint differs from the pinned one. */
export class HostKeyMismatchError extends HypervisorError {
  /** Fingerprint presented by the host. */
  readonly fingerprint: string;
  /** Fingerprint that was pinned. */
  readonly expected: string;
  /** Key type presented, e.g. `ssh-ed25519`. */
  readonly keyType: string;
  constructor(message: string, fingerprint: string, expected: string, keyType: string) {
    super('E_HOST_KEY_MISMATCH', 'hostkey', message);
    this.fingerprint = fingerprint;
    this.expected = expected;
    this.keyType = keyType;
  }
}

/** A command did not finish within its timeout; its channel was killed. */
export class CommandTimeoutError extends HypervisorError {
  readonly timeoutMs: number;
  constructor(message: string, timeoutMs: number) {
    super('E_COMMAND_TIMEOUT', 'timeout', message);
    this.timeoutMs = timeoutMs;
  }
}

/** A command printed more than the configured output limit; its channel was closed. */
export class OutputLimitError extends HypervisorError {
  readonly limitBytes: number;
  constructor(message: string, limitBytes: number) {
    super('E_OUTPUT_LIMIT', 'command', message);
    this.limitBytes = limitBytes;
  }
}

/** A driver command exited non-zero. */
export class CommandFailedError extends HypervisorError {
  readonly exitCode: number | null;
  /** Start of stderr (truncated). */
  readonly stderr: string;
  constructor(message: string, exitCode: number | null, stderr: string, options?: { cause?: unknown }) {
    super('E_COMMAND_FAILED', 'command', message, options);
    this.exitCode = exitCode;
    this.stderr = stderr;
  }
}

/** A command's output did not have the documented format. The message says which command printed what. */
export class UnexpectedOutputError extends HypervisorError {
  /** The command (or probe section) whose output was not understood. */
  readonly command: string;
  /** The offending output, truncated. */
  readonly output: string;
  constructor(command: string, reason: string, output: string) {
    const excerpt = truncate(output, 400);
    super(
      'E_UNEXPECTED_OUTPUT',
      'command',
      `unexpected output from \`${command}\`: ${reason}; got ${JSON.stringify(excerpt)}`,
    );
    this.command = command;
    this.output = excerpt;
  }
}

/** The named system does not exist on the host (for operations that need it). */
export class SystemNotFoundError extends HypervisorError {
  readonly system: string;
  constructor(system: string, message: string) {
    super('E_SYSTEM_NOT_FOUND', 'command', message);
    this.system = system;
  }
}

/** A system name that cannot be used safely in a command line or file name. */
export class InvalidSystemNameError extends HypervisorError {
  constructor(name: string, reason?: string) {
    super(
      'E_INVALID_SYSTEM_NAME',
      'command',
      `invalid system name ${JSON.stringify(truncate(name, 80))}${reason ? `: ${reason}` : ''}`,
    );
  }
}

/** `driverFor` was asked for a type it does not know. */
export class UnsupportedHypervisorError extends HypervisorError {
  constructor(type: string) {
    super('E_UNSUPPORTED_HYPERVISOR', 'command', `unsupported hypervisor type ${JSON.stringify(type)}`);
  }
}

/** The pool was closed, or the host was forgotten while the command waited. */
export class PoolClosedError extends HypervisorError {
  constructor(message = 'ssh pool is closed') {
    super('E_POOL_CLOSED', 'ssh', message);
  }
}

/**
 * Classifies any error thrown by a probe into a {@link ProbeFailureKind}.
 * Errors not from this package count as `command` (the probe ran but failed).
 */
export function probeFailureKind(err: unknown): ProbeFailureKind {
  return err instanceof HypervisorError ? err.kind : 'command';
}

/** Truncates text to `max` characters, marking the cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}…(${text.length - max} more)`;
}
