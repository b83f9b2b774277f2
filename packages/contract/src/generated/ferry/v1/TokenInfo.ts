// Original file: proto/ferry/v1/control.proto


/**
 * A token without its secret.
 */
export interface TokenInfo {
  /**
   * Token name.
   */
  'name'?: (string);
  /**
   * Role.
   */
  'role'?: (string);
  /**
   * Owner scope.
   */
  'owner'?: (string);
  /**
   * Created, ISO 8601.
   */
  'created'?: (string);
}

/**
 * A token without its secret.
 */
export interface TokenInfo__Output {
  /**
   * Token name.
   */
  'name': (string);
  /**
   * Role.
   */
  'role': (string);
  /**
   * Owner scope.
   */
  'owner': (string);
  /**
   * Created, ISO 8601.
   */
  'created': (string);
}
