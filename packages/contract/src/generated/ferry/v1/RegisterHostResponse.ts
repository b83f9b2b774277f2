// Original file: proto/ferry/v1/control.proto

import type { Host as _ferry_v1_Host, Host__Output as _ferry_v1_Host__Output } from '../../ferry/v1/Host.js';

/**
 * Response of RegisterHost.
 */
export interface RegisterHostResponse {
  /**
   * The registered host.
   */
  'host'?: (_ferry_v1_Host | null);
}

/**
 * Response of RegisterHost.
 */
export interface RegisterHostResponse__Output {
  /**
   * The registered host.
   */
  'host': (_ferry_v1_Host__Output | null);
}
