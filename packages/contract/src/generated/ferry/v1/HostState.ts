// Original file: proto/ferry/v1/control.proto

/**
 * State of a host as the collector sees it.
 */
export const HostState = {
  /**
   * Not given (in a filter: any state).
   */
  HOST_STATE_UNSPECIFIED: 'HOST_STATE_UNSPECIFIED',
  /**
   * Not probed yet.
   */
  HOST_STATE_UNKNOWN: 'HOST_STATE_UNKNOWN',
  /**
   * Answers its probes.
   */
  HOST_STATE_UP: 'HOST_STATE_UP',
  /**
   * Missed probes, not yet down.
   */
  HOST_STATE_UNREACHABLE: 'HOST_STATE_UNREACHABLE',
  /**
   * Answers, but its probe output could not be read (never counts toward down).
   */
  HOST_STATE_PROBE_ERROR: 'HOST_STATE_PROBE_ERROR',
  /**
   * Down: its group's failover applies.
   */
  HOST_STATE_DOWN: 'HOST_STATE_DOWN',
  /**
   * Down and fenced (powered off, confirmed).
   */
  HOST_STATE_FENCED: 'HOST_STATE_FENCED',
} as const;

/**
 * State of a host as the collector sees it.
 */
export type HostState =
  /**
   * Not given (in a filter: any state).
   */
  | 'HOST_STATE_UNSPECIFIED'
  | 0
  /**
   * Not probed yet.
   */
  | 'HOST_STATE_UNKNOWN'
  | 1
  /**
   * Answers its probes.
   */
  | 'HOST_STATE_UP'
  | 2
  /**
   * Missed probes, not yet down.
   */
  | 'HOST_STATE_UNREACHABLE'
  | 3
  /**
   * Answers, but its probe output could not be read (never counts toward down).
   */
  | 'HOST_STATE_PROBE_ERROR'
  | 4
  /**
   * Down: its group's failover applies.
   */
  | 'HOST_STATE_DOWN'
  | 5
  /**
   * Down and fenced (powered off, confirmed).
   */
  | 'HOST_STATE_FENCED'
  | 6

/**
 * State of a host as the collector sees it.
 */
export type HostState__Output = typeof HostState[keyof typeof HostState]
