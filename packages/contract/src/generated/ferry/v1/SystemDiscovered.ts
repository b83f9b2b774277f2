// Original file: proto/ferry/v1/events.proto


/**
 * A virtual system was seen for the first time (or again after it vanished).
 */
export interface SystemDiscovered {
  /**
   * Host it runs on or is defined on.
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
   * SHA-256 of its definition (libvirt XML, xl config, OpenVZ config), hex.
   */
  'definitionHash'?: (string);
}

/**
 * A virtual system was seen for the first time (or again after it vanished).
 */
export interface SystemDiscovered__Output {
  /**
   * Host it runs on or is defined on.
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
   * SHA-256 of its definition (libvirt XML, xl config, OpenVZ config), hex.
   */
  'definitionHash': (string);
}
