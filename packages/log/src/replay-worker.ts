// Worker thread of the parallel replay (replay-reader.ts): reads the log's stored values from the LevelDB the main
// thread holds open (classic-level's `multithreading`), checks each is one self-delimited JSON object, and sends each
// chunk as the bytes of one JSON array (transferred, not copied), keeping at most `ahead` chunks unconsumed.
import { parentPort, workerData } from 'node:worker_threads';
import { Level } from 'level';
import { isSelfDelimitedObject } from './codec.js';
import type { ReplayWorkerData, ToReplayWorker } from './replay-reader.js';

/** Bytes before an event's data in a stored value (its hash). */
const HASH_BYTES = 32;
const OPEN = 0x5b;
const COMMA = 0x2c;
const CLOSE = 0x5d;

const port = parentPort!;
const { path, gte, lt, chunk, ahead, highWaterMarkBytes } = workerData as ReplayWorkerData;
let credit = ahead;
let stopped = false;
let wake: (() => void) | undefined;
port.on('message', (m: ToReplayWorker) => {
  if (m === 'stop') stopped = true;
  else credit++;
  wake?.();
  wake = undefined;
});

/** The chunk's event data joined into one JSON array; undefined when a value is not one self-delimited object. */
function joined(values: readonly Buffer[]): ArrayBuffer | undefined {
  let size = 2;
  for (const v of values) size += v.length - HASH_BYTES + 1;
  const out = new Uint8Array(size);
  let at = 0;
  out[at++] = OPEN;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!isSelfDelimitedObject(v, HASH_BYTES, v.length)) return undefined;
    if (i > 0) out[at++] = COMMA;
    out.set(v.subarray(HASH_BYTES), at);
    at += v.length - HASH_BYTES;
  }
  out[at++] = CLOSE;
  return out.buffer.slice(0, at);
}

const db = new Level<Buffer, Buffer>(path, { keyEncoding: 'buffer', valueEncoding: 'buffer' });
try {
  await db.open({ multithreading: true });
  const it = db.values({ gte: Buffer.from(gte), lt: Buffer.from(lt), highWaterMarkBytes });
  try {
    for (let values = await it.nextv(chunk); values.length > 0 && !stopped; values = await it.nextv(chunk)) {
      const bytes = joined(values);
      if (!bytes) {
        port.postMessage({ kind: 'unsplittable' });
        break;
      }
      while (credit === 0 && !stopped) await new Promise<void>((r) => (wake = r));
      if (stopped) break;
      credit--;
      port.postMessage({ kind: 'chunk', bytes, count: values.length }, [bytes]);
    }
    if (!stopped) port.postMessage({ kind: 'done' });
  } finally {
    await it.close();
  }
} finally {
  await db.close();
  port.close();
}
