// Original file: proto/ferry/v1/control.proto

import type { MoveOutcome as _ferry_v1_MoveOutcome, MoveOutcome__Output as _ferry_v1_MoveOutcome__Output } from '../../ferry/v1/MoveOutcome.js';

/**
 * One move of a drain.
 */
export interface DrainMove {
  /**
   * The system.
   */
  'system'?: (string);
  /**
   * Its target host.
   */
  'to'?: (string);
  /**
   * Live migration or cold move.
   */
  'live'?: (boolean);
  /**
   * Move id.
   */
  'id'?: (string);
  /**
   * How the move went.
   */
  'outcome'?: (_ferry_v1_MoveOutcome);
  /**
   * Why it failed.
   */
  'detail'?: (string);
}

/**
 * One move of a drain.
 */
export interface DrainMove__Output {
  /**
   * The system.
   */
  'system': (string);
  /**
   * Its target host.
   */
  'to': (string);
  /**
   * Live migration or cold move.
   */
  'live': (boolean);
  /**
   * Move id.
   */
  'id': (string);
  /**
   * How the move went.
   */
  'outcome': (_ferry_v1_MoveOutcome__Output);
  /**
   * Why it failed.
   */
  'detail': (string);
}
