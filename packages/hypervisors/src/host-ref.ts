// The caller's description of a host to reach over SSH, and the result of running one command there.

/** A hypervisor host as the pool needs it. `privateKey` is decrypted key material supplied by the daemon. */
export interface HostRef {
  /** Stable host id; connections are pooled per id. */
  id: string;
  address: string;
  port: number;
  user: string;
  /** OpenSSH-format (or PEM) private key, unencrypted. Never logged, never put in errors. */
  privateKey: string | Buffer;
  /** Pinned host key, `SHA256:<base64 no padding>`. Absent: every connection is refused with HostKeyUnknownError. */
  hostKeyFingerprint?: string;
}

/** Options of one command. */
export interface ExecOptions {
  /** Bytes written to the command's stdin, then EOF. Without it stdin is closed at once. */
  stdin?: string | Buffer;
  /** Overrides the pool's command timeout (ms). */
  timeoutMs?: number;
  /** Overrides the pool's output limit (bytes of stdout + stderr). */
  maxOutputBytes?: number;
}

/** What a finished command produced. A non-zero exit is a result, not an error. */
export interface ExecResult {
  stdout: string;
  stderr: string;
  /** Exit status, or null when the command died from a signal. */
  exitCode: number | null;
  /** Signal name when the command was killed by one. */
  signal: string | null;
}

/** Something that runs shell commands on one host: what drivers need. `SshPool.runner(host)` makes one. */
export interface CommandRunner {
  /** Host id, used in error messages. */
  readonly hostId: string;
  exec(command: string, opts?: ExecOptions): Promise<ExecResult>;
}
