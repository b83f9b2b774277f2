// Original file: proto/ferry/v1/control.proto

import type { ClusterStatus as _ferry_v1_ClusterStatus, ClusterStatus__Output as _ferry_v1_ClusterStatus__Output } from '../../ferry/v1/ClusterStatus.js';

/**
 * Response of GetClusterStatus.
 */
export interface GetClusterStatusResponse {
  /**
   * The state of this node and what it knows of the cluster.
   */
  'status'?: (_ferry_v1_ClusterStatus | null);
}

/**
 * Response of GetClusterStatus.
 */
export interface GetClusterStatusResponse__Output {
  /**
   * The state of this node and what it knows of the cluster.
   */
  'status': (_ferry_v1_ClusterStatus__Output | null);
}
