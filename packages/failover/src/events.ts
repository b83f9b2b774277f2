// Failover event types: names, and the bodies as the engine writes them, derived from the contract's messages in
// events.proto (which document every field) with the closed sets the engine uses. The engine's state for a
// failover is a fold over these events.

import type { FerryEventBody, PlannedMove, PlanRefusal } from '@ferry/contract';
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

/** Outcome of a whole failover. */
export type FailoverOutcome = 'succeeded' | 'partial' | 'failed' | 'cancelled';

/** How a planned move ended: `succeeded` (on `to`), `failed` (on `from`, as before), `start-failed` (defined on `to`, stopped). */
export type MoveOutcome = 'succeeded' | 'failed' | 'start-failed';

/**
 * A message of events.proto as the engine writes it: the fields in `Always` are always set, and the fields of
 * `Narrow` hold only the values of their closed set. The fields and their meaning are the contract's (each is
 * documented in events.proto); nothing here declares a body again.
 */
type Written<M, Always extends keyof M, Narrow = unknown> = Omit<M, Always | keyof Narrow> &
  Required<Pick<M, Always>> &
  Narrow;

/** The body of failover event `T` as the engine writes it (see {@link Written}). */
type Body<T extends FailoverEventTypeName, Always extends keyof FerryEventBody<T>, Narrow = unknown> = Written<
  FerryEventBody<T>,
  Always,
  Narrow
>;

/** One planned move. `start` is true when the system was running (or the operator asked for a start). */
export type PlannedMoveBody = Written<PlannedMove, 'system' | 'from' | 'to' | 'start' | 'memoryMiB'>;

/** A system the planner could not place, with the numbers that explain why. */
export type RefusalBody = Written<PlanRefusal, 'system' | 'reason', { code: MoveFailureCode }>;

/** A failover began: automatically after the downtime timeout, or forced by an operator for one system. */
export type FailoverStartedBody = Body<
  'FailoverStarted',
  'id' | 'host' | 'group' | 'detail',
  { reason: 'automatic' | 'forced' }
>;

/** The plan, recorded before anything is done to any host. */
export type FailoverPlannedBody = Body<
  'FailoverPlanned',
  'id' | 'excluded',
  { moves: PlannedMoveBody[]; refusals: RefusalBody[] }
>;

/** Outcome of fencing a host. `confirmed` means its power status was read back as off. */
export type HostFencedBody = Body<
  'HostFenced',
  'id' | 'host' | 'confirmed' | 'attempts' | 'detail',
  { method: FenceMethod }
>;

/** An operator confirmed that a host is really down (when fencing could not confirm it). */
export type HostDownConfirmedBody = Body<'HostDownConfirmed', 'host' | 'by'>;

/** A system is now defined on `to` (and running there when `started`). */
export type SystemMovedBody = Body<'SystemMoved', 'id' | 'system' | 'from' | 'to' | 'started'>;

/** A system could not be moved; it is still defined on `from` only. */
export type FailoverMoveFailedBody = Body<
  'FailoverMoveFailed',
  'id' | 'system' | 'from' | 'message',
  { code: MoveFailureCode }
>;

/** A failover ended. */
export type FailoverCompletedBody = Body<
  'FailoverCompleted',
  'id' | 'moved' | 'failed' | 'detail',
  { outcome: FailoverOutcome }
>;

/** The mass-failure brake paused automatic failover in a group. */
export type FailoverBrakeEngagedBody = Body<
  'FailoverBrakeEngaged',
  'group' | 'downHosts' | 'members' | 'maxDownShare' | 'windowSec'
>;

/**
 * An operator released the brake of a group. The hosts down at that moment are acknowledged: they fail over
 * now and no longer count towards the brake while they stay down.
 */
export type FailoverBrakeReleasedBody = Body<'FailoverBrakeReleased', 'group' | 'by' | 'acknowledged'>;

/** A returning host had every system that was moved away stopped and removed; it may count as up. */
export type HostReconciledBody = Body<'HostReconciled', 'host' | 'removed'>;

/** A host entered (`maintenance: true`) or left maintenance. */
export type HostMaintenanceSetBody = Body<'HostMaintenanceSet', 'host' | 'maintenance' | 'by'>;

/** A drain's plan, recorded (with one SystemMoveStarted per move) before any system moves. */
export type HostDrainStartedBody = Body<
  'HostDrainStarted',
  'host' | 'by',
  { moves: PlannedMoveBody[]; refusals: RefusalBody[] }
>;

/** A planned move between live hosts began; driven to a SystemMoveFinished, re-driven after a restart. */
export type SystemMoveStartedBody = Body<
  'SystemMoveStarted',
  'id' | 'system' | 'from' | 'to' | 'live' | 'start' | 'memoryMiB' | 'by' | 'coldFallback',
  { reason: 'move' | 'drain' | 'failback' }
>;

/** A planned move ended. */
export type SystemMoveFinishedBody = Body<
  'SystemMoveFinished',
  'id' | 'system' | 'from' | 'to' | 'started' | 'detail',
  { outcome: MoveOutcome }
>;

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
