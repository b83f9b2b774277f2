// Public entry of @ferry/log: the LevelDB event log, its types, errors and byte-level helpers.
export * from './types.js';
export * from './errors.js';
export { EventLog } from './event-log.js';
export type { EventLogOptions, LogStats, VerifyOptions, ReadFilter, LogListener, TailConsumer } from './event-log.js';
export { ZERO_HEX, chainHash, encodeData, parseData, peekSeqEpoch } from './codec.js';
export { canonicalBytes, storedBytes, type RawReader } from './stored-bytes.js';
export { isDiskFull, type StorageCondition, type StorageListener } from './storage-health.js';
export { MARKER_FILE } from './commit-marker.js';
export { fitBatch, STREAM_BATCH_BYTES, STREAM_BATCH_EVENTS } from './batch-bounds.js';
