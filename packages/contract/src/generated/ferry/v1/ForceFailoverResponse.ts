// Original file: proto/ferry/v1/control.proto

import type { FailoverRecord as _ferry_v1_FailoverRecord, FailoverRecord__Output as _ferry_v1_FailoverRecord__Output } from '../../ferry/v1/FailoverRecord.js';

/**
 * Response of ForceFailover.
 */
export interface ForceFailoverResponse {
  /**
   * The failover, as far as it went.
   */
  'failover'?: (_ferry_v1_FailoverRecord | null);
}

/**
 * Response of ForceFailover.
 */
export interface ForceFailoverResponse__Output {
  /**
   * The failover, as far as it went.
   */
  'failover': (_ferry_v1_FailoverRecord__Output | null);
}
