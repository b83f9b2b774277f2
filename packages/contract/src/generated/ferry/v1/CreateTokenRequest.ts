// Original file: proto/ferry/v1/control.proto


/**
 * Creates a token.
 */
export interface CreateTokenRequest {
  /**
   * Token name.
   */
  'name'?: (string);
  /**
   * `admin`, `operator` or `viewer`.
   */
  'role'?: (string);
  /**
   * Scope the token to this owner's systems.
   */
  'owner'?: (string);
}

/**
 * Creates a token.
 */
export interface CreateTokenRequest__Output {
  /**
   * Token name.
   */
  'name': (string);
  /**
   * `admin`, `operator` or `viewer`.
   */
  'role': (string);
  /**
   * Scope the token to this owner's systems.
   */
  'owner': (string);
}
