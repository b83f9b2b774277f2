// Tailing: every event from a seq on, in order, without gaps or duplicates: history read from the store in chunks,
// then the live batches the log publishes. A consumer that falls behind by more than the live buffer holds is
// served from the store again.
import type { TailConsumer } from '@ferry/contract';
import type { LogContext } from './context.js';
import { read } from './reader.js';
import type { LogEvent } from './types.js';

const TAIL_CHUNK = 1000;
const TAIL_BUFFER_LIMIT = 10_000;

/** Delivers every event from `fromSeq` on to `onEvents`; see the module header and EventLog.tail. */
export async function tail(
  c: LogContext,
  fromSeq: number,
  onEvents: TailConsumer,
  signal?: AbortSignal,
): Promise<void> {
  c.assertOpen();
  let next = Math.max(1, Math.floor(fromSeq));
  let buffered: (readonly LogEvent[])[] = [];
  let bufferedCount = 0;
  let wake: (() => void) | undefined;
  const stopped = (): boolean => signal?.aborted === true || c.closing.signal.aborted;
  const poke = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const listener = (events: readonly LogEvent[]): void => {
    if (bufferedCount > TAIL_BUFFER_LIMIT) {
      buffered = [];
      bufferedCount = 0;
    } else {
      buffered.push(events);
      bufferedCount += events.length;
    }
    poke();
  };
  c.listeners.add(listener);
  signal?.addEventListener('abort', poke);
  c.closing.signal.addEventListener('abort', poke);
  try {
    while (!stopped()) {
      const batch = buffered.shift();
      if (batch) {
        bufferedCount -= batch.length;
        const first = batch[0];
        if (!first || batch.at(-1)!.seq < next) continue;
        if (first.seq <= next) {
          const evs = first.seq === next ? batch : batch.filter((e) => e.seq >= next);
          await onEvents(evs);
          next = evs.at(-1)!.seq + 1;
          continue;
        }
        buffered.unshift(batch);
        bufferedCount += batch.length;
      }
      if (next <= c.headSeq) {
        const evs = await read(c, next, Math.min(TAIL_CHUNK, c.headSeq - next + 1));
        if (evs.length === 0) break; // head moved back (quarantine) under us
        if (stopped()) break;
        await onEvents(evs);
        next = evs.at(-1)!.seq + 1;
        continue;
      }
      if (buffered.length > 0) {
        // Live batch ahead of next while head < next cannot happen; drop stale state defensively.
        buffered = [];
        bufferedCount = 0;
        continue;
      }
      await new Promise<void>((r) => {
        wake = r;
        if (stopped() || buffered.length > 0 || next <= c.headSeq) poke();
      });
    }
  } catch (e) {
    if (c.closed && stopped()) return;
    throw e;
  } finally {
    c.listeners.delete(listener);
    signal?.removeEventListener('abort', poke);
    c.closing.signal.removeEventListener('abort', poke);
  }
}
