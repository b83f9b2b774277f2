// Errors of the failover core. Every class carries a stable `code` (safe to branch on and to map to a gRPC
// status at the server edge) and an optional `cause`.

/** Stable codes of failover errors. */
export type FailoverErrorCode =
  | 'stale-epoch'
  | 'engine-stopped'
  | 'invalid-input'
  | 'scenario-invalid'
  | 'invariant-violated';

/** Base class of every error the failover core throws. */
export class FailoverError extends Error {
  /** Stable machine-readable code. */
  readonly code: FailoverErrorCode;

  constructor(code: FailoverErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/**
 * The node acting is no longer the master: a higher epoch exists. Ports (journal, host control) throw or
 * return this code; the engine stops all activity when it sees it.
 */
export class StaleEpochError extends FailoverError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('stale-epoch', message, options);
  }
}

/** An operation was requested of an engine that was stopped (or fenced by a higher epoch). */
export class EngineStoppedError extends FailoverError {
  constructor(message = 'the failover engine is stopped', options?: { cause?: unknown }) {
    super('engine-stopped', message, options);
  }
}

/** Input given to the planner or the engine is inconsistent (unknown group type, negative memory, …). */
export class InvalidInputError extends FailoverError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('invalid-input', message, options);
  }
}

/** A scenario script could not be parsed or referred to something undeclared. */
export class ScenarioError extends FailoverError {
  /** 1-based line of the script, when known. */
  readonly line: number | undefined;

  constructor(message: string, line?: number, options?: { cause?: unknown }) {
    super('scenario-invalid', line === undefined ? message : `line ${line}: ${message}`, options);
    this.line = line;
  }
}

/** The simulator saw a safety invariant broken (for example a system running on two hosts). */
export class InvariantError extends FailoverError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('invariant-violated', message, options);
  }
}

/** True when `err` says the acting node is no longer the master (ports throw {@link StaleEpochError}). */
export function isStaleEpoch(err: unknown): err is StaleEpochError {
  return err instanceof StaleEpochError;
}
