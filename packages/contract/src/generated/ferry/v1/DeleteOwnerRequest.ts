// Original file: proto/ferry/v1/control.proto


/**
 * Request of DeleteOwner.
 */
export interface DeleteOwnerRequest {
  /**
   * The owner's name.
   */
  'name'?: (string);
}

/**
 * Request of DeleteOwner.
 */
export interface DeleteOwnerRequest__Output {
  /**
   * The owner's name.
   */
  'name': (string);
}
