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
   * `succeeded`, `partial`, `failed` or `cancelled`.
   */
  'outcome'?: (string);
  /**
   * Systems moved.
   */
  'moved'?: (number);
  /**
   * Systems not moved.
   */
  'failed'?: (number);
  /**
   * Details in words.
   */
  'detail'?: (string);
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
   * `succeeded`, `partial`, `failed` or `cancelled`.
   */
  'outcome': (string);
  /**
   * Systems moved.
   */
  'moved': (number);
  /**
   * Systems not moved.
   */
  'failed': (number);
  /**
   * Details in words.
   */
  'detail': (string);
}
