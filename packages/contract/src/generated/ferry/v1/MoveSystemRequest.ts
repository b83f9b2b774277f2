// Original file: proto/ferry/v1/control.proto


/**
 * A planned move between live hosts.
 */
export interface MoveSystemRequest {
  /**
   * The system.
   */
  'system'?: (string);
  /**
   * Target host (required).
   */
  'to'?: (string);
  /**
   * `live`, `cold`, or empty: live where the hypervisor can, else cold.
   */
  'mode'?: (string);
}

/**
 * A planned move between live hosts.
 */
export interface MoveSystemRequest__Output {
  /**
   * The system.
   */
  'system': (string);
  /**
   * Target host (required).
   */
  'to': (string);
  /**
   * `live`, `cold`, or empty: live where the hypervisor can, else cold.
   */
  'mode': (string);
}
