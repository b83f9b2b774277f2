// Original file: proto/ferry/v1/control.proto

import type { Host as _ferry_v1_Host, Host__Output as _ferry_v1_Host__Output } from '../../ferry/v1/Host.js';

/**
 * A list of hosts.
 */
export interface ListHostsResponse {
  /**
   * The hosts.
   */
  'hosts'?: (_ferry_v1_Host)[];
}

/**
 * A list of hosts.
 */
export interface ListHostsResponse__Output {
  /**
   * The hosts.
   */
  'hosts': (_ferry_v1_Host__Output)[];
}
