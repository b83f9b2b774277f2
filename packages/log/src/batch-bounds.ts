// The bound every replication batch keeps (master's stream batches, the live feed's takes, the replica's applies):
// at most `maxEvents` records and, beyond the first, at most `maxBytes` of record data; a larger record goes alone.
// Also the bounds of the master's stream batches (the catchup bench's raw baseline streams in the same batches).
import type { RawRecord } from './types.js';

/** Most events in one batch the master streams: a batch is one durable write on the replica, large ones amortize its sync. */
export const STREAM_BATCH_EVENTS = 4_000;
/** Most bytes of record data in one streamed batch beyond its first record: far below the gRPC message limit. */
export const STREAM_BATCH_BYTES = 4 * 1024 * 1024;

/** Where the batch starting at `records[start]` ends (exclusive), and the bytes of data it holds. */
export function fitBatch(
  records: readonly RawRecord[],
  start: number,
  maxEvents: number,
  maxBytes: number,
): { end: number; bytes: number } {
  let end = start;
  let bytes = 0;
  while (
    end < records.length &&
    end - start < maxEvents &&
    (end === start || bytes + records[end]!.data.byteLength <= maxBytes)
  ) {
    bytes += records[end]!.data.byteLength;
    end++;
  }
  return { end, bytes };
}
