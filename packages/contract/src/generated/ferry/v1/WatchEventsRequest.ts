// Original file: proto/ferry/v1/control.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Watches events.
 */
export interface WatchEventsRequest {
  /**
   * First seq (default: next one).
   */
  'fromSeq'?: (number | string | Long);
  /**
   * Only this aggregate.
   */
  'aggregate'?: (string);
  /**
   * Only these types.
   */
  'types'?: (string)[];
}

/**
 * Watches events.
 */
export interface WatchEventsRequest__Output {
  /**
   * First seq (default: next one).
   */
  'fromSeq': (number);
  /**
   * Only this aggregate.
   */
  'aggregate': (string);
  /**
   * Only these types.
   */
  'types': (string)[];
}
