// Original file: proto/ferry/v1/events.proto


/**
 * A failover group was deleted.
 */
export interface GroupDeleted {
  /**
   * Its name.
   */
  'name'?: (string);
}

/**
 * A failover group was deleted.
 */
export interface GroupDeleted__Output {
  /**
   * Its name.
   */
  'name': (string);
}
