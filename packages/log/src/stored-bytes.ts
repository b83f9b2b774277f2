// The exact stored bytes of decoded events, for readers that verify the hash chain themselves (ReadEvents,
// WatchEvents, audit export). A committed event's bytes are the canonical encoding of its fields (codec.ts), so they
// are re-derived from the decoded event and proven by its own hash; a record stored in any other form (an older
// encoding, a replica of a writer that encoded differently) is read back raw. Either way the bytes returned are the
// stored ones: SHA-256(prev || bytes) equals the stored hash.
import { chainHash, encodeData } from './codec.js';
import { ChainError } from './errors.js';
import type { LogEvent, RawRecord } from './types.js';

/** The canonical bytes of `e` when they hash to `e.hash` on `e.prevHash`; undefined when `e` is stored otherwise. */
export function canonicalBytes(e: LogEvent): Buffer | undefined {
  const data = encodeData(e, JSON.stringify(e.body));
  return chainHash(Buffer.from(e.prevHash, 'hex'), data).toString('hex') === e.hash ? data : undefined;
}

/** Reads raw records (the log's `readRaw`). */
export type RawReader = (fromSeq: number, limit: number) => Promise<RawRecord[]>;

/** The stored bytes of each event, in order: canonical ones re-derived, the others read raw with `readRaw`. */
export async function storedBytes(events: readonly LogEvent[], readRaw: RawReader): Promise<Uint8Array[]> {
  return Promise.all(
    events.map(async (e) => {
      const canonical = canonicalBytes(e);
      if (canonical) return canonical;
      const [raw] = await readRaw(e.seq, 1);
      if (!raw || raw.seq !== e.seq)
        throw new ChainError(e.seq, 'the event was read but its record is no longer stored');
      return raw.data;
    }),
  );
}
