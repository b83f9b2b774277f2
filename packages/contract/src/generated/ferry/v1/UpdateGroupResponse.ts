// Original file: proto/ferry/v1/control.proto

import type { Group as _ferry_v1_Group, Group__Output as _ferry_v1_Group__Output } from '../../ferry/v1/Group.js';

/**
 * Response of UpdateGroup.
 */
export interface UpdateGroupResponse {
  /**
   * The group after the change.
   */
  'group'?: (_ferry_v1_Group | null);
}

/**
 * Response of UpdateGroup.
 */
export interface UpdateGroupResponse__Output {
  /**
   * The group after the change.
   */
  'group': (_ferry_v1_Group__Output | null);
}
