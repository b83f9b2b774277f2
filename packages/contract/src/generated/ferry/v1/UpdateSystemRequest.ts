// Original file: proto/ferry/v1/control.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Changes operator settings of a system; unset fields stay.
 */
export interface UpdateSystemRequest {
  /**
   * The system.
   */
  'name'?: (string);
  /**
   * New owner (empty string clears it).
   */
  'owner'?: (string);
  /**
   * New restart priority.
   */
  'priority'?: (number);
  /**
   * New failover inclusion.
   */
  'failover'?: (boolean);
  /**
   * Idempotency key of this write (at most 128 printable characters; empty: none). A retry with the same key by the
   * same token within the master's window (10 minutes, the latest 10,000 keys, in memory: a restart or a promotion
   * forgets them) gets the first call's answer and appends nothing; the key is recorded as the correlation
   * `request:KEY` of the events the write appends.
   */
  'requestId'?: (string);
  /**
   * When set, the write is refused with ABORTED unless the system is at this version (its `version` as last read):
   * optimistic concurrency against a concurrent change.
   */
  'expectedVersion'?: (number | string | Long);
  '_owner'?: "owner";
  '_priority'?: "priority";
  '_failover'?: "failover";
  '_expectedVersion'?: "expectedVersion";
}

/**
 * Changes operator settings of a system; unset fields stay.
 */
export interface UpdateSystemRequest__Output {
  /**
   * The system.
   */
  'name': (string);
  /**
   * New owner (empty string clears it).
   */
  'owner'?: (string);
  /**
   * New restart priority.
   */
  'priority'?: (number);
  /**
   * New failover inclusion.
   */
  'failover'?: (boolean);
  /**
   * Idempotency key of this write (at most 128 printable characters; empty: none). A retry with the same key by the
   * same token within the master's window (10 minutes, the latest 10,000 keys, in memory: a restart or a promotion
   * forgets them) gets the first call's answer and appends nothing; the key is recorded as the correlation
   * `request:KEY` of the events the write appends.
   */
  'requestId': (string);
  /**
   * When set, the write is refused with ABORTED unless the system is at this version (its `version` as last read):
   * optimistic concurrency against a concurrent change.
   */
  'expectedVersion'?: (number);
  '_owner'?: "owner";
  '_priority'?: "priority";
  '_failover'?: "failover";
  '_expectedVersion'?: "expectedVersion";
}
