// Bench `replay`: events/s rebuilding all projections from a 1M-event log of realistic host/system events,
// against raw iteration of every entry of the same LevelDB in the same run.
import { Level } from 'level';
import { EventLog, type Projection } from '@ferry/log';
import { eventMix, simpleProjection } from '../replay-fixture.js';
import { scaled, withTempDir, type Bench } from '../harness.js';

// Projection under test. Switch to the model's projection with the single line below once it exists:
// import { createProjection } from '@ferry/model'; const makeProjection = (): Projection => createProjection();
const makeProjection = (): Projection => simpleProjection();

/** Entries/s of a raw iteration over every key/value of the LevelDB in `dir`; also returns the entry count. */
export async function rawIterate(dir: string): Promise<{ rate: number; entries: number }> {
  const db = new Level<Buffer, Buffer>(dir, { keyEncoding: 'buffer', valueEncoding: 'buffer' });
  await db.open();
  try {
    const started = performance.now();
    let entries = 0;
    let bytes = 0;
    const it = db.iterator();
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
      const build = await EventLog.open({ path: dir, verifyOnOpen: false });
      for (const chunk of eventMix(total)) await build.append(chunk);
      await build.close();

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
      const raw = await rawIterate(dir);
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
