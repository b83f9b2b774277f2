// Original file: proto/ferry/v1/events.proto


/**
 * An operator vouched that a host is dead.
 */
export interface HostConfirmedDown {
  /**
   * The host.
   */
  'host'?: (string);
}

/**
 * An operator vouched that a host is dead.
 */
export interface HostConfirmedDown__Output {
  /**
   * The host.
   */
  'host': (string);
}
