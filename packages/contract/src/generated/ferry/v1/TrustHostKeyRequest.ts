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
  /**
   * Idempotency key of this write (at most 128 printable characters; empty: none). A retry with the same key by the
   * same token within the master's window (10 minutes, the latest 10,000 keys, in memory: a restart or a promotion
   * forgets them) gets the first call's answer and appends nothing; the key is recorded as the correlation
   * `request:KEY` of the events the write appends.
   */
  'requestId'?: (string);
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
  /**
   * Idempotency key of this write (at most 128 printable characters; empty: none). A retry with the same key by the
   * same token within the master's window (10 minutes, the latest 10,000 keys, in memory: a restart or a promotion
   * forgets them) gets the first call's answer and appends nothing; the key is recorded as the correlation
   * `request:KEY` of the events the write appends.
   */
  'requestId': (string);
}
