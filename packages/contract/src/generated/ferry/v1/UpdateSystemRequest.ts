// Original file: proto/ferry/v1/control.proto


/**
 * Changes operator settings of a system; unset fields stay.
 */
export interface UpdateSystemRequest {
  /**
   * The system.
   */
  'name'?: (string);
  /**
   * New owner (empty string clears it).
   */
  'owner'?: (string);
  /**
   * New restart priority.
   */
  'priority'?: (number);
  /**
   * New failover inclusion.
   */
  'failover'?: (boolean);
  '_owner'?: "owner";
  '_priority'?: "priority";
  '_failover'?: "failover";
}

/**
 * Changes operator settings of a system; unset fields stay.
 */
export interface UpdateSystemRequest__Output {
  /**
   * The system.
   */
  'name': (string);
  /**
   * New owner (empty string clears it).
   */
  'owner'?: (string);
  /**
   * New restart priority.
   */
  'priority'?: (number);
  /**
   * New failover inclusion.
   */
  'failover'?: (boolean);
  '_owner'?: "owner";
  '_priority'?: "priority";
  '_failover'?: "failover";
}
