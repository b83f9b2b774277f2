// Original file: proto/ferry/v1/control.proto


/**
 * Filters for ListHosts; empty fields match everything.
 */
export interface ListHostsRequest {
  /**
   * Only hosts with this tag.
   */
  'tag'?: (string);
  /**
   * Only hosts of this type.
   */
  'type'?: (string);
  /**
   * Only hosts in this state.
   */
  'state'?: (string);
}

/**
 * Filters for ListHosts; empty fields match everything.
 */
export interface ListHostsRequest__Output {
  /**
   * Only hosts with this tag.
   */
  'tag': (string);
  /**
   * Only hosts of this type.
   */
  'type': (string);
  /**
   * Only hosts in this state.
   */
  'state': (string);
}
