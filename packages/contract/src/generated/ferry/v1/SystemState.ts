// Original file: proto/ferry/v1/control.proto

/**
 * State of a virtual system as shown.
 */
export const SystemState = {
  /**
   * Not given (in a filter: any state).
   */
  SYSTEM_STATE_UNSPECIFIED: 'SYSTEM_STATE_UNSPECIFIED',
  /**
   * Running on its host.
   */
  SYSTEM_STATE_RUNNING: 'SYSTEM_STATE_RUNNING',
  /**
   * Defined but stopped.
   */
  SYSTEM_STATE_STOPPED: 'SYSTEM_STATE_STOPPED',
  /**
   * Its host cannot be probed, or the last probe could not read it.
   */
  SYSTEM_STATE_UNKNOWN: 'SYSTEM_STATE_UNKNOWN',
  /**
   * No longer on any host.
   */
  SYSTEM_STATE_VANISHED: 'SYSTEM_STATE_VANISHED',
} as const;

/**
 * State of a virtual system as shown.
 */
export type SystemState =
  /**
   * Not given (in a filter: any state).
   */
  | 'SYSTEM_STATE_UNSPECIFIED'
  | 0
  /**
   * Running on its host.
   */
  | 'SYSTEM_STATE_RUNNING'
  | 1
  /**
   * Defined but stopped.
   */
  | 'SYSTEM_STATE_STOPPED'
  | 2
  /**
   * Its host cannot be probed, or the last probe could not read it.
   */
  | 'SYSTEM_STATE_UNKNOWN'
  | 3
  /**
   * No longer on any host.
   */
  | 'SYSTEM_STATE_VANISHED'
  | 4

/**
 * State of a virtual system as shown.
 */
export type SystemState__Output = typeof SystemState[keyof typeof SystemState]
