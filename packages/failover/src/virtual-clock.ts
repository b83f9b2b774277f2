// A virtual clock implementing the Clock port: time moves only when `advance` is called, timers fire in
// (time, creation) order, and pending promise chains are flushed after each one. Used by the simulator.

import type { Clock, TimerHandle } from './ports.js';

interface Entry {
  at: number;
  seq: number;
  fn: () => void;
  live: boolean;
}

/** Lets every queued promise continuation run (several macrotask turns). */
export async function flushPending(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise<void>((r) => setImmediate(r));
}

/** Deterministic clock for simulations and tests. */
export class VirtualClock implements Clock {
  private t: number;
  private seq = 0;
  private queue: Entry[] = [];

  /** Starts at `startMs` (ms since the Unix epoch). */
  constructor(startMs = Date.UTC(2025, 0, 1)) {
    this.t = startMs;
  }

  /** Current virtual time in ms. */
  now(): number {
    return this.t;
  }

  /** Schedules `fn` at now + `delayMs`. */
  setTimer(delayMs: number, fn: () => void): TimerHandle {
    const e: Entry = { at: this.t + Math.max(0, delayMs), seq: this.seq++, fn, live: true };
    this.queue.push(e);
    return {
      cancel: () => {
        e.live = false;
      },
    };
  }

  /** Number of live timers. */
  get pending(): number {
    return this.queue.filter((e) => e.live).length;
  }

  /**
   * Moves time forward by `ms`, firing due timers in order; after each one, pending promise chains are
   * flushed and `afterEach` runs (the simulator checks its invariants there).
   */
  async advance(ms: number, afterEach?: () => void): Promise<void> {
    const target = this.t + ms;
    await flushPending();
    for (;;) {
      this.queue = this.queue.filter((e) => e.live);
      let next: Entry | undefined;
      for (const e of this.queue) {
        if (e.at <= target && (next === undefined || e.at < next.at || (e.at === next.at && e.seq < next.seq)))
          next = e;
      }
      if (next === undefined) break;
      next.live = false;
      this.t = next.at;
      next.fn();
      await flushPending();
      afterEach?.();
    }
    this.t = target;
  }
}
