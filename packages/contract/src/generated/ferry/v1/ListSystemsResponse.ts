// Original file: proto/ferry/v1/control.proto

import type { System as _ferry_v1_System, System__Output as _ferry_v1_System__Output } from '../../ferry/v1/System.js';

/**
 * A list of systems.
 */
export interface ListSystemsResponse {
  /**
   * The systems.
   */
  'systems'?: (_ferry_v1_System)[];
}

/**
 * A list of systems.
 */
export interface ListSystemsResponse__Output {
  /**
   * The systems.
   */
  'systems': (_ferry_v1_System__Output)[];
}
