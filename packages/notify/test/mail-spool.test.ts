// Tests of the durable mail spool with a real SMTP server: a mail handed over by a process that is then killed
// (SIGKILL) is delivered by the next notifier's resume(), with the same Message-ID; a notifier stopped mid-retry
// leaves its mail for the next; a mail every attempt failed for moves to failed/ with a redacted reason; junk in
// the spool folder is set aside, not sent.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SMTPServer } from 'smtp-server';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { closeServer, freePort } from './support.js';
import { MailNotifier, MailSpool } from '../src/index.js';

const notifyIndex = fileURLToPath(new URL('../src/index.js', import.meta.url));

/** A real SMTP server on `port` that keeps each message's raw text. */
function startServer(port: number, raw: string[]): Promise<SMTPServer> {
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        raw.push(Buffer.concat(chunks).toString('utf8'));
        cb();
      });
    },
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
const dirs: string[] = [];
/** A fresh spool folder, removed after the file's tests. */
async function spoolDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ferry-spool-'));
  dirs.push(dir);
  return dir;
}
test.after(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});
const spoolFiles = async (dir: string) => (await readdir(dir)).filter((f) => f.endsWith('.json'));

test('a mail handed over by a process killed before delivery is delivered by the next start, same Message-ID', async () => {
  const dir = await spoolDir();
  const port = await freePort(); // nothing listens yet: the child retries until it is killed
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `
    const { MailNotifier } = await import(${JSON.stringify(notifyIndex)});
    const n = await MailNotifier.start({ smtpUrl: 'smtp://127.0.0.1:${port}', from: 'ferry@example.test', outboxDir: '/nonexistent',
      retry: { attempts: 100, baseDelayMs: 200 }, timeoutMs: 500, spoolDir: ${JSON.stringify(dir)} });
    void n.send({ to: ['ops@example.test'], subject: '[ferry] web1 moved from h1 to h2', text: 'System web1 was failed over.' });
    setInterval(() => {}, 1000);
  `,
    ],
    { stdio: 'inherit' },
  );
  try {
    const deadline = Date.now() + 10_000;
    while ((await spoolFiles(dir).catch(() => [])).length === 0) {
      assert.ok(Date.now() < deadline, 'the child never spooled its mail');
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
  }
  const [file] = await spoolFiles(dir);
  const id = JSON.parse(await readFile(join(dir, file!), 'utf8')).id as string;

  const raw: string[] = [];
  const server = await startServer(port, raw);
  const n = await MailNotifier.start({
    smtpUrl: `smtp://127.0.0.1:${port}`,
    from: 'ferry@example.test',
    outboxDir: '/nonexistent',
    retry: { attempts: 2, baseDelayMs: 10 },
    spoolDir: dir,
  });
  try {
    const results = await n.resume();
    assert.is(results.length, 1);
    assert.ok(results[0]!.ok, results[0]!.error);
    assert.is(raw.length, 1);
    assert.match(raw[0]!, /Subject: \[ferry\] web1 moved from h1 to h2/);
    assert.match(raw[0]!, new RegExp(`Message-ID: <${id}@ferry>`, 'i'));
    assert.equal(await spoolFiles(dir), [], 'a delivered mail left the spool');
    assert.equal(await n.resume(), [], 'nothing is sent twice by one process');
  } finally {
    await n.stop();
    await closeServer(server);
  }
});

test('a notifier stopped mid-retry leaves the mail for the next one; a hopeless mail moves to failed/ with a redacted reason', async () => {
  const dir = await spoolDir();
  const port = await freePort();
  const first = await MailNotifier.start({
    smtpUrl: `smtp://127.0.0.1:${port}`,
    from: 'f@example.test',
    outboxDir: '/nonexistent',
    retry: { attempts: 50, baseDelayMs: 100 },
    timeoutMs: 500,
    spoolDir: dir,
  });
  const sending = first.send({ to: ['ops@example.test'], subject: 'kept', text: 'x' });
  await new Promise((r) => setTimeout(r, 150));
  await first.stop();
  const r = await sending;
  assert.is(r.code, 'stopped');
  assert.is((await spoolFiles(dir)).length, 1, 'a mail cut short by stop() stays spooled');

  const second = await MailNotifier.start({
    smtpUrl: `smtp://ferry:pa55word@127.0.0.1:${port}`,
    from: 'f@example.test',
    outboxDir: '/nonexistent',
    retry: { attempts: 2, baseDelayMs: 10 },
    timeoutMs: 500,
    spoolDir: dir,
  });
  try {
    const [gaveUp] = await second.resume();
    assert.is(gaveUp!.ok, false);
    assert.is(gaveUp!.code, 'send-failed');
    assert.equal(await spoolFiles(dir), []);
    const failed = await readdir(join(dir, 'failed'));
    assert.equal(failed.sort(), [`${gaveUp!.id}.json`, `${gaveUp!.id}.reason`]);
    const reason = await readFile(join(dir, 'failed', `${gaveUp!.id}.reason`), 'utf8');
    assert.not.match(reason, 'pa55word');
    assert.match(reason, /failed/);
  } finally {
    await second.stop();
  }
});

test('a file in the spool that is not a spooled mail is set aside, not sent', async () => {
  const dir = await spoolDir();
  const spool = await MailSpool.open(dir);
  await writeFile(join(dir, 'torn.json'), '{"id": "torn", "to": [');
  const kept = await spool.put({ to: ['ops@example.test'], subject: 's', text: 't' });
  const pending = await spool.pending();
  assert.equal(
    pending.map((m) => m.id),
    [kept.id],
  );
  assert.equal(await readdir(join(dir, 'failed')), ['torn.json']);
  assert.is(await spool.size(), 1);
});

test.run();
