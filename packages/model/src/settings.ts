// The catalogue of global settings: every key Ferry knows, its default, what it means and how it is checked.
// Settings are replicated; secrets inside values (the SMTP password) are sealed and shown as `***`.

/** One known setting. */
export interface SettingDef {
  key: string;
  default: string;
  description: string;
  /** Returns a problem message, or undefined when the value is acceptable. */
  check(value: string): string | undefined;
}

const positiveInt = (max: number) => (v: string) =>
  /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= max ? undefined : `must be a whole number from 1 to ${max}`;
const nonNegativeInt = (max: number) => (v: string) =>
  /^\d+$/.test(v) && Number(v) <= max ? undefined : `must be a whole number from 0 to ${max}`;
const EMAIL = /^[^\s@,]+@[^\s@,]+$/;

/** Every setting Ferry knows. */
export const SETTINGS: readonly SettingDef[] = [
  {
    key: 'admin-email',
    default: '',
    description: 'Mail address of the master administrator (failover and brake mail).',
    check: (v) => (v === '' || EMAIL.test(v) ? undefined : 'must be a mail address like ops@example.com'),
  },
  {
    key: 'mail-from',
    default: 'ferry@localhost',
    description: 'Sender address of Ferry mail.',
    check: (v) => (EMAIL.test(v) ? undefined : 'must be a mail address'),
  },
  {
    key: 'smtp-url',
    default: '',
    description:
      'SMTP server as smtp://[user[:password]@]host[:port] or smtps://…; empty writes .eml files to the outbox.',
    check: (v) => (v === '' || parseSmtpUrl(v) ? undefined : 'must look like smtp://[user[:password]@]host[:port]'),
  },
  {
    key: 'probe-interval',
    default: '5',
    description: 'Seconds between status collection rounds.',
    check: positiveInt(3600),
  },
  {
    key: 'down-after',
    default: '3',
    description: 'Consecutive failed probes before a host counts as down.',
    check: positiveInt(1000),
  },
  {
    key: 'probe-timeout',
    default: '10',
    description: 'Seconds a probe command may take before it counts as failed.',
    check: positiveInt(600),
  },
  {
    key: 'promote-max-lag',
    default: '1000',
    description: 'Largest lag (events) at which promote-replica proceeds without --force.',
    check: nonNegativeInt(1_000_000_000),
  },
  {
    key: 'fence-timeout',
    default: '30',
    description: 'Seconds to wait for a fence to be confirmed by the power-status command.',
    check: positiveInt(3600),
  },
];

/** Looks a setting up by key. */
export function settingDef(key: string): SettingDef | undefined {
  return SETTINGS.find((s) => s.key === key);
}

/** A parsed SMTP URL. */
export interface SmtpUrl {
  secure: boolean;
  user: string;
  password: string;
  host: string;
  port: number;
}

/** Parses smtp://user:password@host:port (or smtps://); undefined when malformed. */
export function parseSmtpUrl(value: string): SmtpUrl | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') return undefined;
  if (!url.hostname || (url.pathname && url.pathname !== '/' && url.pathname !== '')) return undefined;
  const secure = url.protocol === 'smtps:';
  return {
    secure,
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 25,
  };
}

/**
 * Splits a setting value into what may be shown and the secret part.
 * For `smtp-url` the password is the secret; it is replaced by `***` in the shown value.
 */
export function splitSecret(key: string, value: string): { shown: string; secret: string } {
  if (key !== 'smtp-url' || value === '') return { shown: value, secret: '' };
  const url = new URL(value);
  if (!url.password) return { shown: value, secret: '' };
  const secret = decodeURIComponent(url.password);
  url.password = '***';
  return { shown: url.toString().replace(/\/$/, ''), secret };
}

/** Puts a secret back into a shown value (inverse of splitSecret). */
export function joinSecret(key: string, shown: string, secret: string): string {
  if (key !== 'smtp-url' || !secret) return shown;
  const url = new URL(shown);
  url.password = encodeURIComponent(secret);
  return url.toString().replace(/\/$/, '');
}
