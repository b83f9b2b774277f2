// The steps of one planned move between live hosts, over the HostControl port. Live: the hypervisor's migration,
// believed only once both hosts read back (the system runs on the target and not on the source). Cold: stop and remove the system on
// its source, read back that it no longer holds memory there, and only then define (and start) it on the target;
// a target that fails gets the system back on the source. No step starts the system anywhere while another host may
// still run it, so a system never runs on two hosts, and every step is idempotent, so an engine that restarts in the
// middle re-runs the move from its first step.
import type { SystemMoveFinishedBody, SystemMoveStartedBody } from './events.js';
import { safeAction } from './port-calls.js';
import type { ActionContext, HostControl, SystemPresence } from './ports.js';

/** A host refused this master's epoch: the engine halts and records nothing. */
export interface StaleEpoch {
  stale: string;
}

/** Reads the presence, a thrown error counting as `unknown`. */
async function presence(hosts: HostControl, host: string, system: string, ctx: ActionContext): Promise<SystemPresence> {
  try {
    return await hosts.systemState(host, system, ctx);
  } catch {
    return 'unknown';
  }
}

/**
 * Runs the cold move `m`; resolves with its finish (to record) or a stale-epoch refusal. The finish's outcome:
 * `succeeded` (defined on the target, started when `m.start`), `start-failed` (defined there, the start failed and
 * the source no longer has it: the operator starts it), `failed` (the system is on the source, as before, or the
 * detail says where it could be left).
 */
export async function runColdMove(
  hosts: HostControl,
  m: SystemMoveStartedBody,
  ctx: ActionContext,
): Promise<SystemMoveFinishedBody | StaleEpoch> {
  const base = { id: m.id, system: m.system, from: m.from, to: m.to };
  const failed = (detail: string): SystemMoveFinishedBody => ({ ...base, outcome: 'failed', started: false, detail });
  // The target must answer before the source is touched: one that cannot be read could neither take the system
  // nor be cleaned if the define went wrong, and the system would run nowhere.
  const target = await presence(hosts, m.to, m.system, ctx);
  if (target === 'unknown') return failed(`${m.to} cannot be read; ${m.system} was left on ${m.from}`);
  if (target === 'running') {
    // Resumed after the define on the target: it runs there; only the source's copy may remain (stopped).
    const left = await safeAction(() => hosts.stopAndRemove(m.from, m.system, ctx));
    if (!left.ok && left.code === 'stale-epoch') return { stale: left.message };
    return {
      ...base,
      outcome: 'succeeded',
      started: true,
      detail: left.ok ? '' : `removing it from ${m.from} failed: ${left.message}`,
    };
  }
  const removed = await safeAction(() => hosts.stopAndRemove(m.from, m.system, ctx));
  if (!removed.ok) {
    if (removed.code === 'stale-epoch') return { stale: removed.message };
    return failed(`stopping ${m.system} on ${m.from} failed: ${removed.message}; it was not started on ${m.to}`);
  }
  const left = await presence(hosts, m.from, m.system, ctx);
  if (left !== 'absent' && left !== 'stopped') {
    return failed(
      `${m.system} was stopped on ${m.from}, but ${m.from} reads it as ${left}; it was not started on ${m.to}`,
    );
  }
  const defined = await safeAction(() => hosts.define(m.to, m.system, { start: m.start, ...ctx }));
  if (defined.ok) return { ...base, outcome: 'succeeded', started: m.start, detail: '' };
  if (defined.code === 'stale-epoch') return { stale: defined.message };
  const why = `defining ${m.system} on ${m.to} failed: ${defined.message}`;
  // Back where it was: off the target first (it may be defined there), then on the source as before.
  const undone = await safeAction(() => hosts.stopAndRemove(m.to, m.system, ctx));
  if (!undone.ok) {
    if ('defined' in defined && defined.defined === true) {
      return { ...base, outcome: 'start-failed', started: false, detail: `${why}; it is defined on ${m.to}, stopped` };
    }
    return failed(`${why}; removing it from ${m.to} failed too (${undone.message}); it is on neither host running`);
  }
  const back = await safeAction(() => hosts.define(m.from, m.system, { start: m.start, ...ctx }));
  if (!back.ok) {
    if (back.code === 'stale-epoch') return { stale: back.message };
    return failed(`${why}; restoring it on ${m.from} failed too: ${back.message}`);
  }
  return failed(`${why}; it is back on ${m.from}${m.start ? ', running' : ''}`);
}

/** A live move that did not happen, with the system still running on its source only: it may move cold instead. */
export interface NotMigrated {
  fallback: string;
}

/**
 * Runs the live move `m`: the hypervisor's migration, then both hosts read back. Resumed after a restart, a move
 * whose system already runs on the target only is finished without migrating again. Resolves with the finish, a
 * stale-epoch refusal, or {@link NotMigrated} when the system still runs on the source only (the target's leftover
 * definition, if any, removed: it does not run there).
 */
export async function runLiveMove(
  hosts: HostControl,
  m: SystemMoveStartedBody,
  ctx: ActionContext,
): Promise<SystemMoveFinishedBody | StaleEpoch | NotMigrated> {
  const base = { id: m.id, system: m.system, from: m.from, to: m.to };
  const done = async (note: string, source: SystemPresence): Promise<SystemMoveFinishedBody | StaleEpoch> => {
    if (source === 'stopped') {
      // A definition left on the source (xl keeps its cfg there) must not be started there again.
      const r = await safeAction(() => hosts.stopAndRemove(m.from, m.system, ctx));
      if (!r.ok && r.code === 'stale-epoch') return { stale: r.message };
      if (!r.ok)
        note = `${note}${note ? '; ' : ''}removing its leftover definition from ${m.from} failed: ${r.message}`;
    }
    return { ...base, outcome: 'succeeded', started: true, detail: note };
  };
  const before = await presence(hosts, m.from, m.system, ctx);
  if (before !== 'running') {
    const there = await presence(hosts, m.to, m.system, ctx);
    if (there === 'running' && before !== 'unknown') return done('', before);
    return { fallback: `${m.system} is ${before} on ${m.from} and ${there} on ${m.to}: nothing to migrate` };
  }
  const r = await safeAction(() => hosts.migrate(m.from, m.to, m.system, ctx));
  if (!r.ok && r.code === 'stale-epoch') return { stale: r.message };
  const after = await presence(hosts, m.from, m.system, ctx);
  const there = await presence(hosts, m.to, m.system, ctx);
  if (there === 'running' && (after === 'absent' || after === 'stopped'))
    return done(r.ok ? '' : `the migration reported: ${r.message}`, after);
  const why = r.ok
    ? `the migration reported success, but ${m.from} reads ${m.system} as ${after} and ${m.to} as ${there}`
    : `live migration failed: ${r.message}`;
  if (after === 'running' && (there === 'absent' || there === 'stopped')) {
    if (there === 'stopped') {
      const undo = await safeAction(() => hosts.stopAndRemove(m.to, m.system, ctx));
      if (!undo.ok && undo.code === 'stale-epoch') return { stale: undo.message };
    }
    return { fallback: why };
  }
  if (after === 'running')
    return {
      ...base,
      outcome: 'failed',
      started: false,
      detail: `${why}; it still runs on ${m.from} (${m.to} reads ${there})`,
    };
  return {
    ...base,
    outcome: 'failed',
    started: false,
    detail: `${why}; ${m.from} reads ${after}, ${m.to} reads ${there}: nothing more was done (check both hosts)`,
  };
}
