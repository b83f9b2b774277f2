// The stores the event-log conformance suite runs on: LevelDB (classic-level, the log's own store at the test's
// directory) and memory (memory-level, injected as `db`; the directory then holds only the commit marker). A memory
// store lives as long as the test process and is found again by its directory, so a test can close and re-open it.
import { MemoryLevel } from 'memory-level';
import { EventLog } from '../src/index.js';
import type { LogAdapter } from './conformance.js';

/** The log over LevelDB at the test's directory. */
export const leveldbStore: LogAdapter = {
  name: 'store: leveldb (classic-level)',
  open: (o) => EventLog.open(o),
  decode: (r, p) => EventLog.decode(r, p),
};

/** The log over an in-memory store, one per directory. */
export function memoryStore(): LogAdapter {
  const dbs = new Map<string, MemoryLevel<Buffer, Buffer>>();
  const dbAt = (path: string): MemoryLevel<Buffer, Buffer> => {
    let db = dbs.get(path);
    if (!db) {
      db = new MemoryLevel<Buffer, Buffer>({ keyEncoding: 'buffer', valueEncoding: 'buffer' });
      dbs.set(path, db);
    }
    return db;
  };
  return {
    name: 'store: memory (memory-level)',
    open: (o) => EventLog.open({ ...o, db: dbAt(o.path) }),
    decode: (r, p) => EventLog.decode(r, p),
  };
}
