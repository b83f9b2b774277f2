// Original file: proto/ferry/v1/control.proto

import type { Owner as _ferry_v1_Owner, Owner__Output as _ferry_v1_Owner__Output } from '../../ferry/v1/Owner.js';

/**
 * Response of UpdateOwner.
 */
export interface UpdateOwnerResponse {
  /**
   * The owner after the change.
   */
  'owner'?: (_ferry_v1_Owner | null);
}

/**
 * Response of UpdateOwner.
 */
export interface UpdateOwnerResponse__Output {
  /**
   * The owner after the change.
   */
  'owner': (_ferry_v1_Owner__Output | null);
}
