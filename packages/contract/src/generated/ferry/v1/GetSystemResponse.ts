// Original file: proto/ferry/v1/control.proto

import type { System as _ferry_v1_System, System__Output as _ferry_v1_System__Output } from '../../ferry/v1/System.js';

/**
 * Response of GetSystem.
 */
export interface GetSystemResponse {
  /**
   * The system.
   */
  'system'?: (_ferry_v1_System | null);
}

/**
 * Response of GetSystem.
 */
export interface GetSystemResponse__Output {
  /**
   * The system.
   */
  'system': (_ferry_v1_System__Output | null);
}
