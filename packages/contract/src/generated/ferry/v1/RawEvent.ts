// Original file: proto/ferry/v1/replication.proto

import type { Long } from '@grpc/proto-loader';

/**
 * One stored event, as bytes.
 */
export interface RawEvent {
  /**
   * Its seq.
   */
  'seq'?: (number | string | Long);
  /**
   * Exact stored bytes.
   */
  'data'?: (Buffer | Uint8Array | string);
  /**
   * SHA-256(prev hash || data).
   */
  'hash'?: (Buffer | Uint8Array | string);
}

/**
 * One stored event, as bytes.
 */
export interface RawEvent__Output {
  /**
   * Its seq.
   */
  'seq': (number);
  /**
   * Exact stored bytes.
   */
  'data': (Buffer);
  /**
   * SHA-256(prev hash || data).
   */
  'hash': (Buffer);
}
