// Public entry of @ferry/log: the event log (over LevelDB, or any abstract-level store), the port types it
// implements (owned by @ferry/contract), its errors and byte-level helpers.
export * from './types.js';
export * from './errors.js';
export { EventLog } from './event-log.js';
export type { EventLogOptions } from './event-log.js';
export type { LogStats } from './context.js';
export type { VerifyOptions } from './verify.js';
export type { NodeMeta } from './node-meta.js';
export type {
  ReadFilter,
  LogListener,
  TailConsumer,
  LogPort,
  LogReader,
  LogAppender,
  LogWatcher,
  LogEpochs,
} from '@ferry/contract';
export { ZERO_HEX, chainHash, encodeData, parseData, peekSeqEpoch } from './codec.js';
export { canonicalBytes, storedBytes, type RawReader } from './stored-bytes.js';
export { isDiskFull, type StorageCondition, type StorageListener } from './storage-health.js';
export { MARKER_FILE } from './commit-marker.js';
export { fitBatch, STREAM_BATCH_BYTES, STREAM_BATCH_EVENTS } from './batch-bounds.js';
