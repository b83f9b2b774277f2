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
  '_start'?: "start";
}
