// Original file: proto/ferry/v1/events.proto


/**
 * An operator released a group's mass-failure brake.
 */
export interface FailoverBrakeReleased {
  /**
   * The group.
   */
  'group'?: (string);
  /**
   * Who released it.
   */
  'by'?: (string);
  /**
   * Down hosts acknowledged (not failed over).
   */
  'acknowledged'?: (string)[];
}

/**
 * An operator released a group's mass-failure brake.
 */
export interface FailoverBrakeReleased__Output {
  /**
   * The group.
   */
  'group': (string);
  /**
   * Who released it.
   */
  'by': (string);
  /**
   * Down hosts acknowledged (not failed over).
   */
  'acknowledged': (string)[];
}
