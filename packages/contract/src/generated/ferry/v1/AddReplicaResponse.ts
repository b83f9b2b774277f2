// Original file: proto/ferry/v1/control.proto

import type { ReplicaStatus as _ferry_v1_ReplicaStatus, ReplicaStatus__Output as _ferry_v1_ReplicaStatus__Output } from '../../ferry/v1/ReplicaStatus.js';

/**
 * Response of AddReplica.
 */
export interface AddReplicaResponse {
  /**
   * The added replica as the master sees it.
   */
  'replica'?: (_ferry_v1_ReplicaStatus | null);
}

/**
 * Response of AddReplica.
 */
export interface AddReplicaResponse__Output {
  /**
   * The added replica as the master sees it.
   */
  'replica': (_ferry_v1_ReplicaStatus__Output | null);
}
