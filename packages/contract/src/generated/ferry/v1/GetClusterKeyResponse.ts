// Original file: proto/ferry/v1/replication.proto


/**
 * The cluster key that seals secrets.
 */
export interface GetClusterKeyResponse {
  /**
   * 32 raw key bytes.
   */
  'key'?: (Buffer | Uint8Array | string);
  /**
   * Public id of the key (SHA-256 based, hex).
   */
  'keyId'?: (string);
}

/**
 * The cluster key that seals secrets.
 */
export interface GetClusterKeyResponse__Output {
  /**
   * 32 raw key bytes.
   */
  'key': (Buffer);
  /**
   * Public id of the key (SHA-256 based, hex).
   */
  'keyId': (string);
}
