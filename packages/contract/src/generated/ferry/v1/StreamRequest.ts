// Original file: proto/ferry/v1/replication.proto

import type { Hello as _ferry_v1_Hello, Hello__Output as _ferry_v1_Hello__Output } from '../../ferry/v1/Hello.js';
import type { Ack as _ferry_v1_Ack, Ack__Output as _ferry_v1_Ack__Output } from '../../ferry/v1/Ack.js';

/**
 * From replica to master.
 */
export interface StreamRequest {
  /**
   * First message: who I am and where I stand.
   */
  'hello'?: (_ferry_v1_Hello | null);
  /**
   * I applied events up to this seq durably.
   */
  'ack'?: (_ferry_v1_Ack | null);
  /**
   * Exactly one is set.
   */
  'msg'?: "hello"|"ack";
}

/**
 * From replica to master.
 */
export interface StreamRequest__Output {
  /**
   * First message: who I am and where I stand.
   */
  'hello'?: (_ferry_v1_Hello__Output | null);
  /**
   * I applied events up to this seq durably.
   */
  'ack'?: (_ferry_v1_Ack__Output | null);
  /**
   * Exactly one is set.
   */
  'msg'?: "hello"|"ack";
}
