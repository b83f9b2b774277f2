// Original file: proto/ferry/v1/control.proto


/**
 * Request of RemoveRule.
 */
export interface RemoveRuleRequest {
  /**
   * The rule's name.
   */
  'name'?: (string);
}

/**
 * Request of RemoveRule.
 */
export interface RemoveRuleRequest__Output {
  /**
   * The rule's name.
   */
  'name': (string);
}
