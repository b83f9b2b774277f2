// Original file: proto/ferry/v1/replication.proto

import type { SeqHash as _ferry_v1_SeqHash, SeqHash__Output as _ferry_v1_SeqHash__Output } from '../../ferry/v1/SeqHash.js';

/**
 * Hashes of seqs.
 */
export interface GetHashesResponse {
  /**
   * Seq and hash pairs.
   */
  'hashes'?: (_ferry_v1_SeqHash)[];
}

/**
 * Hashes of seqs.
 */
export interface GetHashesResponse__Output {
  /**
   * Seq and hash pairs.
   */
  'hashes': (_ferry_v1_SeqHash__Output)[];
}
