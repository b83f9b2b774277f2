// What `ferry status` says of alert mail: ok, or the mail that failed every attempt since start (the last one
// named) and the mail still waiting in the spool.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MailStats, mailText, spooledCount } from '../src/failover/mail-stats.js';

const dirs: string[] = [];
test.after(() =>
  dirs.forEach((d) => {
    rmSync(d, { recursive: true, force: true });
  }),
);

test('nothing failed and nothing waiting: ok; delivered and interrupted mail are not problems', () => {
  const s = new MailStats();
  s.record({ ok: true });
  s.record({ ok: false, code: 'stopped' });
  assert.is(mailText(s, 0), 'ok');
});

test('a mail that failed every attempt is named with when, to whom and why; waiting mail is counted', () => {
  const s = new MailStats();
  s.record({ ok: false, code: 'send-failed', to: ['ops@example.test'], error: 'connect ECONNREFUSED 127.0.0.1:2525' });
  s.record({
    ok: false,
    code: 'send-failed',
    to: ['alice@example.test', 'bob@example.test'],
    error: '550 mailbox unavailable',
  });
  const text = mailText(s, 3);
  assert.match(
    text,
    /^2 mail\(s\) failed since start \(kept in mail-spool\/failed\); last at \S+ to alice@example\.test, bob@example\.test: 550 mailbox unavailable; 3 mail\(s\) waiting in mail-spool for delivery$/,
  );
});

test('spooledCount counts the spooled messages only, 0 without a spool', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ferry-spool-'));
  dirs.push(dir);
  assert.is(spooledCount(join(dir, 'none')), 0);
  mkdirSync(join(dir, 'failed'));
  for (const f of ['a.json', 'b.json', 'c.json.tmp']) writeFileSync(join(dir, f), '{}');
  assert.is(spooledCount(dir), 2);
});

test.run();
