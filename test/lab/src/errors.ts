// Errors of the lab package: one class with a stable code, mapped to CLI exit codes in main.ts.

/** Stable error codes of the lab. */
export type LabErrorCode =
  | 'NO_LAB'
  | 'LAB_EXISTS'
  | 'UNKNOWN_HOST'
  | 'BAD_OPTION'
  | 'HOST_OFF'
  | 'SSHD_FAILED'
  | 'TOOL_FAILED'
  | 'BUSY';

/** An expected lab failure (bad input or a failed sshd/tool); never printed with a stack trace. */
export class LabError extends Error {
  /** Stable machine-readable code. */
  readonly code: LabErrorCode;

  constructor(code: LabErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LabError';
    this.code = code;
  }

  /** Exit code for the CLI: 2 for usage errors (bad option, no lab, unknown host), 1 otherwise. */
  get exitCode(): number {
    return this.code === 'NO_LAB' || this.code === 'UNKNOWN_HOST' || this.code === 'BAD_OPTION' ? 2 : 1;
  }
}
