// Original file: proto/ferry/v1/control.proto


/**
 * Names a replica.
 */
export interface AddReplicaRequest {
  /**
   * Replica address `host:port`.
   */
  'address'?: (string);
}

/**
 * Names a replica.
 */
export interface AddReplicaRequest__Output {
  /**
   * Replica address `host:port`.
   */
  'address': (string);
}
