// Original file: proto/ferry/v1/control.proto

/**
 * How a system's failover went.
 */
export const FailoverOutcome = {
  /**
   * Not given.
   */
  FAILOVER_OUTCOME_UNSPECIFIED: 'FAILOVER_OUTCOME_UNSPECIFIED',
  /**
   * Moved (and started when asked).
   */
  FAILOVER_OUTCOME_SUCCEEDED: 'FAILOVER_OUTCOME_SUCCEEDED',
  /**
   * Not moved; `reason` says why.
   */
  FAILOVER_OUTCOME_FAILED: 'FAILOVER_OUTCOME_FAILED',
  /**
   * Under way.
   */
  FAILOVER_OUTCOME_IN_PROGRESS: 'FAILOVER_OUTCOME_IN_PROGRESS',
  /**
   * The host is down and its failover has not started.
   */
  FAILOVER_OUTCOME_PENDING: 'FAILOVER_OUTCOME_PENDING',
} as const;

/**
 * How a system's failover went.
 */
export type FailoverOutcome =
  /**
   * Not given.
   */
  | 'FAILOVER_OUTCOME_UNSPECIFIED'
  | 0
  /**
   * Moved (and started when asked).
   */
  | 'FAILOVER_OUTCOME_SUCCEEDED'
  | 1
  /**
   * Not moved; `reason` says why.
   */
  | 'FAILOVER_OUTCOME_FAILED'
  | 2
  /**
   * Under way.
   */
  | 'FAILOVER_OUTCOME_IN_PROGRESS'
  | 3
  /**
   * The host is down and its failover has not started.
   */
  | 'FAILOVER_OUTCOME_PENDING'
  | 4

/**
 * How a system's failover went.
 */
export type FailoverOutcome__Output = typeof FailoverOutcome[keyof typeof FailoverOutcome]
