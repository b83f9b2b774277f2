// Original file: proto/ferry/v1/control.proto

import type { Owner as _ferry_v1_Owner, Owner__Output as _ferry_v1_Owner__Output } from '../../ferry/v1/Owner.js';
import type { Long } from '@grpc/proto-loader';

/**
 * Request of UpdateOwner.
 */
export interface UpdateOwnerRequest {
  /**
   * The owner's new values, by name (`systems` is ignored: it is a statistic).
   */
  'owner'?: (_ferry_v1_Owner | null);
  /**
   * Idempotency key of this write (at most 128 printable characters; empty: none). A retry with the same key by the
   * same token within the master's window (10 minutes, the latest 10,000 keys, in memory: a restart or a promotion
   * forgets them) gets the first call's answer and appends nothing; the key is recorded as the correlation
   * `request:KEY` of the events the write appends.
   */
  'requestId'?: (string);
  /**
   * When set, the write is refused with ABORTED unless the owner is at this version (its `version` as last read):
   * optimistic concurrency against a concurrent change.
   */
  'expectedVersion'?: (number | string | Long);
  '_expectedVersion'?: "expectedVersion";
}

/**
 * Request of UpdateOwner.
 */
export interface UpdateOwnerRequest__Output {
  /**
   * The owner's new values, by name (`systems` is ignored: it is a statistic).
   */
  'owner': (_ferry_v1_Owner__Output | null);
  /**
   * Idempotency key of this write (at most 128 printable characters; empty: none). A retry with the same key by the
   * same token within the master's window (10 minutes, the latest 10,000 keys, in memory: a restart or a promotion
   * forgets them) gets the first call's answer and appends nothing; the key is recorded as the correlation
   * `request:KEY` of the events the write appends.
   */
  'requestId': (string);
  /**
   * When set, the write is refused with ABORTED unless the owner is at this version (its `version` as last read):
   * optimistic concurrency against a concurrent change.
   */
  'expectedVersion'?: (number);
  '_expectedVersion'?: "expectedVersion";
}
