// Bench `append`: durable events/s of the event log with 64 concurrent writers (one input per call, one
// aggregate per writer, ~300-byte bodies), against raw `level` batches of 1,000 sync puts of the same volume.
import { Level } from 'level';
import { EventLog } from '@ferry/log';
import { body, scaled, withTempDir, type Bench } from '../harness.js';

const WRITERS = 64;

const ROUNDS = 4;

/** Raw LevelDB baseline: batches of 1,000 puts with `sync: true`, keys from `start`; returns seconds taken. */
async function rawBatches(db: Level<Buffer, Buffer>, start: number, count: number, value: Buffer): Promise<number> {
  const started = performance.now();
  for (let done = 0; done < count; ) {
    const n = Math.min(1000, count - done);
    const ops = new Array(n);
    for (let i = 0; i < n; i++) {
      const key = Buffer.allocUnsafe(8);
      key.writeUInt32BE(0, 0);
      key.writeUInt32BE(start + done + i, 4);
      ops[i] = { type: 'put', key, value };
    }
    await db.batch(ops, { sync: true });
    done += n;
  }
  return (performance.now() - started) / 1000;
}

/** The log under test: 64 writers each appending `perWriter` single-input calls; returns seconds taken. */
async function logRound(log: EventLog, round: number, perWriter: number): Promise<number> {
  const started = performance.now();
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, w) => {
      for (let i = 0; i < perWriter; i++) {
        await log.append([
          { aggregate: `system/bench-${w}`, type: 'SystemStateChanged', body: body(300, round * perWriter + i) },
        ]);
      }
    }),
  );
  return (performance.now() - started) / 1000;
}

export const appendBench: Bench = {
  name: 'append',
  description: 'durable events/s, 64 concurrent writers, ~300 B bodies; baseline raw level batch(1000, sync)',
  async run() {
    const total = scaled(200_000, WRITERS * ROUNDS * 10);
    const perWriter = Math.ceil(total / WRITERS / ROUNDS);
    // The log and the raw baseline run in alternating rounds so that disk and CPU noise hits both alike.
    return withTempDir('append', (dir) =>
      withTempDir('append-raw', async (rawDir) => {
        const log = await EventLog.open({ path: dir });
        const raw = new Level<Buffer, Buffer>(rawDir, { keyEncoding: 'buffer', valueEncoding: 'buffer' });
        await raw.open();
        try {
          const value = Buffer.alloc(400, 120); // about the size of a stored record with a 300-byte body
          let logSecs = 0;
          let rawSecs = 0;
          for (let r = 0; r < ROUNDS; r++) {
            logSecs += await logRound(log, r, perWriter);
            rawSecs += await rawBatches(raw, r * perWriter * WRITERS, perWriter * WRITERS, value);
          }
          const s = log.stats();
          const rate = s.events / logSecs;
          const baseline = s.events / rawSecs;
          return {
            value: Math.round(rate),
            unit: 'events/s',
            baseline: Math.round(baseline),
            ratio: rate / baseline,
            notes: `${s.events} events in ${s.batches} batches (avg ${(s.events / s.batches).toFixed(1)}/batch), ${ROUNDS} alternating rounds`,
          };
        } finally {
          await log.close();
          await raw.close();
        }
      }),
    );
  },
};
