// Parsing of `smtp://user:pass@host:port` (or `smtps://…`) into nodemailer SMTP options, with a redacted form
// for logs and the list of secrets to scrub from error messages.

import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { InvalidConfigError } from './errors.js';
import { redactUrl } from './redact.js';

/** A parsed SMTP URL. */
export interface SmtpTarget {
  options: SMTPTransport.Options;
  /** The URL with its password replaced by `***`. */
  redacted: string;
  /** Secrets to scrub from any text (the password). */
  secrets: string[];
}

/** Parses an SMTP URL; throws {@link InvalidConfigError} (with a redacted message) when it is unusable. */
export function parseSmtpUrl(url: string, timeoutMs: number): SmtpTarget {
  const redacted = redactUrl(url);
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new InvalidConfigError(`invalid SMTP URL ${redacted}`);
  }
  if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:') {
    throw new InvalidConfigError(`unsupported SMTP URL scheme ${u.protocol} in ${redacted}`);
  }
  if (u.hostname === '') throw new InvalidConfigError(`SMTP URL ${redacted} has no host`);
  const secure = u.protocol === 'smtps:';
  const user = decodeURIComponent(u.username);
  const pass = decodeURIComponent(u.password);
  const options: SMTPTransport.Options = {
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: u.port === '' ? (secure ? 465 : 25) : Number(u.port),
    secure,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    ...(user === '' ? {} : { auth: { user, pass } }),
  };
  return { options, redacted, secrets: pass === '' ? [] : [pass] };
}
