// Original file: proto/ferry/v1/events.proto


/**
 * A host was removed from management.
 */
export interface HostRemoved {
  /**
   * Name of the removed host.
   */
  'name'?: (string);
}

/**
 * A host was removed from management.
 */
export interface HostRemoved__Output {
  /**
   * Name of the removed host.
   */
  'name': (string);
}
