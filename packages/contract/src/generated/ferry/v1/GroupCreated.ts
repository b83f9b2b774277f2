// Original file: proto/ferry/v1/events.proto

import type { GroupSpec as _ferry_v1_GroupSpec, GroupSpec__Output as _ferry_v1_GroupSpec__Output } from '../../ferry/v1/GroupSpec.js';

/**
 * A failover group was created.
 */
export interface GroupCreated {
  /**
   * Its specification.
   */
  'spec'?: (_ferry_v1_GroupSpec | null);
}

/**
 * A failover group was created.
 */
export interface GroupCreated__Output {
  /**
   * Its specification.
   */
  'spec': (_ferry_v1_GroupSpec__Output | null);
}
