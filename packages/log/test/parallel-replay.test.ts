// The parallel replay (a worker thread reads and joins the chunks): a rebuild from the worker's chunks stages every
// event once, in order, exactly as the in-thread replay of the same log does; a record that cannot be joined (not
// one JSON object, or no JSON at all) hands the rest over to the in-thread replay, which fails on it as it always has.
import { cpSync, rmSync } from 'node:fs';
import { Level } from 'level';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { EventLog, chainHash, type EventData, type Projection } from '../src/index.js';
import { tempDir } from './conformance.js';

const test = suite('parallel replay');
let dirs: string[] = [];
test.after.each(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** More events than the log replays in-thread. */
const EVENTS = 30_000;

/** A projection that keeps, per aggregate, the seqs it was given, and the order of every seq staged. */
function recording(): Projection & { seqs: number[]; rows: Map<string, number[]> } {
  const rows = new Map<string, number[]>();
  const seqs: number[] = [];
  return {
    version: 'recording-1',
    seqs,
    rows,
    reset() {
      rows.clear();
      seqs.length = 0;
    },
    async load() {},
    stage(events: readonly EventData[]) {
      for (const e of events) {
        seqs.push(e.seq);
        const row = rows.get(e.aggregate) ?? [];
        row.push(e.seq, (e.body as { n: number }).n);
        rows.set(e.aggregate, row);
      }
      return { keys: new Set(events.map((e) => e.aggregate)), commit() {} };
    },
    row: (key) => (rows.has(key) ? JSON.stringify(rows.get(key)) : undefined),
  };
}

/**
 * A closed log of EVENTS events over 50 aggregates, with strings that need escaping in their bodies; its projection's
 * rows are checkpointed at the head, so an open loads them and replays nothing.
 */
async function filledLog(): Promise<string> {
  const dir = tempDir();
  dirs.push(dir);
  const log = await EventLog.open({ path: dir, projection: recording() });
  for (let at = 0; at < EVENTS; at += 1000) {
    await log.append(
      Array.from({ length: 1000 }, (_, i) => ({
        aggregate: `host/h${(at + i) % 50}`,
        type: 'Touched',
        body: { n: at + i, note: 'a "quoted" {brace} [and] \\ ü' },
      })),
    );
  }
  await log.close();
  return dir;
}

/** Rebuilds the projection of the log in `dir`: in a worker (the log opens its own LevelDB) or in-thread (given one). */
async function rebuild(dir: string, inWorker: boolean) {
  const projection = recording();
  const db = inWorker ? undefined : new Level<Buffer, Buffer>(dir, { keyEncoding: 'buffer', valueEncoding: 'buffer' });
  const log = await EventLog.open({ path: dir, verifyOnOpen: false, projection, ...(db ? { db } : {}) });
  try {
    const before = log.stats().replayedInWorker;
    const error = await log.rebuildProjection().then(
      () => undefined,
      (e: Error) => e.message,
    );
    return { projection, error, replayedInWorker: log.stats().replayedInWorker - before };
  } finally {
    await log.close();
  }
}

/** Replaces the data of record `seq` with `data`, sealed on its predecessor's hash (so only its content is wrong). */
async function replaceRecord(dir: string, seq: number, data: string): Promise<void> {
  const db = new Level<Buffer, Buffer>(dir, { keyEncoding: 'buffer', valueEncoding: 'buffer' });
  const log = db.sublevel<Buffer, Buffer>('log', { keyEncoding: 'buffer', valueEncoding: 'buffer' });
  const key = (s: number) => {
    const k = Buffer.alloc(8);
    k.writeUInt32BE(s, 4);
    return k;
  };
  const prev = (await log.get(key(seq - 1)))!.subarray(0, 32);
  const bytes = Buffer.from(data, 'utf8');
  await log.put(key(seq), Buffer.concat([chainHash(prev, bytes), bytes]));
  await db.close();
}

test('the worker-read replay stages every event once, in order, as the in-thread replay does', async () => {
  const dir = await filledLog();
  const parallel = await rebuild(dir, true);
  const inThread = await rebuild(dir, false);
  assert.is(parallel.error, undefined);
  assert.is(parallel.replayedInWorker, EVENTS, 'every event came from the worker');
  assert.is(inThread.replayedInWorker, 0);
  assert.equal(
    parallel.projection.seqs,
    Array.from({ length: EVENTS }, (_, i) => i + 1),
  );
  assert.equal(parallel.projection.rows, inThread.projection.rows);
});

for (const [what, data] of [
  ['two JSON objects in one record', '{"seq":20500,"epoch":1},{"seq":20501,"epoch":1}'],
  ['a record cut inside a string', '{"seq":20500,"epoch":1,"time":"2026'],
  ['a record that is valid JSON of the wrong shape', '{"seq":20500,"epoch":1}'],
] as const) {
  test(`${what}: the replay fails on it as the in-thread replay does, after staging what came before`, async () => {
    const dir = await filledLog();
    await replaceRecord(dir, 20_500, data);
    // A failed rebuild leaves the rows it checkpointed: each replay gets its own copy of the damaged log.
    const copy = tempDir();
    dirs.push(copy);
    cpSync(dir, copy, { recursive: true });
    const parallel = await rebuild(dir, true);
    const inThread = await rebuild(copy, false);
    assert.ok(parallel.error, 'the replay must fail');
    assert.is(parallel.error, inThread.error);
    assert.is(parallel.replayedInWorker, 20_000, 'the chunks before the bad one came from the worker');
    assert.is(parallel.projection.seqs.length, 20_000, 'nothing of the chunk holding the bad record is staged');
    assert.equal(parallel.projection.seqs, inThread.projection.seqs);
  });
}

test.run();
