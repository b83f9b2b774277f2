// Writes of one LevelDB batch as the event log builds them: each op names its sublevel's key prefix, so a whole
// batch goes to the root as a single chained batch with pre-prefixed keys.

/** A write of a batch: `p` is the sublevel's key prefix; keys and values are bytes or UTF-8 strings. */
export type Op =
  | { type: 'put'; p: Buffer; key: Buffer | string; value: Buffer | string }
  | { type: 'del'; p: Buffer; key: Buffer | string };

/** Writes `ops` as one atomic batch, fsynced when `sync`. */
export type WriteOps = (ops: readonly Op[], sync: boolean) => Promise<void>;

/** Prefix of ops whose keys are already prefixed. */
export const NO_PREFIX = Buffer.alloc(0);

/** `key` under prefix `p`, as one root-level key. */
export function prefixed(p: Buffer, key: Buffer | string): Buffer {
  if (p.length === 0 && typeof key !== 'string') return key;
  if (typeof key === 'string') {
    const len = Buffer.byteLength(key);
    const b = Buffer.allocUnsafe(p.length + len);
    p.copy(b, 0);
    b.write(key, p.length, 'utf8');
    return b;
  }
  const b = Buffer.allocUnsafe(p.length + key.length);
  p.copy(b, 0);
  key.copy(b, p.length);
  return b;
}
