// The failover engine: turns "host observed down" into a recorded plan, a confirmed fence and moves, over
// ports only. Its state is a fold of the failover events it reads at start and appends afterwards, so a
// restarted or promoted engine resumes an interrupted failover without repeating a recorded move.

import { EngineStoppedError, isStaleEpoch } from './errors.js';
import type {
  FailoverEvent,
  FailoverOutcome,
  MoveFailureCode,
  PlannedMoveBody,
  RefusalBody,
  SystemMoveFinishedBody,
  SystemMoveStartedBody,
} from './events.js';
import { defaultMailTemplates, type MailTemplates, type RenderedMail, type SummaryMove } from './mail-text.js';
import { failoverGroupOf } from './pending.js';
import { runColdMove, runLiveMove } from './move-steps.js';
import {
  isEligible,
  planDrain,
  planFailover,
  planForced,
  planMove,
  type ForcedRefusalCode,
  type PlannedRefusalCode,
} from './plan.js';
import { Mutex, messageOf, safeAction, safeStatus, sleep } from './port-calls.js';
import type { ActionContext, Clock, ClusterView, FailoverJournal, HostControl, Mailer, TimerHandle } from './ports.js';
import {
  applyEvent,
  busySystems,
  type EngineState,
  type FailoverRecord,
  fenceCleared,
  foldEvents,
  openFailovers,
  openMoves,
  pendingMoves,
  reservations,
} from './state.js';
import type { ClusterSnapshot, SystemView } from './types.js';

/** Options of {@link FailoverEngine.start}. */
export interface EngineOptions {
  clock: Clock;
  hosts: HostControl;
  journal: FailoverJournal;
  mailer: Mailer;
  cluster: ClusterView;
  /** The epoch of this master; carried by every host action. */
  epoch: number;
  recipients: {
    /** Administrator addresses (every failover mail). */
    admin: readonly string[];
    /** Mail address of an owner account, when known. */
    ownerAddress?: (owner: string) => string | undefined;
  };
  templates?: MailTemplates;
  fencing?: {
    /** Fence attempts before giving up (default 3). */
    attempts?: number;
    /** Pause between attempts (default 10 000 ms). */
    retryDelayMs?: number;
    /** Power-status reads after a successful fence command (default 3). */
    statusPolls?: number;
    /** Pause between power-status reads (default 2 000 ms). */
    statusPollMs?: number;
  };
  /** Diagnostic lines (the daemon logs them; the simulator prints them). */
  onNote?: (text: string) => void;
}

/** Request of {@link FailoverEngine.forceFailover}. */
export interface ForceRequest {
  system: string;
  target?: string;
  start?: boolean;
  by: string;
}

/** Answer of {@link FailoverEngine.forceFailover}. */
export type ForceResult =
  | { ok: true; id: string; done: Promise<FailoverOutcome | undefined> }
  | { ok: false; code: ForcedRefusalCode | 'in-progress'; reason: string };

/** Request of {@link FailoverEngine.moveSystem}. */
export interface MoveRequest {
  system: string;
  to: string;
  /** `live` or `cold`; absent: live where the hypervisor can, else cold. */
  mode?: 'live' | 'cold';
  by: string;
}

/** A started planned move and its end. */
export interface StartedMove {
  move: SystemMoveStartedBody;
  /** The finish, or undefined when the engine stopped first. */
  done: Promise<SystemMoveFinishedBody | undefined>;
}

/** Answer of {@link FailoverEngine.moveSystem}. */
export type MoveAnswer =
  | ({ ok: true } & StartedMove)
  | { ok: false; code: PlannedRefusalCode | 'in-progress' | 'not-running'; reason: string };

/** Answer of {@link FailoverEngine.drain}. */
export type DrainAnswer =
  | { ok: true; host: string; moves: StartedMove[]; refusals: RefusalBody[] }
  | { ok: false; code: PlannedRefusalCode; reason: string };

/** Answer of operator commands that can be refused. */
export type CommandResult = { ok: true } | { ok: false; code: string; reason: string };

type Resolved = Required<Omit<EngineOptions, 'fencing' | 'onNote'>> & {
  fencing: Required<NonNullable<EngineOptions['fencing']>>;
  onNote: (text: string) => void;
};

/**
 * Automatic and forced failover over ports. Create with {@link FailoverEngine.start}; feed it host
 * transitions (`hostDown`, `hostReturned`) and operator commands; `stop` it on shutdown or demotion.
 */
export class FailoverEngine {
  private readonly o: Resolved;
  private state: EngineState;
  private readonly downSince = new Map<string, number>();
  private readonly timers = new Map<string, TimerHandle>();
  private readonly fencing = new Set<string>();
  private readonly driving = new Map<string, Promise<void>>();
  private readonly cancelled = new Set<string>();
  private readonly reconciling = new Map<string, Promise<boolean>>();
  private readonly waiters = new Map<string, ((o: FailoverOutcome | undefined) => void)[]>();
  private readonly moving = new Map<string, Promise<SystemMoveFinishedBody | undefined>>();
  private readonly failbackTimers = new Map<string, TimerHandle>();
  private readonly lock = new Mutex();
  private stopped = false;

  private constructor(o: Resolved, state: EngineState) {
    this.o = o;
    this.state = state;
  }

  /**
   * Reads the journal, rebuilds the state, schedules the downtime timers of hosts the cluster view reports
   * down, and resumes every open failover from its recorded events.
   */
  static async start(options: EngineOptions): Promise<FailoverEngine> {
    const f = options.fencing ?? {};
    const o: Resolved = {
      ...options,
      templates: options.templates ?? defaultMailTemplates,
      fencing: {
        attempts: f.attempts ?? 3,
        retryDelayMs: f.retryDelayMs ?? 10_000,
        statusPolls: f.statusPolls ?? 3,
        statusPollMs: f.statusPollMs ?? 2_000,
      },
      onNote: options.onNote ?? (() => undefined),
    };
    const engine = new FailoverEngine(o, foldEvents(await options.journal.read()));
    engine.resume();
    return engine;
  }

  /** The epoch this engine acts with. */
  get epoch(): number {
    return this.o.epoch;
  }

  /** Whether the engine stopped (by `stop`, or because it learned of a higher epoch). */
  get isStopped(): boolean {
    return this.stopped;
  }

  /** A read-only view of the derived state (for status pages and tests). */
  get derived(): Readonly<EngineState> {
    return this.state;
  }

  /** Stops all activity: timers are cancelled and no further action or event is started. */
  stop(): void {
    this.stopped = true;
    for (const t of [...this.timers.values(), ...this.failbackTimers.values()]) t.cancel();
    this.timers.clear();
    this.failbackTimers.clear();
    for (const ws of this.waiters.values()) for (const w of ws) w(undefined);
    this.waiters.clear();
  }

  /** The collector saw `host` go down: start its downtime timer (nothing happens before the timeout). */
  hostDown(host: string): void {
    this.failbackTimers.get(host)?.cancel();
    this.failbackTimers.delete(host);
    if (this.stopped || this.downSince.has(host)) return;
    this.downSince.set(host, this.o.clock.now());
    if (!this.state.maintenance.has(host)) this.mailHostDown(host);
    this.schedule(host);
  }

  /**
   * The collector got an answer from `host` again. Cancels a pending timeout, cancels a failover that has not
   * fenced yet, and reconciles the host (stop and remove every system moved away from it). Resolves `true`
   * when the host may now count as up, `false` when not yet (ask again at the next probe).
   */
  hostReturned(host: string): Promise<boolean> {
    if (this.stopped) return Promise.resolve(false);
    this.timers.get(host)?.cancel();
    this.timers.delete(host);
    this.downSince.delete(host);
    for (const a of this.state.acknowledged.values()) a.delete(host);
    const running = this.reconciling.get(host);
    if (running) return running;
    const p = this.returnHost(host)
      .catch((err) => this.failed(err, `reconcile of ${host}`))
      .then((v) => v === true)
      .then((up) => {
        if (up) this.scheduleFailback(host);
        return up;
      })
      .finally(() => this.reconciling.delete(host));
    this.reconciling.set(host, p);
    return p;
  }

  /** Re-examines every down host (after a group was edited, a brake released, or a mode changed). */
  reevaluate(): void {
    if (this.stopped) return;
    for (const host of [...this.downSince.keys()].sort()) {
      if (!this.timers.has(host)) this.schedule(host);
    }
  }

  /** An operator's forced failover of one system off its down host. Resolves once the plan is recorded. */
  forceFailover(req: ForceRequest): Promise<ForceResult> {
    if (this.stopped) return Promise.reject(new EngineStoppedError());
    return this.lock.run(async (): Promise<ForceResult> => {
      for (const f of openFailovers(this.state)) {
        if (pendingMoves(f).some((m) => m.system === req.system)) {
          return { ok: false, code: 'in-progress', reason: `${req.system} is already being moved by ${f.started.id}` };
        }
      }
      if (openMoves(this.state).some((m) => m.started.system === req.system)) {
        return { ok: false, code: 'in-progress', reason: `${req.system} is already being moved by a planned move` };
      }
      const fp = planForced({ ...req, ...this.view(), reservedMiB: reservations(this.state) });
      if (!fp.ok) return fp;
      const id = this.nextId();
      const where = req.target === undefined ? '' : ` to ${req.target}`;
      const how = req.start === undefined ? '' : req.start ? ' with start' : ' without start';
      await this.record(
        {
          type: 'FailoverStarted',
          body: {
            id,
            host: fp.move.from,
            group: fp.group.name,
            reason: 'forced',
            detail: `forced by ${req.by}: ${req.system}${where}${how}`,
            system: req.system,
            by: req.by,
          },
        },
        { type: 'FailoverPlanned', body: { id, moves: [fp.move], refusals: [], excluded: [] } },
      );
      const done = new Promise<FailoverOutcome | undefined>((r) => this.waiters.set(id, [r]));
      void this.drive(id);
      return { ok: true, id, done };
    });
  }

  /**
   * An operator's planned move of one system between two live hosts. Refused (with the planner's reason) unless
   * source and target are up members of one group, the target is outside maintenance and has room, and the rules
   * allow it. Resolves once the move is recorded; `done` once it finished.
   */
  moveSystem(req: MoveRequest): Promise<MoveAnswer> {
    if (this.stopped) return Promise.reject(new EngineStoppedError());
    return this.lock.run(async (): Promise<MoveAnswer> => {
      if (busySystems(this.state).has(req.system)) {
        return { ok: false, code: 'in-progress', reason: `${req.system} is already being moved` };
      }
      const mp = planMove({
        ...this.view(),
        system: req.system,
        target: req.to,
        reservedMiB: reservations(this.state),
      });
      if (!mp.ok) return mp;
      if (req.mode === 'live' && !mp.move.start) {
        return {
          ok: false,
          code: 'not-running',
          reason: `${req.system} is not running: only a running system migrates live (use --cold, or no mode)`,
        };
      }
      const [started] = await this.startMoves([mp.move], 'move', req.by, [], req.mode);
      return { ok: true, ...started! };
    });
  }

  /**
   * Puts `host` in maintenance and moves every system off it (planned like a failover, with the rules). The plan is
   * recorded (maintenance, drain plan, one started move each) before any system moves; moves run one at a time.
   * A host already in maintenance is drained again (systems still on it, not already moving).
   */
  drain(host: string, by: string): Promise<DrainAnswer> {
    if (this.stopped) return Promise.reject(new EngineStoppedError());
    return this.lock.run(async (): Promise<DrainAnswer> => {
      const dp = planDrain({
        ...this.view(),
        host,
        reservedMiB: reservations(this.state),
        busy: busySystems(this.state),
      });
      if (!dp.ok) return dp;
      const lead: FailoverEvent[] = [];
      if (!this.state.maintenance.has(host))
        lead.push({ type: 'HostMaintenanceSet', body: { host, maintenance: true, by } });
      lead.push({ type: 'HostDrainStarted', body: { host, by, moves: dp.moves, refusals: dp.refusals } });
      const moves = await this.startMoves(dp.moves, 'drain', by, lead);
      return { ok: true, host, moves, refusals: dp.refusals };
    });
  }

  /** Ends the maintenance of `host`; down hosts are re-examined (one in maintenance raised no failover). */
  async undrain(host: string, by: string): Promise<CommandResult> {
    if (this.stopped) throw new EngineStoppedError();
    return this.lock.run(async (): Promise<CommandResult> => {
      if (!this.state.maintenance.has(host))
        return { ok: false, code: 'not-in-maintenance', reason: `host ${host} is not in maintenance` };
      await this.record({ type: 'HostMaintenanceSet', body: { host, maintenance: false, by } });
      this.reevaluate();
      return { ok: true };
    });
  }

  /** The finish of planned move `id` (undefined when unknown, or when the engine stopped first). */
  moveDone(id: string): Promise<SystemMoveFinishedBody | undefined> {
    const m = this.state.moves.get(id);
    if (m?.finished !== undefined) return Promise.resolve(m.finished);
    return this.moving.get(id) ?? Promise.resolve(undefined);
  }

  /** An operator confirms `host` is really down; unblocks failovers waiting for a fence confirmation. */
  async confirmHostDown(host: string, by: string): Promise<CommandResult> {
    if (this.stopped) throw new EngineStoppedError();
    const waiting = openFailovers(this.state).filter((f) => f.started.host === host && !fenceCleared(this.state, f));
    if (waiting.length === 0) {
      const hv = this.o.cluster.snapshot().hosts.find((h) => h.name === host);
      if (!this.downSince.has(host) && hv?.state !== 'down') {
        return { ok: false, code: 'host-not-down', reason: `host ${host} is not down` };
      }
      await this.record({ type: 'HostDownConfirmed', body: { host, by } });
      return { ok: true };
    }
    for (const f of waiting) {
      await this.record({ type: 'HostDownConfirmed', body: { id: f.started.id, host, by } });
      void this.drive(f.started.id);
    }
    return { ok: true };
  }

  /** An operator releases the mass-failure brake of `group`; waiting down hosts are re-examined. */
  async releaseBrake(group: string, by: string): Promise<CommandResult & { acknowledged: string[] }> {
    if (this.stopped) throw new EngineStoppedError();
    if (!this.state.brakes.has(group))
      return { ok: false, code: 'no-brake', reason: `no brake engaged in group ${group}`, acknowledged: [] };
    const g = this.o.cluster.snapshot().groups.find((x) => x.name === group);
    const acknowledged = (g?.members ?? []).filter((m) => this.downSince.has(m)).sort();
    await this.record({ type: 'FailoverBrakeReleased', body: { group, by, acknowledged } });
    this.reevaluate();
    return { ok: true, acknowledged };
  }

  // ---- internals -------------------------------------------------------------------------------------------

  private get ctx(): ActionContext {
    return { epoch: this.o.epoch };
  }

  private now(): string {
    return new Date(this.o.clock.now()).toISOString();
  }

  private note(text: string): void {
    this.o.onNote(`[e${this.o.epoch}] ${text}`);
  }

  private nextId(): string {
    return `fo-${this.state.startedCount + 1}`;
  }

  /** The cluster as the planner sees it: the daemon's snapshot, with this engine's maintenance marks. */
  private view(): ClusterSnapshot {
    const snap = this.o.cluster.snapshot();
    return { ...snap, hosts: snap.hosts.map((h) => ({ ...h, maintenance: this.state.maintenance.has(h.name) })) };
  }

  /**
   * Records `lead` and one SystemMoveStarted per move in one append, then drives the moves one after another. A
   * running system moves live unless `mode` is cold, falling back to a cold move unless `mode` is live; a stopped
   * one is only defined elsewhere (cold).
   */
  private async startMoves(
    moves: readonly PlannedMoveBody[],
    reason: SystemMoveStartedBody['reason'],
    by: string,
    lead: FailoverEvent[] = [],
    mode?: 'live' | 'cold',
  ): Promise<StartedMove[]> {
    const bodies: SystemMoveStartedBody[] = moves.map((m, i) => {
      const live = m.start && mode !== 'cold';
      return {
        id: `mv-${this.state.moves.size + 1 + i}`,
        system: m.system,
        from: m.from,
        to: m.to,
        live,
        start: m.start,
        memoryMiB: m.memoryMiB,
        reason,
        by,
        coldFallback: live && mode !== 'live',
      };
    });
    await this.record(...lead, ...bodies.map((body): FailoverEvent => ({ type: 'SystemMoveStarted', body })));
    return this.driveMoves(bodies);
  }

  /** Drives `moves` in order (each after the previous finished); answers each one's end. */
  private driveMoves(moves: readonly SystemMoveStartedBody[]): StartedMove[] {
    let prev: Promise<unknown> = Promise.resolve();
    return moves.map((move) => {
      const done = prev.then(() => this.driveMove(move));
      this.moving.set(move.id, done);
      void done.finally(() => this.moving.delete(move.id));
      prev = done;
      return { move, done };
    });
  }

  /** Runs one planned move to its recorded finish (undefined when stopped, or halted by a stale epoch). */
  private async driveMove(m: SystemMoveStartedBody): Promise<SystemMoveFinishedBody | undefined> {
    if (this.stopped || this.state.moves.get(m.id)?.finished !== undefined) return this.state.moves.get(m.id)?.finished;
    this.note(`${m.id}: ${m.reason} ${m.system} ${m.from} -> ${m.to} (${m.live ? 'live' : 'cold'})`);
    try {
      let r = m.live ? await runLiveMove(this.o.hosts, m, this.ctx) : await runColdMove(this.o.hosts, m, this.ctx);
      if ('fallback' in r) {
        const why = r.fallback;
        if (!m.coldFallback)
          r = {
            id: m.id,
            system: m.system,
            from: m.from,
            to: m.to,
            outcome: 'failed',
            started: false,
            detail: `${why}; it still runs on ${m.from}`,
          };
        else {
          this.note(`${m.id}: ${why}; moving it cold`);
          r = await runColdMove(this.o.hosts, m, this.ctx);
          if (!('stale' in r)) r = { ...r, detail: `${why}; moved cold${r.detail ? `: ${r.detail}` : ''}` };
        }
      }
      if ('stale' in r) {
        this.halt(r.stale);
        return undefined;
      }
      if (this.stopped) return undefined;
      await this.record({ type: 'SystemMoveFinished', body: r });
      this.note(`${m.id}: ${r.outcome}${r.detail ? `: ${r.detail}` : ''}`);
      return r;
    } catch (err) {
      this.failed(err, `move ${m.id}`);
      return undefined;
    }
  }

  /** Appends events (durably) and folds them into the state. */
  private async record(...events: FailoverEvent[]): Promise<void> {
    if (this.stopped) throw new EngineStoppedError();
    await this.o.journal.append(events);
    for (const e of events) applyEvent(this.state, e);
  }

  /** Handles an error of a background task: a stale epoch stops the engine, anything else is noted. */
  private failed(err: unknown, what: string): undefined {
    if (isStaleEpoch(err)) this.halt(messageOf(err));
    else if (!(err instanceof EngineStoppedError)) this.note(`${what} interrupted: ${messageOf(err)}`);
    return undefined;
  }

  private halt(reason: string): void {
    if (this.stopped) return;
    this.note(`stale epoch, engine stops: ${reason}`);
    this.stop();
  }

  private halted(id: string): boolean {
    return this.stopped || this.cancelled.has(id);
  }

  private resume(): void {
    const snap = this.o.cluster.snapshot();
    const now = this.o.clock.now();
    for (const h of snap.hosts) {
      if (h.state === 'down' || h.state === 'fenced') this.downSince.set(h.name, h.downSinceMs ?? now);
    }
    const open = openFailovers(this.state);
    for (const f of open) {
      this.note(`resuming ${f.started.id} (${f.started.host}) from ${f.results.size} recorded result(s)`);
      void this.drive(f.started.id);
    }
    const moves = openMoves(this.state).map((m) => m.started);
    for (const m of moves)
      this.note(`resuming ${m.id} (${m.reason} ${m.system} ${m.from} -> ${m.to}) from its first step`);
    this.driveMoves(moves);
    for (const h of snap.hosts) if (h.state === 'up') this.scheduleFailback(h.name);
    this.reevaluate();
  }

  private schedule(host: string): void {
    const since = this.downSince.get(host);
    if (since === undefined) return;
    const g = failoverGroupOf(this.o.cluster.snapshot(), host);
    if (g === undefined) {
      this.note(`host ${host} is down; it is in no failover group`);
      return;
    }
    const delay = Math.max(0, g.timeoutSec * 1000 - (this.o.clock.now() - since));
    const t = this.o.clock.setTimer(delay, () => {
      this.timers.delete(host);
      void this.lock.run(() => this.evaluate(host)).catch((err) => this.failed(err, `evaluation of ${host}`));
    });
    this.timers.set(host, t);
  }

  /**
   * `host` counts as up again: when systems a failover moved off it are owed a way back and its group fails back,
   * they move back once it has stayed up the group's failback time (a new down cancels the wait).
   */
  private scheduleFailback(host: string): void {
    if (this.stopped || ![...this.state.homes.values()].includes(host)) return;
    const afterSec = failoverGroupOf(this.o.cluster.snapshot(), host)?.failback?.afterSec;
    if (afterSec === undefined) return;
    this.failbackTimers.get(host)?.cancel();
    this.failbackTimers.set(
      host,
      this.o.clock.setTimer(afterSec * 1000, () => {
        this.failbackTimers.delete(host);
        void this.lock.run(() => this.failBack(host)).catch((err) => this.failed(err, `failback to ${host}`));
      }),
    );
  }

  /** Moves the systems whose home is `host` back to it (live where possible), as planned moves. Runs under the lock. */
  private async failBack(host: string): Promise<void> {
    const snap = this.view();
    const h = snap.hosts.find((x) => x.name === host);
    if (this.stopped || h?.state !== 'up' || h.maintenance === true || this.downSince.has(host)) return;
    const reserved = reservations(this.state);
    const busy = busySystems(this.state);
    const moves: PlannedMoveBody[] = [];
    for (const [system, home] of [...this.state.homes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (home !== host || busy.has(system)) continue;
      const mp = planMove({ ...snap, system, target: host, reservedMiB: reserved });
      if (!mp.ok) {
        if (mp.code !== 'same-host') this.note(`failback of ${system} to ${host} refused (${mp.code}): ${mp.reason}`);
        continue;
      }
      if (mp.group.failback === undefined) continue;
      if (mp.move.start) reserved[host] = (reserved[host] ?? 0) + mp.move.memoryMiB;
      moves.push(mp.move);
    }
    if (moves.length > 0) await this.startMoves(moves, 'failback', 'failback');
  }

  /** Downtime timeout reached: brake check, then plan and record, then drive. Runs under the lock. */
  private async evaluate(host: string): Promise<void> {
    const since = this.downSince.get(host);
    if (this.stopped || since === undefined) return;
    if (this.state.hosts.get(host)?.autoFailedOver) return;
    if (openFailovers(this.state).some((f) => f.started.host === host && f.started.reason === 'automatic')) return;
    const snap = this.view();
    const g = failoverGroupOf(snap, host);
    if (g === undefined) return;
    if (this.state.maintenance.has(host)) {
      this.note(`host ${host} is down; it is in maintenance: no failover (ferry hosts undrain ${host} ends it)`);
      return;
    }
    if (g.mode !== 'automatic') {
      this.note(`host ${host} is down; group ${g.name} is manual: waiting for an operator`);
      return;
    }
    const now = this.o.clock.now();
    if (now - since < g.timeoutSec * 1000) {
      this.schedule(host);
      return;
    }
    if (this.state.brakes.has(g.name)) {
      this.note(`host ${host} is down; brake engaged in group ${g.name}: waiting for an operator`);
      return;
    }
    const windowStart = now - g.brake.windowSec * 1000;
    const acked = this.state.acknowledged.get(g.name);
    const downHosts = g.members
      .filter((m) => (this.downSince.get(m) ?? -Infinity) >= windowStart && acked?.has(m) !== true)
      .sort();
    if (g.members.length > 0 && downHosts.length / g.members.length > g.brake.maxDownShare) {
      const body = {
        group: g.name,
        downHosts,
        members: g.members.length,
        maxDownShare: g.brake.maxDownShare,
        windowSec: g.brake.windowSec,
      };
      await this.record({ type: 'FailoverBrakeEngaged', body });
      this.mailAdmin(this.o.templates.brake({ ...body, at: this.now() }));
      return;
    }
    const id = this.nextId();
    const plan = planFailover({ host, group: g, ...snap, reservedMiB: reservations(this.state) });
    const secs = Math.round((now - since) / 1000);
    await this.record(
      {
        type: 'FailoverStarted',
        body: {
          id,
          host,
          group: g.name,
          reason: 'automatic',
          detail: `host ${host} down for ${secs} s (timeout ${g.timeoutSec} s)`,
        },
      },
      { type: 'FailoverPlanned', body: { id, moves: plan.moves, refusals: plan.refusals, excluded: plan.excluded } },
    );
    void this.drive(id);
  }

  private drive(id: string): Promise<void> {
    const running = this.driving.get(id);
    if (running) return running;
    const p = this.driveInner(id)
      .catch((err) => this.failed(err, `failover ${id}`))
      .then(() => undefined)
      .finally(() => this.driving.delete(id));
    this.driving.set(id, p);
    return p;
  }

  private async driveInner(id: string): Promise<void> {
    const f = this.state.failovers.get(id);
    if (f === undefined || f.outcome !== undefined || this.stopped) return;
    const host = f.started.host;
    if (f.plan === undefined) {
      // Only possible with a journal written by another writer: finish it as failed rather than guess.
      await this.complete(id, 'no plan was recorded before the interruption; nothing was moved');
      return;
    }
    if (f.plan.moves.length === 0 && f.fence === undefined && f.started.reason === 'automatic') {
      await this.leaveUnfenced(f, f.plan);
      return;
    }
    if (!fenceCleared(this.state, f)) {
      const hv = this.o.cluster.snapshot().hosts.find((h) => h.name === host);
      if (hv?.state === 'up') {
        this.cancelled.add(id);
        await this.complete(id, `host ${host} is up again before it was fenced; nothing was moved`, 'cancelled');
        return;
      }
      if (f.fence !== undefined) {
        this.note(`${id}: ${host} not confirmed fenced; waiting for an operator to confirm it down`);
        return;
      }
      if (hv?.fence.method === 'none-unsafe') {
        await this.record({
          type: 'HostFenced',
          body: {
            id,
            host,
            method: 'none-unsafe',
            confirmed: false,
            attempts: 0,
            detail: 'fencing disabled (none-unsafe): restarting without confirmation',
          },
        });
      } else {
        const r = await this.fenceHost(id, host);
        if (r === undefined) return;
        await this.record({ type: 'HostFenced', body: { id, host, method: 'command', ...r } });
        if (!r.confirmed) {
          this.mailAdmin(
            this.o.templates.fenceUnconfirmed({
              failoverId: id,
              group: f.started.group,
              host,
              attempts: r.attempts,
              detail: r.detail,
              systems: f.plan.moves.map((m) => m.system),
              at: this.now(),
            }),
          );
          return;
        }
      }
    }
    if (this.halted(id)) return;
    for (const r of f.plan.refusals) {
      if (f.results.has(r.system)) continue;
      await this.recordFailure(f, { system: r.system, from: host, code: r.code, message: r.reason });
    }
    const group = this.o.cluster.snapshot().groups.find((g) => g.name === f.started.group);
    const queue = [...pendingMoves(f)];
    const worker = async (): Promise<void> => {
      for (let m = queue.shift(); m !== undefined && !this.halted(id); m = queue.shift()) await this.move(f, m);
    };
    const n = Math.max(1, Math.min(group?.parallelism ?? 1, queue.length));
    await Promise.all(Array.from({ length: n }, worker));
    if (this.halted(id) || pendingMoves(f).length > 0) return;
    await this.complete(id);
  }

  /**
   * A failover with no move: fencing would power off a host (whose systems may still run, cut off) and recover
   * nothing. The host is left as it is; refusals are recorded, and the operator is told why nothing moves.
   */
  private async leaveUnfenced(f: FailoverRecord, plan: NonNullable<FailoverRecord['plan']>): Promise<void> {
    const id = f.started.id;
    const host = f.started.host;
    const refused = plan.refusals.map((r) => ({ system: r.system, reason: `${r.reason} (${r.code})` }));
    const why =
      [
        plan.excluded.length > 0 ? `excluded from failover: ${plan.excluded.join(', ')}` : '',
        refused.length > 0 ? `cannot be placed: ${refused.map((r) => r.system).join(', ')}` : '',
      ]
        .filter((x) => x !== '')
        .join('; ') || 'no systems';
    this.note(`${id}: ${host} is down but nothing can be moved (${why}); it is not fenced`);
    this.mailAdmin(
      this.o.templates.nothingToMove({
        failoverId: id,
        group: f.started.group,
        host,
        excluded: plan.excluded,
        refused,
        at: this.now(),
      }),
    );
    for (const r of plan.refusals) {
      if (f.results.has(r.system)) continue;
      await this.recordFailure(f, { system: r.system, from: host, code: r.code, message: r.reason });
    }
    await this.complete(id, `${host} not fenced: nothing to move (${why})`);
  }

  /** Fences `host` with retries; `undefined` when interrupted (stop, cancel, stale epoch). */
  private async fenceHost(
    id: string,
    host: string,
  ): Promise<{ confirmed: boolean; attempts: number; detail: string } | undefined> {
    const { attempts, retryDelayMs, statusPolls, statusPollMs } = this.o.fencing;
    let detail = 'not attempted';
    for (let a = 1; a <= attempts; a++) {
      if (this.halted(id)) return undefined;
      this.fencing.add(id);
      let confirmed = false;
      try {
        const res = await safeAction(() => this.o.hosts.fence(host, this.ctx));
        if (!res.ok && res.code === 'stale-epoch') {
          this.halt(res.message);
          return undefined;
        }
        if (!res.ok) detail = `fence command failed: ${res.message}`;
        for (let p = 1; res.ok && p <= statusPolls && !this.stopped; p++) {
          const st = await safeStatus(() => this.o.hosts.powerStatus(host, this.ctx));
          if (st === 'off') {
            confirmed = true;
            break;
          }
          detail = `power status still ${st} after fence command`;
          if (p < statusPolls) await sleep(this.o.clock, statusPollMs);
        }
      } finally {
        this.fencing.delete(id);
      }
      if (this.stopped) return undefined;
      if (confirmed) return { confirmed: true, attempts: a, detail: 'power status off' };
      this.note(`${id}: fence ${host} attempt ${a}/${attempts}: ${detail}`);
      if (a < attempts) await sleep(this.o.clock, retryDelayMs);
    }
    return { confirmed: false, attempts, detail };
  }

  private async move(f: FailoverRecord, m: PlannedMoveBody): Promise<void> {
    const id = f.started.id;
    const res = await safeAction(() => this.o.hosts.define(m.to, m.system, { start: m.start, ...this.ctx }));
    if (this.stopped) return;
    if (res.ok) {
      await this.record({
        type: 'SystemMoved',
        body: { id, system: m.system, from: m.from, to: m.to, started: m.start },
      });
    } else if (res.code === 'stale-epoch') {
      this.halt(res.message);
    } else if ('defined' in res && res.defined === true) {
      await this.record({
        type: 'SystemMoved',
        body: { id, system: m.system, from: m.from, to: m.to, started: false, startError: res.message },
      });
    } else {
      await this.recordFailure(f, {
        system: m.system,
        from: m.from,
        to: m.to,
        code: 'define-failed',
        message: res.message,
      });
    }
  }

  private async recordFailure(
    f: FailoverRecord,
    x: { system: string; from: string; to?: string; code: MoveFailureCode; message: string },
  ): Promise<void> {
    await this.record({ type: 'FailoverMoveFailed', body: { id: f.started.id, ...x } });
  }

  private async complete(id: string, detail?: string, forced?: FailoverOutcome): Promise<void> {
    const f = this.state.failovers.get(id);
    if (f === undefined || f.outcome !== undefined) return;
    let moved = 0;
    let failed = 0;
    let notStarted = 0;
    for (const [, r] of f.results) {
      if (r === 'failed') failed++;
      else moved++;
      if (r === 'start-failed') notStarted++;
    }
    const outcome: FailoverOutcome =
      forced ?? (failed === 0 && notStarted === 0 ? 'succeeded' : moved === 0 ? 'failed' : 'partial');
    const text =
      detail ??
      (moved + failed === 0
        ? 'no systems to move'
        : `${moved} moved${notStarted > 0 ? ` (${notStarted} not started)` : ''}, ${failed} failed`);
    await this.record({ type: 'FailoverCompleted', body: { id, outcome, moved, failed, detail: text } });
    this.mailSummary(f, outcome, text);
    for (const w of this.waiters.get(id) ?? []) w(outcome);
    this.waiters.delete(id);
  }

  private async returnHost(host: string): Promise<boolean> {
    for (const f of openFailovers(this.state).filter((x) => x.started.host === host)) {
      const id = f.started.id;
      if (fenceCleared(this.state, f) || this.fencing.has(id)) {
        this.note(`${host} answers, but ${id} is past fencing: it does not count as up before ${id} completes`);
        return false;
      }
      this.cancelled.add(id);
      await this.complete(id, `host ${host} came back before it was fenced; nothing was moved`, 'cancelled');
    }
    const hr = this.state.hosts.get(host);
    if (hr === undefined || (!hr.fenced && hr.movedAway.size === 0 && !hr.autoFailedOver)) return true;
    const removed: string[] = [];
    for (const system of [...hr.movedAway].sort()) {
      const res = await safeAction(() => this.o.hosts.stopAndRemove(host, system, this.ctx));
      if (this.stopped) return false;
      if (!res.ok) {
        if (res.code === 'stale-epoch') this.halt(res.message);
        else this.note(`reconcile ${host}: removing ${system} failed: ${res.message}; ${host} stays not up`);
        return false;
      }
      removed.push(system);
    }
    await this.record({ type: 'HostReconciled', body: { host, removed } });
    return true;
  }

  // ---- mail ---------------------------------------------------------------------------------------------------

  /** Tells the admin a host went down, and what its group will do about it. */
  private mailHostDown(host: string): void {
    const snap = this.o.cluster.snapshot();
    const g = failoverGroupOf(snap, host);
    const onHost = snap.systems.filter((s) => s.host === host);
    const eligible = (s: SystemView): boolean => g !== undefined && isEligible(g, s);
    this.mailAdmin(
      this.o.templates.hostDown({
        host,
        since: this.now(),
        ...(g ? { group: { name: g.name, mode: g.mode, timeoutSec: g.timeoutSec } } : {}),
        systems: onHost
          .filter(eligible)
          .map((s) => s.name)
          .sort(),
        excluded: onHost
          .filter((s) => !eligible(s))
          .map((s) => s.name)
          .sort(),
      }),
    );
  }

  /**
   * One summary of a finished failover: every system to the admin, and to each owner (if the group says so) theirs.
   * A failover that planned no move has said so in its own mail (nothing to move) and sends none.
   */
  private mailSummary(f: FailoverRecord, outcome: FailoverOutcome, detail: string): void {
    if (!f.plan?.moves.length) return;
    const moves: SummaryMove[] = f.plan.moves.map((m) => {
      const d = f.details.get(m.system);
      const r = f.results.get(m.system);
      const result: SummaryMove['result'] =
        r === 'failed'
          ? 'failed'
          : r === 'start-failed'
            ? 'start failed'
            : r === 'moved'
              ? d?.started
                ? 'started'
                : 'not started'
              : 'not moved';
      return { system: m.system, to: d?.to ?? m.to, result, ...(d?.reason ? { reason: d.reason } : {}) };
    });
    for (const x of f.plan.refusals)
      moves.push({ system: x.system, result: 'failed', reason: `${x.code}: ${x.reason}` });
    const facts = {
      failoverId: f.started.id,
      group: f.started.group,
      host: f.started.host,
      outcome,
      detail,
      at: this.now(),
    };
    this.mailAdmin(this.o.templates.summary({ ...facts, moves }));
    const snap = this.o.cluster.snapshot();
    if (snap.groups.find((g) => g.name === f.started.group)?.notifyOwners !== true) return;
    const ownerOf = new Map(snap.systems.map((s) => [s.name, s.owner]));
    const owners = new Set(moves.map((m) => ownerOf.get(m.system)).filter((o): o is string => o !== undefined));
    for (const owner of [...owners].sort()) {
      const addr = this.o.recipients.ownerAddress?.(owner);
      if (addr === undefined || this.o.recipients.admin.includes(addr)) continue;
      this.send(
        [addr],
        this.o.templates.summary({ ...facts, moves: moves.filter((m) => ownerOf.get(m.system) === owner) }),
      );
    }
  }

  private mailAdmin(mail: RenderedMail): void {
    if (this.o.recipients.admin.length > 0) this.send([...this.o.recipients.admin], mail);
  }

  private send(to: string[], mail: RenderedMail): void {
    if (this.stopped) return;
    void Promise.resolve()
      .then(() => this.o.mailer.send({ to, subject: mail.subject, text: mail.text }))
      .catch((err) => this.note(`mail to ${to.join(', ')} failed: ${messageOf(err)}`));
  }
}
