// Original file: proto/ferry/v1/events.proto


/**
 * A system was defined (and maybe started) on its new host.
 */
export interface SystemMoved {
  /**
   * Failover id.
   */
  'id'?: (string);
  /**
   * The system.
   */
  'system'?: (string);
  /**
   * Source host.
   */
  'from'?: (string);
  /**
   * Target host.
   */
  'to'?: (string);
  /**
   * Whether it was started.
   */
  'started'?: (boolean);
  /**
   * Why starting failed, when it was defined but not started.
   */
  'startError'?: (string);
}

/**
 * A system was defined (and maybe started) on its new host.
 */
export interface SystemMoved__Output {
  /**
   * Failover id.
   */
  'id': (string);
  /**
   * The system.
   */
  'system': (string);
  /**
   * Source host.
   */
  'from': (string);
  /**
   * Target host.
   */
  'to': (string);
  /**
   * Whether it was started.
   */
  'started': (boolean);
  /**
   * Why starting failed, when it was defined but not started.
   */
  'startError': (string);
}
