// Original file: proto/ferry/v1/control.proto

import type { PlacementRule as _ferry_v1_PlacementRule, PlacementRule__Output as _ferry_v1_PlacementRule__Output } from '../../ferry/v1/PlacementRule.js';

/**
 * Placement rules.
 */
export interface ListRulesResponse {
  /**
   * The rules, by name.
   */
  'rules'?: (_ferry_v1_PlacementRule)[];
}

/**
 * Placement rules.
 */
export interface ListRulesResponse__Output {
  /**
   * The rules, by name.
   */
  'rules': (_ferry_v1_PlacementRule__Output)[];
}
