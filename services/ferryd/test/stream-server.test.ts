// The master's side of a replica stream against a real log: a caught-up replica is served each commit from the live
// feed (no disk read per commit); a replica that stops draining gets nothing more until it drains, and afterwards
// receives every event exactly once and in order, the ones the feed dropped read from disk.
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import pino from 'pino';
import { EventLog } from '@ferry/log';
import type { StreamResponse } from '@ferry/contract';
import type { FerryNode } from '../src/node.js';
import { serveStream } from '../src/replication/stream-server.js';
import { ReplicaTracker } from '../src/replication/tracker.js';

/** A replica's stream as the server sees it: records what is written; `full` makes write() ask for a 'drain'. */
class FakeCall extends EventEmitter {
  readonly sent: StreamResponse[] = [];
  full = false;
  writableEnded = false;
  destroyed = false;
  write(m: StreamResponse): boolean {
    this.sent.push(m);
    return !this.full;
  }
  end(): void {
    this.writableEnded = true;
  }
  /** Seqs of every batch sent so far, in order. */
  seqs(): number[] {
    return this.sent.flatMap((m) => m.batch?.events?.map((e) => Number(e.seq)) ?? []);
  }
}

/** A master node around a real log, counting its disk reads of raw records. */
async function master(dir: string) {
  const log = await EventLog.open({ path: join(dir, 'log') });
  let diskReads = 0;
  const readRaw = log.readRaw.bind(log);
  log.readRaw = (from, limit) => {
    diskReads++;
    return readRaw(from, limit);
  };
  const node = {
    log,
    role: 'master',
    masterAddress: '',
    config: { cluster: 'c' },
    secrets: { id: 'key' },
    logger: pino({ level: 'silent' }),
    fence: async () => {},
  } as unknown as FerryNode;
  return { log, node, diskReads: () => diskReads };
}

const append = (log: EventLog, from: number, n: number) =>
  log.append(
    Array.from({ length: n }, (_, i) => ({ aggregate: `a/${from + i}`, type: 'Noted', body: { i: from + i } })),
  );

const hello = (call: FakeCall, headSeq = 0, headHash = '') =>
  call.emit('data', {
    hello: { nodeId: 'r1', headSeq, headHash, epoch: 0, address: 'r1:1', cluster: 'c', clusterKeyId: 'key' },
  });

async function until(what: string, check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

test('a caught-up replica is served each commit from memory, every event once and in order', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ferry-stream-'));
  const { log, node, diskReads } = await master(dir);
  const call = new FakeCall();
  try {
    await append(log, 1, 20);
    serveStream(node, new ReplicaTracker(), call as never, 'r1', () => {});
    hello(call);
    await until('catch-up', () => call.seqs().length === 20);
    const readsAfterCatchUp = diskReads();
    for (let i = 0; i < 50; i++) await append(log, 21 + i * 2, 2);
    await until('live events', () => call.seqs().length === 120);
    assert.equal(call.seqs(), range(1, 120));
    assert.is(diskReads(), readsAfterCatchUp, 'no disk read for live commits');
    const sentRecord = call.sent.at(-1)!.batch!.events!.at(-1)!;
    const stored = (await log.readRaw(120, 1))[0]!;
    assert.ok(
      Buffer.from(sentRecord.data as Uint8Array).equals(Buffer.from(stored.data)),
      'the fed bytes are the stored bytes',
    );
    assert.ok(Buffer.from(sentRecord.hash as Uint8Array).equals(Buffer.from(stored.hash)));
  } finally {
    call.emit('cancelled');
    await log.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a replica that stops draining is sent nothing more; once it drains it gets every event once, from disk and feed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ferry-stream-'));
  const { log, node, diskReads } = await master(dir);
  const call = new FakeCall();
  try {
    serveStream(node, new ReplicaTracker(), call as never, 'r1', () => {});
    hello(call);
    await append(log, 1, 1);
    await until('first event', () => call.seqs().length === 1);
    call.full = true;
    await append(log, 2, 1);
    await until('the write that fills the stream', () => call.seqs().length === 2);
    const reads = diskReads();
    // Far more than the feed holds (2 batches of 4,000), committed while the stream waits for 'drain'.
    await until('the server to wait for drain', () => call.listenerCount('drain') > 0);
    for (let i = 0; i < 100; i++) await append(log, 3 + i * 100, 100);
    assert.is(call.seqs().length, 2, 'nothing is written while the stream waits for drain, however many commits');
    call.full = false;
    call.emit('drain');
    await until('all events', () => call.seqs().length >= 10_002);
    assert.ok(diskReads() > reads, 'what the feed dropped was read from disk');
    const beforeLive = diskReads();
    await append(log, 10_003, 3);
    // Events arrive in order: once the last one is in, a duplicate or a stray of the catch-up would be in too.
    await until('live again', () => call.seqs().includes(10_005));
    assert.equal(call.seqs(), range(1, 10_005), 'every event exactly once, in order');
    assert.is(diskReads(), beforeLive, 'back on the feed once caught up');
  } finally {
    call.emit('cancelled');
    await log.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
