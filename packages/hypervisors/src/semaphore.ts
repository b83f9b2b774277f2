// A counting semaphore with FIFO waiters, used to bound concurrent SSH commands (globally and per host).

/** FIFO counting semaphore. `acquire()` resolves to a release function that must be called exactly once. */
export class Semaphore {
  #free: number;
  readonly #waiters: Array<() => void> = [];

  /** @param permits maximum number of holders at once (at least 1). */
  constructor(permits: number) {
    this.#free = Math.max(1, Math.floor(permits));
  }

  /** Number of callers waiting for a permit. */
  get waiting(): number {
    return this.#waiters.length;
  }

  /** Waits for a permit; resolves to its release function. */
  async acquire(): Promise<() => void> {
    if (this.#free > 0) {
      this.#free--;
    } else {
      await new Promise<void>((resolve) => this.#waiters.push(resolve));
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiters.shift();
      if (next) next();
      else this.#free++;
    };
  }
}
