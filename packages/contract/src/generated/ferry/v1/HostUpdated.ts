// Original file: proto/ferry/v1/events.proto

import type { HostSpec as _ferry_v1_HostSpec, HostSpec__Output as _ferry_v1_HostSpec__Output } from '../../ferry/v1/HostSpec.js';

/**
 * A host's specification was changed; carries the whole new specification.
 */
export interface HostUpdated {
  /**
   * The new specification.
   */
  'spec'?: (_ferry_v1_HostSpec | null);
}

/**
 * A host's specification was changed; carries the whole new specification.
 */
export interface HostUpdated__Output {
  /**
   * The new specification.
   */
  'spec': (_ferry_v1_HostSpec__Output | null);
}
