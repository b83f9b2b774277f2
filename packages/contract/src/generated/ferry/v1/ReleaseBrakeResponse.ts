// Original file: proto/ferry/v1/control.proto


/**
 * What releasing the brake did.
 */
export interface ReleaseBrakeResponse {
  /**
   * The group's members that were down when the brake was released: their failovers are examined again now.
   */
  'acknowledged'?: (string)[];
}

/**
 * What releasing the brake did.
 */
export interface ReleaseBrakeResponse__Output {
  /**
   * The group's members that were down when the brake was released: their failovers are examined again now.
   */
  'acknowledged': (string)[];
}
