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
  /**
   * Idempotency key of this write (at most 128 printable characters; empty: none). A retry with the same key by the
   * same token within the master's window (10 minutes, the latest 10,000 keys, in memory: a restart or a promotion
   * forgets them) gets the first call's answer and appends nothing; the key is recorded as the correlation
   * `request:KEY` of the events the write appends.
   */
  'requestId'?: (string);
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
  /**
   * Idempotency key of this write (at most 128 printable characters; empty: none). A retry with the same key by the
   * same token within the master's window (10 minutes, the latest 10,000 keys, in memory: a restart or a promotion
   * forgets them) gets the first call's answer and appends nothing; the key is recorded as the correlation
   * `request:KEY` of the events the write appends.
   */
  'requestId': (string);
}
