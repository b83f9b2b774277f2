// Original file: proto/ferry/v1/control.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Reads events.
 */
export interface ReadEventsRequest {
  /**
   * First seq (default 1).
   */
  'fromSeq'?: (number | string | Long);
  /**
   * Maximum number of events (default 1000, at most 100000).
   */
  'limit'?: (number);
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
 * Reads events.
 */
export interface ReadEventsRequest__Output {
  /**
   * First seq (default 1).
   */
  'fromSeq': (number);
  /**
   * Maximum number of events (default 1000, at most 100000).
   */
  'limit': (number);
  /**
   * Only this aggregate.
   */
  'aggregate': (string);
  /**
   * Only these types.
   */
  'types': (string)[];
}
