// Original file: proto/ferry/v1/control.proto

import type { ClusterStatus as _ferry_v1_ClusterStatus, ClusterStatus__Output as _ferry_v1_ClusterStatus__Output } from '../../ferry/v1/ClusterStatus.js';

/**
 * Response of ReplicationOff.
 */
export interface ReplicationOffResponse {
  /**
   * The state of this node afterwards.
   */
  'status'?: (_ferry_v1_ClusterStatus | null);
}

/**
 * Response of ReplicationOff.
 */
export interface ReplicationOffResponse__Output {
  /**
   * The state of this node afterwards.
   */
  'status': (_ferry_v1_ClusterStatus__Output | null);
}
