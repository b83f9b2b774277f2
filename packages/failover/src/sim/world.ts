// The simulated world: hypervisor hosts with power and network switches and the systems defined on them, a
// HostControl over them (with latencies on the virtual clock and an epoch file on "shared storage"), an
// epoch-fenced journal, and a mailer that prints.

import { StaleEpochError } from '../errors.js';
import type { FailoverEvent } from '../events.js';
import { sleep } from '../port-calls.js';
import type {
  ActionContext,
  ActionResult,
  Clock,
  DefineResult,
  FailoverJournal,
  HostControl,
  Mailer,
  MailMessage,
  PowerStatus,
  SystemPresence,
} from '../ports.js';
import type { HostDecl, Settings, SystemDecl } from './script.js';

/** A simulated host. Faults (`fenceFails`, …) count down as they are used. */
export interface SimHost extends HostDecl {
  power: boolean;
  network: boolean;
  /** Systems defined on the host, and whether each runs. */
  defs: Map<string, { running: boolean }>;
  fenceFails: number;
  fenceLies: number;
  defineFails: number;
  removeFails: number;
  /** Live migrations off this host that fail (the system keeps running here). */
  migrateFails: number;
}

/** Prints one line of the scenario log. */
export type Print = (line: string) => void;

const TOOL = { kvm: 'virsh', xen: 'xl', openvz: 'vzctl' } as const;

/** Simulated hosts and systems, plus the host-control port over them. */
export class SimWorld {
  readonly hosts = new Map<string, SimHost>();
  readonly systems = new Map<string, SystemDecl>();
  /** Highest epoch written to the group's shared storage; lower epochs are refused. */
  storageEpoch = 1;

  constructor(
    private readonly clock: Clock,
    private readonly settings: Settings,
    private readonly print: Print,
    hosts: readonly HostDecl[],
    systems: readonly SystemDecl[],
  ) {
    for (const h of hosts) {
      this.hosts.set(h.name, {
        ...h,
        power: true,
        network: true,
        defs: new Map(),
        fenceFails: 0,
        fenceLies: 0,
        defineFails: 0,
        removeFails: 0,
        migrateFails: 0,
      });
    }
    for (const s of systems) {
      this.systems.set(s.name, s);
      this.host(s.host).defs.set(s.name, { running: s.running });
    }
  }

  /** The host named `name` (throws when unknown). */
  host(name: string): SimHost {
    const h = this.hosts.get(name);
    if (h === undefined) throw new Error(`unknown host ${name}`);
    return h;
  }

  /** Whether the collector (or an SSH command) can reach `h`. */
  reachable(h: SimHost): boolean {
    return h.power && h.network;
  }

  /** Free RAM of a host: total minus the systems running there. */
  freeMiB(h: SimHost): number {
    let used = 0;
    for (const [name, d] of h.defs) if (d.running) used += this.systems.get(name)?.ramMiB ?? 0;
    return h.ramMiB - used;
  }

  /** Powers a host off (everything on it stops) or on (its systems stay stopped: no autostart). */
  setPower(name: string, on: boolean): void {
    const h = this.host(name);
    h.power = on;
    for (const d of h.defs.values()) d.running = false;
  }

  /** Hosts (powered on) on which each system runs, for systems running on more than one host. */
  doubleRuns(): Map<string, string[]> {
    const where = new Map<string, string[]>();
    for (const h of this.hosts.values()) {
      if (!h.power) continue;
      for (const [s, d] of h.defs) if (d.running) where.set(s, [...(where.get(s) ?? []), h.name]);
    }
    return new Map([...where].filter(([, hs]) => hs.length > 1));
  }

  private epochRefusal(ctx: ActionContext, what: string): ActionResult | undefined {
    if (ctx.epoch < this.storageEpoch) {
      this.print(
        `host: REFUSED ${what} [e${ctx.epoch}]: epoch ${ctx.epoch} is below ${this.storageEpoch} on shared storage`,
      );
      return {
        ok: false,
        code: 'stale-epoch',
        message: `epoch ${ctx.epoch} is below ${this.storageEpoch} on shared storage`,
      };
    }
    this.storageEpoch = ctx.epoch;
    return undefined;
  }

  /** The HostControl port over the simulated hosts. */
  readonly control: HostControl = {
    fence: async (host, ctx) => {
      const refused = this.epochRefusal(ctx, `fence ${host}`);
      if (refused) return refused;
      this.print(`host: -> fence ${host} [e${ctx.epoch}]`);
      await sleep(this.clock, this.settings.fenceTime * 1000);
      const h = this.host(host);
      let res: ActionResult;
      if (h.fenceFails > 0) {
        h.fenceFails--;
        res = { ok: false, message: `fence device ${host}-ipmi timed out` };
      } else if (h.fenceLies > 0) {
        h.fenceLies--;
        res = { ok: true };
      } else {
        this.setPower(host, false);
        res = { ok: true };
      }
      this.print(`host: <- fence ${host}: ${res.ok ? 'ok' : `failed: ${res.message}`}`);
      return res;
    },
    powerStatus: async (host) => {
      await sleep(this.clock, this.settings.statusTime * 1000);
      const h = this.host(host);
      const st: PowerStatus = h.fenceFails > 0 || h.powerStatus === 'none' ? 'unknown' : h.power ? 'on' : 'off';
      this.print(`host: <- power-status ${host}: ${st}`);
      return st;
    },
    define: async (target, system, opts): Promise<DefineResult> => {
      const what = `define ${system} on ${target}${opts.start ? ' +start' : ''}`;
      const refused = this.epochRefusal(opts, what);
      if (refused) return refused;
      this.print(`host: -> ${what} [e${opts.epoch}]`);
      await sleep(this.clock, this.settings.defineTime * 1000);
      const res = this.doDefine(target, system, opts.start);
      this.print(`host: <- ${what}: ${res.ok ? `ok${res.note ? ` (${res.note})` : ''}` : `failed: ${res.message}`}`);
      return res;
    },
    stopAndRemove: async (host, system, ctx) => {
      const refused = this.epochRefusal(ctx, `remove ${system} from ${host}`);
      if (refused) return refused;
      this.print(`host: -> stop+remove ${system} on ${host} [e${ctx.epoch}]`);
      await sleep(this.clock, this.settings.removeTime * 1000);
      const h = this.host(host);
      let res: ActionResult;
      if (!this.reachable(h)) res = { ok: false, message: `ssh ${host}: connection timed out` };
      else if (h.removeFails > 0) {
        h.removeFails--;
        res = { ok: false, message: `${TOOL[h.type]} undefine ${system}: device busy` };
      } else {
        res = h.defs.delete(system) ? { ok: true } : { ok: true, note: 'not defined there' };
      }
      this.print(
        `host: <- stop+remove ${system} on ${host}: ${res.ok ? `ok${res.note ? ` (${res.note})` : ''}` : `failed: ${res.message}`}`,
      );
      return res;
    },
    migrate: async (from, to, system, ctx) => {
      const what = `migrate ${system} ${from} -> ${to}`;
      const refused = this.epochRefusal(ctx, what);
      if (refused) return refused;
      this.print(`host: -> ${what} [e${ctx.epoch}]`);
      await sleep(this.clock, this.settings.defineTime * 1000);
      const src = this.host(from);
      const dst = this.host(to);
      const ram = this.systems.get(system)?.ramMiB ?? 0;
      let res: ActionResult;
      if (!this.reachable(src) || !this.reachable(dst))
        res = { ok: false, message: `ssh ${this.reachable(src) ? to : from}: connection timed out` };
      else if (src.defs.get(system)?.running !== true)
        res = { ok: false, message: `${system} is not running on ${from}` };
      else if (src.migrateFails > 0) {
        src.migrateFails--;
        res = {
          ok: false,
          message: `${TOOL[src.type]} migrate ${system}: connection to ${to} lost during memory copy`,
        };
      } else if (this.freeMiB(dst) < ram)
        res = { ok: false, message: `cannot allocate ${ram} MiB on ${to} (${this.freeMiB(dst)} MiB free)` };
      else {
        src.defs.delete(system);
        dst.defs.set(system, { running: true });
        res = { ok: true };
      }
      this.print(`host: <- ${what}: ${res.ok ? 'ok' : `failed: ${res.message}`}`);
      return res;
    },
    systemState: async (host, system) => {
      await sleep(this.clock, this.settings.statusTime * 1000);
      const h = this.host(host);
      const d = h.defs.get(system);
      const st: SystemPresence = !this.reachable(h)
        ? 'unknown'
        : d === undefined
          ? 'absent'
          : d.running
            ? 'running'
            : 'stopped';
      this.print(`host: <- state of ${system} on ${host}: ${st}`);
      return st;
    },
  };

  private doDefine(target: string, system: string, start: boolean): DefineResult {
    const h = this.host(target);
    const tool = TOOL[h.type];
    if (!this.reachable(h)) return { ok: false, message: `ssh ${target}: connection timed out` };
    if (h.defineFails > 0) {
      h.defineFails--;
      return {
        ok: false,
        message: `${tool} define ${system}: disk image /shared/${system}.img not found on ${target}`,
      };
    }
    const existing = h.defs.get(system);
    const d = existing ?? { running: false };
    h.defs.set(system, d);
    const notes: string[] = existing ? ['already defined'] : [];
    if (start) {
      const ram = this.systems.get(system)?.ramMiB ?? 0;
      if (d.running) notes.push('already running');
      else if (this.freeMiB(h) < ram) {
        return {
          ok: false,
          defined: true,
          message: `${tool} start ${system}: cannot allocate ${ram} MiB (${this.freeMiB(h)} MiB free)`,
        };
      } else d.running = true;
    }
    return notes.length > 0 ? { ok: true, note: notes.join(', ') } : { ok: true };
  }
}

/** The shared failover log; each master writes through `writer(epoch)`, refused once a higher epoch exists. */
export class SimJournal {
  readonly events: FailoverEvent[] = [];
  epoch = 1;
  private readonly listeners: ((e: FailoverEvent) => void)[] = [];

  constructor(private readonly print: Print) {}

  /** Calls `fn` for every appended event. */
  onAppend(fn: (e: FailoverEvent) => void): void {
    this.listeners.push(fn);
  }

  /** A journal port for a master of `epoch`. */
  writer(epoch: number): FailoverJournal {
    return {
      append: async (events) => {
        if (epoch < this.epoch) {
          this.print(
            `log: REFUSED ${events.map((e) => e.type).join(', ')} [e${epoch}]: the log is at epoch ${this.epoch}`,
          );
          throw new StaleEpochError(`epoch ${epoch} is below the log's epoch ${this.epoch}`);
        }
        for (const e of events) {
          this.events.push(e);
          this.print(`event ${e.type} ${JSON.stringify(e.body)}`);
          for (const l of this.listeners) l(e);
        }
      },
      read: async () => [...this.events],
    };
  }
}

/** A mailer that prints every message. */
export class SimMailer implements Mailer {
  constructor(private readonly print: Print) {}

  /** Prints recipients, subject and text. */
  async send(m: MailMessage): Promise<void> {
    this.print(`mail to=${m.to.join(',')} subject=${JSON.stringify(m.subject)}`);
    for (const l of m.text.split('\n')) this.print(`  | ${l}`);
  }
}
