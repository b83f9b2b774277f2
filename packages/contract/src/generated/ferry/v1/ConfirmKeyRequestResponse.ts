// Original file: proto/ferry/v1/replication.proto


/**
 * Answer to ConfirmKeyRequest.
 */
export interface ConfirmKeyRequestResponse {
  /**
   * True when this node sent a GetClusterKey request with that node id and nonce and waits for its answer.
   */
  'asked'?: (boolean);
}

/**
 * Answer to ConfirmKeyRequest.
 */
export interface ConfirmKeyRequestResponse__Output {
  /**
   * True when this node sent a GetClusterKey request with that node id and nonce and waits for its answer.
   */
  'asked': (boolean);
}
