// Original file: proto/ferry/v1/replication.proto

import type { EpochStart as _ferry_v1_EpochStart, EpochStart__Output as _ferry_v1_EpochStart__Output } from '../../ferry/v1/EpochStart.js';

/**
 * An epoch history.
 */
export interface GetEpochsResponse {
  /**
   * Entries in epoch order.
   */
  'epochs'?: (_ferry_v1_EpochStart)[];
}

/**
 * An epoch history.
 */
export interface GetEpochsResponse__Output {
  /**
   * Entries in epoch order.
   */
  'epochs': (_ferry_v1_EpochStart__Output)[];
}
