// Idempotent writes: the answers of recent writes by their request id (`request_id` of a write request), so a retry
// with the same id gets the first call's answer and appends nothing. In memory on the master, bounded by count and
// age (a restart or a promotion forgets them: the window is "this master, the last 10 minutes, the latest 10,000").
// The id also travels as the correlation `request:ID` of the events the write appends (requestCorrelation), so the
// log shows which request wrote what.
import { AsyncLocalStorage } from 'node:async_hooks';
import { ValidationError } from '@ferry/model';

/** How many request ids are remembered. */
export const REQUEST_ID_MAX = 10_000;
/** How long a request id is remembered, ms. */
export const REQUEST_ID_TTL_MS = 10 * 60_000;
/** Longest request id. */
const MAX_ID_LENGTH = 128;

/** The correlation the running write's events take (`request:ID`), set while a write with a request id runs. */
export const requestCorrelation = new AsyncLocalStorage<string>();

interface Entry {
  method: string;
  at: number;
  answer: Promise<unknown>;
}

/** The answers of recent writes, keyed by caller and request id. */
export class RecentRequests {
  readonly #entries = new Map<string, Entry>();

  constructor(
    private readonly max = REQUEST_ID_MAX,
    private readonly ttlMs = REQUEST_ID_TTL_MS,
    private readonly now = Date.now,
  ) {}

  /**
   * Runs `write` once per (caller, id): a second call with the same pair gets the first call's answer (awaiting it
   * while it runs). A write that failed is forgotten, so its retry runs again. An id reused for another method is
   * INVALID_ARGUMENT.
   */
  async run<T>(caller: string, id: string, method: string, write: () => Promise<T>): Promise<T> {
    checkRequestId(id);
    this.#expire();
    const key = `${caller}\u0000${id}`;
    const seen = this.#entries.get(key);
    if (seen) {
      if (seen.method !== method) {
        throw new ValidationError([
          {
            field: 'request_id',
            message: `"${id.slice(0, 60)}" was used for ${seen.method} already; a retry must repeat the same call`,
          },
        ]);
      }
      return seen.answer as Promise<T>;
    }
    const answer = requestCorrelation.run(`request:${id}`, write);
    this.#entries.set(key, { method, at: this.now(), answer });
    answer.catch(() => {
      if (this.#entries.get(key)?.answer === answer) this.#entries.delete(key);
    });
    while (this.#entries.size > this.max) this.#entries.delete(this.#entries.keys().next().value!);
    return answer;
  }

  /** Number of remembered ids. */
  get size(): number {
    return this.#entries.size;
  }

  #expire(): void {
    const oldest = this.now() - this.ttlMs;
    for (const [key, e] of this.#entries) {
      if (e.at >= oldest) break; // insertion order is age order
      this.#entries.delete(key);
    }
  }
}

/** Refuses a request id that is too long or holds control characters. */
function checkRequestId(id: string): void {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this check refuses
  if (id.length > MAX_ID_LENGTH || /[\u0000-\u001f\u007f]/.test(id)) {
    throw new ValidationError([
      { field: 'request_id', message: `must be at most ${MAX_ID_LENGTH} printable characters` },
    ]);
  }
}
