// Original file: proto/ferry/v1/control.proto

import type { GroupSpec as _ferry_v1_GroupSpec, GroupSpec__Output as _ferry_v1_GroupSpec__Output } from '../../ferry/v1/GroupSpec.js';
import type { Long } from '@grpc/proto-loader';

/**
 * A failover group with its resolved members.
 */
export interface Group {
  /**
   * Its specification.
   */
  'spec'?: (_ferry_v1_GroupSpec | null);
  /**
   * Member hosts after resolving location and host group.
   */
  'members'?: (string)[];
  /**
   * Version of the group aggregate.
   */
  'version'?: (number | string | Long);
}

/**
 * A failover group with its resolved members.
 */
export interface Group__Output {
  /**
   * Its specification.
   */
  'spec': (_ferry_v1_GroupSpec__Output | null);
  /**
   * Member hosts after resolving location and host group.
   */
  'members': (string)[];
  /**
   * Version of the group aggregate.
   */
  'version': (number);
}
