// Original file: proto/ferry/v1/control.proto

import type { SystemState as _ferry_v1_SystemState, SystemState__Output as _ferry_v1_SystemState__Output } from '../../ferry/v1/SystemState.js';
import type { Long } from '@grpc/proto-loader';

/**
 * A virtual system.
 */
export interface System {
  /**
   * Name, unique in the cluster.
   */
  'name'?: (string);
  /**
   * Host it is on.
   */
  'host'?: (string);
  /**
   * Its state as shown (unknown while its host cannot be probed).
   */
  'state'?: (_ferry_v1_SystemState);
  /**
   * Assigned memory, MiB.
   */
  'memoryMib'?: (number);
  /**
   * Owner account name.
   */
  'owner'?: (string);
  /**
   * Restart priority, higher first.
   */
  'priority'?: (number);
  /**
   * Whether it may fail over.
   */
  'failover'?: (boolean);
  /**
   * SHA-256 of its definition.
   */
  'definitionHash'?: (string);
  /**
   * Whether a definition is captured (needed to recreate it elsewhere).
   */
  'definitionCaptured'?: (boolean);
  /**
   * Version of the system aggregate.
   */
  'version'?: (number | string | Long);
}

/**
 * A virtual system.
 */
export interface System__Output {
  /**
   * Name, unique in the cluster.
   */
  'name': (string);
  /**
   * Host it is on.
   */
  'host': (string);
  /**
   * Its state as shown (unknown while its host cannot be probed).
   */
  'state': (_ferry_v1_SystemState__Output);
  /**
   * Assigned memory, MiB.
   */
  'memoryMib': (number);
  /**
   * Owner account name.
   */
  'owner': (string);
  /**
   * Restart priority, higher first.
   */
  'priority': (number);
  /**
   * Whether it may fail over.
   */
  'failover': (boolean);
  /**
   * SHA-256 of its definition.
   */
  'definitionHash': (string);
  /**
   * Whether a definition is captured (needed to recreate it elsewhere).
   */
  'definitionCaptured': (boolean);
  /**
   * Version of the system aggregate.
   */
  'version': (number);
}
