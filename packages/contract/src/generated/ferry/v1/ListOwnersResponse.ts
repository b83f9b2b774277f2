// Original file: proto/ferry/v1/control.proto

import type { Owner as _ferry_v1_Owner, Owner__Output as _ferry_v1_Owner__Output } from '../../ferry/v1/Owner.js';

/**
 * All owners.
 */
export interface ListOwnersResponse {
  /**
   * The owners.
   */
  'owners'?: (_ferry_v1_Owner)[];
}

/**
 * All owners.
 */
export interface ListOwnersResponse__Output {
  /**
   * The owners.
   */
  'owners': (_ferry_v1_Owner__Output)[];
}
