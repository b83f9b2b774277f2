// Original file: proto/ferry/v1/control.proto

import type { Group as _ferry_v1_Group, Group__Output as _ferry_v1_Group__Output } from '../../ferry/v1/Group.js';

/**
 * A list of groups.
 */
export interface ListGroupsResponse {
  /**
   * The groups.
   */
  'groups'?: (_ferry_v1_Group)[];
}

/**
 * A list of groups.
 */
export interface ListGroupsResponse__Output {
  /**
   * The groups.
   */
  'groups': (_ferry_v1_Group__Output)[];
}
