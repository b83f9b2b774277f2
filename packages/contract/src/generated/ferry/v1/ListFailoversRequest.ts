// Original file: proto/ferry/v1/control.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';

/**
 * Filters for ListFailovers.
 */
export interface ListFailoversRequest {
  /**
   * Only failovers that began at or after this time (unset: all).
   */
  'since'?: (_google_protobuf_Timestamp | null);
}

/**
 * Filters for ListFailovers.
 */
export interface ListFailoversRequest__Output {
  /**
   * Only failovers that began at or after this time (unset: all).
   */
  'since': (_google_protobuf_Timestamp__Output | null);
}
