// Original file: proto/ferry/v1/control.proto


/**
 * Filters for ListFailovers.
 */
export interface ListFailoversRequest {
  /**
   * Only failovers at or after this time (ISO 8601).
   */
  'since'?: (string);
}

/**
 * Filters for ListFailovers.
 */
export interface ListFailoversRequest__Output {
  /**
   * Only failovers at or after this time (ISO 8601).
   */
  'since': (string);
}
