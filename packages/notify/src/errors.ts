// Errors of the notify package: classes with a stable `code` and a `cause`. Messages never contain SMTP
// credentials (URLs are redacted before they get here).

/** Stable codes of notify errors. */
export type NotifyErrorCode = 'invalid-config' | 'send-failed' | 'outbox-failed' | 'stopped';

/** Base class of every notify error. */
export class NotifyError extends Error {
  /** Stable machine-readable code. */
  readonly code: NotifyErrorCode;

  constructor(code: NotifyErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The notifier's options are unusable (bad SMTP URL, missing `from`, …). */
export class InvalidConfigError extends NotifyError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('invalid-config', message, options);
  }
}

/** Delivery over SMTP failed (after all attempts). */
export class SendFailedError extends NotifyError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('send-failed', message, options);
  }
}

/** Writing a message to the outbox folder failed. */
export class OutboxError extends NotifyError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('outbox-failed', message, options);
  }
}

/** The notifier was stopped. */
export class StoppedError extends NotifyError {
  constructor(message = 'the mail notifier is stopped') {
    super('stopped', message);
  }
}
