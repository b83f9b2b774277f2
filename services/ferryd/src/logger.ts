// Structured JSON logs (pino) with secrets redacted by path and by pattern, so no password reaches a log line.
import { pino, type Logger } from 'pino';

/** Replaces the password of any URL (scheme://user:password@host) with ***. */
export function redactUrls(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:)[^@\s/]*@/gi, '$1***@');
}

/** Creates the daemon logger. */
export function createLogger(level: string, nodeId: string): Logger {
  return pino({
    level,
    base: { node: nodeId },
    redact: { paths: ['*.password', '*.privateKey', '*.token', '*.sealed', '*.sealedKey', 'password', 'token'], censor: '***' },
    formatters: { log: (obj) => JSON.parse(redactUrls(JSON.stringify(obj))) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((a) => (typeof a === 'string' ? redactUrls(a) : a)) as Parameters<typeof method>);
      },
    },
  });
}
