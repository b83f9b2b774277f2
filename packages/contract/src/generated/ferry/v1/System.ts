// Original file: proto/ferry/v1/control.proto

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
   * `running`, `stopped`, `unknown` (its host cannot be probed) or `vanished`.
   */
  'state'?: (string);
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
   * `running`, `stopped`, `unknown` (its host cannot be probed) or `vanished`.
   */
  'state': (string);
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
