// Structured JSON logs (pino) with secrets redacted by path and by pattern, so no password, private key or API
// token reaches a log line. Errors are logged with their message, code and stack (redacted the same way).
import { format } from 'node:util';
import * as grpc from '@grpc/grpc-js';
import { pino, type Logger } from 'pino';

/** Replaces the password of any URL (scheme://user:password@host) with ***. */
export function redactUrls(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:)[^@\s/]*@/gi, '$1***@');
}

/** Redacts every secret pattern Ferry knows: URL passwords, PEM private keys, Ferry API tokens. */
export function redactSecrets(text: string): string {
  return redactUrls(text)
    .replace(
      /-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----[\s\S]*?(-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/g,
      '-----BEGIN $1PRIVATE KEY----- *** -----END $1PRIVATE KEY-----',
    )
    .replace(/\bfy_[A-Za-z0-9_-]{16,}/g, 'fy_***');
}

/** An Error as a plain object (JSON.stringify would drop message and stack). */
function errorObject(err: Error, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = { type: err.name, message: err.message, stack: err.stack };
  const code = (err as { code?: unknown }).code;
  if (code !== undefined) out.code = code;
  if (err.cause instanceof Error && depth < 3) out.cause = errorObject(err.cause, depth + 1);
  return out;
}

const replacer = (_key: string, value: unknown): unknown => (value instanceof Error ? errorObject(value) : value);

/** Creates the daemon logger. */
export function createLogger(level: string, nodeId: string): Logger {
  return pino({
    level,
    base: { node: nodeId },
    redact: {
      paths: ['*.password', '*.privateKey', '*.token', '*.sealed', '*.sealedKey', 'password', 'token', 'privateKey'],
      censor: '***',
    },
    formatters: { log: (obj) => JSON.parse(redactSecrets(JSON.stringify(obj, replacer))) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        method.apply(
          this,
          args.map((a) => (typeof a === 'string' ? redactSecrets(a) : a)) as Parameters<typeof method>,
        );
      },
    },
  });
}

/** Sends grpc-js's own log lines (it writes them to stderr by default) through `logger`, at warn level at most. */
export function routeGrpcLogs(logger: Logger): void {
  const line =
    (level: 'warn' | 'info' | 'debug') =>
    (...args: unknown[]) =>
      logger[level]({ source: 'grpc-js' }, format(...args));
  grpc.setLogger({ error: line('warn'), info: line('info'), debug: line('debug') });
}
