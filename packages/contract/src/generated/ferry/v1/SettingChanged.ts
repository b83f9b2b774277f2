// Original file: proto/ferry/v1/events.proto


/**
 * A global setting changed.
 */
export interface SettingChanged {
  /**
   * Setting key, e.g. `admin-email`, `probe-interval`, `down-after`, `smtp-url`.
   */
  'key'?: (string);
  /**
   * The value as shown to everyone; secrets inside it are replaced by `***`.
   */
  'value'?: (string);
  /**
   * The secret part encrypted with the cluster key (AES-256-GCM), base64; empty when the value holds no secret.
   */
  'sealed'?: (string);
}

/**
 * A global setting changed.
 */
export interface SettingChanged__Output {
  /**
   * Setting key, e.g. `admin-email`, `probe-interval`, `down-after`, `smtp-url`.
   */
  'key': (string);
  /**
   * The value as shown to everyone; secrets inside it are replaced by `***`.
   */
  'value': (string);
  /**
   * The secret part encrypted with the cluster key (AES-256-GCM), base64; empty when the value holds no secret.
   */
  'sealed': (string);
}
