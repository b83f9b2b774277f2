// Original file: proto/ferry/v1/events.proto


/**
 * An operator vouched that a host is dead (its fence cannot be confirmed).
 */
export interface HostDownConfirmed {
  /**
   * Failover id it unblocked, if any.
   */
  'id'?: (string);
  /**
   * The host.
   */
  'host'?: (string);
  /**
   * Who vouched.
   */
  'by'?: (string);
}

/**
 * An operator vouched that a host is dead (its fence cannot be confirmed).
 */
export interface HostDownConfirmed__Output {
  /**
   * Failover id it unblocked, if any.
   */
  'id': (string);
  /**
   * The host.
   */
  'host': (string);
  /**
   * Who vouched.
   */
  'by': (string);
}
