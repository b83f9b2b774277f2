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
  /**
   * Idempotency key of this write (at most 128 printable characters; empty: none). A retry with the same key by the
   * same token within the master's window (10 minutes, the latest 10,000 keys, in memory: a restart or a promotion
   * forgets them) gets the first call's answer and appends nothing; the key is recorded as the correlation
   * `request:KEY` of the events the write appends.
   */
  'requestId'?: (string);
}

/**
 * Request of AddRule.
 */
export interface AddRuleRequest__Output {
  /**
   * The new rule.
   */
  'rule': (_ferry_v1_PlacementRule__Output | null);
  /**
   * Idempotency key of this write (at most 128 printable characters; empty: none). A retry with the same key by the
   * same token within the master's window (10 minutes, the latest 10,000 keys, in memory: a restart or a promotion
   * forgets them) gets the first call's answer and appends nothing; the key is recorded as the correlation
   * `request:KEY` of the events the write appends.
   */
  'requestId': (string);
}
