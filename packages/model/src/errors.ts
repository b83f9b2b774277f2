// Domain errors with stable codes; the API edge translates each code to a gRPC status in one place.

/** One problem with one field of a command. */
export interface Problem {
  /** The field, e.g. `type` or `spec.port`. */
  field: string;
  /** What is wrong with it. */
  message: string;
}

/** Stable codes of domain errors (each has its gRPC status in @ferry/api's table). */
export type DomainErrorCode = 'INVALID_ARGUMENT' | 'NOT_FOUND' | 'ALREADY_EXISTS' | 'FAILED_PRECONDITION' | 'ABORTED';

/** Base class: every domain error carries a stable `code`. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A command had bad fields; lists every problem. */
export class ValidationError extends DomainError {
  constructor(readonly problems: Problem[]) {
    super('INVALID_ARGUMENT', problems.map((p) => `${p.field}: ${p.message}`).join('; '));
  }
}

/** A named entity does not exist. */
export class NotFoundError extends DomainError {
  constructor(kind: string, name: string) {
    super('NOT_FOUND', `${kind} "${name}" does not exist`);
  }
}

/** An entity with that name exists already. */
export class AlreadyExistsError extends DomainError {
  constructor(kind: string, name: string) {
    super('ALREADY_EXISTS', `${kind} "${name}" already exists`);
  }
}

/** The command is valid but the cluster is not in a state that allows it. */
export class PreconditionError extends DomainError {
  constructor(message: string) {
    super('FAILED_PRECONDITION', message);
  }
}

/** Throws a ValidationError when there are problems. */
export function assertValid(problems: Problem[]): void {
  if (problems.length > 0) throw new ValidationError(problems);
}
