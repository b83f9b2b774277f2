// Original file: proto/ferry/v1/replication.proto

import type { NodeInfo as _ferry_v1_NodeInfo, NodeInfo__Output as _ferry_v1_NodeInfo__Output } from '../../ferry/v1/NodeInfo.js';

/**
 * Response of Follow.
 */
export interface FollowResponse {
  /**
   * This node after it took the master in.
   */
  'node'?: (_ferry_v1_NodeInfo | null);
}

/**
 * Response of Follow.
 */
export interface FollowResponse__Output {
  /**
   * This node after it took the master in.
   */
  'node': (_ferry_v1_NodeInfo__Output | null);
}
