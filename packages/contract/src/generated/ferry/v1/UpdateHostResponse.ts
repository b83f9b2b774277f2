// Original file: proto/ferry/v1/control.proto

import type { Host as _ferry_v1_Host, Host__Output as _ferry_v1_Host__Output } from '../../ferry/v1/Host.js';

/**
 * Response of UpdateHost.
 */
export interface UpdateHostResponse {
  /**
   * The host after the change.
   */
  'host'?: (_ferry_v1_Host | null);
}

/**
 * Response of UpdateHost.
 */
export interface UpdateHostResponse__Output {
  /**
   * The host after the change.
   */
  'host': (_ferry_v1_Host__Output | null);
}
