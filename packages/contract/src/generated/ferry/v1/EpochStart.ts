// Original file: proto/ferry/v1/replication.proto

import type { Long } from '@grpc/proto-loader';

/**
 * One epoch of the history.
 */
export interface EpochStart {
  /**
   * The epoch.
   */
  'epoch'?: (number | string | Long);
  /**
   * First seq written in it.
   */
  'firstSeq'?: (number | string | Long);
}

/**
 * One epoch of the history.
 */
export interface EpochStart__Output {
  /**
   * The epoch.
   */
  'epoch': (number);
  /**
   * First seq written in it.
   */
  'firstSeq': (number);
}
