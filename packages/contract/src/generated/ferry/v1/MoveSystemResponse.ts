// Original file: proto/ferry/v1/control.proto

import type { MoveOutcome as _ferry_v1_MoveOutcome, MoveOutcome__Output as _ferry_v1_MoveOutcome__Output } from '../../ferry/v1/MoveOutcome.js';

/**
 * How a move ended (or that it is still going after the wait).
 */
export interface MoveSystemResponse {
  /**
   * Move id.
   */
  'id'?: (string);
  /**
   * The system.
   */
  'system'?: (string);
  /**
   * Source host.
   */
  'from'?: (string);
  /**
   * Target host.
   */
  'to'?: (string);
  /**
   * Live migration or cold move.
   */
  'live'?: (boolean);
  /**
   * How the move went.
   */
  'outcome'?: (_ferry_v1_MoveOutcome);
  /**
   * Details in words.
   */
  'detail'?: (string);
}

/**
 * How a move ended (or that it is still going after the wait).
 */
export interface MoveSystemResponse__Output {
  /**
   * Move id.
   */
  'id': (string);
  /**
   * The system.
   */
  'system': (string);
  /**
   * Source host.
   */
  'from': (string);
  /**
   * Target host.
   */
  'to': (string);
  /**
   * Live migration or cold move.
   */
  'live': (boolean);
  /**
   * How the move went.
   */
  'outcome': (_ferry_v1_MoveOutcome__Output);
  /**
   * Details in words.
   */
  'detail': (string);
}
