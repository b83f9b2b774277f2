// Original file: proto/ferry/v1/events.proto


/**
 * An API token was created (only its hash is stored).
 */
export interface TokenCreated {
  /**
   * Token name.
   */
  'name'?: (string);
  /**
   * `admin`, `operator` or `viewer`.
   */
  'role'?: (string);
  /**
   * Owner the token is scoped to; empty for none.
   */
  'owner'?: (string);
  /**
   * SHA-256 of the token, hex.
   */
  'tokenHash'?: (string);
}

/**
 * An API token was created (only its hash is stored).
 */
export interface TokenCreated__Output {
  /**
   * Token name.
   */
  'name': (string);
  /**
   * `admin`, `operator` or `viewer`.
   */
  'role': (string);
  /**
   * Owner the token is scoped to; empty for none.
   */
  'owner': (string);
  /**
   * SHA-256 of the token, hex.
   */
  'tokenHash': (string);
}
