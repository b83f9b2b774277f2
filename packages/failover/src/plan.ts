// The planner: a pure, deterministic function from a down host and the cluster's state to a list of moves
// (who goes where) and refusals that explain, with numbers, every system that cannot be placed.

import type { MoveFailureCode, PlannedMoveBody, RefusalBody } from './events.js';
import type { GroupView, HostView, SystemView } from './types.js';

/** Input of {@link planFailover}. */
export interface PlanInput {
  /** The down host whose systems are to be moved. */
  host: string;
  group: GroupView;
  hosts: readonly HostView[];
  systems: readonly SystemView[];
  /** RAM already promised to moves in flight, per target host (MiB). */
  reservedMiB?: Readonly<Record<string, number>>;
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

interface Candidate {
  name: string;
  free: number;
}

/** Up members of the group, of its type, other than `source`, with free RAM net of reservations, in member order. */
function candidates(
  group: GroupView,
  source: string,
  hosts: readonly HostView[],
  reserved: Readonly<Record<string, number>>,
): Candidate[] {
  const byName = new Map(hosts.map((h) => [h.name, h]));
  const out: Candidate[] = [];
  for (const name of group.members) {
    const h = byName.get(name);
    if (h === undefined || name === source || h.state !== 'up' || h.type !== group.type) continue;
    out.push({ name, free: h.memFreeMiB - (reserved[name] ?? 0) });
  }
  return out;
}

type Choice = { ok: true; to: Candidate } | { ok: false; code: MoveFailureCode; reason: string };

/** Picks a target for `needMiB` (0 for a system that is only defined) among `cands` by policy, or explains why none fits. */
function choose(group: GroupView, cands: readonly Candidate[], needMiB: number): Choice {
  if (cands.length === 0) {
    return { ok: false, code: 'no-member-up', reason: `no other member of group ${group.name} is up` };
  }
  const fitting = cands.filter((c) => c.free >= needMiB);
  if (fitting.length === 0) {
    const best = mostFree(cands);
    return {
      ok: false,
      code: 'insufficient-ram',
      reason: `needs ${needMiB} MiB; best candidate ${best.name} has ${Math.max(0, best.free)} MiB free`,
    };
  }
  const to = group.placement === 'first-fit' ? fitting[0]! : mostFree(fitting);
  return { ok: true, to };
}

/** The candidate with the most free RAM; ties go to the earlier member. */
function mostFree(cands: readonly Candidate[]): Candidate {
  let best = cands[0]!;
  for (const c of cands) if (c.free > best.free) best = c;
  return best;
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
  const cands = candidates(group, host, input.hosts, input.reservedMiB ?? {});
  const onHost = input.systems.filter((s) => s.host === host);
  const eligible = onHost.filter((s) => isEligible(group, s)).sort(compareRestartOrder);
  const excluded = onHost
    .filter((s) => !isEligible(group, s))
    .map((s) => s.name)
    .sort();
  const moves: PlannedMoveBody[] = [];
  const refusals: RefusalBody[] = [];
  for (const s of eligible) {
    if (!s.definitionCaptured) {
      refusals.push(noDefinition(s));
      continue;
    }
    const start = s.state === 'running';
    const c = choose(group, cands, start ? s.memoryMiB : 0);
    if (!c.ok) {
      refusals.push({ system: s.name, code: c.code, reason: c.reason });
      continue;
    }
    if (start) c.to.free -= s.memoryMiB;
    moves.push({ system: s.name, from: host, to: c.to.name, start, memoryMiB: s.memoryMiB });
  }
  return { host, group: group.name, moves, refusals, excluded };
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
  const reserved = input.reservedMiB ?? {};
  let to: string;
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
      return { ok: false, code: 'wrong-type', reason: `target ${t} is ${th.type}; group ${group.name} is ${group.type}` };
    }
    const free = th.memFreeMiB - (reserved[t] ?? 0);
    if (free < need) {
      return {
        ok: false,
        code: 'insufficient-ram',
        reason: `needs ${need} MiB; ${t} has ${Math.max(0, free)} MiB free`,
      };
    }
    to = t;
  } else {
    const c = choose(group, candidates(group, sys.host, input.hosts, reserved), need);
    if (!c.ok) return { ok: false, code: c.code, reason: c.reason };
    to = c.to.name;
  }
  return { ok: true, group, move: { system: sys.name, from: sys.host, to, start, memoryMiB: sys.memoryMiB } };
}
