// The planner: a pure, deterministic function from a down host and the cluster's state to a list of moves
// (who goes where) and refusals that explain, with numbers, every system that cannot be placed.

import type { MoveFailureCode, PlannedMoveBody, RefusalBody } from './events.js';
import { candidates, choose, receives } from './placement.js';
import { failoverGroupOf } from './pending.js';
import type { ClusterSnapshot, GroupView, HostView, RuleView, SystemView } from './types.js';

/** Input of {@link planFailover}. */
export interface PlanInput {
  /** The down host whose systems are to be moved. */
  host: string;
  group: GroupView;
  hosts: readonly HostView[];
  systems: readonly SystemView[];
  /** RAM already promised to moves in flight, per target host (MiB). */
  reservedMiB?: Readonly<Record<string, number>>;
  /** Placement rules (none when absent). */
  rules?: readonly RuleView[];
}

/** Result of {@link planFailover}. */
export interface Plan {
  host: string;
  group: string;
  moves: PlannedMoveBody[];
  refusals: RefusalBody[];
  excluded: string[];
}

/**
 * Restart order: running systems before stopped ones (a stopped system is only defined, so it must never take
 * a place a running one needs), then priority descending, then memory descending, then name.
 */
export function compareRestartOrder(a: SystemView, b: SystemView): number {
  if (a.state !== b.state) return a.state === 'running' ? -1 : 1;
  if (a.priority !== b.priority) return b.priority - a.priority;
  if (a.memoryMiB !== b.memoryMiB) return b.memoryMiB - a.memoryMiB;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Whether the group selects `system` for failover (group subset and the system's own flag). */
export function isEligible(group: GroupView, system: SystemView): boolean {
  return system.failover && (group.systems === 'all' || group.systems.includes(system.name));
}

function noDefinition(s: SystemView): RefusalBody {
  return {
    system: s.name,
    code: 'no-definition',
    reason: `the definition of ${s.name} was never captured; it cannot be defined on another host`,
  };
}

/**
 * Plans the failover of `input.host`: its eligible systems in restart order, each placed on an up member of
 * the same type with enough free RAM after the earlier placements (policy `most-free-ram` or `first-fit` by
 * member order). Stopped systems come after every running one and are moved but not started: they need no
 * free RAM and take none. Deterministic for equal inputs.
 */
export function planFailover(input: PlanInput): Plan {
  const { host, group } = input;
  const onHost = input.systems.filter((s) => s.host === host);
  const eligible = onHost.filter((s) => isEligible(group, s));
  const excluded = onHost
    .filter((s) => !isEligible(group, s))
    .map((s) => s.name)
    .sort();
  return { host, group: group.name, ...placeAll(input, eligible), excluded };
}

/**
 * Places `systems` (all on `input.host`) in restart order, each after the earlier ones took their RAM and their
 * place (so rules see where the earlier ones go).
 */
function placeAll(
  input: PlanInput,
  systems: readonly SystemView[],
): { moves: PlannedMoveBody[]; refusals: RefusalBody[] } {
  const { host, group } = input;
  const cands = candidates(group, host, input.hosts, input.reservedMiB ?? {});
  const placement = new Map(input.systems.map((s) => [s.name, s.host]));
  const moves: PlannedMoveBody[] = [];
  const refusals: RefusalBody[] = [];
  for (const s of [...systems].sort(compareRestartOrder)) {
    if (!s.definitionCaptured) {
      refusals.push(noDefinition(s));
      continue;
    }
    const start = s.state === 'running';
    const c = choose({
      group,
      cands,
      system: s.name,
      needMiB: start ? s.memoryMiB : 0,
      rules: input.rules ?? [],
      placement,
      source: host,
    });
    if (!c.ok) {
      refusals.push({ system: s.name, code: c.code, reason: c.reason });
      continue;
    }
    if (start) c.to.free -= s.memoryMiB;
    placement.set(s.name, c.to.name);
    moves.push({ system: s.name, from: host, to: c.to.name, start, memoryMiB: s.memoryMiB });
  }
  return { moves, refusals };
}

/** Input of {@link planForced}. */
export interface ForcedInput {
  system: string;
  /** Target host; chosen by the group's placement policy when absent. */
  target?: string;
  /** Start after the move; defaults to "it was running". */
  start?: boolean;
  hosts: readonly HostView[];
  systems: readonly SystemView[];
  groups: readonly GroupView[];
  reservedMiB?: Readonly<Record<string, number>>;
  /** Placement rules (none when absent). */
  rules?: readonly RuleView[];
}

/** Why a forced failover is refused before anything happens. */
export type ForcedRefusalCode =
  | 'unknown-system'
  | 'source-not-down'
  | 'no-group'
  | 'not-member'
  | 'same-host'
  | 'wrong-type'
  | 'target-not-up'
  | 'target-in-maintenance'
  | MoveFailureCode;

/** Result of {@link planForced}. */
export type ForcedPlan =
  | { ok: true; group: GroupView; move: PlannedMoveBody }
  | { ok: false; code: ForcedRefusalCode; reason: string };

/**
 * Plans an operator's forced failover of one system off its down host, optionally to a named target and
 * with an explicit start choice. Refuses (with a reason) when the source host is not down, the target is not
 * a member of the source's group, not up, of another type, or lacks RAM. The group's mode and system subset
 * do not apply: the operator decides.
 */
export function planForced(input: ForcedInput): ForcedPlan {
  const sys = input.systems.find((s) => s.name === input.system);
  if (sys === undefined) return { ok: false, code: 'unknown-system', reason: `no system named ${input.system}` };
  const src = input.hosts.find((h) => h.name === sys.host);
  if (src === undefined || (src.state !== 'down' && src.state !== 'fenced')) {
    const st = src?.state ?? 'unknown';
    return {
      ok: false,
      code: 'source-not-down',
      reason: `host ${sys.host} of ${sys.name} is ${st}; only systems of a down host can be failed over`,
    };
  }
  const group = [...input.groups]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .find((g) => g.members.includes(sys.host));
  if (group === undefined) {
    return { ok: false, code: 'no-group', reason: `host ${sys.host} is not a member of any failover group` };
  }
  if (!sys.definitionCaptured) {
    const r = noDefinition(sys);
    return { ok: false, code: r.code, reason: r.reason };
  }
  const start = input.start ?? sys.state === 'running';
  const need = start ? sys.memoryMiB : 0;
  if (input.target !== undefined) {
    const t = input.target;
    if (t === sys.host) return { ok: false, code: 'same-host', reason: `${sys.name} is already defined on ${t}` };
    if (!group.members.includes(t)) {
      return { ok: false, code: 'not-member', reason: `${t} is not a member of group ${group.name}` };
    }
    const th = input.hosts.find((h) => h.name === t);
    if (th === undefined || th.state !== 'up') {
      return { ok: false, code: 'target-not-up', reason: `target ${t} is ${th?.state ?? 'unknown'}, not up` };
    }
    if (th.type !== group.type) {
      return {
        ok: false,
        code: 'wrong-type',
        reason: `target ${t} is ${th.type}; group ${group.name} is ${group.type}`,
      };
    }
    if (th.maintenance === true) {
      return {
        ok: false,
        code: 'target-in-maintenance',
        reason: `target ${t} is in maintenance (ferry hosts undrain ${t} ends it)`,
      };
    }
  }
  const c = placeOne(group, sys, need, input, input.target);
  if (!c.ok) return c;
  return { ok: true, group, move: { system: sys.name, from: sys.host, to: c.to, start, memoryMiB: sys.memoryMiB } };
}

/** Places one system off its host: on `target` only when given (rules and RAM still apply), else by the group's policy. */
function placeOne(
  group: GroupView,
  sys: SystemView,
  needMiB: number,
  input: {
    hosts: readonly HostView[];
    systems: readonly SystemView[];
    reservedMiB?: Readonly<Record<string, number>>;
    rules?: readonly RuleView[];
  },
  target?: string,
): { ok: true; to: string } | { ok: false; code: MoveFailureCode; reason: string } {
  const all = candidates(group, sys.host, input.hosts, input.reservedMiB ?? {});
  const cands = target === undefined ? all : all.filter((c) => c.name === target);
  const placement = new Map(input.systems.map((s) => [s.name, s.host]));
  const c = choose({ group, cands, system: sys.name, needMiB, rules: input.rules ?? [], placement, source: sys.host });
  if (!c.ok)
    return {
      ok: false,
      code: c.code,
      reason: target === undefined ? c.reason : c.reason.replace(/best candidate /, ''),
    };
  return { ok: true, to: c.to.name };
}

/** Input of {@link planDrain}. */
export interface DrainInput extends ClusterSnapshot {
  /** The host to empty; it must be up. */
  host: string;
  reservedMiB?: Readonly<Record<string, number>>;
  /** Systems already being moved (left out of the plan). */
  busy?: ReadonlySet<string>;
}

/** Why a drain or a move is refused before anything happens. */
export type PlannedRefusalCode =
  | 'unknown-host'
  | 'unknown-system'
  | 'source-not-up'
  | 'no-group'
  | 'not-member'
  | 'same-host'
  | 'target-not-up'
  | 'target-in-maintenance'
  | MoveFailureCode;

/** Result of {@link planDrain}. */
export type DrainPlan =
  | { ok: true; group: GroupView; moves: PlannedMoveBody[]; refusals: RefusalBody[] }
  | { ok: false; code: PlannedRefusalCode; reason: string };

/**
 * Plans the drain of an up host: every system on it (running first, by priority and size; stopped ones are only
 * defined elsewhere), placed on the other members of its failover group as a failover would place them, with the
 * rules. The group's system subset and the failover flag do not apply: a drain empties the host.
 */
export function planDrain(input: DrainInput): DrainPlan {
  const h = input.hosts.find((x) => x.name === input.host);
  if (h === undefined) return { ok: false, code: 'unknown-host', reason: `no host named ${input.host}` };
  if (h.state !== 'up') {
    return {
      ok: false,
      code: 'source-not-up',
      reason: `host ${input.host} is ${h.state}; a drain moves systems off a live host (a dead host's systems fail over)`,
    };
  }
  const group = failoverGroupOf(input, input.host);
  if (group === undefined)
    return { ok: false, code: 'no-group', reason: `host ${input.host} is not a member of any failover group` };
  const systems = input.systems.filter((s) => s.host === input.host && input.busy?.has(s.name) !== true);
  const { moves, refusals } = placeAll({ ...input, group, rules: input.rules ?? [] }, systems);
  return { ok: true, group, moves, refusals };
}

/** Input of {@link planMove}. */
export interface MoveInput extends ClusterSnapshot {
  system: string;
  /** Target host (required: an operator's planned move names it). */
  target: string;
  reservedMiB?: Readonly<Record<string, number>>;
}

/** Result of {@link planMove}. */
export type MovePlan =
  | { ok: true; group: GroupView; move: PlannedMoveBody }
  | { ok: false; code: PlannedRefusalCode; reason: string };

/**
 * Plans a move of one system between two live hosts of one failover group: the source must be up (a dead host's
 * systems fail over instead), the target up, outside maintenance, of the group's type, with room; rules apply.
 */
export function planMove(input: MoveInput): MovePlan {
  const sys = input.systems.find((s) => s.name === input.system);
  if (sys === undefined) return { ok: false, code: 'unknown-system', reason: `no system named ${input.system}` };
  const src = input.hosts.find((h) => h.name === sys.host);
  if (src?.state !== 'up') {
    return {
      ok: false,
      code: 'source-not-up',
      reason: `host ${sys.host} of ${sys.name} is ${src?.state ?? 'unknown'}; a planned move needs a live source (ferry failover-system moves a system off a dead host)`,
    };
  }
  const t = input.target;
  if (t === sys.host) return { ok: false, code: 'same-host', reason: `${sys.name} is already on ${t}` };
  const th = input.hosts.find((h) => h.name === t);
  if (th === undefined) return { ok: false, code: 'unknown-host', reason: `no host named ${t}` };
  const group = [...input.groups]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .find((g) => g.members.includes(sys.host) && g.members.includes(t));
  if (group === undefined) {
    return {
      ok: false,
      code: 'not-member',
      reason: `${sys.host} and ${t} share no failover group; a system moves only within its group`,
    };
  }
  if (th.maintenance === true) {
    return {
      ok: false,
      code: 'target-in-maintenance',
      reason: `target ${t} is in maintenance (ferry hosts undrain ${t} ends it)`,
    };
  }
  if (!receives(group, th)) return { ok: false, code: 'target-not-up', reason: `target ${t} is ${th.state}, not up` };
  if (!sys.definitionCaptured) {
    const r = noDefinition(sys);
    return { ok: false, code: r.code, reason: r.reason };
  }
  const start = sys.state === 'running';
  const c = placeOne(group, sys, start ? sys.memoryMiB : 0, input, t);
  if (!c.ok) return c;
  return { ok: true, group, move: { system: sys.name, from: sys.host, to: c.to, start, memoryMiB: sys.memoryMiB } };
}
