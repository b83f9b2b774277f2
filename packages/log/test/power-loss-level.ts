// A LevelDB on disk that can tell what a power loss would keep. Every write through it (chained or array batches,
// put, del) goes to the real LevelDB and is journaled with its `sync` flag and when it started and finished.
// LevelDB's `sync: true` flushes its write-ahead log to disk, and with it every write that finished before; a write
// without it sits in the page cache (https://github.com/google/leveldb/blob/main/doc/index.md, "Synchronous
// Writes"). So a power loss at some moment keeps exactly the finished writes that were synced or were followed by a
// synced write started after they finished, and discards the rest, writes still in flight included. `replayInto`
// writes what was kept into a fresh directory: the disk as it would be found after the power came back.
import { Level } from 'level';

type Db = Level<Buffer, Buffer>;

/** One write of a batch, with copies of its bytes. */
export type JournaledOp = { type: 'put'; key: Buffer; value: Buffer } | { type: 'del'; key: Buffer };

/** One write call: its ops, whether it was synced, and when it started and finished (ticks of the journal). */
interface JournalEntry {
  ops: JournaledOp[];
  sync: boolean;
  startedAt: number;
  finishedAt: number | undefined;
}

/** The writes a power loss at one moment keeps, and how many it discards. */
export interface PowerCut {
  kept: readonly JournalEntry[];
  discarded: number;
}

/** A buffer-keyed LevelDB at `path` with a journal of its writes; pass it as `EventLogOptions.db`. */
export interface PowerLossLevel {
  db: Db;
  /** What a power loss now would keep; later writes do not change the answer. */
  cut(): PowerCut;
}

const copy = (b: Uint8Array | string): Buffer => Buffer.from(typeof b === 'string' ? Buffer.from(b, 'utf8') : b);

/** Opens nothing: creates the unopened LevelDB and wraps its write methods. */
export function powerLossLevel(path: string): PowerLossLevel {
  const db = new Level<Buffer, Buffer>(path, { keyEncoding: 'buffer', valueEncoding: 'buffer' });
  const journal: JournalEntry[] = [];
  let tick = 0;
  const journaled = async <T>(ops: JournaledOp[], sync: boolean, write: () => Promise<T>): Promise<T> => {
    const entry: JournalEntry = { ops, sync, startedAt: ++tick, finishedAt: undefined };
    journal.push(entry);
    const result = await write();
    entry.finishedAt = ++tick;
    return result;
  };
  // biome-ignore lint/suspicious/noExplicitAny: wraps LevelDB methods of every signature
  type AnyFn = (...args: any[]) => unknown;
  const w = db as unknown as Record<'batch' | 'put' | 'del' | 'clear', AnyFn>;
  const batch = w.batch.bind(db);
  const put = w.put.bind(db);
  const del = w.del.bind(db);
  w.batch = (operations?: unknown, options?: { sync?: boolean }) => {
    if (operations !== undefined) {
      const ops = (operations as { type: 'put' | 'del'; key: Buffer; value?: Buffer; sublevel?: unknown }[]).map(
        (o): JournaledOp => {
          if (o.sublevel !== undefined) throw new Error('powerLossLevel: sublevel batch ops are not journaled');
          return o.type === 'put'
            ? { type: 'put', key: copy(o.key), value: copy(o.value!) }
            : { type: 'del', key: copy(o.key) };
        },
      );
      return journaled(ops, options?.sync === true, () => batch(operations, options) as Promise<void>);
    }
    const real = batch() as { put: AnyFn; del: AnyFn; write: AnyFn; close: AnyFn; length: number };
    const ops: JournaledOp[] = [];
    const chained = {
      put(key: Buffer, value: Buffer) {
        ops.push({ type: 'put', key: copy(key), value: copy(value) });
        real.put(key, value);
        return chained;
      },
      del(key: Buffer) {
        ops.push({ type: 'del', key: copy(key) });
        real.del(key);
        return chained;
      },
      get length() {
        return real.length;
      },
      write: (options?: { sync?: boolean }) =>
        journaled(ops, options?.sync === true, () => real.write(options) as Promise<void>),
      close: () => real.close(),
    };
    return chained;
  };
  w.put = (key: unknown, value: unknown, options?: { sync?: boolean }) =>
    journaled(
      [{ type: 'put', key: copy(key as Buffer), value: copy(value as Buffer) }],
      options?.sync === true,
      () => put(key, value, options) as Promise<void>,
    );
  w.del = (key: unknown, options?: { sync?: boolean }) =>
    journaled(
      [{ type: 'del', key: copy(key as Buffer) }],
      options?.sync === true,
      () => del(key, options) as Promise<void>,
    );
  w.clear = () => {
    throw new Error('powerLossLevel: clear() is not journaled');
  };
  return {
    db,
    cut(): PowerCut {
      const syncs = journal.filter((e) => e.sync && e.finishedAt !== undefined);
      const kept = journal
        .filter((e) => e.finishedAt !== undefined && (e.sync || syncs.some((s) => s.startedAt > e.finishedAt!)))
        .sort((a, b) => a.finishedAt! - b.finishedAt!);
      return { kept, discarded: journal.length - kept.length };
    },
  };
}

/** Writes the writes a cut kept, in the order they finished, into a fresh LevelDB at `path`. */
export async function replayInto(cut: PowerCut, path: string): Promise<void> {
  const db = new Level<Buffer, Buffer>(path, { keyEncoding: 'buffer', valueEncoding: 'buffer' });
  await db.open();
  try {
    for (const e of cut.kept) await db.batch([...e.ops]);
  } finally {
    await db.close();
  }
}
