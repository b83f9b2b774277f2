// Original file: proto/ferry/v1/events.proto


/**
 * A planned move ended.
 */
export interface SystemMoveFinished {
  /**
   * Move id.
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
   * `succeeded` (the system is on `to`), `failed` (it is on `from`, as before) or `start-failed` (defined on `to`,
   * not running).
   */
  'outcome'?: (string);
  /**
   * Whether it runs on the target.
   */
  'started'?: (boolean);
  /**
   * Details in words (the failure).
   */
  'detail'?: (string);
}

/**
 * A planned move ended.
 */
export interface SystemMoveFinished__Output {
  /**
   * Move id.
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
   * `succeeded` (the system is on `to`), `failed` (it is on `from`, as before) or `start-failed` (defined on `to`,
   * not running).
   */
  'outcome': (string);
  /**
   * Whether it runs on the target.
   */
  'started': (boolean);
  /**
   * Details in words (the failure).
   */
  'detail': (string);
}
