// Original file: proto/ferry/v1/events.proto

import type { HostSpec as _ferry_v1_HostSpec, HostSpec__Output as _ferry_v1_HostSpec__Output } from '../../ferry/v1/HostSpec.js';

/**
 * A host was registered.
 */
export interface HostRegistered {
  /**
   * Its specification.
   */
  'spec'?: (_ferry_v1_HostSpec | null);
}

/**
 * A host was registered.
 */
export interface HostRegistered__Output {
  /**
   * Its specification.
   */
  'spec': (_ferry_v1_HostSpec__Output | null);
}
