// Original file: proto/ferry/v1/events.proto


/**
 * A placement rule was removed.
 */
export interface PlacementRuleRemoved {
  /**
   * Its name.
   */
  'name'?: (string);
}

/**
 * A placement rule was removed.
 */
export interface PlacementRuleRemoved__Output {
  /**
   * Its name.
   */
  'name': (string);
}
