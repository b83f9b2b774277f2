// Operator commands of planned operations (DrainHost, UndrainHost, MoveSystem) on top of the running engine: the
// engine's refusals become FAILED_PRECONDITION / NOT_FOUND naming the reason and its code; answers are shaped here.
import { ApiError } from '@ferry/api';
import type { PlanRefusal } from '@ferry/contract';
import type { StartedMove, SystemMoveFinishedBody } from '@ferry/failover';
import type { FerryNode } from '../node.js';
import type { FailoverDuty } from './failover-duty.js';

/** One move of a drain, outcome as text (`in-progress`, `succeeded`, `failed`, `start-failed`). */
export interface DrainMoveView {
  id: string;
  system: string;
  to: string;
  live: boolean;
  outcome: string;
  detail: string;
}
/** What a drain planned. */
export interface DrainView {
  host: string;
  moves: DrainMoveView[];
  refusals: PlanRefusal[];
}
/** How a planned move went. */
export interface MoveView {
  id: string;
  system: string;
  from: string;
  to: string;
  live: boolean;
  outcome: string;
  detail: string;
}
/** A planned move asked for: `mode` is `live`, `cold` or '' (live where the hypervisor can). */
export interface MoveAsk {
  system: string;
  to: string;
  mode: string;
}

/** How long a MoveSystem, or a DrainHost with `wait`, waits for its moves before answering `in-progress`. */
const WAIT_MS = 300_000;

const NOT_FOUND_CODES = new Set(['unknown-system', 'unknown-host']);

function refused(r: { code: string; reason: string }): never {
  throw new ApiError(NOT_FOUND_CODES.has(r.code) ? 'NOT_FOUND' : 'FAILED_PRECONDITION', `${r.reason} (${r.code})`);
}

/** Waits for `done` up to WAIT_MS; undefined when it has not finished by then. */
function waitFor<T>(done: Promise<T | undefined>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((r) => {
    timer = setTimeout(() => r(undefined), WAIT_MS);
  });
  return Promise.race([done, late]).finally(() => clearTimeout(timer));
}

function outcomeOf(f: SystemMoveFinishedBody | undefined): { outcome: string; detail: string } {
  return f === undefined ? { outcome: 'in-progress', detail: '' } : { outcome: f.outcome, detail: f.detail };
}

/** Operator-facing planned operations. */
export function plannedOperator(node: FerryNode, engine: () => FailoverDuty | undefined) {
  const running = () => {
    const e = engine();
    if (!e)
      throw new ApiError('FAILED_PRECONDITION', `planned operations run on the master; this node is ${node.role}`);
    return e;
  };
  return {
    /** Puts a host in maintenance and moves its systems off; with `wait`, answers once every move finished. */
    async drain(name: string, wait: boolean, actor: string): Promise<DrainView> {
      node.state.requireHost(name);
      const r = await running().drain(name, actor);
      if (!r.ok) refused(r);
      const finished = wait
        ? await Promise.all(r.moves.map((m: StartedMove) => waitFor(m.done)))
        : r.moves.map(() => undefined);
      return {
        host: r.host,
        moves: r.moves.map((m, i) => ({
          id: m.move.id,
          system: m.move.system,
          to: m.move.to,
          live: m.move.live,
          ...outcomeOf(finished[i]),
        })),
        refusals: r.refusals,
      };
    },
    /** Ends a host's maintenance. */
    async undrain(name: string, actor: string): Promise<void> {
      node.state.requireHost(name);
      const r = await running().undrain(name, actor);
      if (!r.ok) refused(r);
    },
    /** A planned move between live hosts; answers once it finished (or `in-progress` after the wait). */
    async move(req: MoveAsk, actor: string): Promise<MoveView> {
      if (req.mode !== '' && req.mode !== 'live' && req.mode !== 'cold') {
        throw new ApiError('INVALID_ARGUMENT', `mode must be live, cold or empty (got "${req.mode.slice(0, 20)}")`);
      }
      node.state.requireSystem(req.system);
      const r = await running().move({
        system: req.system,
        to: req.to,
        ...(req.mode ? { mode: req.mode } : {}),
        by: actor,
      });
      if (!r.ok) refused(r);
      const f = await waitFor(r.done);
      return {
        id: r.move.id,
        system: r.move.system,
        from: r.move.from,
        to: r.move.to,
        live: r.move.live,
        ...outcomeOf(f),
      };
    },
  };
}
