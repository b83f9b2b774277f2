// Original file: proto/ferry/v1/control.proto

import type { System as _ferry_v1_System, System__Output as _ferry_v1_System__Output } from '../../ferry/v1/System.js';

/**
 * Response of UpdateSystem.
 */
export interface UpdateSystemResponse {
  /**
   * The system after the change.
   */
  'system'?: (_ferry_v1_System | null);
}

/**
 * Response of UpdateSystem.
 */
export interface UpdateSystemResponse__Output {
  /**
   * The system after the change.
   */
  'system': (_ferry_v1_System__Output | null);
}
