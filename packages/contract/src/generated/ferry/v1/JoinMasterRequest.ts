// Original file: proto/ferry/v1/control.proto


/**
 * Request of JoinMaster.
 */
export interface JoinMasterRequest {
  /**
   * The master's address `host:port`.
   */
  'address'?: (string);
}

/**
 * Request of JoinMaster.
 */
export interface JoinMasterRequest__Output {
  /**
   * The master's address `host:port`.
   */
  'address': (string);
}
