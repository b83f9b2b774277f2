// Original file: proto/ferry/v1/control.proto

import type { Long } from '@grpc/proto-loader';

/**
 * A replica as its master sees it.
 */
export interface ReplicaStatus {
  /**
   * Replica address.
   */
  'address'?: (string);
  /**
   * Its node id.
   */
  'nodeId'?: (string);
  /**
   * Whether it is streaming now.
   */
  'connected'?: (boolean);
  /**
   * Highest seq it acknowledged as durable.
   */
  'ackedSeq'?: (number | string | Long);
  /**
   * Events it lacks.
   */
  'lagEvents'?: (number | string | Long);
  /**
   * Age of the oldest event it lacks, ms.
   */
  'lagMs'?: (number | string);
  /**
   * Last contact, ISO 8601.
   */
  'lastContact'?: (string);
}

/**
 * A replica as its master sees it.
 */
export interface ReplicaStatus__Output {
  /**
   * Replica address.
   */
  'address': (string);
  /**
   * Its node id.
   */
  'nodeId': (string);
  /**
   * Whether it is streaming now.
   */
  'connected': (boolean);
  /**
   * Highest seq it acknowledged as durable.
   */
  'ackedSeq': (number);
  /**
   * Events it lacks.
   */
  'lagEvents': (number);
  /**
   * Age of the oldest event it lacks, ms.
   */
  'lagMs': (number);
  /**
   * Last contact, ISO 8601.
   */
  'lastContact': (string);
}
