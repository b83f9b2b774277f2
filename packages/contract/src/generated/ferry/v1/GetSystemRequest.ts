// Original file: proto/ferry/v1/control.proto


/**
 * Request of GetSystem.
 */
export interface GetSystemRequest {
  /**
   * The system's name.
   */
  'name'?: (string);
}

/**
 * Request of GetSystem.
 */
export interface GetSystemRequest__Output {
  /**
   * The system's name.
   */
  'name': (string);
}
