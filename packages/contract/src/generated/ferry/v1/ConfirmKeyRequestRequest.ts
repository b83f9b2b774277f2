// Original file: proto/ferry/v1/replication.proto


/**
 * The master asks whether this node sent a GetClusterKey request with this node id and nonce.
 */
export interface ConfirmKeyRequestRequest {
  /**
   * The node id the GetClusterKey request named.
   */
  'nodeId'?: (string);
  /**
   * The address it named.
   */
  'address'?: (string);
  /**
   * Its nonce, hex.
   */
  'nonce'?: (string);
}

/**
 * The master asks whether this node sent a GetClusterKey request with this node id and nonce.
 */
export interface ConfirmKeyRequestRequest__Output {
  /**
   * The node id the GetClusterKey request named.
   */
  'nodeId': (string);
  /**
   * The address it named.
   */
  'address': (string);
  /**
   * Its nonce, hex.
   */
  'nonce': (string);
}
