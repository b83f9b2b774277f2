// Original file: proto/ferry/v1/events.proto


/**
 * A known system changed state, memory, host or definition.
 */
export interface SystemChanged {
  /**
   * Host it is on now.
   */
  'host'?: (string);
  /**
   * `running` or `stopped`.
   */
  'state'?: (string);
  /**
   * Assigned memory in MiB.
   */
  'memoryMib'?: (number);
  /**
   * SHA-256 of its definition, hex.
   */
  'definitionHash'?: (string);
}

/**
 * A known system changed state, memory, host or definition.
 */
export interface SystemChanged__Output {
  /**
   * Host it is on now.
   */
  'host': (string);
  /**
   * `running` or `stopped`.
   */
  'state': (string);
  /**
   * Assigned memory in MiB.
   */
  'memoryMib': (number);
  /**
   * SHA-256 of its definition, hex.
   */
  'definitionHash': (string);
}
