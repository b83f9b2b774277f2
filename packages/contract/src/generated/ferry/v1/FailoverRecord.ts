// Original file: proto/ferry/v1/control.proto


/**
 * One system's failover, as shown to operators.
 */
export interface FailoverRecord {
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
   * Target host (empty if none was found).
   */
  'to'?: (string);
  /**
   * `succeeded`, `failed`, `in-progress`, or `pending`: the host is down and its failover has not started (an
   * automatic group's timeout is running, see `failover_at`, or a manual group waits for an operator).
   */
  'outcome'?: (string);
  /**
   * Why it failed.
   */
  'reason'?: (string);
  /**
   * Whether it was started on the target.
   */
  'started'?: (boolean);
  /**
   * When it began, ISO 8601.
   */
  'at'?: (string);
  /**
   * When it ended, ISO 8601 (empty while in progress).
   */
  'finishedAt'?: (string);
  /**
   * For a pending failover of an automatic group: when it starts (the host's down time plus the group's timeout),
   * ISO 8601; empty otherwise.
   */
  'failoverAt'?: (string);
}

/**
 * One system's failover, as shown to operators.
 */
export interface FailoverRecord__Output {
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
   * Target host (empty if none was found).
   */
  'to': (string);
  /**
   * `succeeded`, `failed`, `in-progress`, or `pending`: the host is down and its failover has not started (an
   * automatic group's timeout is running, see `failover_at`, or a manual group waits for an operator).
   */
  'outcome': (string);
  /**
   * Why it failed.
   */
  'reason': (string);
  /**
   * Whether it was started on the target.
   */
  'started': (boolean);
  /**
   * When it began, ISO 8601.
   */
  'at': (string);
  /**
   * When it ended, ISO 8601 (empty while in progress).
   */
  'finishedAt': (string);
  /**
   * For a pending failover of an automatic group: when it starts (the host's down time plus the group's timeout),
   * ISO 8601; empty otherwise.
   */
  'failoverAt': (string);
}
