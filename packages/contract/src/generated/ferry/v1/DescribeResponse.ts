// Original file: proto/ferry/v1/replication.proto

import type { NodeInfo as _ferry_v1_NodeInfo, NodeInfo__Output as _ferry_v1_NodeInfo__Output } from '../../ferry/v1/NodeInfo.js';

/**
 * Response of Describe.
 */
export interface DescribeResponse {
  /**
   * This node.
   */
  'node'?: (_ferry_v1_NodeInfo | null);
}

/**
 * Response of Describe.
 */
export interface DescribeResponse__Output {
  /**
   * This node.
   */
  'node': (_ferry_v1_NodeInfo__Output | null);
}
