// Original file: proto/ferry/v1/events.proto


/**
 * A replica was removed from the master's replica list.
 */
export interface ReplicaRemoved {
  /**
   * Replica address.
   */
  'address'?: (string);
}

/**
 * A replica was removed from the master's replica list.
 */
export interface ReplicaRemoved__Output {
  /**
   * Replica address.
   */
  'address': (string);
}
