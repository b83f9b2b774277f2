// Original file: proto/ferry/v1/control.proto


/**
 * Forces a failover of one system.
 */
export interface ForceFailoverRequest {
  /**
   * The system.
   */
  'system'?: (string);
  /**
   * Target host; empty lets the planner choose.
   */
  'targetHost'?: (string);
  /**
   * Start on the target; unset means as before.
   */
  'start'?: (boolean);
  /**
   * The operator confirms the source host is dead although Ferry sees it up.
   */
  'sourceIsDead'?: (boolean);
  /**
   * Idempotency key of this write (at most 128 printable characters; empty: none). A retry with the same key by the
   * same token within the master's window (10 minutes, the latest 10,000 keys, in memory: a restart or a promotion
   * forgets them) gets the first call's answer and appends nothing; the key is recorded as the correlation
   * `request:KEY` of the events the write appends.
   */
  'requestId'?: (string);
  '_start'?: "start";
}

/**
 * Forces a failover of one system.
 */
export interface ForceFailoverRequest__Output {
  /**
   * The system.
   */
  'system': (string);
  /**
   * Target host; empty lets the planner choose.
   */
  'targetHost': (string);
  /**
   * Start on the target; unset means as before.
   */
  'start'?: (boolean);
  /**
   * The operator confirms the source host is dead although Ferry sees it up.
   */
  'sourceIsDead': (boolean);
  /**
   * Idempotency key of this write (at most 128 printable characters; empty: none). A retry with the same key by the
   * same token within the master's window (10 minutes, the latest 10,000 keys, in memory: a restart or a promotion
   * forgets them) gets the first call's answer and appends nothing; the key is recorded as the correlation
   * `request:KEY` of the events the write appends.
   */
  'requestId': (string);
  '_start'?: "start";
}
