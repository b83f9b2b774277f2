// Original file: proto/ferry/v1/replication.proto

import type { Long } from '@grpc/proto-loader';

/**
 * A replica introduces itself.
 */
export interface Hello {
  /**
   * Replica node id.
   */
  'nodeId'?: (string);
  /**
   * Its head seq.
   */
  'headSeq'?: (number | string | Long);
  /**
   * Its head hash, hex.
   */
  'headHash'?: (string);
  /**
   * Highest epoch it knows.
   */
  'epoch'?: (number | string | Long);
  /**
   * Address it serves on (so the master can list it).
   */
  'address'?: (string);
  /**
   * Cluster name (must match).
   */
  'cluster'?: (string);
  /**
   * SHA-256 of the cluster key, hex; must match the master's.
   */
  'clusterKeyId'?: (string);
}

/**
 * A replica introduces itself.
 */
export interface Hello__Output {
  /**
   * Replica node id.
   */
  'nodeId': (string);
  /**
   * Its head seq.
   */
  'headSeq': (number);
  /**
   * Its head hash, hex.
   */
  'headHash': (string);
  /**
   * Highest epoch it knows.
   */
  'epoch': (number);
  /**
   * Address it serves on (so the master can list it).
   */
  'address': (string);
  /**
   * Cluster name (must match).
   */
  'cluster': (string);
  /**
   * SHA-256 of the cluster key, hex; must match the master's.
   */
  'clusterKeyId': (string);
}
