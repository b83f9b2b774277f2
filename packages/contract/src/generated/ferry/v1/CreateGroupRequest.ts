// Original file: proto/ferry/v1/control.proto

import type { GroupSpec as _ferry_v1_GroupSpec, GroupSpec__Output as _ferry_v1_GroupSpec__Output } from '../../ferry/v1/GroupSpec.js';

/**
 * Request of CreateGroup.
 */
export interface CreateGroupRequest {
  /**
   * The new group.
   */
  'group'?: (_ferry_v1_GroupSpec | null);
}

/**
 * Request of CreateGroup.
 */
export interface CreateGroupRequest__Output {
  /**
   * The new group.
   */
  'group': (_ferry_v1_GroupSpec__Output | null);
}
