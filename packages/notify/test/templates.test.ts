// Tests of the mail templates and of redaction.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { brakeMail, failoverSuccessMail, fenceUnconfirmedMail, redactText, redactUrl } from '../src/index.js';

test('success mail names system, hosts, start state and time', () => {
  const m = failoverSuccessMail({
    failoverId: 'fo-1', group: 'g1', system: 'old1', from: 'h1', to: 'h2', started: false, wantedStart: false, at: 'T',
  });
  assert.is(m.subject, '[ferry] old1 failed over from h1 to h2 (not started)');
  assert.match(m.text, 'Started:  no, it was stopped before the failure and stays stopped');
  assert.match(m.text, 'When:     T');
  const f = failoverSuccessMail({
    failoverId: 'fo-1', group: 'g1', system: 'w', from: 'h1', to: 'h2', started: false, wantedStart: true, startError: 'no memory', at: 'T',
  });
  assert.match(f.text, 'no: the start failed: no memory');
});

test('brake and fence mails', () => {
  const b = brakeMail({ group: 'g1', downHosts: ['h1', 'h2'], members: 3, maxDownShare: 0.5, windowSec: 300, at: 'T' });
  assert.is(b.subject, '[ferry] automatic failover paused in group g1: 2 of 3 hosts down');
  assert.match(b.text, 'h1, h2');
  const f = fenceUnconfirmedMail({ failoverId: 'fo-1', group: 'g1', host: 'h1', attempts: 3, detail: 'power status still on', systems: ['web1'], at: 'T' });
  assert.match(f.text, 'nothing was restarted: web1');
});

test('redaction', () => {
  assert.is(redactUrl('smtp://u:p%40ss@host:25'), 'smtp://u:***@host:25');
  assert.is(redactUrl('see smtps://me:x@h and smtp://h2:25'), 'see smtps://me:***@h and smtp://h2:25');
  assert.is(redactText('auth failed for p@ss (p%40ss)', ['p@ss']), 'auth failed for *** (***)');
});

test.run();
