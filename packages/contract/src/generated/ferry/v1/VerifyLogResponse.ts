// Original file: proto/ferry/v1/control.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Result of verifying a log.
 */
export interface VerifyLogResponse {
  /**
   * Whether the chain, epochs and quarantine verify.
   */
  'ok'?: (boolean);
  /**
   * Events checked.
   */
  'checked'?: (number | string | Long);
  /**
   * First bad seq (0 when ok).
   */
  'badSeq'?: (number | string | Long);
  /**
   * Aggregate of the first bad event.
   */
  'badAggregate'?: (string);
  /**
   * Type of the first bad event.
   */
  'badType'?: (string);
  /**
   * What is wrong.
   */
  'reason'?: (string);
  /**
   * Quarantined events checked.
   */
  'quarantined'?: (number | string | Long);
}

/**
 * Result of verifying a log.
 */
export interface VerifyLogResponse__Output {
  /**
   * Whether the chain, epochs and quarantine verify.
   */
  'ok': (boolean);
  /**
   * Events checked.
   */
  'checked': (number);
  /**
   * First bad seq (0 when ok).
   */
  'badSeq': (number);
  /**
   * Aggregate of the first bad event.
   */
  'badAggregate': (string);
  /**
   * Type of the first bad event.
   */
  'badType': (string);
  /**
   * What is wrong.
   */
  'reason': (string);
  /**
   * Quarantined events checked.
   */
  'quarantined': (number);
}
