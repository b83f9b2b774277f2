// Original file: proto/ferry/v1/replication.proto

import type { Long } from '@grpc/proto-loader';

/**
 * One seq and its hash.
 */
export interface SeqHash {
  /**
   * The seq.
   */
  'seq'?: (number | string | Long);
  /**
   * Its hash, hex.
   */
  'hash'?: (string);
}

/**
 * One seq and its hash.
 */
export interface SeqHash__Output {
  /**
   * The seq.
   */
  'seq': (number);
  /**
   * Its hash, hex.
   */
  'hash': (string);
}
