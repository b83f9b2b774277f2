// Original file: proto/ferry/v1/control.proto

import type { GroupSpec as _ferry_v1_GroupSpec, GroupSpec__Output as _ferry_v1_GroupSpec__Output } from '../../ferry/v1/GroupSpec.js';

/**
 * Request of CreateGroup.
 */
export interface CreateGroupRequest {
  /**
   * The new group.
   */
  'group'?: (_ferry_v1_GroupSpec | null);
  /**
   * Idempotency key of this write (at most 128 printable characters; empty: none). A retry with the same key by the
   * same token within the master's window (10 minutes, the latest 10,000 keys, in memory: a restart or a promotion
   * forgets them) gets the first call's answer and appends nothing; the key is recorded as the correlation
   * `request:KEY` of the events the write appends.
   */
  'requestId'?: (string);
}

/**
 * Request of CreateGroup.
 */
export interface CreateGroupRequest__Output {
  /**
   * The new group.
   */
  'group': (_ferry_v1_GroupSpec__Output | null);
  /**
   * Idempotency key of this write (at most 128 printable characters; empty: none). A retry with the same key by the
   * same token within the master's window (10 minutes, the latest 10,000 keys, in memory: a restart or a promotion
   * forgets them) gets the first call's answer and appends nothing; the key is recorded as the correlation
   * `request:KEY` of the events the write appends.
   */
  'requestId': (string);
}
