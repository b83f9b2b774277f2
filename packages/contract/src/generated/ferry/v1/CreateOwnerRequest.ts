// Original file: proto/ferry/v1/control.proto

import type { Owner as _ferry_v1_Owner, Owner__Output as _ferry_v1_Owner__Output } from '../../ferry/v1/Owner.js';

/**
 * Request of CreateOwner.
 */
export interface CreateOwnerRequest {
  /**
   * The new owner (`systems` is ignored: it is a statistic).
   */
  'owner'?: (_ferry_v1_Owner | null);
}

/**
 * Request of CreateOwner.
 */
export interface CreateOwnerRequest__Output {
  /**
   * The new owner (`systems` is ignored: it is a statistic).
   */
  'owner': (_ferry_v1_Owner__Output | null);
}
