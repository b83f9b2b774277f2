// Original file: proto/ferry/v1/control.proto

import type { FailoverRecord as _ferry_v1_FailoverRecord, FailoverRecord__Output as _ferry_v1_FailoverRecord__Output } from '../../ferry/v1/FailoverRecord.js';

/**
 * Failovers.
 */
export interface ListFailoversResponse {
  /**
   * The failovers.
   */
  'failovers'?: (_ferry_v1_FailoverRecord)[];
}

/**
 * Failovers.
 */
export interface ListFailoversResponse__Output {
  /**
   * The failovers.
   */
  'failovers': (_ferry_v1_FailoverRecord__Output)[];
}
