// Original file: proto/ferry/v1/events.proto


/**
 * A replica was added to the master's replica list.
 */
export interface ReplicaAdded {
  /**
   * Replica address `host:port`.
   */
  'address'?: (string);
  /**
   * Its node id, as it answered when checked.
   */
  'nodeId'?: (string);
}

/**
 * A replica was added to the master's replica list.
 */
export interface ReplicaAdded__Output {
  /**
   * Replica address `host:port`.
   */
  'address': (string);
  /**
   * Its node id, as it answered when checked.
   */
  'nodeId': (string);
}
