// Original file: proto/ferry/v1/control.proto

import type { PlacementRule as _ferry_v1_PlacementRule, PlacementRule__Output as _ferry_v1_PlacementRule__Output } from '../../ferry/v1/PlacementRule.js';

/**
 * Request of AddRule.
 */
export interface AddRuleRequest {
  /**
   * The new rule.
   */
  'rule'?: (_ferry_v1_PlacementRule | null);
}

/**
 * Request of AddRule.
 */
export interface AddRuleRequest__Output {
  /**
   * The new rule.
   */
  'rule': (_ferry_v1_PlacementRule__Output | null);
}
