// Original file: proto/ferry/v1/control.proto

import type { VirtualizationType as _ferry_v1_VirtualizationType, VirtualizationType__Output as _ferry_v1_VirtualizationType__Output } from '../../ferry/v1/VirtualizationType.js';
import type { HostState as _ferry_v1_HostState, HostState__Output as _ferry_v1_HostState__Output } from '../../ferry/v1/HostState.js';

/**
 * Filters for ListHosts; empty fields match everything.
 */
export interface ListHostsRequest {
  /**
   * Only hosts with this tag.
   */
  'tag'?: (string);
  /**
   * Only hosts of this type (unspecified: any).
   */
  'type'?: (_ferry_v1_VirtualizationType);
  /**
   * Only hosts in this state (unspecified: any).
   */
  'state'?: (_ferry_v1_HostState);
}

/**
 * Filters for ListHosts; empty fields match everything.
 */
export interface ListHostsRequest__Output {
  /**
   * Only hosts with this tag.
   */
  'tag': (string);
  /**
   * Only hosts of this type (unspecified: any).
   */
  'type': (_ferry_v1_VirtualizationType__Output);
  /**
   * Only hosts in this state (unspecified: any).
   */
  'state': (_ferry_v1_HostState__Output);
}
