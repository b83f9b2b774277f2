// Epoch history: the writer epoch, the highest epoch known in the cluster (fencing) and the history of epochs (epoch
// -> first seq, like Kafka's leader-epoch file), as stored in the `epochs` sublevel and the meta keys `epoch` and
// `knownMaxEpoch`.
import { readU64, u64 } from './codec.js';
import { EpochError } from './errors.js';
import type { LogContext } from './context.js';
import type { Store } from './store.js';
import type { EpochEntry } from './types.js';

/** Meta key of the writer epoch. */
export const META_EPOCH = 'epoch';
/** Meta key of the highest epoch known. */
export const META_KNOWN = 'knownMaxEpoch';

/** The stored epoch history, ascending. */
export async function loadHistory(store: Store): Promise<EpochEntry[]> {
  const entries = await store.epochs.iterator().all();
  return entries.map(([k, v]) => ({ epoch: readU64(k), firstSeq: readU64(v) })).sort((a, b) => a.epoch - b.epoch);
}

/** The last seq the log holds of epochs <= `epoch`: the first seq of the next higher epoch minus one, or the head. */
export function endSeqForEpoch(c: LogContext, epoch: number): number {
  const next = c.history.find((e) => e.epoch > epoch);
  return next ? Math.min(next.firstSeq - 1, c.headSeq) : c.headSeq;
}

/**
 * Starts writer epoch `epoch` at the next seq and persists it (run by the writer loop).
 * @throws EpochError when `epoch` is not above every known epoch.
 */
export async function beginEpoch(c: LogContext, epoch: number): Promise<void> {
  if (!Number.isSafeInteger(epoch) || epoch <= c.knownMaxEpoch) {
    throw new EpochError(`epoch ${epoch} is not above the highest known epoch ${c.knownMaxEpoch}`);
  }
  const firstSeq = c.headSeq + 1;
  const P = c.store.P;
  await c.store.write(
    [
      { type: 'put', p: P.epochs, key: u64(epoch), value: u64(firstSeq) },
      { type: 'put', p: P.meta, key: META_EPOCH, value: String(epoch) },
      { type: 'put', p: P.meta, key: META_KNOWN, value: String(epoch) },
    ],
    true,
  );
  c.history.push({ epoch, firstSeq });
  c.writerEpoch = epoch;
  c.knownMax = epoch;
}

/** Records that `epoch` exists in the cluster; returns whether the log is now fenced. */
export async function observeEpoch(c: LogContext, epoch: number): Promise<boolean> {
  if (Number.isSafeInteger(epoch) && epoch > c.knownMax) {
    c.knownMax = epoch;
    await c.store.write([{ type: 'put', p: c.store.P.meta, key: META_KNOWN, value: String(epoch) }], true);
  }
  return c.fenced;
}
