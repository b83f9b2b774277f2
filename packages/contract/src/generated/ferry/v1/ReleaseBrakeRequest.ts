// Original file: proto/ferry/v1/control.proto


/**
 * Releases the mass-failure brake of a group.
 */
export interface ReleaseBrakeRequest {
  /**
   * The group whose brake is engaged.
   */
  'group'?: (string);
}

/**
 * Releases the mass-failure brake of a group.
 */
export interface ReleaseBrakeRequest__Output {
  /**
   * The group whose brake is engaged.
   */
  'group': (string);
}
