// Original file: proto/ferry/v1/control.proto


/**
 * Request of UndrainHost.
 */
export interface UndrainHostRequest {
  /**
   * The host's name.
   */
  'name'?: (string);
}

/**
 * Request of UndrainHost.
 */
export interface UndrainHostRequest__Output {
  /**
   * The host's name.
   */
  'name': (string);
}
