// Failover event types: names, JSON-simple bodies and small helpers (aggregate, correlation) the daemon uses to
// store them in its hash-chained log. The engine's state for a failover is a fold over these events.

import type { FenceMethod } from './types.js';

/** Event type names, as stored in the log's `type` field. */
export const FailoverEventType = {
  Started: 'FailoverStarted',
  Planned: 'FailoverPlanned',
  HostFenced: 'HostFenced',
  HostDownConfirmed: 'HostDownConfirmed',
  SystemMoved: 'SystemMoved',
  MoveFailed: 'FailoverMoveFailed',
  Completed: 'FailoverCompleted',
  BrakeEngaged: 'FailoverBrakeEngaged',
  BrakeReleased: 'FailoverBrakeReleased',
  HostReconciled: 'HostReconciled',
  MaintenanceSet: 'HostMaintenanceSet',
  DrainStarted: 'HostDrainStarted',
  MoveStarted: 'SystemMoveStarted',
  MoveFinished: 'SystemMoveFinished',
} as const;

/** Union of the event type names. */
export type FailoverEventTypeName = (typeof FailoverEventType)[keyof typeof FailoverEventType];

/** All event type names, in declaration order. */
export const FAILOVER_EVENT_TYPES: readonly FailoverEventTypeName[] = Object.values(FailoverEventType);

/** Why a system was not moved (plan refusals and execution failures). */
export type MoveFailureCode =
  | 'no-member-up'
  | 'insufficient-ram'
  | 'no-definition'
  | 'define-failed'
  | 'rule-keep-apart'
  | 'rule-keep-together'
  | 'rule-only-hosts';

/** A failover began: automatically after the downtime timeout, or forced by an operator for one system. */
export interface FailoverStartedBody {
  id: string;
  host: string;
  group: string;
  reason: 'automatic' | 'forced';
  /** Human-readable explanation, e.g. `host h1 down for 60 s (timeout 60 s)`. */
  detail: string;
  /** Forced failovers: the system asked for, and who asked. */
  system?: string;
  by?: string;
}

/** One planned move. `start` is true when the system was running (or the operator asked for a start). */
export interface PlannedMoveBody {
  system: string;
  from: string;
  to: string;
  start: boolean;
  memoryMiB: number;
}

/** A system the planner could not place, with the numbers that explain why. */
export interface RefusalBody {
  system: string;
  code: MoveFailureCode;
  reason: string;
}

/** The plan, recorded before anything is done to any host. */
export interface FailoverPlannedBody {
  id: string;
  moves: PlannedMoveBody[];
  refusals: RefusalBody[];
  /** Systems on the host that are not selected for failover (group subset or failover flag off). */
  excluded: string[];
}

/** Outcome of fencing a host. `confirmed` means its power status was read back as off. */
export interface HostFencedBody {
  id: string;
  host: string;
  method: FenceMethod;
  confirmed: boolean;
  attempts: number;
  detail: string;
}

/** An operator confirmed that a host is really down (when fencing could not confirm it). */
export interface HostDownConfirmedBody {
  /** The open failover this unblocks, if any. */
  id?: string;
  host: string;
  by: string;
}

/** A system is now defined on `to` (and running there when `started`). */
export interface SystemMovedBody {
  id: string;
  system: string;
  from: string;
  to: string;
  started: boolean;
  /** Set when a start was wanted but failed: the system is defined on `to`, stopped. */
  startError?: string;
}

/** A system could not be moved; it is still defined on `from` only. */
export interface FailoverMoveFailedBody {
  id: string;
  system: string;
  from: string;
  to?: string;
  code: MoveFailureCode;
  message: string;
}

/** Outcome of a whole failover. */
export type FailoverOutcome = 'succeeded' | 'partial' | 'failed' | 'cancelled';

/** A failover ended. */
export interface FailoverCompletedBody {
  id: string;
  outcome: FailoverOutcome;
  moved: number;
  failed: number;
  detail: string;
}

/** The mass-failure brake paused automatic failover in a group. */
export interface FailoverBrakeEngagedBody {
  group: string;
  downHosts: string[];
  members: number;
  maxDownShare: number;
  windowSec: number;
}

/**
 * An operator released the brake of a group. The hosts down at that moment are acknowledged: they fail over
 * now and no longer count towards the brake while they stay down.
 */
export interface FailoverBrakeReleasedBody {
  group: string;
  by: string;
  acknowledged: string[];
}

/** A returning host had every system that was moved away stopped and removed; it may count as up. */
export interface HostReconciledBody {
  host: string;
  removed: string[];
}

/** A host entered (`maintenance: true`) or left maintenance. */
export interface HostMaintenanceSetBody {
  host: string;
  maintenance: boolean;
  by: string;
}

/** A drain's plan, recorded (with one SystemMoveStarted per move) before any system moves. */
export interface HostDrainStartedBody {
  host: string;
  by: string;
  moves: PlannedMoveBody[];
  refusals: RefusalBody[];
}

/** A planned move between live hosts began; driven to a SystemMoveFinished, re-driven after a restart. */
export interface SystemMoveStartedBody {
  /** `mv-<n>`. */
  id: string;
  system: string;
  from: string;
  to: string;
  /** The hypervisor's live migration (true) or a cold move: stop and remove on `from`, define (and start) on `to`. */
  live: boolean;
  /** Start it on the target (it was running). */
  start: boolean;
  memoryMiB: number;
  reason: 'move' | 'drain' | 'failback';
  by: string;
  /** Live only: a failed migration that left the system running on `from` only is followed by a cold move. */
  coldFallback: boolean;
}

/** How a planned move ended: `succeeded` (on `to`), `failed` (on `from`, as before), `start-failed` (defined on `to`, stopped). */
export type MoveOutcome = 'succeeded' | 'failed' | 'start-failed';

/** A planned move ended. */
export interface SystemMoveFinishedBody {
  id: string;
  system: string;
  from: string;
  to: string;
  outcome: MoveOutcome;
  /** Whether it runs on `to`. */
  started: boolean;
  detail: string;
}

/** A failover event: type name and body, discriminated on `type`. */
export type FailoverEvent =
  | { type: 'FailoverStarted'; body: FailoverStartedBody }
  | { type: 'FailoverPlanned'; body: FailoverPlannedBody }
  | { type: 'HostFenced'; body: HostFencedBody }
  | { type: 'HostDownConfirmed'; body: HostDownConfirmedBody }
  | { type: 'SystemMoved'; body: SystemMovedBody }
  | { type: 'FailoverMoveFailed'; body: FailoverMoveFailedBody }
  | { type: 'FailoverCompleted'; body: FailoverCompletedBody }
  | { type: 'FailoverBrakeEngaged'; body: FailoverBrakeEngagedBody }
  | { type: 'FailoverBrakeReleased'; body: FailoverBrakeReleasedBody }
  | { type: 'HostReconciled'; body: HostReconciledBody }
  | { type: 'HostMaintenanceSet'; body: HostMaintenanceSetBody }
  | { type: 'HostDrainStarted'; body: HostDrainStartedBody }
  | { type: 'SystemMoveStarted'; body: SystemMoveStartedBody }
  | { type: 'SystemMoveFinished'; body: SystemMoveFinishedBody };

/** True when `type` is one of the failover event type names. */
export function isFailoverEventType(type: string): type is FailoverEventTypeName {
  return (FAILOVER_EVENT_TYPES as readonly string[]).includes(type);
}
