// Original file: proto/ferry/v1/replication.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Follow this master.
 */
export interface FollowRequest {
  /**
   * The master's address.
   */
  'master'?: (string);
  /**
   * The master's epoch.
   */
  'epoch'?: (number | string | Long);
}

/**
 * Follow this master.
 */
export interface FollowRequest__Output {
  /**
   * The master's address.
   */
  'master': (string);
  /**
   * The master's epoch.
   */
  'epoch': (number);
}
