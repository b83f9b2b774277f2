// Original file: proto/ferry/v1/replication.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Master liveness and head.
 */
export interface Heartbeat {
  /**
   * Master's head seq.
   */
  'headSeq'?: (number | string | Long);
  /**
   * Master's epoch.
   */
  'epoch'?: (number | string | Long);
  /**
   * Master's clock, ms since the epoch.
   */
  'nowMs'?: (number | string);
}

/**
 * Master liveness and head.
 */
export interface Heartbeat__Output {
  /**
   * Master's head seq.
   */
  'headSeq': (number);
  /**
   * Master's epoch.
   */
  'epoch': (number);
  /**
   * Master's clock, ms since the epoch.
   */
  'nowMs': (number);
}
