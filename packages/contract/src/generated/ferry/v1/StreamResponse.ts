// Original file: proto/ferry/v1/replication.proto

import type { Batch as _ferry_v1_Batch, Batch__Output as _ferry_v1_Batch__Output } from '../../ferry/v1/Batch.js';
import type { Heartbeat as _ferry_v1_Heartbeat, Heartbeat__Output as _ferry_v1_Heartbeat__Output } from '../../ferry/v1/Heartbeat.js';
import type { Diverged as _ferry_v1_Diverged, Diverged__Output as _ferry_v1_Diverged__Output } from '../../ferry/v1/Diverged.js';

/**
 * From master to replica.
 */
export interface StreamResponse {
  /**
   * Events to store.
   */
  'batch'?: (_ferry_v1_Batch | null);
  /**
   * The master is alive; its head.
   */
  'heartbeat'?: (_ferry_v1_Heartbeat | null);
  /**
   * The replica's history diverges from the master's at this point.
   */
  'diverged'?: (_ferry_v1_Diverged | null);
  /**
   * Exactly one is set.
   */
  'msg'?: "batch"|"heartbeat"|"diverged";
}

/**
 * From master to replica.
 */
export interface StreamResponse__Output {
  /**
   * Events to store.
   */
  'batch'?: (_ferry_v1_Batch__Output | null);
  /**
   * The master is alive; its head.
   */
  'heartbeat'?: (_ferry_v1_Heartbeat__Output | null);
  /**
   * The replica's history diverges from the master's at this point.
   */
  'diverged'?: (_ferry_v1_Diverged__Output | null);
  /**
   * Exactly one is set.
   */
  'msg'?: "batch"|"heartbeat"|"diverged";
}
