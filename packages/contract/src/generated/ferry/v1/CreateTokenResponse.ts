// Original file: proto/ferry/v1/control.proto


/**
 * The new token.
 */
export interface CreateTokenResponse {
  /**
   * Token name.
   */
  'name'?: (string);
  /**
   * The secret token; shown once.
   */
  'token'?: (string);
  /**
   * Its role.
   */
  'role'?: (string);
}

/**
 * The new token.
 */
export interface CreateTokenResponse__Output {
  /**
   * Token name.
   */
  'name': (string);
  /**
   * The secret token; shown once.
   */
  'token': (string);
  /**
   * Its role.
   */
  'role': (string);
}
