// Redaction of SMTP credentials: URLs lose their password, and any text (error messages from the transport)
// has known secrets replaced, so a password never reaches a log, a result or an error.

/** `smtp://user:pass@host:25` -> `smtp://user:***@host:25`; text that is not a URL is returned unchanged. */
export function redactUrl(url: string): string {
  return url.replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s]*):[^@/\s]*@/gi, '$1:***@');
}

/** Replaces every occurrence of each secret (raw and URL-encoded) in `text`, then redacts URLs. */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) {
    if (s.length === 0) continue;
    for (const form of new Set([s, encodeURIComponent(s)])) out = out.split(form).join('***');
  }
  return redactUrl(out);
}
