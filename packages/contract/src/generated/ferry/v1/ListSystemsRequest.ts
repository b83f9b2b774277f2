// Original file: proto/ferry/v1/control.proto

import type { SystemState as _ferry_v1_SystemState, SystemState__Output as _ferry_v1_SystemState__Output } from '../../ferry/v1/SystemState.js';

/**
 * Filters for ListSystems; empty fields match everything.
 */
export interface ListSystemsRequest {
  /**
   * Only systems on this host.
   */
  'host'?: (string);
  /**
   * Only systems on members of this group.
   */
  'group'?: (string);
  /**
   * Only systems of this owner.
   */
  'owner'?: (string);
  /**
   * Only systems in this state (unspecified: any).
   */
  'state'?: (_ferry_v1_SystemState);
}

/**
 * Filters for ListSystems; empty fields match everything.
 */
export interface ListSystemsRequest__Output {
  /**
   * Only systems on this host.
   */
  'host': (string);
  /**
   * Only systems on members of this group.
   */
  'group': (string);
  /**
   * Only systems of this owner.
   */
  'owner': (string);
  /**
   * Only systems in this state (unspecified: any).
   */
  'state': (_ferry_v1_SystemState__Output);
}
