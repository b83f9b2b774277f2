// Original file: proto/ferry/v1/control.proto

import type { GroupSpec as _ferry_v1_GroupSpec, GroupSpec__Output as _ferry_v1_GroupSpec__Output } from '../../ferry/v1/GroupSpec.js';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../google/protobuf/FieldMask.js';

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
}
