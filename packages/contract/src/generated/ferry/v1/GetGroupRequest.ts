// Original file: proto/ferry/v1/control.proto


/**
 * Request of GetGroup.
 */
export interface GetGroupRequest {
  /**
   * The group's name.
   */
  'name'?: (string);
}

/**
 * Request of GetGroup.
 */
export interface GetGroupRequest__Output {
  /**
   * The group's name.
   */
  'name': (string);
}
