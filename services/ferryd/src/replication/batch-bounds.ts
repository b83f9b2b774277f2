// The bound every replication batch keeps (master's stream batches, the live feed's takes, the replica's applies):
// at most `maxEvents` records and, beyond the first, at most `maxBytes` of record data; a larger record goes alone.
import type { RawRecord } from '@ferry/log';

/** Where the batch starting at `records[start]` ends (exclusive), and the bytes of data it holds. */
export function fitBatch(records: readonly RawRecord[], start: number, maxEvents: number, maxBytes: number): { end: number; bytes: number } {
  let end = start;
  let bytes = 0;
  while (end < records.length && end - start < maxEvents && (end === start || bytes + records[end]!.data.byteLength <= maxBytes)) {
    bytes += records[end]!.data.byteLength;
    end++;
  }
  return { end, bytes };
}
