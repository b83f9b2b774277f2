// Original file: proto/ferry/v1/control.proto


/**
 * Request of ConfirmDown.
 */
export interface ConfirmDownRequest {
  /**
   * The name of the host the operator vouches is dead.
   */
  'name'?: (string);
}

/**
 * Request of ConfirmDown.
 */
export interface ConfirmDownRequest__Output {
  /**
   * The name of the host the operator vouches is dead.
   */
  'name': (string);
}
