// Original file: proto/ferry/v1/control.proto

import type { Long } from '@grpc/proto-loader';

/**
 * What the promotion did.
 */
export interface PromoteReplicaResponse {
  /**
   * The new epoch.
   */
  'epoch'?: (number | string | Long);
  /**
   * Duration of the promotion, ms.
   */
  'tookMs'?: (number | string);
  /**
   * Last seq received from the previous master.
   */
  'lastSeqFromPrevious'?: (number | string | Long);
  /**
   * Replicas told to follow, with the outcome.
   */
  'followers'?: (string)[];
}

/**
 * What the promotion did.
 */
export interface PromoteReplicaResponse__Output {
  /**
   * The new epoch.
   */
  'epoch': (number);
  /**
   * Duration of the promotion, ms.
   */
  'tookMs': (number);
  /**
   * Last seq received from the previous master.
   */
  'lastSeqFromPrevious': (number);
  /**
   * Replicas told to follow, with the outcome.
   */
  'followers': (string)[];
}
