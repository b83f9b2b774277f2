// Original file: proto/ferry/v1/control.proto

/**
 * How a planned move runs.
 */
export const MoveMode = {
  /**
   * Live where the hypervisor can, else cold.
   */
  MOVE_MODE_UNSPECIFIED: 'MOVE_MODE_UNSPECIFIED',
  /**
   * Live migration only.
   */
  MOVE_MODE_LIVE: 'MOVE_MODE_LIVE',
  /**
   * Cold move: stop, move, start.
   */
  MOVE_MODE_COLD: 'MOVE_MODE_COLD',
} as const;

/**
 * How a planned move runs.
 */
export type MoveMode =
  /**
   * Live where the hypervisor can, else cold.
   */
  | 'MOVE_MODE_UNSPECIFIED'
  | 0
  /**
   * Live migration only.
   */
  | 'MOVE_MODE_LIVE'
  | 1
  /**
   * Cold move: stop, move, start.
   */
  | 'MOVE_MODE_COLD'
  | 2

/**
 * How a planned move runs.
 */
export type MoveMode__Output = typeof MoveMode[keyof typeof MoveMode]
