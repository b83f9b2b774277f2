// Original file: proto/ferry/v1/control.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Request of RemoveHost.
 */
export interface RemoveHostRequest {
  /**
   * The host's name.
   */
  'name'?: (string);
  /**
   * Idempotency key of this write (at most 128 printable characters; empty: none). A retry with the same key by the
   * same token within the master's window (10 minutes, the latest 10,000 keys, in memory: a restart or a promotion
   * forgets them) gets the first call's answer and appends nothing; the key is recorded as the correlation
   * `request:KEY` of the events the write appends.
   */
  'requestId'?: (string);
  /**
   * When set, the write is refused with ABORTED unless the host is at this version (its `version` as last read):
   * optimistic concurrency against a concurrent change.
   */
  'expectedVersion'?: (number | string | Long);
  '_expectedVersion'?: "expectedVersion";
}

/**
 * Request of RemoveHost.
 */
export interface RemoveHostRequest__Output {
  /**
   * The host's name.
   */
  'name': (string);
  /**
   * Idempotency key of this write (at most 128 printable characters; empty: none). A retry with the same key by the
   * same token within the master's window (10 minutes, the latest 10,000 keys, in memory: a restart or a promotion
   * forgets them) gets the first call's answer and appends nothing; the key is recorded as the correlation
   * `request:KEY` of the events the write appends.
   */
  'requestId': (string);
  /**
   * When set, the write is refused with ABORTED unless the host is at this version (its `version` as last read):
   * optimistic concurrency against a concurrent change.
   */
  'expectedVersion'?: (number);
  '_expectedVersion'?: "expectedVersion";
}
