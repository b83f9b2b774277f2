// Parallel replay: a worker thread (replay-worker.ts) reads the log and joins each chunk of stored event data into
// one JSON array, so the main thread parses a chunk in one call and spends its time reducing events instead of
// creating a buffer per record. Any failure ends the chunks early: the caller reads the rest in-thread, where a bad
// record fails exactly as it always has.
import { Worker } from 'node:worker_threads';
import { checkShape } from './codec.js';
import type { EventData } from './types.js';

/** What the worker is started with: the LevelDB at `path` (opened with `multithreading` by the main thread). */
export interface ReplayWorkerData {
  path: string;
  /** The root-level key range of the records to read. */
  gte: Uint8Array;
  lt: Uint8Array;
  /** Records per chunk, and the chunks the worker may read ahead of the main thread. */
  chunk: number;
  ahead: number;
  highWaterMarkBytes: number;
}

/** From the main thread: one more chunk may be sent (`next`), or stop now. */
export type ToReplayWorker = 'next' | 'stop';

/** From the worker: a chunk (`count` records as one JSON array's UTF-8 bytes), the end, or a record it cannot join. */
export type FromReplayWorker =
  | { kind: 'chunk'; bytes: ArrayBuffer; count: number }
  | { kind: 'done' }
  | { kind: 'unsplittable' };

/** Chunks the worker may read ahead of the main thread (bounds the memory: each is about READ_CHUNK records). */
const AHEAD = 3;

/**
 * Yields the events of `data.gte`..`data.lt` in chunks, read and joined by a worker thread. Ends early, without an
 * error, at the first chunk it cannot deliver (the worker failed, or a record is not well-formed): the caller
 * continues in-thread from the first event not yielded.
 */
export async function* readInWorker(data: Omit<ReplayWorkerData, 'ahead'>): AsyncGenerator<EventData[]> {
  const worker = new Worker(new URL('./replay-worker.js', import.meta.url), { workerData: { ...data, ahead: AHEAD } });
  const inbox: FromReplayWorker[] = [];
  let failed = false;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    wake?.();
    wake = undefined;
  };
  worker.on('message', (m: FromReplayWorker) => {
    inbox.push(m);
    notify();
  });
  worker.on('error', () => {
    failed = true;
    notify();
  });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  void exited.then(() => {
    failed = true;
    notify();
  });
  try {
    for (;;) {
      while (inbox.length === 0 && !failed) await new Promise<void>((r) => (wake = r));
      const m = inbox.shift();
      if (m === undefined || m.kind !== 'chunk') return;
      worker.postMessage('next' satisfies ToReplayWorker);
      const events = parseChunk(m.bytes, m.count);
      if (!events) return;
      yield events;
    }
  } finally {
    worker.postMessage('stop' satisfies ToReplayWorker);
    await exited;
  }
}

/** The `count` events of a joined chunk, each shape-checked; undefined when the chunk does not parse into them. */
function parseChunk(bytes: ArrayBuffer, count: number): EventData[] | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(bytes).toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== count) return undefined;
    for (let i = 0; i < parsed.length; i++) parsed[i] = checkShape(parsed[i]);
    return parsed as EventData[];
  } catch {
    return undefined;
  }
}
