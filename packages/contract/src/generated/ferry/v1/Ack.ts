// Original file: proto/ferry/v1/replication.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Durable acknowledgement.
 */
export interface Ack {
  /**
   * Highest seq applied durably. Sent after each applied batch and in answer to each heartbeat (so an idle master
   * still sees the replica alive).
   */
  'seq'?: (number | string | Long);
}

/**
 * Durable acknowledgement.
 */
export interface Ack__Output {
  /**
   * Highest seq applied durably. Sent after each applied batch and in answer to each heartbeat (so an idle master
   * still sees the replica alive).
   */
  'seq': (number);
}
