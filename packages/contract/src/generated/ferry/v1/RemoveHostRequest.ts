// Original file: proto/ferry/v1/control.proto


/**
 * Request of RemoveHost.
 */
export interface RemoveHostRequest {
  /**
   * The host's name.
   */
  'name'?: (string);
}

/**
 * Request of RemoveHost.
 */
export interface RemoveHostRequest__Output {
  /**
   * The host's name.
   */
  'name': (string);
}
