// The master's live feed of committed records: serves a stream from memory exactly from the seq it asks for, within
// the batch bounds, and says "read from disk" whenever it does not hold that seq; it never holds more than its bounds.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { RawRecord } from '@ferry/log';
import { LiveFeed } from '../src/replication/live-feed.js';

const records = (from: number, n: number, size = 10): RawRecord[] =>
  Array.from({ length: n }, (_, i) => ({ seq: from + i, data: Buffer.alloc(size, 120), hash: Buffer.alloc(32) }));
const seqs = (rs: readonly RawRecord[] | undefined): number[] | undefined => rs?.map((r) => r.seq);

test('serves committed records from the seq asked for, and each only once', () => {
  const feed = new LiveFeed(100, 1_000_000);
  feed.push(records(1, 3));
  feed.push(records(4, 2));
  assert.equal(seqs(feed.take(1, 100, 1_000_000)), [1, 2, 3, 4, 5]);
  assert.is(feed.take(6, 100, 1_000_000), undefined);
  assert.is(feed.size, 0);
});

test('records before the seq asked for are skipped (they were read from disk meanwhile)', () => {
  const feed = new LiveFeed(100, 1_000_000);
  feed.push(records(10, 5));
  assert.equal(seqs(feed.take(12, 100, 1_000_000)), [12, 13, 14]);
});

test('a seq older than the feed holds, or not committed yet, is left to the disk', () => {
  const feed = new LiveFeed(100, 1_000_000);
  feed.push(records(10, 5));
  assert.is(feed.take(9, 100, 1_000_000), undefined);
  assert.is(feed.size, 5, 'asking for an older seq drops nothing');
  assert.is(feed.take(20, 100, 1_000_000), undefined);
  assert.is(feed.size, 0, 'asking beyond the feed means everything it holds was sent');
});

test('one take stays within the batch bounds (always at least one record); the rest comes next', () => {
  const feed = new LiveFeed(100, 1_000_000);
  feed.push(records(1, 10, 100));
  assert.equal(seqs(feed.take(1, 4, 1_000_000)), [1, 2, 3, 4]);
  assert.equal(seqs(feed.take(5, 100, 250)), [5, 6]);
  assert.equal(seqs(feed.take(7, 100, 50)), [7], 'a record larger than the byte bound still goes alone');
  assert.equal(seqs(feed.take(8, 100, 1_000_000)), [8, 9, 10]);
});

test('beyond its event bound the feed drops the oldest records: the stream reads them from disk, then joins again', () => {
  const feed = new LiveFeed(5, 1_000_000);
  for (let s = 1; s <= 12; s++) feed.push(records(s, 1));
  assert.is(feed.size, 5);
  assert.is(feed.take(1, 100, 1_000_000), undefined, 'seq 1 was dropped: read from disk');
  assert.equal(seqs(feed.take(8, 100, 1_000_000)), [8, 9, 10, 11, 12]);
});

test('beyond its byte bound the feed drops the oldest records but keeps the newest even when it alone is larger', () => {
  const feed = new LiveFeed(1_000, 300);
  feed.push(records(1, 10, 100));
  assert.is(feed.size, 3);
  assert.equal(seqs(feed.take(8, 100, 1_000_000)), [8, 9, 10]);
  feed.push(records(11, 1, 1_000));
  assert.is(feed.size, 1);
  assert.equal(seqs(feed.take(11, 100, 1_000_000)), [11]);
});

test('a gap in what is pushed drops what came before it (it no longer leads to the new records)', () => {
  const feed = new LiveFeed(100, 1_000_000);
  feed.push(records(1, 3));
  feed.push(records(7, 2));
  assert.is(feed.take(1, 100, 1_000_000), undefined);
  assert.equal(seqs(feed.take(7, 100, 1_000_000)), [7, 8]);
});

test('many pushes and takes far beyond the bound keep order and the bound (lazy compaction)', () => {
  const feed = new LiveFeed(3_000, 1_000_000_000);
  let next = 1;
  let pushed = 0;
  for (let round = 0; round < 50; round++) {
    feed.push(records(pushed + 1, 997));
    pushed += 997;
    assert.ok(feed.size <= 3_000);
    if (round % 3 === 0) {
      const got = feed.take(next, 2_000, 1_000_000_000);
      if (got) {
        assert.is(got[0]!.seq, next);
        got.forEach((r, i) => {
          assert.is(r.seq, next + i);
        });
        next += got.length;
      } else {
        next = pushed - 100; // what a disk read would have caught up to
      }
    }
  }
  assert.equal(seqs(feed.take(pushed, 10, 1_000_000_000)), [pushed]);
});

test('a feed without room for one record is refused', () => {
  assert.throws(() => new LiveFeed(0, 10), /at least one record/);
});

test.run();
