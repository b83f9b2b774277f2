// Original file: proto/ferry/v1/events.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Failover of a host (or a forced failover of one system) began.
 */
export interface FailoverStarted {
  /**
   * Failover id.
   */
  'id'?: (string);
  /**
   * The source host.
   */
  'host'?: (string);
  /**
   * Its failover group.
   */
  'group'?: (string);
  /**
   * Why: `host-down` or `forced`.
   */
  'reason'?: (string);
  /**
   * Epoch of the master running it.
   */
  'epoch'?: (number | string | Long);
}

/**
 * Failover of a host (or a forced failover of one system) began.
 */
export interface FailoverStarted__Output {
  /**
   * Failover id.
   */
  'id': (string);
  /**
   * The source host.
   */
  'host': (string);
  /**
   * Its failover group.
   */
  'group': (string);
  /**
   * Why: `host-down` or `forced`.
   */
  'reason': (string);
  /**
   * Epoch of the master running it.
   */
  'epoch': (number);
}
