// Original file: proto/ferry/v1/control.proto


/**
 * Filters for ListSystems; empty fields match everything.
 */
export interface ListSystemsRequest {
  /**
   * Only systems on this host.
   */
  'host'?: (string);
  /**
   * Only systems on members of this group.
   */
  'group'?: (string);
  /**
   * Only systems of this owner.
   */
  'owner'?: (string);
  /**
   * Only systems in this state.
   */
  'state'?: (string);
}

/**
 * Filters for ListSystems; empty fields match everything.
 */
export interface ListSystemsRequest__Output {
  /**
   * Only systems on this host.
   */
  'host': (string);
  /**
   * Only systems on members of this group.
   */
  'group': (string);
  /**
   * Only systems of this owner.
   */
  'owner': (string);
  /**
   * Only systems in this state.
   */
  'state': (string);
}
