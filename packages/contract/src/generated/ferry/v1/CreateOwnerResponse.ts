// Original file: proto/ferry/v1/control.proto

import type { Owner as _ferry_v1_Owner, Owner__Output as _ferry_v1_Owner__Output } from '../../ferry/v1/Owner.js';

/**
 * Response of CreateOwner.
 */
export interface CreateOwnerResponse {
  /**
   * The created owner.
   */
  'owner'?: (_ferry_v1_Owner | null);
}

/**
 * Response of CreateOwner.
 */
export interface CreateOwnerResponse__Output {
  /**
   * The created owner.
   */
  'owner': (_ferry_v1_Owner__Output | null);
}
