// Original file: proto/ferry/v1/control.proto


/**
 * Request of RevokeToken.
 */
export interface RevokeTokenRequest {
  /**
   * The token's name.
   */
  'name'?: (string);
}

/**
 * Request of RevokeToken.
 */
export interface RevokeTokenRequest__Output {
  /**
   * The token's name.
   */
  'name': (string);
}
