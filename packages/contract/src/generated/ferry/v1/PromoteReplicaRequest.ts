// Original file: proto/ferry/v1/control.proto


/**
 * Promotes a replica.
 */
export interface PromoteReplicaRequest {
  /**
   * Promote although the master seems healthy or the lag is high.
   */
  'force'?: (boolean);
}

/**
 * Promotes a replica.
 */
export interface PromoteReplicaRequest__Output {
  /**
   * Promote although the master seems healthy or the lag is high.
   */
  'force': (boolean);
}
