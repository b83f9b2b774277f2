// Original file: proto/ferry/v1/replication.proto

import type { Long } from '@grpc/proto-loader';

/**
 * A node's identity and position.
 */
export interface NodeInfo {
  /**
   * Node id.
   */
  'nodeId'?: (string);
  /**
   * `master`, `replica` or `fenced`.
   */
  'role'?: (string);
  /**
   * Current (highest known) epoch.
   */
  'epoch'?: (number | string | Long);
  /**
   * Head seq.
   */
  'headSeq'?: (number | string | Long);
  /**
   * Head hash.
   */
  'headHash'?: (string);
  /**
   * Its master's address (its own when master).
   */
  'master'?: (string);
  /**
   * Cluster name.
   */
  'cluster'?: (string);
  /**
   * Whether a replica streams from its master right now.
   */
  'connected'?: (boolean);
}

/**
 * A node's identity and position.
 */
export interface NodeInfo__Output {
  /**
   * Node id.
   */
  'nodeId': (string);
  /**
   * `master`, `replica` or `fenced`.
   */
  'role': (string);
  /**
   * Current (highest known) epoch.
   */
  'epoch': (number);
  /**
   * Head seq.
   */
  'headSeq': (number);
  /**
   * Head hash.
   */
  'headHash': (string);
  /**
   * Its master's address (its own when master).
   */
  'master': (string);
  /**
   * Cluster name.
   */
  'cluster': (string);
  /**
   * Whether a replica streams from its master right now.
   */
  'connected': (boolean);
}
