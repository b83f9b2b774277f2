// Tests of MailNotifier against a real SMTP server (smtp-server on port 0): recipients, subject and body as
// received, outbox mode (.eml files), retry after the server was down at first, and password redaction.

import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { closeServer, freePort } from './support.js';
import { MailNotifier, type MailResult } from '../src/index.js';

interface Received {
  from: string;
  rcpt: string[];
  raw: string;
  user?: string;
}

function startServer(received: Received[], port = 0): Promise<{ server: SMTPServer; port: number }> {
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: true,
    logger: false,
    onAuth(auth, _session, cb) {
      if (auth.username === 'ferry' && auth.password === 's3cr:et') cb(null, { user: auth.username });
      else cb(new Error('invalid credentials'));
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const mailFrom = session.envelope.mailFrom;
        received.push({
          from: mailFrom === false ? '' : mailFrom.address,
          rcpt: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
          ...(typeof session.user === 'string' ? { user: session.user } : {}),
        });
        cb();
      });
    },
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => resolve({ server, port: (server.server.address() as AddressInfo).port }));
  });
}

/** Headers and decoded body of an RFC 822 message (quoted-printable or 7bit). */
function parse(raw: string): { headers: Map<string, string>; body: string } {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).toLowerCase(), line.slice(i + 1).trim());
  }
  let body = rest.join('\n\n');
  if (/quoted-printable/i.test(headers.get('content-transfer-encoding') ?? '')) {
    body = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  }
  return { headers, body: body.replace(/\r\n/g, '\n') };
}

const moved = {
  subject: '[ferry] web1 moved from h1 to h2 (started)',
  text: 'System web1 was failed over from h1 to h2.\nStarted: yes\nGroup: g1; failover fo-1; at 2025-01-01T00:01:37.000Z',
};

test('SMTP: recipients, subject and body arrive; auth works; result reported', async () => {
  const received: Received[] = [];
  const { server, port } = await startServer(received);
  const results: MailResult[] = [];
  const n = await MailNotifier.start({
    smtpUrl: `smtp://ferry:${encodeURIComponent('s3cr:et')}@127.0.0.1:${port}`,
    from: 'ferry@example.test',
    outboxDir: '/nonexistent',
    retry: { attempts: 2, baseDelayMs: 10 },
    onResult: (r) => results.push(r),
  });
  try {
    assert.not.ok(n.target.includes('s3cr'), 'target is redacted');
    const r = await n.send({ to: ['ops@example.test', 'alice@example.test'], ...moved });
    assert.ok(r.ok, r.error);
    assert.is(r.attempts, 1);
    assert.equal(results, [r]);
    assert.is(received.length, 1);
    const got = received[0]!;
    assert.equal(got.rcpt, ['ops@example.test', 'alice@example.test']);
    assert.is(got.from, 'ferry@example.test');
    assert.is(got.user, 'ferry');
    const { headers, body } = parse(got.raw);
    assert.is(headers.get('subject'), moved.subject);
    assert.match(headers.get('to') ?? '', 'alice@example.test');
    for (const line of moved.text.split('\n')) assert.match(body, line);
  } finally {
    await n.stop();
    await closeServer(server);
  }
});

test('SMTP: retries until the server, down at first, comes up', async () => {
  const port = await freePort();
  const received: Received[] = [];
  const n = await MailNotifier.start({
    smtpUrl: `smtp://127.0.0.1:${port}`,
    from: 'ferry@example.test',
    outboxDir: '/nonexistent',
    retry: { attempts: 6, baseDelayMs: 100 },
    timeoutMs: 2000,
  });
  let server: SMTPServer | undefined;
  try {
    const sending = n.send({ to: ['ops@example.test'], subject: 'retry', text: 'hello' });
    await new Promise((r) => setTimeout(r, 250));
    server = (await startServer(received, port)).server;
    const r = await sending;
    assert.ok(r.ok, r.error);
    assert.ok(r.attempts >= 2, `attempts ${r.attempts}`);
    assert.is(received.length, 1);
    assert.is(parse(received[0]!.raw).headers.get('subject'), 'retry');
  } finally {
    await n.stop();
    if (server) await closeServer(server);
  }
});

test('SMTP: failure after all attempts is reported, never thrown, and never shows the password', async () => {
  const port = await freePort();
  const results: MailResult[] = [];
  const n = await MailNotifier.start({
    smtpUrl: `smtp://ferry:hunter2secret@127.0.0.1:${port}`,
    from: 'ferry@example.test',
    outboxDir: '/nonexistent',
    retry: { attempts: 2, baseDelayMs: 10 },
    timeoutMs: 1000,
    onResult: (r) => {
      results.push(r);
      throw new Error('a broken callback must not matter');
    },
  });
  try {
    const r = await n.send({ to: ['ops@example.test'], subject: 's', text: 't' });
    assert.is(r.ok, false);
    assert.is(r.attempts, 2);
    assert.is(r.code, 'send-failed');
    assert.ok(r.error !== undefined && r.error.length > 0);
    assert.not.match(JSON.stringify(results), 'hunter2secret');
    assert.match(r.error ?? '', 'ferry:***@');
  } finally {
    await n.stop();
  }
});

test('SMTP: wrong credentials are a reported failure', async () => {
  const received: Received[] = [];
  const { server, port } = await startServer(received);
  const n = await MailNotifier.start({
    smtpUrl: `smtp://ferry:wrongpass@127.0.0.1:${port}`,
    from: 'ferry@example.test',
    outboxDir: '/nonexistent',
    retry: { attempts: 1, baseDelayMs: 10 },
  });
  try {
    const r = await n.send({ to: ['ops@example.test'], subject: 's', text: 't' });
    assert.is(r.ok, false);
    assert.not.match(r.error ?? '', 'wrongpass');
    assert.is(received.length, 0);
  } finally {
    await n.stop();
    await closeServer(server);
  }
});

test('outbox: writes an RFC 822 .eml file per mail', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'ferry-outbox-'));
  const outbox = join(dir, 'outbox');
  const n = await MailNotifier.start({
    from: 'ferry@example.test',
    outboxDir: outbox,
    retry: { attempts: 1, baseDelayMs: 1 },
  });
  try {
    const failed = {
      subject: '[ferry] db1 could not be moved off h1',
      text: 'Reason (insufficient-ram): needs 4096 MiB; best candidate h3 has 2048 MiB free',
    };
    const r = await n.send({ to: ['ops@example.test'], ...failed });
    assert.ok(r.ok, r.error);
    const files = (await readdir(outbox)).filter((f) => f.endsWith('.eml'));
    assert.is(files.length, 1);
    assert.is(join(outbox, files[0]!), r.via);
    const { headers, body } = parse(await readFile(join(outbox, files[0]!), 'utf8'));
    assert.is(headers.get('to'), 'ops@example.test');
    assert.is(headers.get('from'), 'ferry@example.test');
    assert.is(headers.get('subject'), failed.subject);
    assert.ok(headers.has('date') && headers.has('message-id'));
    assert.match(body, failed.text);
  } finally {
    await n.stop();
    await rm(dir, { recursive: true, force: true });
  }
});

test('outbox: an unwritable folder is a reported failure, not an exception', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'ferry-outbox-'));
  const n = await MailNotifier.start({
    from: 'ferry@example.test',
    outboxDir: dir,
    retry: { attempts: 2, baseDelayMs: 1 },
  });
  try {
    await rm(dir, { recursive: true, force: true });
    const r = await n.send({ to: ['ops@example.test'], subject: 's', text: 't' });
    assert.is(r.ok, false);
    assert.is(r.code, 'outbox-failed');
    assert.is(r.attempts, 2);
  } finally {
    await n.stop();
  }
});

test('start rejects a bad SMTP URL without echoing its password', async () => {
  try {
    await MailNotifier.start({
      smtpUrl: 'http://u:topsecret@x',
      from: 'f@x',
      outboxDir: '/tmp',
      retry: { attempts: 1, baseDelayMs: 1 },
    });
    assert.unreachable('should reject');
  } catch (err) {
    assert.is((err as { code?: string }).code, 'invalid-config');
    assert.not.match(String(err), 'topsecret');
  }
});

test.run();
