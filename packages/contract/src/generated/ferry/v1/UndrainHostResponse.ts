// Original file: proto/ferry/v1/control.proto

import type { Host as _ferry_v1_Host, Host__Output as _ferry_v1_Host__Output } from '../../ferry/v1/Host.js';

/**
 * Response of UndrainHost.
 */
export interface UndrainHostResponse {
  /**
   * The host after its maintenance ended.
   */
  'host'?: (_ferry_v1_Host | null);
}

/**
 * Response of UndrainHost.
 */
export interface UndrainHostResponse__Output {
  /**
   * The host after its maintenance ended.
   */
  'host': (_ferry_v1_Host__Output | null);
}
