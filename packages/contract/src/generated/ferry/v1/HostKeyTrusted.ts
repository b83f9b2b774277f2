// Original file: proto/ferry/v1/events.proto


/**
 * The operator accepted (pinned) a host key.
 */
export interface HostKeyTrusted {
  /**
   * OpenSSH fingerprint, `SHA256:<base64>`.
   */
  'fingerprint'?: (string);
}

/**
 * The operator accepted (pinned) a host key.
 */
export interface HostKeyTrusted__Output {
  /**
   * OpenSSH fingerprint, `SHA256:<base64>`.
   */
  'fingerprint': (string);
}
