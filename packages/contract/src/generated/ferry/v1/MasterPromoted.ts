// Original file: proto/ferry/v1/events.proto

import type { Long } from '@grpc/proto-loader';

/**
 * A replica became the writable master.
 */
export interface MasterPromoted {
  /**
   * The new epoch.
   */
  'epoch'?: (number | string | Long);
  /**
   * Node id of the promoted node.
   */
  'nodeId'?: (string);
  /**
   * Address of the previous master.
   */
  'previousMaster'?: (string);
  /**
   * Last seq received from the previous master.
   */
  'lastSeqFromPrevious'?: (number | string | Long);
  /**
   * The promoted node's own address.
   */
  'address'?: (string);
}

/**
 * A replica became the writable master.
 */
export interface MasterPromoted__Output {
  /**
   * The new epoch.
   */
  'epoch': (number);
  /**
   * Node id of the promoted node.
   */
  'nodeId': (string);
  /**
   * Address of the previous master.
   */
  'previousMaster': (string);
  /**
   * Last seq received from the previous master.
   */
  'lastSeqFromPrevious': (number);
  /**
   * The promoted node's own address.
   */
  'address': (string);
}
