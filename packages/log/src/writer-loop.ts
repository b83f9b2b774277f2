// The writer loop: one queue serialises every mutation of the log. Consecutive append calls form one group commit
// (group-commit.ts), prepared while the group before it is written; any other mutation (a replicated batch, an epoch,
// a quarantine, a rebuild) is a task that runs alone once the appends before it are committed.
import { LogClosedError, type LogError } from './errors.js';
import {
  finishAppends,
  prepareAppends,
  writeAppends,
  type AppendJob,
  type VersionConflict,
  type WritingAppends,
} from './group-commit.js';
import type { LogContext } from './context.js';
import type { EventInput, LogEvent } from './types.js';

interface TaskJob {
  kind: 'task';
  /** Runs the task and answers its caller with the result. */
  run(): Promise<void>;
  reject(e: unknown): void;
}
type Job = AppendJob | TaskJob;

/** The log's writer loop; see the module header. */
export class WriterLoop {
  readonly #c: LogContext;
  #queue: Job[] = [];
  #draining: Promise<void> | undefined;

  constructor(context: LogContext) {
    this.#c = context;
  }

  /** Queues `inputs` for the next group commit; see EventLog.append. */
  append(inputs: readonly EventInput[]): Promise<LogEvent[]> {
    if (this.#c.closed) return Promise.reject(new LogClosedError());
    if (inputs.length === 0) return Promise.resolve([]);
    const stopped = this.#c.store.health.error();
    if (stopped) return Promise.reject(stopped);
    return new Promise<LogEvent[]>((resolve, reject) => {
      this.#queue.push({ kind: 'append', inputs, resolve, reject });
      this.#schedule();
    });
  }

  /** Queues `run` to run alone, after the appends queued before it are committed. */
  task<T>(run: () => Promise<T>): Promise<T> {
    if (this.#c.closed) return Promise.reject(new LogClosedError());
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ kind: 'task', run: () => run().then(resolve), reject });
      this.#schedule();
    });
  }

  /** Resolves once the queue is empty and nothing is being written. */
  async idle(): Promise<void> {
    while (this.#draining) await this.#draining;
  }

  #schedule(): void {
    if (this.#draining) return;
    this.#draining = new Promise<void>((done) => {
      process.nextTick(() => void this.#drain().then(done, done));
    });
  }

  async #drain(): Promise<void> {
    const c = this.#c;
    // At most one group of appends is being written while the next group is prepared (validated, versioned,
    // encoded and hashed on top of it): the JSON and hashing work overlaps the previous fsync.
    let writing: WritingAppends | undefined;
    try {
      while (this.#queue.length > 0 || writing) {
        const first = this.#queue[0];
        if (first?.kind === 'append') {
          let n = 1;
          while (n < this.#queue.length && this.#queue[n]!.kind === 'append') n++;
          const group = this.#queue.splice(0, n) as AppendJob[];
          const conflicts: VersionConflict[] = [];
          const next = await prepareAppends(c, group, writing?.prepared, conflicts);
          if (writing) {
            const failed: LogError | undefined = await finishAppends(c, writing);
            writing = undefined;
            if (failed) {
              // `next` and the conflicts were decided on the failed batch: none of it was written.
              for (const a of next?.accepted ?? []) a.job.reject(failed);
              for (const cf of conflicts) cf.job.reject(failed);
              void next?.batch.close();
              continue;
            }
          }
          // Answered once the batch they conflict with is committed: a caller that re-reads then sees it.
          for (const cf of conflicts) cf.job.reject(cf.error);
          if (next) writing = writeAppends(c, next);
        } else if (writing) {
          // A task (or the end of the queue) waits for the appends being written.
          await finishAppends(c, writing);
          writing = undefined;
        } else if (first) {
          this.#queue.shift();
          try {
            await first.run();
          } catch (e) {
            first.reject(e);
          }
        }
        // Let callers answered just now queue their next append so it joins the next batch.
        await new Promise<void>((r) => process.nextTick(r));
      }
    } finally {
      this.#draining = undefined;
    }
  }
}
