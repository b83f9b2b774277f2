// Original file: proto/ferry/v1/events.proto

import type { PlacementRule as _ferry_v1_PlacementRule, PlacementRule__Output as _ferry_v1_PlacementRule__Output } from '../../ferry/v1/PlacementRule.js';

/**
 * A placement rule was added.
 */
export interface PlacementRuleAdded {
  /**
   * The rule.
   */
  'rule'?: (_ferry_v1_PlacementRule | null);
}

/**
 * A placement rule was added.
 */
export interface PlacementRuleAdded__Output {
  /**
   * The rule.
   */
  'rule': (_ferry_v1_PlacementRule__Output | null);
}
