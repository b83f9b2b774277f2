// Original file: proto/ferry/v1/control.proto

import type { GroupSpec as _ferry_v1_GroupSpec, GroupSpec__Output as _ferry_v1_GroupSpec__Output } from '../../ferry/v1/GroupSpec.js';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../google/protobuf/FieldMask.js';
import type { Long } from '@grpc/proto-loader';

/**
 * Request of UpdateGroup: the group's new values, with `update_mask` naming which ones to take.
 */
export interface UpdateGroupRequest {
  /**
   * The new values; `name` names the group.
   */
  'group'?: (_ferry_v1_GroupSpec | null);
  /**
   * Paths of GroupSpec fields (snake_case, e.g. `timeout_sec`) to take from `group`; the others stay as they are.
   * Must name at least one field; `name` cannot be changed.
   */
  'updateMask'?: (_google_protobuf_FieldMask | null);
  /**
   * Idempotency key of this write (at most 128 printable characters; empty: none). A retry with the same key by the
   * same token within the master's window (10 minutes, the latest 10,000 keys, in memory: a restart or a promotion
   * forgets them) gets the first call's answer and appends nothing; the key is recorded as the correlation
   * `request:KEY` of the events the write appends.
   */
  'requestId'?: (string);
  /**
   * When set, the write is refused with ABORTED unless the group is at this version (its `version` as last read):
   * optimistic concurrency against a concurrent change.
   */
  'expectedVersion'?: (number | string | Long);
  '_expectedVersion'?: "expectedVersion";
}

/**
 * Request of UpdateGroup: the group's new values, with `update_mask` naming which ones to take.
 */
export interface UpdateGroupRequest__Output {
  /**
   * The new values; `name` names the group.
   */
  'group': (_ferry_v1_GroupSpec__Output | null);
  /**
   * Paths of GroupSpec fields (snake_case, e.g. `timeout_sec`) to take from `group`; the others stay as they are.
   * Must name at least one field; `name` cannot be changed.
   */
  'updateMask': (_google_protobuf_FieldMask__Output | null);
  /**
   * Idempotency key of this write (at most 128 printable characters; empty: none). A retry with the same key by the
   * same token within the master's window (10 minutes, the latest 10,000 keys, in memory: a restart or a promotion
   * forgets them) gets the first call's answer and appends nothing; the key is recorded as the correlation
   * `request:KEY` of the events the write appends.
   */
  'requestId': (string);
  /**
   * When set, the write is refused with ABORTED unless the group is at this version (its `version` as last read):
   * optimistic concurrency against a concurrent change.
   */
  'expectedVersion'?: (number);
  '_expectedVersion'?: "expectedVersion";
}
