// Original file: proto/ferry/v1/control.proto

import type { ReplicaStatus as _ferry_v1_ReplicaStatus, ReplicaStatus__Output as _ferry_v1_ReplicaStatus__Output } from '../../ferry/v1/ReplicaStatus.js';
import type { LeaseStatus as _ferry_v1_LeaseStatus, LeaseStatus__Output as _ferry_v1_LeaseStatus__Output } from '../../ferry/v1/LeaseStatus.js';
import type { Long } from '@grpc/proto-loader';

/**
 * The state of this node and what it knows of the cluster.
 */
export interface ClusterStatus {
  /**
   * This node's id.
   */
  'nodeId'?: (string);
  /**
   * Cluster name.
   */
  'cluster'?: (string);
  /**
   * `master` or `replica`; `fenced` for a master that learned of a newer epoch.
   */
  'role'?: (string);
  /**
   * Current epoch.
   */
  'epoch'?: (number | string | Long);
  /**
   * Last seq.
   */
  'headSeq'?: (number | string | Long);
  /**
   * Hash at the last seq.
   */
  'headHash'?: (string);
  /**
   * The master's address (this node's own when master).
   */
  'master'?: (string);
  /**
   * The replicas (on a master).
   */
  'replicas'?: (_ferry_v1_ReplicaStatus)[];
  /**
   * Events held in quarantine.
   */
  'quarantined'?: (number | string | Long);
  /**
   * On a replica: whether it streams from its master now.
   */
  'connected'?: (boolean);
  /**
   * On a replica: events it lacks, as far as it knows.
   */
  'lagEvents'?: (number | string | Long);
  /**
   * On a replica: ms since the last contact with its master.
   */
  'lagMs'?: (number | string);
  /**
   * Address this node listens on.
   */
  'address'?: (string);
  /**
   * `ok`, or why the event log refuses writes (disk full, storage failure, corrupt store), naming its path.
   */
  'storage'?: (string);
  /**
   * `ok`, or what keeps alert mail from arriving: mail that failed every attempt since this node started (the last
   * one named, kept in DATA/mail-spool/failed) and mail still waiting in the spool.
   */
  'mail'?: (string);
  /**
   * `ok` when this node accepts writes; otherwise why not: a replica or a fenced node names where writes go, a
   * master holding writes says what it confirms (after a start, or after it lost contact with its replicas).
   */
  'writes'?: (string);
  /**
   * The automatic-promotion lease (ferryd --auto-promote); state `off` without it.
   */
  'lease'?: (_ferry_v1_LeaseStatus | null);
}

/**
 * The state of this node and what it knows of the cluster.
 */
export interface ClusterStatus__Output {
  /**
   * This node's id.
   */
  'nodeId': (string);
  /**
   * Cluster name.
   */
  'cluster': (string);
  /**
   * `master` or `replica`; `fenced` for a master that learned of a newer epoch.
   */
  'role': (string);
  /**
   * Current epoch.
   */
  'epoch': (number);
  /**
   * Last seq.
   */
  'headSeq': (number);
  /**
   * Hash at the last seq.
   */
  'headHash': (string);
  /**
   * The master's address (this node's own when master).
   */
  'master': (string);
  /**
   * The replicas (on a master).
   */
  'replicas': (_ferry_v1_ReplicaStatus__Output)[];
  /**
   * Events held in quarantine.
   */
  'quarantined': (number);
  /**
   * On a replica: whether it streams from its master now.
   */
  'connected': (boolean);
  /**
   * On a replica: events it lacks, as far as it knows.
   */
  'lagEvents': (number);
  /**
   * On a replica: ms since the last contact with its master.
   */
  'lagMs': (number);
  /**
   * Address this node listens on.
   */
  'address': (string);
  /**
   * `ok`, or why the event log refuses writes (disk full, storage failure, corrupt store), naming its path.
   */
  'storage': (string);
  /**
   * `ok`, or what keeps alert mail from arriving: mail that failed every attempt since this node started (the last
   * one named, kept in DATA/mail-spool/failed) and mail still waiting in the spool.
   */
  'mail': (string);
  /**
   * `ok` when this node accepts writes; otherwise why not: a replica or a fenced node names where writes go, a
   * master holding writes says what it confirms (after a start, or after it lost contact with its replicas).
   */
  'writes': (string);
  /**
   * The automatic-promotion lease (ferryd --auto-promote); state `off` without it.
   */
  'lease': (_ferry_v1_LeaseStatus__Output | null);
}
