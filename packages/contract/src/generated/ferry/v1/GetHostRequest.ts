// Original file: proto/ferry/v1/control.proto


/**
 * Request of GetHost.
 */
export interface GetHostRequest {
  /**
   * The host's name.
   */
  'name'?: (string);
}

/**
 * Request of GetHost.
 */
export interface GetHostRequest__Output {
  /**
   * The host's name.
   */
  'name': (string);
}
