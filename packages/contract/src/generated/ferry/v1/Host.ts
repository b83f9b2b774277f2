// Original file: proto/ferry/v1/control.proto

import type { Long } from '@grpc/proto-loader';

/**
 * A host as the operator sees it.
 */
export interface Host {
  /**
   * Name.
   */
  'name'?: (string);
  /**
   * SSH address.
   */
  'address'?: (string);
  /**
   * SSH port.
   */
  'port'?: (number);
  /**
   * SSH user.
   */
  'user'?: (string);
  /**
   * Virtualization type.
   */
  'type'?: (string);
  /**
   * Tags.
   */
  'tags'?: (string)[];
  /**
   * `unknown`, `up`, `unreachable`, `down`, `fenced`.
   */
  'state'?: (string);
  /**
   * Pinned host key fingerprint; empty when none is trusted yet.
   */
  'hostKeyFingerprint'?: (string);
  /**
   * Credentials reference (`file:PATH` or `sealed:`), never the key.
   */
  'credentialsRef'?: (string);
  /**
   * Fencing method.
   */
  'fenceMethod'?: (string);
  /**
   * Fence command.
   */
  'fenceCommand'?: (string);
  /**
   * Power-status command.
   */
  'powerStatusCommand'?: (string);
  /**
   * Host groups.
   */
  'hostGroups'?: (string)[];
  /**
   * Live: total RAM, MiB (not in the log).
   */
  'memTotalMib'?: (number);
  /**
   * Live: free RAM, MiB.
   */
  'memFreeMib'?: (number);
  /**
   * Live: 1-minute load.
   */
  'load'?: (number | string);
  /**
   * Live: duration of the last probe, ms.
   */
  'lastProbeMs'?: (number | string);
  /**
   * Live: last probe problem, if any.
   */
  'lastError'?: (string);
  /**
   * Live: time of the last probe, ISO 8601.
   */
  'lastProbeAt'?: (string);
  /**
   * When the host entered its current state, ISO 8601.
   */
  'stateSince'?: (string);
  /**
   * When the host went down, ISO 8601, while it is `down` or `fenced`; empty otherwise.
   */
  'downSince'?: (string);
  /**
   * In maintenance (`hosts drain`): receives no system from placement and raises no failover.
   */
  'maintenance'?: (boolean);
  /**
   * Version of the host aggregate.
   */
  'version'?: (number | string | Long);
}

/**
 * A host as the operator sees it.
 */
export interface Host__Output {
  /**
   * Name.
   */
  'name': (string);
  /**
   * SSH address.
   */
  'address': (string);
  /**
   * SSH port.
   */
  'port': (number);
  /**
   * SSH user.
   */
  'user': (string);
  /**
   * Virtualization type.
   */
  'type': (string);
  /**
   * Tags.
   */
  'tags': (string)[];
  /**
   * `unknown`, `up`, `unreachable`, `down`, `fenced`.
   */
  'state': (string);
  /**
   * Pinned host key fingerprint; empty when none is trusted yet.
   */
  'hostKeyFingerprint': (string);
  /**
   * Credentials reference (`file:PATH` or `sealed:`), never the key.
   */
  'credentialsRef': (string);
  /**
   * Fencing method.
   */
  'fenceMethod': (string);
  /**
   * Fence command.
   */
  'fenceCommand': (string);
  /**
   * Power-status command.
   */
  'powerStatusCommand': (string);
  /**
   * Host groups.
   */
  'hostGroups': (string)[];
  /**
   * Live: total RAM, MiB (not in the log).
   */
  'memTotalMib': (number);
  /**
   * Live: free RAM, MiB.
   */
  'memFreeMib': (number);
  /**
   * Live: 1-minute load.
   */
  'load': (number);
  /**
   * Live: duration of the last probe, ms.
   */
  'lastProbeMs': (number);
  /**
   * Live: last probe problem, if any.
   */
  'lastError': (string);
  /**
   * Live: time of the last probe, ISO 8601.
   */
  'lastProbeAt': (string);
  /**
   * When the host entered its current state, ISO 8601.
   */
  'stateSince': (string);
  /**
   * When the host went down, ISO 8601, while it is `down` or `fenced`; empty otherwise.
   */
  'downSince': (string);
  /**
   * In maintenance (`hosts drain`): receives no system from placement and raises no failover.
   */
  'maintenance': (boolean);
  /**
   * Version of the host aggregate.
   */
  'version': (number);
}
