// A real SMTP server (smtp-server) on 127.0.0.1 that keeps every message it receives, with the envelope, the
// Subject header and the decoded text body, so tests can assert who was mailed and what the mail says.
import { SMTPServer } from 'smtp-server';
import { onCleanup } from './cleanup.js';

/** One received message. */
export interface Mail {
  from: string;
  to: string[];
  subject: string;
  /** Body text (quoted-printable soft breaks and escapes decoded). */
  body: string;
  raw: string;
}

/** Decodes quoted-printable text (enough for what nodemailer writes). */
function decodeQp(s: string): string {
  const bytes = s
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** Decodes an RFC 2047 encoded-word header value (=?UTF-8?Q?…?= or ?B?). */
function decodeHeader(v: string): string {
  return v.replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=\s*/g, (_, _cs: string, enc: string, text: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQp(text.replace(/_/g, ' ')),
  );
}

export function parseMail(raw: string, from: string, to: string[]): Mail {
  const split = raw.search(/\r?\n\r?\n/);
  const head = split < 0 ? raw : raw.slice(0, split);
  let body = split < 0 ? '' : raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(unfolded)?.[1]?.trim() ?? '';
  const cte = header('Content-Transfer-Encoding').toLowerCase();
  if (cte === 'quoted-printable') body = decodeQp(body);
  else if (cte === 'base64') body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  else if (/multipart/i.test(header('Content-Type'))) {
    // Decode every quoted-printable / base64 part so the body text is searchable.
    body = body
      .split(/\r?\n--[^\r\n]+/)
      .map((part) => parseMail(part.replace(/^\r?\n/, ''), from, to).body)
      .join('\n');
  }
  return { from, to, subject: decodeHeader(header('Subject')), body, raw };
}

/** The sink: `url` for the `smtp-url` setting, `messages` as they arrive. */
export interface SmtpSink {
  port: number;
  url: string;
  messages: Mail[];
  to(address: string): Mail[];
}

/** Starts an SMTP sink on a free loopback port; closed on cleanup. */
export function startSmtpSink(): Promise<SmtpSink> {
  const messages: Mail[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: true,
    logger: false,
    onAuth(_auth, _session, cb) {
      cb(null, { user: 'e2e' });
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const mf = session.envelope.mailFrom;
        const from = mf ? mf.address : '';
        const to = session.envelope.rcptTo.map((r) => r.address);
        messages.push(parseMail(Buffer.concat(chunks).toString('utf8'), from, to));
        cb();
      });
    },
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const a = server.server.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      onCleanup(() => new Promise<void>((r) => server.close(() => r())));
      resolve({
        port,
        url: `smtp://127.0.0.1:${port}`,
        messages,
        to: (addr) => messages.filter((m) => m.to.includes(addr)),
      });
    });
  });
}
