// Original file: proto/ferry/v1/control.proto


/**
 * Request of DeleteGroup.
 */
export interface DeleteGroupRequest {
  /**
   * The group's name.
   */
  'name'?: (string);
}

/**
 * Request of DeleteGroup.
 */
export interface DeleteGroupRequest__Output {
  /**
   * The group's name.
   */
  'name': (string);
}
