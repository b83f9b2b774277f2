// Original file: proto/ferry/v1/replication.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Durable acknowledgement.
 */
export interface Ack {
  /**
   * Highest seq applied durably.
   */
  'seq'?: (number | string | Long);
}

/**
 * Durable acknowledgement.
 */
export interface Ack__Output {
  /**
   * Highest seq applied durably.
   */
  'seq': (number);
}
