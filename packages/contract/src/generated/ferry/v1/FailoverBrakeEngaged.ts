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
  /**
   * Members of the group.
   */
  'members'?: (number);
  /**
   * The brake's share.
   */
  'maxDownShare'?: (number | string);
  /**
   * The brake's window, seconds.
   */
  'windowSec'?: (number);
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
  /**
   * Members of the group.
   */
  'members': (number);
  /**
   * The brake's share.
   */
  'maxDownShare': (number);
  /**
   * The brake's window, seconds.
   */
  'windowSec': (number);
}
