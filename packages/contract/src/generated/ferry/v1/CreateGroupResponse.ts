// Original file: proto/ferry/v1/control.proto

import type { Group as _ferry_v1_Group, Group__Output as _ferry_v1_Group__Output } from '../../ferry/v1/Group.js';

/**
 * Response of CreateGroup.
 */
export interface CreateGroupResponse {
  /**
   * The created group.
   */
  'group'?: (_ferry_v1_Group | null);
}

/**
 * Response of CreateGroup.
 */
export interface CreateGroupResponse__Output {
  /**
   * The created group.
   */
  'group': (_ferry_v1_Group__Output | null);
}
