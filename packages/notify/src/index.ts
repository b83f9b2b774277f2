// Public API of @ferry/notify: the MailNotifier adapter (SMTP or outbox), failover mail templates, redaction.

export * from './errors.js';
export { MailNotifier, type MailNotifierOptions, type MailResult, type OutgoingMail } from './mail-notifier.js';
export * from './templates.js';
export { redactUrl, redactText } from './redact.js';
export { parseSmtpUrl, type SmtpTarget } from './smtp-url.js';
