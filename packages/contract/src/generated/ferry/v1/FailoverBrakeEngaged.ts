// Original file: proto/ferry/v1/events.proto


/**
 * The mass-failure brake stopped automatic failover in a group.
 */
export interface FailoverBrakeEngaged {
  /**
   * The group.
   */
  'group'?: (string);
  /**
   * Hosts down within the window.
   */
  'downHosts'?: (string)[];
}

/**
 * The mass-failure brake stopped automatic failover in a group.
 */
export interface FailoverBrakeEngaged__Output {
  /**
   * The group.
   */
  'group': (string);
  /**
   * Hosts down within the window.
   */
  'downHosts': (string)[];
}
