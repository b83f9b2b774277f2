// Bench `replay`: events/s rebuilding all projections from a 1M-event log of realistic host/system events,
// against a raw pass over the log records of the same LevelDB (values only, as the replay reads them) in the same
// run: the faster of a pass before and after.
import { Level } from 'level';
import { EventLog, type Projection } from '@ferry/log';
import { createProjection } from '@ferry/model';
import { eventMix, simpleProjection } from '../replay-fixture.js';
import { scaled, withTempDir, type Bench } from '../harness.js';

// Projection under test: the real model projection. `FERRY_BENCH_PROJECTION=simple` uses the bench's own
// simple projection instead (the stand-in used before @ferry/model existed).
const makeProjection = (): Projection =>
  process.env.FERRY_BENCH_PROJECTION === 'simple' ? simpleProjection() : createProjection();

/** What a raw pass reads of each log record: the value alone (as replay does) or key and value (as verify does). */
export type RawRead = 'values' | 'entries';

/**
 * Records/s of a raw pass over the log records of the LevelDB in `dir` (the `log` sublevel's key range, nothing
 * else: not the index, heads, projection rows or meta), read the way the measured path reads them (same range on
 * the root, read-ahead and chunk size, `values` or key and value); also returns the record count.
 */
export async function rawLogPass(dir: string, read: RawRead): Promise<{ rate: number; records: number }> {
  const db = new Level<Buffer, Buffer>(dir, { keyEncoding: 'buffer', valueEncoding: 'buffer' });
  await db.open();
  try {
    const gte = Buffer.from(db.sublevel('log').prefix, 'utf8');
    const lt = Buffer.from(gte);
    lt[lt.length - 1]!++;
    const range = { gte, lt, highWaterMarkBytes: 1 << 20 };
    const started = performance.now();
    let records = 0;
    let bytes = 0;
    if (read === 'values') {
      const it = db.values(range);
      for (let chunk = await it.nextv(1000); chunk.length > 0; chunk = await it.nextv(1000)) {
        for (const v of chunk) bytes += v.length;
        records += chunk.length;
      }
      await it.close();
    } else {
      const it = db.iterator(range);
      for (let chunk = await it.nextv(1000); chunk.length > 0; chunk = await it.nextv(1000)) {
        for (const [k, v] of chunk) bytes += k.length + v.length;
        records += chunk.length;
      }
      await it.close();
    }
    const secs = (performance.now() - started) / 1000;
    if (bytes === 0 && records > 0) throw new Error('raw pass read empty records');
    return { rate: records / secs, records };
  } finally {
    await db.close();
  }
}

export const replayBench: Bench = {
  name: 'replay',
  description: 'events/s rebuilding projections from a 1M-event log; baseline a raw pass over its log records',
  async run() {
    const total = scaled(1_000_000, 10_000);
    return withTempDir('replay', async (dir) => {
      // Built with the projection attached, so the reopen below loads it instead of replaying.
      const build = await EventLog.open({ path: dir, verifyOnOpen: false, projection: makeProjection() });
      for (const chunk of eventMix(total)) await build.append(chunk);
      await build.close();

      const raw1 = await rawLogPass(dir, 'values');
      const log = await EventLog.open({ path: dir, verifyOnOpen: false, projection: makeProjection() });
      let secs: number;
      try {
        const started = performance.now();
        await log.rebuildProjection();
        secs = (performance.now() - started) / 1000;
      } finally {
        await log.close();
      }
      const value = total / secs;
      const raw2 = await rawLogPass(dir, 'values');
      // The faster of two raw passes (before and after the replay) is the baseline.
      const raw = raw1.rate >= raw2.rate ? raw1 : raw2;
      if (raw.records !== total) throw new Error(`raw pass read ${raw.records} log records, the log holds ${total}`);
      return {
        value: Math.round(value),
        unit: 'events/s',
        baseline: Math.round(raw.rate),
        ratio: value / raw.rate,
        notes: `${total} events in ${secs.toFixed(2)} s; raw pass over the ${raw.records} log records (values) at ${Math.round(raw.rate)}/s`,
      };
    });
  },
};
