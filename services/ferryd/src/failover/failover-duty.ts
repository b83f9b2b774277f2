// The failover engine as a master duty: it sees the cluster through the projections and live figures, learns of
// hosts going down from committed HostStateChanged events, acts through HostControl, and records through the
// journal. Operators reach it through ForceFailover, ConfirmDown and ReleaseBrake. Each failover phase it records
// gets a line in the daemon log (phase-log.ts).
import {
  FailoverEngine,
  type ClusterSnapshot,
  type DrainAnswer,
  type ForceResult,
  type GroupView,
  type HostView,
  type MoveRequest,
  type MoveAnswer,
  type RuleView,
} from '@ferry/failover';
import type { ClusterState } from '@ferry/model';
import type { Duty, FerryNode } from '../node.js';
import type { LiveStatus } from '../live-status.js';
import type { HostAccess } from '../hosts/host-access.js';
import { hostControl } from './host-control.js';
import { logJournal } from './journal.js';
import { SettingsMailer } from './mailer.js';
import { phaseLine } from './phase-log.js';

const REEVALUATE_TYPES = new Set([
  'GroupCreated',
  'GroupUpdated',
  'GroupDeleted',
  'SystemSettingsChanged',
  'HostUpdated',
]);

/** The cluster as the failover core sees it. */
export function snapshot(state: ClusterState, live: LiveStatus): ClusterSnapshot {
  const hosts: HostView[] = [...state.hosts.values()].map((h) => {
    const f = live.get(h.spec.name);
    return {
      name: h.spec.name,
      type: h.spec.type as HostView['type'],
      state: h.state === 'unknown' || h.state === 'probe-error' ? 'unreachable' : h.state,
      memTotalMiB: f.memTotalMiB,
      memFreeMiB: f.memFreeMiB,
      fence: { method: h.spec.fenceMethod as HostView['fence']['method'] },
      ...(h.downSince ? { downSinceMs: Date.parse(h.downSince) } : {}),
      ...(h.maintenance ? { maintenance: true } : {}),
    };
  });
  const systems = [...state.systems.values()]
    .filter((s) => !s.vanished)
    .map((s) => ({
      name: s.name,
      host: s.host,
      state: s.state,
      memoryMiB: s.memoryMiB,
      priority: s.priority,
      failover: s.failover,
      definitionCaptured: s.definition !== '',
      ...(s.owner ? { owner: s.owner } : {}),
    }));
  const groups: GroupView[] = [...state.groups.values()].map((g) => ({
    name: g.spec.name,
    type: g.spec.type as GroupView['type'],
    mode: g.spec.mode as GroupView['mode'],
    members: state.groupMembers(g),
    systems: g.spec.systems.length ? g.spec.systems : 'all',
    timeoutSec: g.spec.timeoutSec,
    notifyOwners: g.spec.notifyOwners,
    placement: g.spec.placement as GroupView['placement'],
    parallelism: g.spec.parallelism,
    brake: { maxDownShare: Number(g.spec.brakeMaxDownShare), windowSec: g.spec.brakeWindowSec },
    ...(g.spec.failback ? { failback: { afterSec: g.spec.failbackAfterSec || 300 } } : {}),
  }));
  const rules: RuleView[] = [...state.rules.values()].map((r) => ({
    name: r.name,
    kind: r.kind,
    systems: r.systems,
    hosts: r.hosts,
  }));
  return { hosts, systems, groups, rules };
}

/** The running engine of a master, or undefined on other roles. */
export class FailoverDuty implements Duty {
  private constructor(
    private readonly engine: FailoverEngine,
    private readonly unsubscribe: () => void,
    private readonly mailer: SettingsMailer,
  ) {}

  /** Starts the engine for a master. */
  static async start(node: FerryNode, access: HostAccess): Promise<FailoverDuty> {
    const mailer = new SettingsMailer(node);
    const engine = await FailoverEngine.start({
      clock: {
        now: () => Date.now(),
        setTimer: (ms, fn) => {
          const t = setTimeout(fn, ms);
          return { cancel: () => clearTimeout(t) };
        },
      },
      hosts: hostControl(node, access),
      journal: logJournal(node),
      mailer,
      cluster: { snapshot: () => snapshot(node.state, node.live) },
      epoch: node.log.epoch,
      recipients: {
        get admin() {
          const a = node.state.setting('admin-email')?.value;
          return a ? [a] : [];
        },
        ownerAddress: (owner) => node.state.owners.get(owner)?.email,
      },
      fencing: { attempts: 3, retryDelayMs: 5_000, statusPolls: 5, statusPollMs: 1_000 },
      onNote: (text) => node.logger.info({ failover: true }, text),
    });
    const unsubscribe = node.log.subscribe((events) => {
      let reevaluate = false;
      for (const e of events) {
        const line = phaseLine(e);
        if (line) node.logger[line.level](line.fields, line.msg);
        if (e.type === 'HostStateChanged' && e.body.to === 'down') engine.hostDown(e.aggregate.slice('host/'.length));
        if (REEVALUATE_TYPES.has(e.type)) reevaluate = true;
      }
      if (reevaluate) engine.reevaluate();
    });
    void mailer.resumeSpooled();
    // Resume: hosts already down when this master took over.
    for (const h of node.state.hosts.values()) if (h.state === 'down') engine.hostDown(h.spec.name);
    return new FailoverDuty(engine, unsubscribe, mailer);
  }

  /** Asks the engine whether a returning host may count as up (it reconciles moved systems first). */
  hostReturned(host: string): Promise<boolean> {
    return this.engine.hostReturned(host);
  }

  /** Forces a failover of one system. */
  force(req: { system: string; target?: string; start?: boolean; by: string }): Promise<ForceResult> {
    return this.engine.forceFailover(req);
  }

  /** Drains a host (maintenance on, every system moved off). */
  drain(host: string, by: string): Promise<DrainAnswer> {
    return this.engine.drain(host, by);
  }

  /** Ends a host's maintenance. */
  undrain(host: string, by: string) {
    return this.engine.undrain(host, by);
  }

  /** A planned move between live hosts. */
  move(req: MoveRequest): Promise<MoveAnswer> {
    return this.engine.moveSystem(req);
  }

  /** An operator vouches that a host is dead. */
  confirmDown(host: string, by: string) {
    return this.engine.confirmHostDown(host, by);
  }

  /** An operator releases a group's mass-failure brake. */
  releaseBrake(group: string, by: string) {
    return this.engine.releaseBrake(group, by);
  }

  /** Stops the engine. */
  async stop(): Promise<void> {
    this.unsubscribe();
    this.engine.stop();
    await this.mailer.stop();
  }
}
