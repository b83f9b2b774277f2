// Original file: proto/ferry/v1/control.proto

import type { Host as _ferry_v1_Host, Host__Output as _ferry_v1_Host__Output } from '../../ferry/v1/Host.js';

/**
 * Response of GetHost.
 */
export interface GetHostResponse {
  /**
   * The host.
   */
  'host'?: (_ferry_v1_Host | null);
}

/**
 * Response of GetHost.
 */
export interface GetHostResponse__Output {
  /**
   * The host.
   */
  'host': (_ferry_v1_Host__Output | null);
}
