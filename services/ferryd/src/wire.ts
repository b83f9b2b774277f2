// Views -> the contract's messages: closed sets as enum values, times as Timestamps, durations as Durations (the
// one place that writes them; the web console keeps the views). Requests' enum fields -> the domain's texts, an
// unknown value refused as INVALID_ARGUMENT naming the allowed ones.
import {
  ENUM_PREFIX,
  enumName,
  enumText,
  toDuration,
  toTimestamp,
  type EnumPrefix,
  type DrainHostResponse,
  type FailoverOutcome,
  type FailoverRecord,
  type Host,
  type HostState,
  type MoveOutcome,
  type MoveSystemResponse,
  type System,
  type SystemState,
  type VirtualizationType,
} from '@ferry/contract';
import { ValidationError } from '@ferry/model';
import type { FailoverView, HostView, SystemView } from './views.js';
import type { DrainView, MoveView } from './failover/planned-operator.js';

/** A host view as the Host message. */
export function hostMessage(v: HostView): Host {
  const { lastProbeMs, lastProbeAt, stateSince, downSince, type, state, ...rest } = v;
  return {
    ...rest,
    type: enumName<VirtualizationType>(ENUM_PREFIX.virtualizationType, type),
    state: enumName<HostState>(ENUM_PREFIX.hostState, state),
    lastProbeDuration: toDuration(lastProbeMs),
    lastProbeTime: toTimestamp(lastProbeAt),
    stateSince: toTimestamp(stateSince),
    downSince: toTimestamp(downSince),
  };
}

/** A system view as the System message. */
export function systemMessage(v: SystemView): System {
  return { ...v, state: enumName<SystemState>(ENUM_PREFIX.systemState, v.state) };
}

/** A failover view as the FailoverRecord message. */
export function failoverMessage(v: FailoverView): FailoverRecord {
  const { at, finishedAt, failoverAt, outcome, ...rest } = v;
  return {
    ...rest,
    outcome: enumName<FailoverOutcome>(ENUM_PREFIX.failoverOutcome, outcome),
    startTime: toTimestamp(at),
    finishTime: toTimestamp(finishedAt),
    failoverTime: toTimestamp(failoverAt),
  };
}

/** A drain as its response. */
export function drainMessage(v: DrainView): DrainHostResponse {
  return {
    ...v,
    moves: v.moves.map((m) => ({ ...m, outcome: enumName<MoveOutcome>(ENUM_PREFIX.moveOutcome, m.outcome) })),
  };
}

/** A planned move as its response. */
export function moveMessage(v: MoveView): MoveSystemResponse {
  return { ...v, outcome: enumName<MoveOutcome>(ENUM_PREFIX.moveOutcome, v.outcome) };
}

/**
 * The text of a request's enum field (`HOST_STATE_DOWN` -> `down`; '' for UNSPECIFIED). A value outside `allowed`
 * (a number the contract does not define, or a name that maps to no allowed text) is INVALID_ARGUMENT naming the
 * allowed values.
 */
export function enumInput(field: string, prefix: EnumPrefix, value: unknown, allowed: readonly string[]): string {
  if (value === undefined || value === null || value === 0 || value === `${prefix}_UNSPECIFIED`) return '';
  const text = enumText(prefix, value);
  if (text !== '' && allowed.includes(text)) return text;
  throw new ValidationError([
    {
      field,
      message: `unknown ${field} ${JSON.stringify(typeof value === 'string' ? value.slice(0, 60) : value)}; one of ${allowed.map((a) => enumName(prefix, a)).join(', ')} (or ${prefix}_UNSPECIFIED)`,
    },
  ]);
}
