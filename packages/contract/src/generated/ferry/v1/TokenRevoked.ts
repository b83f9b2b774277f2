// Original file: proto/ferry/v1/events.proto


/**
 * An API token was revoked.
 */
export interface TokenRevoked {
  /**
   * Token name.
   */
  'name'?: (string);
}

/**
 * An API token was revoked.
 */
export interface TokenRevoked__Output {
  /**
   * Token name.
   */
  'name': (string);
}
