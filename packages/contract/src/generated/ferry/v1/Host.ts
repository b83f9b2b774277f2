// Original file: proto/ferry/v1/control.proto

import type { VirtualizationType as _ferry_v1_VirtualizationType, VirtualizationType__Output as _ferry_v1_VirtualizationType__Output } from '../../ferry/v1/VirtualizationType.js';
import type { HostState as _ferry_v1_HostState, HostState__Output as _ferry_v1_HostState__Output } from '../../ferry/v1/HostState.js';
import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';
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
  'type'?: (_ferry_v1_VirtualizationType);
  /**
   * Tags.
   */
  'tags'?: (string)[];
  /**
   * Its state as the collector sees it (output only).
   */
  'state'?: (_ferry_v1_HostState);
  /**
   * Pinned host key fingerprint; empty when none is trusted yet.
   */
  'hostKeyFingerprint'?: (string);
  /**
   * Credentials reference (`file:PATH` or `sealed:`), never the key (output only: set by the node from
   * RegisterHostRequest.key_file or .private_key).
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
   * Live: duration of the last probe.
   */
  'lastProbeDuration'?: (_google_protobuf_Duration | null);
  /**
   * Live: last probe problem, if any.
   */
  'lastError'?: (string);
  /**
   * Live: time of the last probe (unset before the first).
   */
  'lastProbeTime'?: (_google_protobuf_Timestamp | null);
  /**
   * When the host entered its current state (unset when not known).
   */
  'stateSince'?: (_google_protobuf_Timestamp | null);
  /**
   * When the host went down, while it is down or fenced; unset otherwise.
   */
  'downSince'?: (_google_protobuf_Timestamp | null);
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
  'type': (_ferry_v1_VirtualizationType__Output);
  /**
   * Tags.
   */
  'tags': (string)[];
  /**
   * Its state as the collector sees it (output only).
   */
  'state': (_ferry_v1_HostState__Output);
  /**
   * Pinned host key fingerprint; empty when none is trusted yet.
   */
  'hostKeyFingerprint': (string);
  /**
   * Credentials reference (`file:PATH` or `sealed:`), never the key (output only: set by the node from
   * RegisterHostRequest.key_file or .private_key).
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
   * Live: duration of the last probe.
   */
  'lastProbeDuration': (_google_protobuf_Duration__Output | null);
  /**
   * Live: last probe problem, if any.
   */
  'lastError': (string);
  /**
   * Live: time of the last probe (unset before the first).
   */
  'lastProbeTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * When the host entered its current state (unset when not known).
   */
  'stateSince': (_google_protobuf_Timestamp__Output | null);
  /**
   * When the host went down, while it is down or fenced; unset otherwise.
   */
  'downSince': (_google_protobuf_Timestamp__Output | null);
  /**
   * In maintenance (`hosts drain`): receives no system from placement and raises no failover.
   */
  'maintenance': (boolean);
  /**
   * Version of the host aggregate.
   */
  'version': (number);
}
