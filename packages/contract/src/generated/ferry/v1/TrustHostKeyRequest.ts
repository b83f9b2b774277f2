// Original file: proto/ferry/v1/control.proto


/**
 * Pins a host key.
 */
export interface TrustHostKeyRequest {
  /**
   * The host.
   */
  'name'?: (string);
  /**
   * Accept only a key with this fingerprint; empty: only show what the host presents.
   */
  'fingerprint'?: (string);
}

/**
 * Pins a host key.
 */
export interface TrustHostKeyRequest__Output {
  /**
   * The host.
   */
  'name': (string);
  /**
   * Accept only a key with this fingerprint; empty: only show what the host presents.
   */
  'fingerprint': (string);
}
