// Original file: proto/ferry/v1/control.proto

import type { GroupSpec as _ferry_v1_GroupSpec, GroupSpec__Output as _ferry_v1_GroupSpec__Output } from '../../ferry/v1/GroupSpec.js';

/**
 * Changes a group; the whole new spec, with `fields` naming which ones to take.
 */
export interface UpdateGroupRequest {
  /**
   * The new values.
   */
  'spec'?: (_ferry_v1_GroupSpec | null);
  /**
   * Field names of GroupSpec to take from `spec` (snake_case); the others stay.
   */
  'fields'?: (string)[];
}

/**
 * Changes a group; the whole new spec, with `fields` naming which ones to take.
 */
export interface UpdateGroupRequest__Output {
  /**
   * The new values.
   */
  'spec': (_ferry_v1_GroupSpec__Output | null);
  /**
   * Field names of GroupSpec to take from `spec` (snake_case); the others stay.
   */
  'fields': (string)[];
}
