// Runs a scenario script under a virtual clock: a simulated collector probes the simulated hosts and feeds the
// engine, operator commands are applied in order, and after every step the invariant "no system runs on two
// hosts" is checked. The result is a text log (events, host actions, mails, notes) compared to golden files.

import { FailoverEngine } from '../engine.js';
import { ScenarioError } from '../errors.js';
import type { ClusterView } from '../ports.js';
import { foldEvents } from '../state.js';
import type { ClusterSnapshot, HostView, SystemView } from '../types.js';
import { VirtualClock, flushPending } from '../virtual-clock.js';
import { parseScenario, type Command, type Scenario } from './script.js';
import { SimJournal, SimMailer, SimWorld } from './world.js';

/** Result of {@link runScenario}. */
export interface ScenarioResult {
  /** The log, one line per entry, ending with the final state and the checks. */
  lines: string[];
  /** Invariant violations (empty when the run was safe). */
  violations: string[];
}

interface CollectorHost {
  state: 'up' | 'down';
  misses: number;
  downAt?: number;
  returning: boolean;
  lastNotUp: boolean;
}

/** Parses and runs a scenario script. */
export async function runScenario(text: string): Promise<ScenarioResult> {
  const sc = parseScenario(text);
  return new Runner(sc).run();
}

class Runner {
  private readonly clock = new VirtualClock();
  private readonly start = this.clock.now();
  private readonly lines: string[] = [];
  private readonly violations: string[] = [];
  private readonly world: SimWorld;
  private readonly journal: SimJournal;
  private readonly mailer: SimMailer;
  private readonly collector = new Map<string, CollectorHost>();
  /** Projection the daemon would keep: where each system is defined and its last known state. */
  private readonly home = new Map<string, string>();
  private readonly lastState = new Map<string, 'running' | 'stopped'>();
  private engine: FailoverEngine | undefined;
  private epoch = 1;

  constructor(private readonly sc: Scenario) {
    const print = (l: string): void => this.print(l);
    this.world = new SimWorld(this.clock, sc.settings, print, sc.hosts, sc.systems);
    this.journal = new SimJournal(print);
    this.mailer = new SimMailer(print);
    for (const h of sc.hosts) this.collector.set(h.name, { state: 'up', misses: 0, returning: false, lastNotUp: false });
    for (const s of sc.systems) {
      this.home.set(s.name, s.host);
      this.lastState.set(s.name, s.running ? 'running' : 'stopped');
    }
    this.journal.onAppend((e) => {
      if (e.type === 'SystemMoved') {
        this.home.set(e.body.system, e.body.to);
        this.lastState.set(e.body.system, e.body.started ? 'running' : 'stopped');
      }
    });
  }

  private print(line: string): void {
    const t = Math.round((this.clock.now() - this.start) / 1000);
    this.lines.push(`t+${String(t).padStart(4, '0')} ${line}`);
  }

  private readonly view: ClusterView = {
    snapshot: (): ClusterSnapshot => {
      const derived = foldEvents(this.journal.events);
      const hosts: HostView[] = [...this.world.hosts.values()].map((h) => {
        const c = this.collector.get(h.name)!;
        const fenced = derived.hosts.get(h.name)?.fenced === true;
        const state = c.state === 'up' ? 'up' : fenced ? 'fenced' : 'down';
        const v: HostView = {
          name: h.name,
          type: h.type,
          state,
          memTotalMiB: h.ramMiB,
          memFreeMiB: this.world.freeMiB(h),
          fence: { method: h.fence },
        };
        if (c.downAt !== undefined) v.downSinceMs = c.downAt;
        return v;
      });
      const systems: SystemView[] = [...this.world.systems.values()].map((s) => {
        const v: SystemView = {
          name: s.name,
          host: this.home.get(s.name)!,
          state: this.lastState.get(s.name)!,
          memoryMiB: s.ramMiB,
          priority: s.priority,
          failover: s.failover,
          definitionCaptured: s.captured,
        };
        if (s.owner !== undefined) v.owner = s.owner;
        return v;
      });
      return { hosts, systems, groups: this.sc.groups };
    },
  };

  private async startEngine(): Promise<FailoverEngine> {
    const s = this.sc.settings;
    const engine = await FailoverEngine.start({
      clock: this.clock,
      hosts: this.world.control,
      journal: this.journal.writer(this.epoch),
      mailer: this.mailer,
      cluster: this.view,
      epoch: this.epoch,
      recipients: { admin: this.sc.admin, ownerAddress: (o) => this.sc.owners.get(o) },
      fencing: {
        attempts: s.fenceAttempts,
        retryDelayMs: s.fenceRetry * 1000,
        statusPolls: s.statusPolls,
        statusPollMs: s.statusPoll * 1000,
      },
      onNote: (t) => this.print(`note: ${t}`),
    });
    this.engine = engine;
    return engine;
  }

  private scheduleProbe(): void {
    this.clock.setTimer(this.sc.settings.probe * 1000, () => {
      this.probe();
      this.scheduleProbe();
    });
  }

  /** One collection round over every host, in declaration order. */
  private probe(): void {
    for (const h of this.world.hosts.values()) {
      const c = this.collector.get(h.name)!;
      if (this.world.reachable(h)) {
        c.misses = 0;
        if (c.state === 'up') {
          for (const [name, d] of h.defs) {
            if (this.home.get(name) === h.name) this.lastState.set(name, d.running ? 'running' : 'stopped');
          }
        } else this.hostAnswers(h.name, c);
      } else if (c.state === 'up') {
        c.misses++;
        if (c.misses >= this.sc.settings.downAfter) {
          c.state = 'down';
          c.downAt = this.clock.now();
          c.lastNotUp = false;
          this.print(`collector: ${h.name} down (${c.misses} missed probes)`);
          this.engine?.hostDown(h.name);
        }
      }
    }
  }

  private hostAnswers(host: string, c: CollectorHost): void {
    const engine = this.engine;
    if (c.returning || engine === undefined) return;
    c.returning = true;
    void engine.hostReturned(host).then((up) => {
      c.returning = false;
      if (up && this.world.reachable(this.world.host(host))) {
        c.state = 'up';
        delete c.downAt;
        this.print(`collector: ${host} up`);
      } else if (!up && !c.lastNotUp) {
        c.lastNotUp = true;
        this.print(`collector: ${host} answers but does not count as up yet`);
      }
    });
  }

  private check(): void {
    for (const [system, hosts] of this.world.doubleRuns()) {
      const v = `${system} runs on ${hosts.join(' and ')}`;
      if (!this.violations.includes(v)) {
        this.violations.push(v);
        this.print(`!! INVARIANT VIOLATED: ${v}`);
      }
    }
  }

  async run(): Promise<ScenarioResult> {
    this.print(`scenario: ${this.sc.title}`);
    await this.startEngine();
    this.scheduleProbe();
    for (const cmd of this.sc.commands) {
      await this.command(cmd);
      await flushPending();
      this.check();
    }
    this.finalState();
    return { lines: this.lines, violations: this.violations };
  }

  private arg(cmd: Command, i: number): string {
    const a = cmd.args[i];
    if (a === undefined) throw new ScenarioError(`${cmd.verb}: missing argument ${i + 1}`, cmd.line);
    return a;
  }

  private hostArg(cmd: Command): string {
    const h = this.arg(cmd, 0);
    if (!this.world.hosts.has(h)) throw new ScenarioError(`unknown host ${h}`, cmd.line);
    return h;
  }

  private count(cmd: Command): number {
    const v = cmd.args[1] ?? '1';
    return v === 'always' ? Number.POSITIVE_INFINITY : Number(v);
  }

  private async command(cmd: Command): Promise<void> {
    const show = `${cmd.verb}${cmd.args.length ? ' ' + cmd.args.join(' ') : ''}`;
    if (cmd.verb !== 'wait' && cmd.verb !== 'echo') this.print(`script: ${show}`);
    switch (cmd.verb) {
      case 'echo':
        this.print(`# ${cmd.args.join(' ')}`);
        break;
      case 'wait':
        await this.clock.advance(Number(this.arg(cmd, 0)) * 1000, () => this.check());
        break;
      case 'power-off':
      case 'power-on':
        this.world.setPower(this.hostArg(cmd), cmd.verb === 'power-on');
        break;
      case 'network-off':
      case 'network-on':
        this.world.host(this.hostArg(cmd)).network = cmd.verb === 'network-on';
        break;
      case 'fence-fails':
        this.world.host(this.hostArg(cmd)).fenceFails = this.count(cmd);
        break;
      case 'fence-lies':
        this.world.host(this.hostArg(cmd)).fenceLies = this.count(cmd);
        break;
      case 'define-fails':
        this.world.host(this.hostArg(cmd)).defineFails = this.count(cmd);
        break;
      case 'remove-fails':
        this.world.host(this.hostArg(cmd)).removeFails = this.count(cmd);
        break;
      case 'set-mode': {
        const g = this.sc.groups.find((x) => x.name === this.arg(cmd, 0));
        const mode = this.arg(cmd, 1);
        if (g === undefined || (mode !== 'manual' && mode !== 'automatic')) throw new ScenarioError('usage: set-mode GROUP manual|automatic', cmd.line);
        g.mode = mode;
        this.engine?.reevaluate();
        break;
      }
      case 'force':
        await this.force(cmd);
        break;
      case 'confirm-down': {
        const r = await this.requireEngine(cmd).confirmHostDown(this.hostArg(cmd), 'operator');
        this.print(`operator: ${r.ok ? 'accepted' : `refused (${r.code}): ${r.reason}`}`);
        break;
      }
      case 'release-brake': {
        const r = await this.requireEngine(cmd).releaseBrake(this.arg(cmd, 0), 'operator');
        this.print(`operator: ${r.ok ? 'accepted' : `refused (${r.code}): ${r.reason}`}`);
        break;
      }
      case 'crash-master': {
        this.requireEngine(cmd).stop();
        this.engine = undefined;
        const down = Number(cmd.args[0] ?? '0');
        if (down > 0) await this.clock.advance(down * 1000, () => this.check());
        this.print(`master: restarting at epoch ${this.epoch}`);
        await this.startEngine();
        break;
      }
      case 'promote': {
        // The old master is cut off, not dead: it keeps running with its in-flight work, but the collector
        // now feeds the new master, whose higher epoch is written to the log and to shared storage.
        this.epoch++;
        this.journal.epoch = this.epoch;
        this.world.storageEpoch = this.epoch;
        this.print(`master: replica promoted at epoch ${this.epoch}; the old master is cut off`);
        await this.startEngine();
        break;
      }
      case 'show':
        this.dump('state');
        break;
      default:
        throw new ScenarioError(`unknown command ${cmd.verb}`, cmd.line);
    }
  }

  private requireEngine(cmd: Command): FailoverEngine {
    if (this.engine === undefined) throw new ScenarioError('no master is running', cmd.line);
    return this.engine;
  }

  private async force(cmd: Command): Promise<void> {
    const system = this.arg(cmd, 0);
    let target: string | undefined;
    let start: boolean | undefined;
    for (let i = 1; i < cmd.args.length; i++) {
      const a = cmd.args[i];
      if (a === '--target') target = this.arg(cmd, ++i);
      else if (a === '--no-start') start = false;
      else if (a === '--start') start = true;
      else throw new ScenarioError(`force: unknown option ${String(a)}`, cmd.line);
    }
    const req = { system, by: 'operator', ...(target === undefined ? {} : { target }), ...(start === undefined ? {} : { start }) };
    const r = await this.requireEngine(cmd).forceFailover(req);
    this.print(`operator: ${r.ok ? `accepted as ${r.id}` : `refused (${r.code}): ${r.reason}`}`);
  }

  private dump(title: string): void {
    this.print(`== ${title} ==`);
    for (const h of this.world.hosts.values()) {
      const c = this.collector.get(h.name)!;
      const defs = [...h.defs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([s, d]) => `${s}(${d.running ? 'running' : 'stopped'})`);
      this.print(
        `  ${h.name}: power=${h.power ? 'on' : 'off'} network=${h.network ? 'on' : 'off'} collector=${c.state} defs=[${defs.join(' ')}]`,
      );
    }
    for (const s of [...this.world.systems.keys()].sort()) {
      this.print(`  ${s}: home=${this.home.get(s)} last=${this.lastState.get(s)}`);
    }
  }

  private finalState(): void {
    this.dump('final state');
    const seen = new Set<string>();
    const repeated: string[] = [];
    for (const e of this.journal.events) {
      if (e.type !== 'SystemMoved' && e.type !== 'FailoverMoveFailed') continue;
      const k = `${e.body.id}/${e.body.system}`;
      if (seen.has(k)) repeated.push(k);
      seen.add(k);
    }
    this.print(`check: no system ran on two hosts: ${this.violations.length === 0 ? 'ok' : 'VIOLATED'}`);
    this.print(`check: every move recorded at most once: ${repeated.length === 0 ? 'ok' : `REPEATED ${repeated.join(', ')}`}`);
    if (repeated.length > 0) this.violations.push(`repeated move results: ${repeated.join(', ')}`);
  }
}
