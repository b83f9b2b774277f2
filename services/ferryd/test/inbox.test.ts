// The replica's inbox: what arrives while one apply runs is taken in one go (bounded by events and bytes), the
// source stream is paused while too much waits and resumed once drained, and failure and end reach the consumer.
import { PassThrough } from 'node:stream';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { RawRecord } from '@ferry/log';
import { Inbox, TAKE_BYTES, TAKE_EVENTS } from '../src/replication/inbox.js';

const records = (from: number, n: number, size = 10): RawRecord[] =>
  Array.from({ length: n }, (_, i) => ({ seq: from + i, data: Buffer.alloc(size, 120), hash: Buffer.alloc(32) }));
const seqs = (rs: readonly RawRecord[] | undefined): number[] => (rs ?? []).map((r) => r.seq);
const source = (): PassThrough => new PassThrough({ objectMode: true });

test('records pushed in several messages are taken together, in order', async () => {
  const inbox = new Inbox(source());
  inbox.push(records(1, 3));
  inbox.push(records(4, 2));
  assert.equal(seqs(await inbox.take()), [1, 2, 3, 4, 5]);
});

test('a take waits for the next push', async () => {
  const inbox = new Inbox(source());
  const taken = inbox.take();
  inbox.push(records(1, 2));
  assert.equal(seqs(await taken), [1, 2]);
});

test('one take returns at most TAKE_EVENTS; the rest comes next', async () => {
  const inbox = new Inbox(source());
  inbox.push(records(1, TAKE_EVENTS + 5));
  assert.is((await inbox.take())!.length, TAKE_EVENTS);
  assert.equal(seqs(await inbox.take()), [
    TAKE_EVENTS + 1,
    TAKE_EVENTS + 2,
    TAKE_EVENTS + 3,
    TAKE_EVENTS + 4,
    TAKE_EVENTS + 5,
  ]);
});

test('one take stays within TAKE_BYTES, but always returns a record even when it alone is larger', async () => {
  const inbox = new Inbox(source());
  inbox.push(records(1, 1, TAKE_BYTES + 1));
  inbox.push(records(2, 3, TAKE_BYTES / 2));
  assert.equal(seqs(await inbox.take()), [1]);
  assert.equal(seqs(await inbox.take()), [2, 3]);
  assert.equal(seqs(await inbox.take()), [4]);
});

test('the stream is paused while more than two takes wait and resumed when drained', async () => {
  const stream = source();
  stream.resume();
  const inbox = new Inbox(stream);
  inbox.push(records(1, 2 * TAKE_EVENTS - 1));
  assert.not.ok(stream.isPaused());
  inbox.push(records(2 * TAKE_EVENTS, 1));
  assert.ok(stream.isPaused());
  await inbox.take();
  assert.ok(stream.isPaused(), 'still TAKE_EVENTS waiting');
  await inbox.take();
  assert.not.ok(stream.isPaused());
});

test('end: queued records are still taken, then undefined', async () => {
  const inbox = new Inbox(source());
  inbox.push(records(1, 2));
  inbox.end();
  assert.equal(seqs(await inbox.take()), [1, 2]);
  assert.is(await inbox.take(), undefined);
});

test('fail: the waiting take rejects, queued records are dropped', async () => {
  const inbox = new Inbox(source());
  const waiting = inbox.take();
  inbox.fail(new Error('stream broke'));
  await waiting.then(
    () => assert.unreachable('resolved'),
    (e: Error) => assert.is(e.message, 'stream broke'),
  );
  inbox.push(records(1, 1));
  await inbox.take().then(
    () => assert.unreachable('resolved'),
    (e: Error) => assert.is(e.message, 'stream broke'),
  );
});

test.run();
