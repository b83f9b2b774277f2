// Original file: proto/ferry/v1/events.proto


/**
 * A move failed.
 */
export interface FailoverMoveFailed {
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
   * Intended target, if any.
   */
  'to'?: (string);
  /**
   * Stable reason code.
   */
  'code'?: (string);
  /**
   * Explanation.
   */
  'message'?: (string);
}

/**
 * A move failed.
 */
export interface FailoverMoveFailed__Output {
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
   * Intended target, if any.
   */
  'to': (string);
  /**
   * Stable reason code.
   */
  'code': (string);
  /**
   * Explanation.
   */
  'message': (string);
}
