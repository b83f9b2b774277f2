// Original file: proto/ferry/v1/replication.proto


/**
 * A node asks for the cluster key.
 */
export interface GetClusterKeyRequest {
  /**
   * The asking node's id.
   */
  'nodeId'?: (string);
  /**
   * The address it serves on (registered with `replicas add`).
   */
  'address'?: (string);
  /**
   * A random value, new for each request, hex.
   */
  'nonce'?: (string);
}

/**
 * A node asks for the cluster key.
 */
export interface GetClusterKeyRequest__Output {
  /**
   * The asking node's id.
   */
  'nodeId': (string);
  /**
   * The address it serves on (registered with `replicas add`).
   */
  'address': (string);
  /**
   * A random value, new for each request, hex.
   */
  'nonce': (string);
}
