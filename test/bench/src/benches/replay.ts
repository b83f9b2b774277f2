// Bench `replay`: events/s rebuilding all projections from a 1M-event log of realistic host/system events,
// against raw iteration of every entry of the same LevelDB in the same run.
import { Level } from 'level';
import { EventLog, type Projection } from '@ferry/log';
import { createProjection } from '@ferry/model';
import { eventMix, simpleProjection } from '../replay-fixture.js';
import { scaled, withTempDir, type Bench } from '../harness.js';

// Projection under test: the real model projection. `FERRY_BENCH_PROJECTION=simple` uses the bench's own
// simple projection instead (the stand-in used before @ferry/model existed).
const makeProjection = (): Projection =>
  process.env.FERRY_BENCH_PROJECTION === 'simple' ? simpleProjection() : createProjection();

/** Entries/s of a raw iteration over every key/value of the LevelDB in `dir`; also returns the entry count. */
export async function rawIterate(dir: string): Promise<{ rate: number; entries: number }> {
  const db = new Level<Buffer, Buffer>(dir, { keyEncoding: 'buffer', valueEncoding: 'buffer' });
  await db.open();
  try {
    const started = performance.now();
    let entries = 0;
    let bytes = 0;
    // Same read-ahead as the log's own scans (classic-level's default is 16 KiB per round trip).
    const it = db.iterator({ highWaterMarkBytes: 1 << 20 });
    for (;;) {
      const chunk = await it.nextv(2000);
      if (chunk.length === 0) break;
      for (const [k, v] of chunk) bytes += k.length + v.length;
      entries += chunk.length;
    }
    await it.close();
    const secs = (performance.now() - started) / 1000;
    return { rate: entries / secs, entries: bytes >= 0 ? entries : 0 };
  } finally {
    await db.close();
  }
}

export const replayBench: Bench = {
  name: 'replay',
  description: 'events/s rebuilding projections from a 1M-event log; baseline raw iteration of the whole LevelDB',
  async run() {
    const total = scaled(1_000_000, 10_000);
    return withTempDir('replay', async (dir) => {
      // Built with the projection attached, so the reopen below loads it instead of replaying.
      const build = await EventLog.open({ path: dir, verifyOnOpen: false, projection: makeProjection() });
      for (const chunk of eventMix(total)) await build.append(chunk);
      await build.close();

      const raw1 = await rawIterate(dir);
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
      const raw2 = await rawIterate(dir);
      // The faster of two raw passes (before and after the replay) is the baseline.
      const raw = raw1.rate >= raw2.rate ? raw1 : raw2;
      // Baseline in events/s: the log's events over the time a raw pass over all entries takes.
      const baseline = total / (raw.entries / raw.rate);
      return {
        value: Math.round(value),
        unit: 'events/s',
        baseline: Math.round(baseline),
        ratio: value / baseline,
        notes: `${total} events; raw pass over ${raw.entries} entries at ${Math.round(raw.rate)} entries/s`,
      };
    });
  },
};
