// Original file: proto/ferry/v1/replication.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Tells a replica where its history and the master's part.
 */
export interface Diverged {
  /**
   * Last seq both hold identically.
   */
  'commonSeq'?: (number | string | Long);
  /**
   * The master's epoch.
   */
  'epoch'?: (number | string | Long);
}

/**
 * Tells a replica where its history and the master's part.
 */
export interface Diverged__Output {
  /**
   * Last seq both hold identically.
   */
  'commonSeq': (number);
  /**
   * The master's epoch.
   */
  'epoch': (number);
}
