// Original file: proto/ferry/v1/events.proto


/**
 * A host was fenced (or fencing was tried).
 */
export interface HostFenced {
  /**
   * Failover id that fenced it.
   */
  'id'?: (string);
  /**
   * The host.
   */
  'host'?: (string);
  /**
   * Fencing method used.
   */
  'method'?: (string);
  /**
   * Whether power-off was confirmed.
   */
  'confirmed'?: (boolean);
  /**
   * Details (command output or error).
   */
  'detail'?: (string);
  /**
   * Fence attempts made.
   */
  'attempts'?: (number);
}

/**
 * A host was fenced (or fencing was tried).
 */
export interface HostFenced__Output {
  /**
   * Failover id that fenced it.
   */
  'id': (string);
  /**
   * The host.
   */
  'host': (string);
  /**
   * Fencing method used.
   */
  'method': (string);
  /**
   * Whether power-off was confirmed.
   */
  'confirmed': (boolean);
  /**
   * Details (command output or error).
   */
  'detail': (string);
  /**
   * Fence attempts made.
   */
  'attempts': (number);
}
