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
  /**
   * Idempotency key of this write (at most 128 printable characters; empty: none). A retry with the same key by the
   * same token within the master's window (10 minutes, the latest 10,000 keys, in memory: a restart or a promotion
   * forgets them) gets the first call's answer and appends nothing; the key is recorded as the correlation
   * `request:KEY` of the events the write appends.
   */
  'requestId'?: (string);
}

/**
 * Request of CreateOwner.
 */
export interface CreateOwnerRequest__Output {
  /**
   * The new owner (`systems` is ignored: it is a statistic).
   */
  'owner': (_ferry_v1_Owner__Output | null);
  /**
   * Idempotency key of this write (at most 128 printable characters; empty: none). A retry with the same key by the
   * same token within the master's window (10 minutes, the latest 10,000 keys, in memory: a restart or a promotion
   * forgets them) gets the first call's answer and appends nothing; the key is recorded as the correlation
   * `request:KEY` of the events the write appends.
   */
  'requestId': (string);
}
