// Recovery after a failed storage write: the store stops every write (storage-health.ts); this re-opens it, after
// 200 ms and then every second while it fails (on a full disk only once 1 MiB is free again), checks that the
// head it finds still holds every acknowledged event, adopts a batch whose write reported an error but reached the
// disk, writes the index entries and rows still pending, and lets writes resume. A head that lost acknowledged
// events stops writes for good.
import { statfs } from 'node:fs/promises';
import type { LogContext } from './context.js';
import { loadHistory } from './epochs.js';
import { droppedAtOpen } from './leveldb-info-log.js';
import { hashAt, readRaw } from './reader.js';
import { checkRecords, type CheckedRecords } from './replicated.js';
import { verify } from './verify.js';
import type { WriterLoop } from './writer-loop.js';

/** Waits before re-opening the store after a failed write: the first attempt, then each next one. */
const RECOVER_FIRST_MS = 200;
const RECOVER_RETRY_MS = 1000;
/** Free space a full disk must have again before a re-open is tried (re-opening writes a table and a manifest). */
const RECOVER_FREE_BYTES = 1 << 20;

/** The re-open of a stopped store; see the module header. */
export class Recovery {
  readonly #c: LogContext;
  readonly #loop: WriterLoop;
  /** The pending re-open, and the one running. */
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;

  constructor(context: LogContext, loop: WriterLoop) {
    this.#c = context;
    this.#loop = loop;
  }

  /** The store just stopped: schedules the first re-open. */
  stopped(): void {
    this.#schedule(RECOVER_FIRST_MS);
  }

  /** Cancels a pending re-open and waits for one running (the log closes). */
  async stop(): Promise<void> {
    clearTimeout(this.#timer);
    while (this.#running) await this.#running;
  }

  #schedule(ms: number): void {
    const c = this.#c;
    if (c.closed || this.#timer || this.#running || c.store.health.condition.state !== 'stopped') return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#running = this.#recover().finally(() => {
        this.#running = undefined;
        this.#schedule(RECOVER_RETRY_MS);
      });
    }, ms).unref();
  }

  /**
   * Leaves the stopped state once the store is known good: waits for the writer loop and the trailing writes to
   * settle, closes and re-opens LevelDB (which replays its write-ahead log from disk and clears its sticky error),
   * then checks that the head it finds still holds every acknowledged event. Events of a batch whose write reported
   * an error but reached the disk anyway are adopted as if replicated (never acknowledged to their callers). A head
   * that lost acknowledged events stops writes for good.
   */
  async #recover(): Promise<void> {
    const c = this.#c;
    if (c.closed) return;
    const cond = c.store.health.condition;
    if (cond.state === 'stopped' && cond.code === 'LOG_DISK_FULL' && !(await this.#spaceForReopen())) return;
    await this.#loop.idle();
    await c.index.settle();
    await c.checkpoint?.settle();
    await c.marker.stop();
    if (c.closed) return;
    const tip = c.tip();
    try {
      await c.store.reopen();
    } catch {
      return; // still failing: the next attempt follows
    }
    let checked: CheckedRecords;
    try {
      if ((await hashAt(c, tip.seq)) !== tip.hex) {
        c.store.health.corrupt(`no longer holds acknowledged seq ${tip.seq} with its hash after re-opening`);
        return;
      }
      if ((await droppedAtOpen(c.store.path)).length > 0) {
        const r = await verify(c);
        if (!r.ok) {
          c.store.health.corrupt(
            `fails verification after re-opening at seq ${r.firstBad!.seq}: ${r.firstBad!.reason}`,
          );
          return;
        }
      }
      const extra = await readRaw(c, tip.seq + 1, Number.MAX_SAFE_INTEGER);
      try {
        checked = checkRecords(extra, tip);
      } catch (e) {
        c.store.health.corrupt(
          `holds records after seq ${tip.seq} that do not continue its chain (${(e as Error).message})`,
        );
        return;
      }
      c.history = await loadHistory(c.store);
    } catch {
      return; // a read failed: the next attempt follows
    }
    if (checked.parsed.length > 0) {
      const versions = new Map<string, number>();
      for (const ev of checked.parsed) versions.set(ev.aggregate, ev.version);
      c.advance(checked.end, versions, [], checked.parsed, c.projection?.stage(checked.parsed));
      c.notify(checked.parsed, checked.values);
    }
    try {
      c.store.recoveryWrites = true;
      if (c.marking) await c.marker.set({ seq: c.headSeq, hash: c.headHex });
      // The index entries and rows that failed are still noted: write them before anything new.
      c.index.kick();
      await c.index.flush();
      if (c.checkpoint) {
        c.checkpoint.changed([], c.headSeq);
        await c.checkpoint.flush();
      }
    } catch {
      return;
    } finally {
      c.store.recoveryWrites = false;
    }
    c.store.health.recovered();
  }

  /** Whether the full file system has room again for LevelDB to re-open (it rewrites its write-ahead logs). */
  async #spaceForReopen(): Promise<boolean> {
    const c = this.#c;
    try {
      const fs = await statfs(c.store.path);
      return fs.bavail * fs.bsize >= RECOVER_FREE_BYTES;
    } catch {
      return true;
    }
  }
}
