// Original file: proto/ferry/v1/replication.proto

import type { RawEvent as _ferry_v1_RawEvent, RawEvent__Output as _ferry_v1_RawEvent__Output } from '../../ferry/v1/RawEvent.js';
import type { Long } from '@grpc/proto-loader';

/**
 * A batch of consecutive events.
 */
export interface Batch {
  /**
   * The events, in seq order.
   */
  'events'?: (_ferry_v1_RawEvent)[];
  /**
   * The master's head seq when the batch was sent.
   */
  'headSeq'?: (number | string | Long);
  /**
   * Commit time of the master's head event, ms since the epoch (for lag).
   */
  'headTimeMs'?: (number | string);
}

/**
 * A batch of consecutive events.
 */
export interface Batch__Output {
  /**
   * The events, in seq order.
   */
  'events': (_ferry_v1_RawEvent__Output)[];
  /**
   * The master's head seq when the batch was sent.
   */
  'headSeq': (number);
  /**
   * Commit time of the master's head event, ms since the epoch (for lag).
   */
  'headTimeMs': (number);
}
