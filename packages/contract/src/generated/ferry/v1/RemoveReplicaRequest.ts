// Original file: proto/ferry/v1/control.proto


/**
 * Request of RemoveReplica.
 */
export interface RemoveReplicaRequest {
  /**
   * Replica address `host:port`.
   */
  'address'?: (string);
}

/**
 * Request of RemoveReplica.
 */
export interface RemoveReplicaRequest__Output {
  /**
   * Replica address `host:port`.
   */
  'address': (string);
}
