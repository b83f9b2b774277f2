// The domain's vocabulary: virtualization types, states, and the entities the projections hold.
// The closed sets are the contract's (re-exported here for the model's users).
import type { GroupSpec, HostSpec, HostStateText as HostState, SystemStateText as SystemState } from '@ferry/contract';
import { SYSTEM_STATES } from '@ferry/contract';

export { HOST_STATES, SYSTEM_STATES, VIRT_TYPES } from '@ferry/contract';
export type { HostStateText as HostState, SystemStateText as SystemState, VirtType } from '@ferry/contract';

/** System states as shown: discovered ones, `unknown` while the host cannot be probed, `vanished` when gone. */
export const SHOWN_SYSTEM_STATES = [...SYSTEM_STATES, 'unknown', 'vanished'] as const;

/** A committed event as the reducers need it (structurally a subset of the log's LogEvent). */
export interface CommittedEvent {
  seq: number;
  epoch: number;
  time: string;
  aggregate: string;
  version: number;
  type: string;
  body: Record<string, unknown>;
}

/** An event a command decided to append (structurally the log's EventInput). */
export interface NewEvent {
  aggregate: string;
  type: string;
  body: Record<string, unknown>;
  expectedVersion?: number;
  actor?: string;
  correlation?: string;
}

/** A registered host. */
export interface HostEntity {
  spec: Required<HostSpec>;
  state: HostState;
  stateReason: string;
  /** When the host entered its current state (the time of the event that recorded it), ISO 8601. */
  stateSince: string;
  /** When the host went down, while it is down or fenced (the fence keeps the time it went down); empty otherwise. */
  downSince: string;
  fingerprint: string;
  /** An operator vouched that the host is dead (cleared when it comes back up). */
  confirmedDown: boolean;
  /** In maintenance (`hosts drain`): receives no system from placement and raises no failover. */
  maintenance: boolean;
  version: number;
}

/** A virtual system. */
export interface SystemEntity {
  name: string;
  host: string;
  state: SystemState;
  memoryMiB: number;
  definitionHash: string;
  /** Captured definition text (libvirt XML, xl config, OpenVZ config); empty until captured. */
  definition: string;
  /** Hash of the captured definition. */
  capturedHash: string;
  owner: string;
  priority: number;
  failover: boolean;
  /** The system is no longer defined anywhere Ferry can see. */
  vanished: boolean;
  version: number;
}

/** A group spec with every field present (without proto-loader's virtual `_field` oneof markers). */
export type FullGroupSpec = {
  [K in keyof GroupSpec as K extends `_${string}` ? never : K]-?: NonNullable<GroupSpec[K]>;
};

/** A failover group. */
export interface GroupEntity {
  spec: FullGroupSpec;
  version: number;
}

/** One stored setting. */
export interface SettingEntry {
  /** Value with secrets replaced by `***`. */
  value: string;
  /** Sealed secret part (base64), empty when none. */
  sealed: string;
}

/** An owner account. */
export interface OwnerEntity {
  name: string;
  email: string;
  description: string;
  version: number;
}

/** One system's move within a failover. */
export interface FailoverMove {
  system: string;
  from: string;
  to: string;
  start: boolean;
  memoryMiB: number;
  outcome: 'succeeded' | 'failed' | 'in-progress';
  started: boolean;
  reason: string;
  code: string;
  finishedAt: string;
}

/** A failover of a host (or a forced failover of one system). */
export interface FailoverEntity {
  id: string;
  host: string;
  group: string;
  reason: string;
  epoch: number;
  startedAt: string;
  planned: boolean;
  fenced: boolean;
  fenceConfirmed: boolean;
  moves: FailoverMove[];
  outcome: '' | 'succeeded' | 'partial' | 'failed' | 'cancelled';
  finishedAt: string;
  version: number;
}

/** Cluster-wide replication facts. */
export interface ClusterEntity {
  replicas: { address: string; nodeId: string }[];
  promotions: {
    epoch: number;
    nodeId: string;
    previousMaster: string;
    lastSeqFromPrevious: number;
    address: string;
    time: string;
  }[];
  version: number;
}

/** An API token (hash only). */
export interface TokenEntity {
  name: string;
  role: 'admin' | 'operator' | 'viewer';
  owner: string;
  tokenHash: string;
  created: string;
  version: number;
}

/** A placement rule (PlacementRule of events.proto), evaluated by the failover planner. */
export interface RuleEntity {
  name: string;
  kind: 'keep-apart' | 'keep-together' | 'prefer-hosts' | 'only-hosts';
  systems: string[];
  hosts: string[];
  version: number;
}
