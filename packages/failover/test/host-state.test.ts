// The collector's host-state rule as a table: each probe failure meaning (answered, silent, nothing listens)
// from each state, down-after, a fenced host staying fenced, and a host answering again being reconciled first.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { nextHostState, type CollectorState, type ProbeFailureKind, type ProbeOutcome } from '../src/index.js';

const fail = (kind: ProbeFailureKind): ProbeOutcome => ({ ok: false, kind });
const next = (current: CollectorState, outcome: ProbeOutcome, failures: number) =>
  nextHostState({ current, outcome, failures, downAfter: 3 }).next;

test('nothing listening keeps the state until down-after failures, then down; an unprobed host stays unknown before', () => {
  assert.is(next('up', fail('tcp'), 1), undefined);
  assert.is(next('up', fail('tcp'), 2), undefined);
  assert.is(next('up', fail('tcp'), 3), 'down');
  assert.is(next('unknown', fail('tcp'), 1), undefined);
  assert.is(next('unreachable', fail('tcp'), 3), 'down');
});

test('a silent host (SSH broken, timeout) is unreachable at once and down after down-after failures', () => {
  for (const k of ['ssh', 'timeout'] as const) {
    assert.is(next('up', fail(k), 1), 'unreachable', k);
    assert.is(next('unreachable', fail(k), 2), undefined, k);
    assert.is(next('unreachable', fail(k), 3), 'down', k);
  }
});

test('a host that answers with a login, host-key or command problem is alive: unreachable, never down', () => {
  for (const k of ['auth', 'hostkey', 'command'] as const) {
    assert.is(next('up', fail(k), 1), 'unreachable', k);
    assert.is(next('unreachable', fail(k), 50), undefined, k);
    assert.is(next('down', fail(k), 50), undefined, `${k}: a down host does not climb back without a good probe`);
  }
});

test('a host whose probe output cannot be read is probe-error, never down; down and fenced stay until a good probe', () => {
  for (const from of ['unknown', 'up', 'unreachable'] as const)
    assert.is(next(from, fail('output'), 1), 'probe-error', from);
  assert.is(next('probe-error', fail('output'), 99), undefined);
  assert.is(next('down', fail('output'), 1), undefined);
  assert.is(next('fenced', fail('output'), 1), undefined);
  assert.equal(nextHostState({ current: 'probe-error', outcome: { ok: true }, failures: 0, downAfter: 3 }), {
    next: 'up',
    reconcileFirst: true,
  });
});

test('a fenced host stays fenced until a probe succeeds; a host that answers again is reconciled before it is up', () => {
  assert.is(next('fenced', fail('ssh'), 9), undefined);
  assert.equal(nextHostState({ current: 'fenced', outcome: { ok: true }, failures: 0, downAfter: 3 }), {
    next: 'up',
    reconcileFirst: true,
  });
  assert.equal(nextHostState({ current: 'up', outcome: { ok: true }, failures: 0, downAfter: 3 }), {
    next: undefined,
    reconcileFirst: false,
  });
  assert.equal(nextHostState({ current: 'unknown', outcome: { ok: true }, failures: 0, downAfter: 3 }), {
    next: 'up',
    reconcileFirst: true,
  });
});

test.run();
