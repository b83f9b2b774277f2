// Projection replay: feeds stored events into the projection (at open, after `appliedSeq`; on a rebuild, from seq 1)
// one read chunk at a time, each chunk's data parsed once and staged and committed at once, then waits for the
// checkpoint of the result. A long replay over the log's own LevelDB reads in a worker thread (replay-reader.ts);
// what the worker does not deliver is read in-thread.
import { parseData } from './codec.js';
import type { LogContext } from './context.js';
import { META_APPLIED } from './projection-checkpoint.js';
import { readInWorker } from './replay-reader.js';
import { READ_CHUNK } from './store.js';
import type { EventData } from './types.js';

/** Events from which a replay reads in a worker thread (starting one costs tens of milliseconds). */
const WORKER_REPLAY_MIN = 20_000;

/** Clears the projection, its rows and `appliedSeq`, and replays the whole log into it. */
export async function rebuild(c: LogContext): Promise<void> {
  const p = c.projection;
  if (!p || !c.checkpoint) return;
  await c.checkpoint.resetTo(0);
  await c.store.write([{ type: 'del', p: c.store.P.meta, key: META_APPLIED }], true);
  await c.store.proj.clear();
  p.reset();
  await replayProjection(c, 1);
}

/**
 * Replays the events from `from` to the head into the projection, whose rows reflect seq `from - 1`, and waits
 * for the checkpoint of the result.
 */
export async function replayProjection(c: LogContext, from: number): Promise<void> {
  const p = c.projection!;
  const checkpoint = c.checkpoint!;
  const stage = (events: EventData[]): void => {
    const staged = p.stage(events);
    staged.commit();
    checkpoint.changed(staged.keys, events[events.length - 1]!.seq);
  };
  let next = from;
  if (c.store.ownsDb && c.headSeq - from + 1 >= WORKER_REPLAY_MIN) {
    // A worker thread reads and joins the chunks; what it cannot deliver is read below, in-thread.
    const { gte, lt, highWaterMarkBytes } = c.store.logScan(from);
    for await (const events of readInWorker({ path: c.store.path, gte, lt, highWaterMarkBytes, chunk: READ_CHUNK })) {
      stage(events);
      next += events.length;
      c.stats.replayedInWorker += events.length;
    }
  }
  if (next <= c.headSeq) {
    const it = c.store.db.values(c.store.logScan(next));
    try {
      // One stage per read chunk, the next chunk read meanwhile: its events are garbage before the next minor GC
      // (held across many chunks, they were copied out of the young generation and GC took 3 times longer). The
      // projection is given the events' data alone: their hashes are not decoded.
      let chunk = it.nextv(READ_CHUNK);
      for (let vals = await chunk; vals.length > 0; vals = await chunk) {
        chunk = it.nextv(READ_CHUNK);
        stage(vals.map((v) => parseData(v, 32)));
      }
    } finally {
      await it.close();
    }
  }
  await checkpoint.flush();
}
