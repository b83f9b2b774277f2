// Original file: proto/ferry/v1/events.proto


/**
 * Failover of a host (or a forced failover of one system) began.
 */
export interface FailoverStarted {
  /**
   * Failover id.
   */
  'id'?: (string);
  /**
   * The source host.
   */
  'host'?: (string);
  /**
   * Its failover group.
   */
  'group'?: (string);
  /**
   * Why: `automatic` (host down past the timeout) or `forced`.
   */
  'reason'?: (string);
  /**
   * Details in words.
   */
  'detail'?: (string);
  /**
   * For a forced failover: the one system.
   */
  'system'?: (string);
  /**
   * Who forced it.
   */
  'by'?: (string);
}

/**
 * Failover of a host (or a forced failover of one system) began.
 */
export interface FailoverStarted__Output {
  /**
   * Failover id.
   */
  'id': (string);
  /**
   * The source host.
   */
  'host': (string);
  /**
   * Its failover group.
   */
  'group': (string);
  /**
   * Why: `automatic` (host down past the timeout) or `forced`.
   */
  'reason': (string);
  /**
   * Details in words.
   */
  'detail': (string);
  /**
   * For a forced failover: the one system.
   */
  'system': (string);
  /**
   * Who forced it.
   */
  'by': (string);
}
