// Whether the event log's store may be written: `ok`, `stopped` after a storage write failed (disk full or another
// I/O error; the log re-opens the store to leave it) or `corrupt` (the store failed its check after re-opening; only a
// restart and the operator leave it). A LevelDB write that fails may have left part of a record in the write-ahead
// log, after which LevelDB drops the rest of that 32 KiB block at the next open, and a failed fsync or background
// compaction makes every later write fail (LevelDB's error is sticky): so one failure stops every write until the
// store is closed, re-opened and checked from disk. Listeners hear each change of condition once.
import { StorageFaultError } from './errors.js';

/** The store's condition. `code` is the error writers get meanwhile; `message` says what and where. */
export type StorageCondition =
  | { state: 'ok' }
  | { state: 'stopped' | 'corrupt'; code: 'LOG_DISK_FULL' | 'LOG_UNAVAILABLE'; message: string; since: Date };

/** Listener of condition changes. */
export type StorageListener = (condition: StorageCondition) => void;

/** Whether a LevelDB or Node error says the file system is out of space (or quota). */
export function isDiskFull(err: unknown): boolean {
  for (let cur = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined, i = 0; cur && i < 4; i++) {
    if (cur.code === 'ENOSPC' || cur.code === 'EDQUOT') return true;
    if (typeof cur.message === 'string' && /No space left on device|Disk quota exceeded|ENOSPC/i.test(cur.message))
      return true;
    cur = cur.cause as typeof cur;
  }
  return false;
}

/** The innermost message of an error chain (LevelDB's own words). */
function rootMessage(err: unknown): string {
  let cur = err as { message?: unknown; cause?: unknown } | undefined;
  let msg = String(err);
  for (let i = 0; cur && i < 4; i++) {
    if (typeof cur.message === 'string') msg = cur.message;
    cur = cur.cause as typeof cur;
  }
  return msg;
}

/** The condition of one log's store; see the module header. */
export class StorageHealth {
  readonly #path: string;
  #condition: StorageCondition = { state: 'ok' };
  readonly #listeners = new Set<StorageListener>();

  /** `path`: the log's directory, named in every message. */
  constructor(path: string) {
    this.#path = path;
  }

  /** The current condition. */
  get condition(): StorageCondition {
    return this.#condition;
  }

  /** Whether writes are accepted. */
  get ok(): boolean {
    return this.#condition.state === 'ok';
  }

  /** The error a write gets while the store is not ok (undefined when it is). */
  error(): StorageFaultError | undefined {
    const c = this.#condition;
    return c.state === 'ok' ? undefined : new StorageFaultError(c.code, c.message, this.#path);
  }

  /**
   * Stops writes after `err` (a failed storage write) unless they are stopped already; returns the error writers get.
   */
  writeFailed(err: unknown): StorageFaultError {
    if (this.#condition.state === 'ok') {
      const full = isDiskFull(err);
      const message = full
        ? `disk full: the event log at ${this.#path} cannot write (${rootMessage(err)}); writes are refused until space is freed and the log has re-opened and verified its store`
        : `storage failure: the event log at ${this.#path} cannot write (${rootMessage(err)}); writes are refused until the log has re-opened and verified its store`;
      this.#set({ state: 'stopped', code: full ? 'LOG_DISK_FULL' : 'LOG_UNAVAILABLE', message, since: new Date() });
    }
    return this.error()!;
  }

  /** The re-opened store failed its check: writes stay refused for good (until a restart and the operator). */
  corrupt(what: string): void {
    this.#set({
      state: 'corrupt',
      code: 'LOG_UNAVAILABLE',
      message: `storage corrupt: the event log at ${this.#path} ${what}; writes are refused`,
      since: new Date(),
    });
  }

  /** The store was re-opened and verified: writes resume. */
  recovered(): void {
    if (this.#condition.state !== 'ok') this.#set({ state: 'ok' });
  }

  /** Calls `listener` on every change of condition; returns an unsubscribe function. */
  subscribe(listener: StorageListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  #set(c: StorageCondition): void {
    this.#condition = c;
    for (const l of this.#listeners) {
      try {
        l(c);
      } catch {
        // A listener's failure must not affect the log.
      }
    }
  }
}
