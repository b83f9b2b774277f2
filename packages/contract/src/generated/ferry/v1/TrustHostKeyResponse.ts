// Original file: proto/ferry/v1/control.proto


/**
 * What TrustHostKey saw and did.
 */
export interface TrustHostKeyResponse {
  /**
   * The fingerprint the host presented now (empty if it could not be reached).
   */
  'presented'?: (string);
  /**
   * Whether a key is now pinned.
   */
  'trusted'?: (boolean);
  /**
   * The pinned fingerprint.
   */
  'fingerprint'?: (string);
}

/**
 * What TrustHostKey saw and did.
 */
export interface TrustHostKeyResponse__Output {
  /**
   * The fingerprint the host presented now (empty if it could not be reached).
   */
  'presented': (string);
  /**
   * Whether a key is now pinned.
   */
  'trusted': (boolean);
  /**
   * The pinned fingerprint.
   */
  'fingerprint': (string);
}
