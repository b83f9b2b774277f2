// Original file: proto/ferry/v1/events.proto


/**
 * Operator settings of a system changed.
 */
export interface SystemSettingsChanged {
  /**
   * Owner account name; empty for none.
   */
  'owner'?: (string);
  /**
   * Restart priority: higher restarts first.
   */
  'priority'?: (number);
  /**
   * Whether the system may fail over at all.
   */
  'failover'?: (boolean);
}

/**
 * Operator settings of a system changed.
 */
export interface SystemSettingsChanged__Output {
  /**
   * Owner account name; empty for none.
   */
  'owner': (string);
  /**
   * Restart priority: higher restarts first.
   */
  'priority': (number);
  /**
   * Whether the system may fail over at all.
   */
  'failover': (boolean);
}
