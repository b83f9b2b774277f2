// Original file: proto/ferry/v1/events.proto


/**
 * A system the planner could not place.
 */
export interface PlanRefusal {
  /**
   * The system.
   */
  'system'?: (string);
  /**
   * Stable reason code, e.g. `no-member-up`, `not-enough-ram`.
   */
  'code'?: (string);
  /**
   * Explanation with numbers.
   */
  'reason'?: (string);
}

/**
 * A system the planner could not place.
 */
export interface PlanRefusal__Output {
  /**
   * The system.
   */
  'system': (string);
  /**
   * Stable reason code, e.g. `no-member-up`, `not-enough-ram`.
   */
  'code': (string);
  /**
   * Explanation with numbers.
   */
  'reason': (string);
}
