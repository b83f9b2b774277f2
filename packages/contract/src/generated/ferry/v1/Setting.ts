// Original file: proto/ferry/v1/control.proto


/**
 * One setting.
 */
export interface Setting {
  /**
   * Setting key.
   */
  'key'?: (string);
  /**
   * Value with secrets shown as `***`.
   */
  'value'?: (string);
  /**
   * Whether the value is the built-in default.
   */
  'isDefault'?: (boolean);
  /**
   * What the setting does.
   */
  'description'?: (string);
}

/**
 * One setting.
 */
export interface Setting__Output {
  /**
   * Setting key.
   */
  'key': (string);
  /**
   * Value with secrets shown as `***`.
   */
  'value': (string);
  /**
   * Whether the value is the built-in default.
   */
  'isDefault': (boolean);
  /**
   * What the setting does.
   */
  'description': (string);
}
