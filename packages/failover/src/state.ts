// The engine's state as a pure fold over failover events: open failovers and their progress, hosts that need
// reconciling, engaged brakes. Rebuilding it from the log is how a restarted or promoted engine resumes.

import type {
  FailoverEvent,
  FailoverOutcome,
  FailoverPlannedBody,
  FailoverStartedBody,
  HostFencedBody,
  SystemMoveFinishedBody,
  SystemMoveStartedBody,
} from './events.js';

/** Progress of one failover, derived from its events. */
export interface FailoverRecord {
  started: FailoverStartedBody;
  plan?: FailoverPlannedBody;
  fence?: HostFencedBody;
  operatorConfirmed: boolean;
  /** Per system: result recorded (`moved`, `start-failed` = moved but not started, or `failed`). */
  results: Map<string, 'moved' | 'start-failed' | 'failed'>;
  /** Per system with a result: where it went and, for a start or a move that failed, why (for the summary mail). */
  details: Map<string, { to?: string; started: boolean; reason?: string }>;
  outcome?: FailoverOutcome;
}

/** Per-host facts since the host last counted as up (last `HostReconciled`). */
export interface HostRecord {
  /** Systems moved away from the host: to be removed there when it returns. */
  movedAway: Set<string>;
  /** Fence confirmed (or down confirmed by an operator) since the host was last up. */
  fenced: boolean;
  /** An automatic failover ran for this down period (no second one until the host is back). */
  autoFailedOver: boolean;
}

/** A planned move between live hosts, derived from its events. */
export interface MoveRecord {
  started: SystemMoveStartedBody;
  finished?: SystemMoveFinishedBody;
}

/** The whole derived state. */
export interface EngineState {
  failovers: Map<string, FailoverRecord>;
  hosts: Map<string, HostRecord>;
  /** Engaged brakes: group -> down hosts when engaged. */
  brakes: Map<string, string[]>;
  /** Per group: down hosts an operator acknowledged when releasing its brake (not counted again). */
  acknowledged: Map<string, Set<string>>;
  /** Number of failovers ever started (ids are `fo-<n>`). */
  startedCount: number;
  /** Hosts in maintenance. */
  maintenance: Set<string>;
  /** Planned moves by id (`mv-<n>`), in start order. */
  moves: Map<string, MoveRecord>;
  /**
   * Per system moved by a failover: the host it was moved off first (where failback returns it). Cleared when it
   * returns there, or when an operator's move or drain places it.
   */
  homes: Map<string, string>;
}

/** An empty state. */
export function emptyState(): EngineState {
  return {
    failovers: new Map(),
    hosts: new Map(),
    brakes: new Map(),
    acknowledged: new Map(),
    startedCount: 0,
    maintenance: new Set(),
    moves: new Map(),
    homes: new Map(),
  };
}

/** The host record of `host`, created when missing. */
export function hostRecord(state: EngineState, host: string): HostRecord {
  let r = state.hosts.get(host);
  if (r === undefined) {
    r = { movedAway: new Set(), fenced: false, autoFailedOver: false };
    state.hosts.set(host, r);
  }
  return r;
}

/** Applies one event to `state` (in place) and returns it. Unknown failover ids are ignored. */
export function applyEvent(state: EngineState, e: FailoverEvent): EngineState {
  switch (e.type) {
    case 'FailoverStarted': {
      state.startedCount++;
      state.failovers.set(e.body.id, {
        started: e.body,
        operatorConfirmed: false,
        results: new Map(),
        details: new Map(),
      });
      if (e.body.reason === 'automatic') hostRecord(state, e.body.host).autoFailedOver = true;
      break;
    }
    case 'FailoverPlanned': {
      const f = state.failovers.get(e.body.id);
      if (f) f.plan = e.body;
      break;
    }
    case 'HostFenced': {
      const f = state.failovers.get(e.body.id);
      if (f) f.fence = e.body;
      if (e.body.confirmed) hostRecord(state, e.body.host).fenced = true;
      break;
    }
    case 'HostDownConfirmed': {
      hostRecord(state, e.body.host).fenced = true;
      const f = e.body.id === undefined ? undefined : state.failovers.get(e.body.id);
      if (f) f.operatorConfirmed = true;
      break;
    }
    case 'SystemMoved': {
      const r = e.body.startError === undefined ? 'moved' : 'start-failed';
      const f = state.failovers.get(e.body.id);
      f?.results.set(e.body.system, r);
      f?.details.set(e.body.system, {
        to: e.body.to,
        started: e.body.started,
        ...(e.body.startError === undefined ? {} : { reason: e.body.startError }),
      });
      hostRecord(state, e.body.from).movedAway.add(e.body.system);
      if (!state.homes.has(e.body.system)) state.homes.set(e.body.system, e.body.from);
      break;
    }
    case 'FailoverMoveFailed': {
      const f = state.failovers.get(e.body.id);
      f?.results.set(e.body.system, 'failed');
      f?.details.set(e.body.system, {
        ...(e.body.to === undefined ? {} : { to: e.body.to }),
        started: false,
        reason: `${e.body.code}: ${e.body.message}`,
      });
      break;
    }
    case 'FailoverCompleted': {
      const f = state.failovers.get(e.body.id);
      if (f) {
        f.outcome = e.body.outcome;
        if (e.body.outcome === 'cancelled' && f.started.reason === 'automatic') {
          hostRecord(state, f.started.host).autoFailedOver = false;
        }
      }
      break;
    }
    case 'FailoverBrakeEngaged':
      state.brakes.set(e.body.group, [...e.body.downHosts]);
      break;
    case 'FailoverBrakeReleased':
      state.brakes.delete(e.body.group);
      state.acknowledged.set(e.body.group, new Set(e.body.acknowledged));
      break;
    case 'HostMaintenanceSet':
      if (e.body.maintenance) state.maintenance.add(e.body.host);
      else state.maintenance.delete(e.body.host);
      break;
    case 'HostDrainStarted':
      break;
    case 'SystemMoveStarted':
      state.moves.set(e.body.id, { started: e.body });
      break;
    case 'SystemMoveFinished': {
      const m = state.moves.get(e.body.id);
      if (m) m.finished = e.body;
      // Placed by an operator's move, a drain or a failback: no way back is owed any more.
      if (e.body.outcome !== 'failed') state.homes.delete(e.body.system);
      break;
    }
    case 'HostReconciled': {
      state.hosts.set(e.body.host, { movedAway: new Set(), fenced: false, autoFailedOver: false });
      for (const a of state.acknowledged.values()) a.delete(e.body.host);
      break;
    }
  }
  return state;
}

/** Folds a sequence of events into a fresh state. */
export function foldEvents(events: Iterable<FailoverEvent>): EngineState {
  const s = emptyState();
  for (const e of events) applyEvent(s, e);
  return s;
}

/** Failovers that have started but not completed, in start order. */
export function openFailovers(state: EngineState): FailoverRecord[] {
  return [...state.failovers.values()].filter((f) => f.outcome === undefined);
}

/** Whether the fence gate of a failover is open: fence confirmed, unsafe method, or operator confirmation. */
export function fenceCleared(state: EngineState, f: FailoverRecord): boolean {
  if (f.operatorConfirmed || f.fence?.confirmed === true || f.fence?.method === 'none-unsafe') return true;
  return state.hosts.get(f.started.host)?.fenced === true;
}

/** Planned moves of a failover that have no recorded result yet. */
export function pendingMoves(f: FailoverRecord): FailoverPlannedBody['moves'] {
  return (f.plan?.moves ?? []).filter((m) => !f.results.has(m.system));
}

/** Planned moves that have started and not finished, in start order. */
export function openMoves(state: EngineState): MoveRecord[] {
  return [...state.moves.values()].filter((m) => m.finished === undefined);
}

/** RAM promised to unfinished moves (of open failovers and planned moves) that start their system, per target host. */
export function reservations(state: EngineState): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of openFailovers(state)) {
    for (const m of pendingMoves(f)) if (m.start) out[m.to] = (out[m.to] ?? 0) + m.memoryMiB;
  }
  for (const { started: m } of openMoves(state)) if (m.start) out[m.to] = (out[m.to] ?? 0) + m.memoryMiB;
  return out;
}

/** Systems being moved: by an open failover (pending moves) or an open planned move. */
export function busySystems(state: EngineState): Set<string> {
  const out = new Set<string>();
  for (const f of openFailovers(state)) for (const m of pendingMoves(f)) out.add(m.system);
  for (const { started: m } of openMoves(state)) out.add(m.system);
  return out;
}
