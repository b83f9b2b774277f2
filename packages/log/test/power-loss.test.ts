// Durability across power loss, which SIGKILL cannot show (the page cache survives a killed process): the log runs
// on a LevelDB whose journal knows what a power cut would keep (power-loss-level.ts). Cuts taken while concurrent
// appends, replicated batches, epochs and meta writes are being acknowledged are replayed into fresh directories;
// each must open, verify, and hold every event and setting acknowledged before its cut.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { EventLog } from '../src/index.js';
import { tempDir } from './conformance.js';
import { powerLossLevel, replayInto, type PowerCut } from './power-loss-level.js';

/** A cut and what had been acknowledged when it was taken. */
interface Moment {
  cut: PowerCut;
  acked: ReadonlyMap<number, string>;
  meta: ReadonlyMap<string, string>;
  epoch: number;
}

const test = suite('event log across power loss');
let dirs: string[] = [];
const logs: EventLog[] = [];
test.after.each(async () => {
  for (const l of logs.splice(0)) await l.close().catch(() => undefined);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});
const fresh = (): string => {
  const d = tempDir('ferry-power-');
  dirs.push(d);
  return d;
};

/** Replays a moment's cut into a fresh directory and checks that the log there holds all it had acknowledged. */
async function assertSurvives(m: Moment, what: string): Promise<void> {
  const dir = join(fresh(), 'after-power-loss');
  await replayInto(m.cut, dir);
  const log = await EventLog.open({ path: dir }); // verifies the whole chain
  logs.push(log);
  const maxAcked = Math.max(0, ...m.acked.keys());
  assert.ok(
    log.head().seq >= maxAcked,
    `${what}: head ${log.head().seq} after the power loss, but seq ${maxAcked} was acknowledged`,
  );
  for (const [seq, hash] of m.acked)
    assert.is(await log.hashAt(seq), hash, `${what}: acknowledged seq ${seq} lost or changed`);
  for (const [k, v] of m.meta) assert.is(await log.meta.get(k), v, `${what}: acknowledged meta ${k}`);
  assert.ok(log.epoch >= m.epoch, `${what}: epoch ${m.epoch} was begun, the log came back in ${log.epoch}`);
  // The index follows the commits unsynced: what a cut dropped of it is rebuilt from the records at open.
  const some = [...m.acked.keys()].slice(-3);
  for (const seq of some) {
    const [e] = await log.read(seq, 1);
    const versions = (await log.read(1, maxAcked, { aggregate: e!.aggregate })).map((x) => x.seq);
    assert.ok(versions.includes(seq), `${what}: seq ${seq} missing from the index of ${e!.aggregate}`);
  }
  await log.close();
}

test('appends: every event, epoch and meta value acknowledged before a power cut is there after it', async () => {
  const store = powerLossLevel(fresh());
  const log = await EventLog.open({ path: fresh(), db: store.db }); // the path holds the commit marker; the store is the injected db
  logs.push(log);
  const acked = new Map<number, string>();
  const meta = new Map<string, string>();
  let epoch = 1;
  const moments: Moment[] = [];
  const take = () => moments.push({ cut: store.cut(), acked: new Map(acked), meta: new Map(meta), epoch });
  await Promise.all(
    Array.from({ length: 8 }, async (_, w) => {
      for (let i = 0; i < 40; i++) {
        const evs = await log.append([
          { aggregate: `host/h${w}`, type: 'Noted', body: { w, i } },
          { aggregate: `system/s${i % 5}`, type: 'Noted', body: { w, i } },
        ]);
        for (const e of evs) acked.set(e.seq, e.hash);
        if (w === 0 && i === 20) {
          await log.meta.put('role', 'master');
          meta.set('role', 'master');
          await log.beginEpoch(2);
          epoch = 2;
        }
        if (w === 0 && i % 8 === 4) take(); // a cut every few acknowledgements, with the other writers mid-flight
      }
    }),
  );
  await log.read(1, 1, { aggregate: 'host/h0' }); // waits for the index writes behind the last commit
  take();
  assert.ok(
    moments.at(-1)!.cut.discarded > 0,
    'the last cut must discard the unsynced index writes behind the last commit',
  );
  for (const [i, m] of moments.entries()) await assertSurvives(m, `cut ${i + 1}/${moments.length}`);
});

test('replicated batches: every batch acknowledged before a power cut is there after it', async () => {
  const src = await EventLog.open({ path: fresh() });
  logs.push(src);
  for (let i = 0; i < 30; i++)
    await src.append(
      Array.from({ length: 10 }, (_, j) => ({ aggregate: `host/h${j}`, type: 'Noted', body: { i, j } })),
    );
  const store = powerLossLevel(fresh());
  const rep = await EventLog.open({ path: fresh(), db: store.db }); // the path holds the commit marker; the store is the injected db
  logs.push(rep);
  const acked = new Map<number, string>();
  const moments: Moment[] = [];
  // Two batches in flight at a time, as the follower pipelines them.
  for (let from = 1; from <= 300; from += 40) {
    const [a, b] = await Promise.all([
      rep.appendReplicated(await src.readRaw(from, 20)),
      rep.appendReplicated(await src.readRaw(from + 20, 20)),
    ]);
    for (const e of [...a, ...b]) acked.set(e.seq, e.hash);
    moments.push({ cut: store.cut(), acked: new Map(acked), meta: new Map(), epoch: 1 });
  }
  assert.is(rep.head().hash, src.head().hash);
  for (const [i, m] of moments.entries()) await assertSurvives(m, `cut ${i + 1}/${moments.length}`);
});

test('the journal is not a no-op: an unsynced write with no synced write after it is gone after the cut', async () => {
  const dir = fresh();
  const store = powerLossLevel(join(dir, 'db'));
  await store.db.open();
  await store.db.put(Buffer.from('a'), Buffer.from('1'), { sync: true } as never);
  await store.db.put(Buffer.from('b'), Buffer.from('2'));
  const first = store.cut();
  await store.db.put(Buffer.from('c'), Buffer.from('3'), { sync: true } as never);
  const second = store.cut();
  await store.db.close();
  const after = async (cut: PowerCut, name: string) => {
    await replayInto(cut, join(dir, name));
    const { Level } = await import('level');
    const db = new Level<string, string>(join(dir, name));
    const keys = await db.keys().all();
    await db.close();
    return keys;
  };
  assert.equal(await after(first, 'first'), ['a']);
  assert.equal(await after(second, 'second'), ['a', 'b', 'c']);
});

test.run();
