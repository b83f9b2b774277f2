// Input types of the failover core: the daemon adapts its projections to these views; the core depends on no
// other package's types but the contract's closed sets and event messages.
import type { FenceMethod, HostStateText, VirtType } from '@ferry/contract';

export type { FenceMethod, VirtType };

/** Collector state of a hypervisor host, as the failover core sees it (unknown and probe-error hosts are not up). */
export type HostState = Extract<HostStateText, 'up' | 'unreachable' | 'down' | 'fenced'>;

/** A hypervisor host as the failover core sees it. */
export interface HostView {
  name: string;
  type: VirtType;
  state: HostState;
  memTotalMiB: number;
  /** Free RAM as last measured, already reduced by systems placed there by completed moves. */
  memFreeMiB: number;
  fence: { method: FenceMethod };
  /** When the host was first seen down (ms since epoch), if known; used after a restart of the engine. */
  downSinceMs?: number;
  /** In maintenance: receives no system from placement and raises no failover (absent: not in maintenance). */
  maintenance?: boolean;
}

/** A virtual system ("VM") as the failover core sees it. */
export interface SystemView {
  name: string;
  /** Host the system is defined on. */
  host: string;
  /** Last known state (for a dead host: its state before the failure). */
  state: 'running' | 'stopped';
  memoryMiB: number;
  /** Restart priority: higher first. */
  priority: number;
  /** Owner account name, if any. */
  owner?: string;
  /** Whether the system is allowed to fail over at all. */
  failover: boolean;
  /** Whether its definition was captured, so it can be defined on another host while its own is dead. */
  definitionCaptured: boolean;
}

/** Placement policy of a group. */
export type PlacementPolicy = 'most-free-ram' | 'first-fit' | 'spread';

/** A host failover group. */
export interface GroupView {
  name: string;
  type: VirtType;
  mode: 'automatic' | 'manual';
  /** Resolved member host names, in the group's order (first-fit follows it). */
  members: readonly string[];
  /** Which systems fail over: all, or these names. */
  systems: 'all' | readonly string[];
  /** Host downtime timeout in seconds before an automatic failover starts. */
  timeoutSec: number;
  notifyOwners: boolean;
  placement: PlacementPolicy;
  /** At most this many moves of one failover run at once (>= 1). */
  parallelism: number;
  /** Mass-failure brake: pause when more than `maxDownShare` of members went down within `windowSec`. */
  brake: { maxDownShare: number; windowSec: number };
  /** Failback (absent: off): systems a failover moved off a member go back once it stayed up `afterSec`. */
  failback?: { afterSec: number };
}

/**
 * A placement rule: `keep-apart` (never two of `systems` on one host), `keep-together` (all on one host),
 * `only-hosts` (hard: `systems` only on `hosts`), `prefer-hosts` (soft: on `hosts` when one fits).
 */
export interface RuleView {
  name: string;
  kind: 'keep-apart' | 'keep-together' | 'prefer-hosts' | 'only-hosts';
  systems: readonly string[];
  hosts: readonly string[];
}

/** Everything the engine reads from the daemon's state at a decision point. */
export interface ClusterSnapshot {
  hosts: readonly HostView[];
  systems: readonly SystemView[];
  groups: readonly GroupView[];
  /** Placement rules (none when absent). */
  rules?: readonly RuleView[];
}
