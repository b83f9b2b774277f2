// Bench `append`: durable events/s of the event log with 64 concurrent writers (one input per call, one
// aggregate per writer, ~300-byte bodies), against raw `level` batches of 1,000 sync puts of the same volume.
import { Level } from 'level';
import { EventLog } from '@ferry/log';
import { body, scaled, withTempDir, type Bench } from '../harness.js';

const WRITERS = 64;

/** Raw LevelDB baseline: batches of 1,000 puts with `sync: true` until `total` entries; entries/s. */
export async function rawBatchRate(dir: string, total: number, valueBytes: number): Promise<number> {
  const db = new Level<Buffer, Buffer>(dir, { keyEncoding: 'buffer', valueEncoding: 'buffer' });
  await db.open();
  try {
    const value = Buffer.alloc(valueBytes, 120);
    const started = performance.now();
    for (let done = 0; done < total; ) {
      const n = Math.min(1000, total - done);
      const ops = new Array(n);
      for (let i = 0; i < n; i++) {
        const key = Buffer.allocUnsafe(8);
        key.writeUInt32BE(0, 0);
        key.writeUInt32BE(done + i, 4);
        ops[i] = { type: 'put', key, value };
      }
      await db.batch(ops, { sync: true });
      done += n;
    }
    return total / ((performance.now() - started) / 1000);
  } finally {
    await db.close();
  }
}

export const appendBench: Bench = {
  name: 'append',
  description: 'durable events/s, 64 concurrent writers, ~300 B bodies; baseline raw level batch(1000, sync)',
  async run() {
    const total = scaled(200_000, WRITERS * 10);
    const perWriter = Math.ceil(total / WRITERS);
    const value = await withTempDir('append', async (dir) => {
      const log = await EventLog.open({ path: dir });
      try {
        const started = performance.now();
        await Promise.all(
          Array.from({ length: WRITERS }, async (_, w) => {
            for (let i = 0; i < perWriter; i++) {
              await log.append([{ aggregate: `system/bench-${w}`, type: 'SystemStateChanged', body: body(300, i) }]);
            }
          }),
        );
        const secs = (performance.now() - started) / 1000;
        const s = log.stats();
        return { rate: s.events / secs, batches: s.batches, events: s.events };
      } finally {
        await log.close();
      }
    });
    const baseline = await withTempDir('append-raw', (dir) => rawBatchRate(dir, value.events, 400));
    return {
      value: Math.round(value.rate),
      unit: 'events/s',
      baseline: Math.round(baseline),
      ratio: value.rate / baseline,
      notes: `${value.events} events in ${value.batches} batches (avg ${(value.events / value.batches).toFixed(1)}/batch)`,
    };
  },
};
