// Original file: proto/ferry/v1/control.proto

/**
 * How a planned move (drain, move) went.
 */
export const MoveOutcome = {
  /**
   * Not given.
   */
  MOVE_OUTCOME_UNSPECIFIED: 'MOVE_OUTCOME_UNSPECIFIED',
  /**
   * Under way.
   */
  MOVE_OUTCOME_IN_PROGRESS: 'MOVE_OUTCOME_IN_PROGRESS',
  /**
   * Moved and running on the target.
   */
  MOVE_OUTCOME_SUCCEEDED: 'MOVE_OUTCOME_SUCCEEDED',
  /**
   * Not moved.
   */
  MOVE_OUTCOME_FAILED: 'MOVE_OUTCOME_FAILED',
  /**
   * Moved, but it did not start on the target.
   */
  MOVE_OUTCOME_START_FAILED: 'MOVE_OUTCOME_START_FAILED',
} as const;

/**
 * How a planned move (drain, move) went.
 */
export type MoveOutcome =
  /**
   * Not given.
   */
  | 'MOVE_OUTCOME_UNSPECIFIED'
  | 0
  /**
   * Under way.
   */
  | 'MOVE_OUTCOME_IN_PROGRESS'
  | 1
  /**
   * Moved and running on the target.
   */
  | 'MOVE_OUTCOME_SUCCEEDED'
  | 2
  /**
   * Not moved.
   */
  | 'MOVE_OUTCOME_FAILED'
  | 3
  /**
   * Moved, but it did not start on the target.
   */
  | 'MOVE_OUTCOME_START_FAILED'
  | 4

/**
 * How a planned move (drain, move) went.
 */
export type MoveOutcome__Output = typeof MoveOutcome[keyof typeof MoveOutcome]
