// The master's replica tracker, which synchronous writes wait on: a wait resolves true once N replicas acknowledged
// the seq (or a later one), never on fewer or on lower acks, and false at its timeout; lag counts events and the age
// of the oldest unacknowledged commit.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ReplicaTracker } from '../src/replication/tracker.js';

/** Settles `p` or reports it pending after the queued callbacks ran (no timers involved). */
async function state<T>(p: Promise<T>): Promise<T | 'pending'> {
  return Promise.race([p, new Promise<'pending'>((r) => setImmediate(() => r('pending')))]);
}

test('a wait for 2 replicas resolves only when two of them acknowledged the seq or later', async () => {
  const t = new ReplicaTracker();
  t.connect('r1', 'r1:1', 0);
  t.connect('r2', 'r2:1', 0);
  const wait = t.waitForAcks(10, 2, 60_000);
  t.ack('r1', 12);
  assert.is(await state(wait), 'pending', 'one replica is not two');
  t.ack('r2', 9);
  assert.is(await state(wait), 'pending', 'an ack below the seq does not count');
  t.ack('unknown', 50);
  assert.is(await state(wait), 'pending', 'an ack from no session does not count');
  t.ack('r2', 10);
  assert.is(await state(wait), true);
  assert.is(await t.waitForAcks(10, 2, 60_000), true, 'already acknowledged: at once');
  const later = t.waitForAcks(13, 1, 60_000);
  assert.is(await state(later), 'pending');
  t.ack('r1', 13);
  assert.is(await later, true, 'and resolves (its timer cleared) once acknowledged');
});

test('acks only move forward; a wait times out with false', async () => {
  const t = new ReplicaTracker();
  t.connect('r1', 'r1:1', 5);
  t.ack('r1', 8);
  t.ack('r1', 3);
  assert.is(t.all()[0]!.ackedSeq, 8);
  const started = Date.now();
  assert.is(await t.waitForAcks(9, 1, 50), false);
  assert.ok(Date.now() - started >= 45, 'it waited its timeout');
  assert.is(await state(t.waitForAcks(8, 1, 50)), true);
});

test('lag: events behind the head and the age of the oldest unacknowledged commit', () => {
  const t = new ReplicaTracker();
  t.connect('r1', 'r1:1', 0);
  const now = Date.now();
  t.committed([1, 2, 3], now - 1_000);
  t.ack('r1', 1);
  const s = t.all()[0]!;
  const lag = t.lag(s, 3);
  assert.is(lag.events, 2);
  assert.ok(lag.ms >= 1_000 && lag.ms < 5_000, `lag ${lag.ms} ms`);
  t.ack('r1', 3);
  assert.equal(t.lag(s, 3), { events: 0, ms: 0 });
  t.disconnect('r1');
  assert.is(t.all()[0]!.connected, false);
});

test.run();
