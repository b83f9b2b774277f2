// Public API of @ferry/notify: the MailNotifier adapter (SMTP or outbox, with a durable spool) and redaction. Mail texts are the failover core's templates.

export * from './errors.js';
export { MailNotifier, type MailNotifierOptions, type MailResult, type OutgoingMail } from './mail-notifier.js';
export { MailSpool, type SpooledMail } from './mail-spool.js';
export { redactUrl, redactText } from './redact.js';
export { parseSmtpUrl, type SmtpTarget } from './smtp-url.js';
