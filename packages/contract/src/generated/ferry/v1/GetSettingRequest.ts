// Original file: proto/ferry/v1/control.proto


/**
 * Asks for one setting.
 */
export interface GetSettingRequest {
  /**
   * Setting key.
   */
  'key'?: (string);
}

/**
 * Asks for one setting.
 */
export interface GetSettingRequest__Output {
  /**
   * Setting key.
   */
  'key': (string);
}
