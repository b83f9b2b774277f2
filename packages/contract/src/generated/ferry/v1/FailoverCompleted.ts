// Original file: proto/ferry/v1/events.proto


/**
 * A failover finished.
 */
export interface FailoverCompleted {
  /**
   * Failover id.
   */
  'id'?: (string);
  /**
   * `succeeded`, `partial` or `failed`.
   */
  'outcome'?: (string);
}

/**
 * A failover finished.
 */
export interface FailoverCompleted__Output {
  /**
   * Failover id.
   */
  'id': (string);
  /**
   * `succeeded`, `partial` or `failed`.
   */
  'outcome': (string);
}
