// Original file: proto/ferry/v1/control.proto


/**
 * Sets one setting.
 */
export interface SetSettingRequest {
  /**
   * Setting key.
   */
  'key'?: (string);
  /**
   * New value.
   */
  'value'?: (string);
}

/**
 * Sets one setting.
 */
export interface SetSettingRequest__Output {
  /**
   * Setting key.
   */
  'key': (string);
  /**
   * New value.
   */
  'value': (string);
}
