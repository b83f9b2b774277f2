// Original file: proto/ferry/v1/replication.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Asks for hashes.
 */
export interface GetHashesRequest {
  /**
   * The seqs.
   */
  'seqs'?: (number | string | Long)[];
}

/**
 * Asks for hashes.
 */
export interface GetHashesRequest__Output {
  /**
   * The seqs.
   */
  'seqs': (number)[];
}
