// Original file: proto/ferry/v1/control.proto

import type { PlacementRule as _ferry_v1_PlacementRule, PlacementRule__Output as _ferry_v1_PlacementRule__Output } from '../../ferry/v1/PlacementRule.js';

/**
 * Response of AddRule.
 */
export interface AddRuleResponse {
  /**
   * The added rule.
   */
  'rule'?: (_ferry_v1_PlacementRule | null);
}

/**
 * Response of AddRule.
 */
export interface AddRuleResponse__Output {
  /**
   * The added rule.
   */
  'rule': (_ferry_v1_PlacementRule__Output | null);
}
