// Original file: proto/ferry/v1/events.proto


/**
 * The definition of a system was captured so it can be recreated elsewhere.
 */
export interface SystemDefinitionCaptured {
  /**
   * Host it was captured from.
   */
  'host'?: (string);
  /**
   * SHA-256 of the definition, hex.
   */
  'definitionHash'?: (string);
  /**
   * The definition text.
   */
  'definition'?: (string);
}

/**
 * The definition of a system was captured so it can be recreated elsewhere.
 */
export interface SystemDefinitionCaptured__Output {
  /**
   * Host it was captured from.
   */
  'host': (string);
  /**
   * SHA-256 of the definition, hex.
   */
  'definitionHash': (string);
  /**
   * The definition text.
   */
  'definition': (string);
}
