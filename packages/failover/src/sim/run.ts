// Runs a scenario script under a virtual clock: every confirmed master's collector probes the simulated hosts
// with the daemon's host-state rule and feeds its engine; the nodes' roles follow @ferry/cluster's rules each
// probe round; operator commands are applied in order, and after every step the invariants "no system runs on
// two hosts" and "at most one writing master per epoch" are checked. The result is a text log (events, host
// actions, mails, notes) compared to golden files. Lines of a node are prefixed with its name when a script
// declares more than one node.

import {
  contactQuorum,
  DEFAULT_CONTACT_TIMEOUT_MS,
  judgeContact,
  judgeMastership,
  newestMaster,
  promotionEpoch,
  promotionRefusal,
  startRole,
  type PeerView,
  type Role,
} from '@ferry/cluster';
import { FailoverEngine } from '../engine.js';
import { ScenarioError } from '../errors.js';
import type { ProbeOutcome } from '../host-state.js';
import type { ClusterView, HostControl } from '../ports.js';
import { foldEvents } from '../state.js';
import type { ClusterSnapshot, HostView, SystemView } from '../types.js';
import { VirtualClock, flushPending } from '../virtual-clock.js';
import type { ProbeEnv } from './collector.js';
import { Links, describe, newNode, type SimNode } from './nodes.js';
import { parseScenario, type Command, type Scenario } from './script.js';
import { SimJournal, SimMailer, SimWorld } from './world.js';

/** Result of {@link runScenario}. */
export interface ScenarioResult {
  /** The log, one line per entry, ending with the final state and the checks. */
  lines: string[];
  /** Invariant violations (empty when the run was safe). */
  violations: string[];
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
  private readonly links = new Links();
  private readonly nodes: SimNode[] = [];
  private readonly multi: boolean;
  /** Nodes registered as replicas (as `replicas add` would): all but the first master; a promotion removes its node. */
  private readonly registry = new Set<string>();
  /** Hosts registered with the cluster (declared without `later`, or joined). */
  private readonly joined = new Set<string>();
  /** Probe faults: failed SSH handshakes and refused logins left, per host. */
  private readonly sshFails = new Map<string, number>();
  private readonly authFails = new Map<string, number>();
  /** Projection the daemon would keep: where each system is defined and its last known state. */
  private readonly home = new Map<string, string>();
  private readonly lastState = new Map<string, 'running' | 'stopped'>();

  constructor(private readonly sc: Scenario) {
    const print = (l: string): void => this.print(l);
    this.world = new SimWorld(this.clock, sc.settings, print, sc.hosts, sc.systems);
    this.journal = new SimJournal(print);
    this.mailer = new SimMailer(print);
    this.multi = sc.nodes.length > 1;
    const [first, ...rest] = sc.nodes;
    this.nodes.push(
      newNode(first!.name, 'master', first!.name, 1),
      ...rest.map((n) => newNode(n.name, 'replica', first!.name, 1)),
    );
    rest.forEach((n) => {
      this.registry.add(n.name);
    });
    for (const h of sc.hosts) {
      if (h.later) continue;
      this.joined.add(h.name);
      for (const n of this.nodes) n.collector.know(h.name, 'up');
    }
    for (const s of sc.systems) {
      this.home.set(s.name, s.host);
      this.lastState.set(s.name, s.running ? 'running' : 'stopped');
    }
    this.journal.onAppend((e) => {
      if (e.type === 'SystemMoved') {
        this.home.set(e.body.system, e.body.to);
        this.lastState.set(e.body.system, e.body.started ? 'running' : 'stopped');
      }
      if (e.type === 'SystemMoveFinished' && e.body.outcome !== 'failed') {
        this.home.set(e.body.system, e.body.to);
        this.lastState.set(e.body.system, e.body.started ? 'running' : 'stopped');
      }
    });
  }

  private print(line: string): void {
    const t = Math.round((this.clock.now() - this.start) / 1000);
    this.lines.push(`t+${String(t).padStart(4, '0')} ${line}`);
  }

  /** Prints a line of `node` (prefixed with its name when there are several). */
  private say(node: SimNode, line: string): void {
    this.print(this.multi ? `[${node.name}] ${line}` : line);
  }

  private node(name: string, cmd: Command): SimNode {
    const n = this.nodes.find((x) => x.name === name);
    if (n === undefined) throw new ScenarioError(`unknown node ${name}`, cmd.line);
    return n;
  }

  /** The master operator commands go to: the up, confirmed master of the highest epoch. */
  private current(): SimNode | undefined {
    const masters = this.nodes.filter((n) => n.up && n.role === 'master' && n.engine !== undefined && !n.cutOff);
    return masters.sort((a, b) => b.epoch - a.epoch)[0];
  }

  /** The cluster as `node` sees it: its collector's host states, the log's placements and fences. */
  private view(node: SimNode): ClusterView {
    return {
      snapshot: (): ClusterSnapshot => {
        const derived = foldEvents(this.journal.events);
        const hosts: HostView[] = [...this.world.hosts.values()]
          .filter((h) => this.joined.has(h.name))
          .map((h) => {
            const c = node.collector.hosts.get(h.name);
            const fenced = derived.hosts.get(h.name)?.fenced === true;
            const state =
              c?.state === 'up'
                ? 'up'
                : c === undefined || c.state === 'unreachable' || c.state === 'unknown'
                  ? 'unreachable'
                  : fenced
                    ? 'fenced'
                    : 'down';
            const v: HostView = {
              name: h.name,
              type: h.type,
              state,
              memTotalMiB: h.ramMiB,
              memFreeMiB: this.world.freeMiB(h),
              fence: { method: h.fence },
            };
            if (c?.downAt !== undefined) v.downSinceMs = c.downAt;
            return v;
          });
        const systems: SystemView[] = [...this.world.systems.values()]
          .filter((s) => this.joined.has(this.home.get(s.name)!))
          .map((s) => {
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
        return { hosts, systems, groups: this.sc.groups, rules: this.sc.rules };
      },
    };
  }

  /** The host-control port of `node`: SSH actions need its link to the host; fencing goes out of band. */
  private control(node: SimNode): HostControl {
    const w = this.world.control;
    const cut = (host: string) => ({
      ok: false as const,
      message: `ssh ${host}: connection timed out (cut off from ${node.name})`,
    });
    return {
      fence: (h, ctx) => w.fence(h, ctx),
      powerStatus: (h, ctx) => w.powerStatus(h, ctx),
      define: async (t, s, o) => (this.links.up(node.name, t) ? w.define(t, s, o) : cut(t)),
      stopAndRemove: async (h, s, ctx) => (this.links.up(node.name, h) ? w.stopAndRemove(h, s, ctx) : cut(h)),
      systemState: async (h, s, ctx) => (this.links.up(node.name, h) ? w.systemState(h, s, ctx) : 'unknown'),
      migrate: async (f, t, s, ctx) => (this.links.up(node.name, f) ? w.migrate(f, t, s, ctx) : cut(f)),
    };
  }

  private async startEngine(node: SimNode): Promise<FailoverEngine> {
    const s = this.sc.settings;
    node.contactSince = this.clock.now();
    const engine = await FailoverEngine.start({
      clock: this.clock,
      hosts: this.control(node),
      journal: this.journal.writer(node.epoch),
      mailer: this.mailer,
      cluster: this.view(node),
      epoch: node.epoch,
      recipients: { admin: this.sc.admin, ownerAddress: (o) => this.sc.owners.get(o) },
      fencing: {
        attempts: s.fenceAttempts,
        retryDelayMs: s.fenceRetry * 1000,
        statusPolls: s.statusPolls,
        statusPollMs: s.statusPoll * 1000,
      },
      onNote: (t) => this.print(`note: ${t}`),
    });
    node.engine = engine;
    return engine;
  }

  private stopEngine(node: SimNode): void {
    node.engine?.stop();
    node.engine = undefined;
  }

  private scheduleProbe(): void {
    this.clock.setTimer(this.sc.settings.probe * 1000, () => {
      for (const n of this.nodes) {
        if (!n.up || n.cutOff || n.role !== 'master' || n.engine === undefined) continue;
        // An engine that stopped on a stale epoch means the node's log learned of a newer one: it stops writing.
        if (n.engine.isStopped) this.demote(n, `its log knows epoch ${this.journal.epoch}`, this.journal.epoch, '');
        else n.collector.round(this.probeEnv(n), n.engine);
      }
      this.roles();
      this.scheduleProbe();
    });
  }

  private probeEnv(node: SimNode): ProbeEnv {
    const reaches = (host: string) => this.world.reachable(this.world.host(host)) && this.links.up(node.name, host);
    return {
      now: () => this.clock.now(),
      downAfter: this.sc.settings.downAfter,
      probe: (host): ProbeOutcome => {
        if (!reaches(host)) return { ok: false, kind: 'tcp' };
        for (const [faults, kind] of [
          [this.sshFails, 'ssh'],
          [this.authFails, 'auth'],
        ] as const) {
          const left = faults.get(host) ?? 0;
          if (left > 0) {
            faults.set(host, left - 1);
            return { ok: false, kind };
          }
        }
        return { ok: true };
      },
      refresh: (host) => {
        for (const [name, d] of this.world.host(host).defs)
          if (this.home.get(name) === host) this.lastState.set(name, d.running ? 'running' : 'stopped');
      },
      answers: reaches,
      print: (l) => this.say(node, l),
    };
  }

  // ---- cluster roles (each probe round) -----------------------------------------------------------------------

  private answers(from: SimNode, names: readonly string[]): Map<string, PeerView | undefined> {
    return new Map(names.map((n) => [n, describe(this.links, from, this.nodes.find((x) => x.name === n)!)]));
  }

  /** The registered replicas a master asks, without itself. */
  private registered(node: SimNode): string[] {
    return [...this.registry].filter((n) => n !== node.name);
  }

  private others(node: SimNode): string[] {
    return this.nodes.filter((n) => n !== node).map((n) => n.name);
  }

  /** One round of role duties: masters look for a newer epoch or confirm, replicas follow (and copy). */
  private roles(): void {
    if (!this.multi) return;
    for (const n of this.nodes) {
      if (!n.up || n.cutOff) continue;
      if (n.role === 'master') this.masterDuty(n);
      else this.followerDuty(n);
    }
  }

  private masterDuty(n: SimNode): void {
    const answers = this.answers(n, this.others(n));
    const needed = n.confirming === 'contact' ? contactQuorum(this.registered(n).length) : undefined;
    const v = judgeMastership({
      epoch: n.epoch,
      registered: this.registered(n),
      answers,
      ...(needed === undefined ? {} : { needed }),
    });
    if (v.kind === 'newer') {
      this.demote(n, `${v.from} knows epoch ${v.epoch}`, v.epoch, v.master);
      return;
    }
    if (!n.confirming) {
      this.keepContact(n, answers);
      return;
    }
    if (v.kind === 'confirmed') {
      n.confirming = false;
      n.held = '';
      this.say(n, `master role confirmed: ${v.answered} of ${v.of} registered replicas answered with no newer epoch`);
      void this.startEngine(n);
    } else {
      const held = `writes held: ${v.answered} of ${v.of} registered replicas answered, ${v.needed} needed`;
      if (held !== n.held) this.say(n, held);
      n.held = held;
    }
  }

  /** A confirmed master that heard from too few peers for too long holds writes and confirms again (judgeContact). */
  private keepContact(n: SimNode, answers: Map<string, PeerView | undefined>): void {
    const now = this.clock.now();
    for (const [name, a] of answers) if (a !== undefined) n.lastContact.set(name, now);
    const c = judgeContact({
      registered: this.registered(n),
      lastContact: n.lastContact,
      since: n.contactSince,
      now,
      timeoutMs: n.skipCheck ? 0 : DEFAULT_CONTACT_TIMEOUT_MS,
    });
    if (c.kind === 'in-contact') return;
    this.stopEngine(n);
    n.confirming = 'contact';
    n.held = `writes held: heard from ${c.reached} of ${c.of} registered replicas within ${DEFAULT_CONTACT_TIMEOUT_MS / 1000} s, ${c.needed} needed; confirming again`;
    this.say(n, n.held);
  }

  private followerDuty(n: SimNode): void {
    const m = this.nodes.find((x) => x.name === n.master);
    const mv = m === undefined ? undefined : describe(this.links, n, m);
    if (m !== undefined && mv?.role === 'master' && mv.epoch >= n.epoch) {
      n.epoch = mv.epoch;
      n.collector.copyFrom(m.collector);
      return;
    }
    const best = newestMaster(this.answers(n, this.others(n)), n.epoch);
    if (best !== undefined && best.address !== n.master) {
      n.role = 'replica';
      n.master = best.address;
      this.say(n, `follows ${best.address} (epoch ${best.epoch}) found among the peers`);
    }
  }

  /** A master learns of a newer epoch: it stops writing and follows the newer master when it is known. */
  private demote(n: SimNode, why: string, epoch: number, master: string): void {
    this.stopEngine(n);
    n.confirming = false;
    n.epoch = Math.max(n.epoch, epoch);
    n.role = master ? 'replica' : 'fenced';
    n.master = master;
    this.say(n, `fenced: ${why}; ${master ? `follows ${master}` : 'waits to be told whom to follow'}`);
  }

  // ---- invariants -----------------------------------------------------------------------------------------------

  private violate(v: string): void {
    if (this.violations.includes(v)) return;
    this.violations.push(v);
    this.print(`!! INVARIANT VIOLATED: ${v}`);
  }

  private check(): void {
    for (const [system, hosts] of this.world.doubleRuns()) this.violate(`${system} runs on ${hosts.join(' and ')}`);
    const writers = new Map<number, string[]>();
    for (const n of this.nodes) {
      if (n.up && !n.cutOff && n.role === 'master' && !n.confirming)
        writers.set(n.epoch, [...(writers.get(n.epoch) ?? []), n.name]);
    }
    for (const [epoch, ns] of writers)
      if (ns.length > 1) this.violate(`${ns.join(' and ')} both write as master of epoch ${epoch}`);
  }

  async run(): Promise<ScenarioResult> {
    this.print(`scenario: ${this.sc.title}`);
    await this.startEngine(this.nodes[0]!);
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

  private hostArg(cmd: Command, i = 0): string {
    const h = this.arg(cmd, i);
    if (!this.world.hosts.has(h)) throw new ScenarioError(`unknown host ${h}`, cmd.line);
    return h;
  }

  private count(cmd: Command): number {
    const v = cmd.args[1] ?? '1';
    return v === 'always' ? Number.POSITIVE_INFINITY : Number(v);
  }

  private async command(cmd: Command): Promise<void> {
    const show = `${cmd.verb}${cmd.args.length ? ` ${cmd.args.join(' ')}` : ''}`;
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
      case 'migrate-fails':
        this.world.host(this.hostArg(cmd)).migrateFails = this.count(cmd);
        break;
      case 'drain': {
        const r = await this.requireEngine(cmd).drain(this.hostArg(cmd), 'operator');
        if (!r.ok) this.print(`operator: drain refused (${r.code}): ${r.reason}`);
        else {
          const moves =
            r.moves.map((m) => `${m.move.system}->${m.move.to}${m.move.live ? ' live' : ''}`).join(', ') || 'none';
          this.print(
            `operator: drain ${r.host}: moves ${moves}; refused ${r.refusals.map((x) => `${x.system} (${x.code})`).join(', ') || 'none'}`,
          );
        }
        break;
      }
      case 'undrain': {
        const r = await this.requireEngine(cmd).undrain(this.hostArg(cmd), 'operator');
        this.print(`operator: ${r.ok ? 'accepted' : `refused (${r.code}): ${r.reason}`}`);
        break;
      }
      case 'move': {
        const mode = cmd.args[2];
        if (mode !== undefined && mode !== 'live' && mode !== 'cold')
          throw new ScenarioError('usage: move SYSTEM HOST [live|cold]', cmd.line);
        const r = await this.requireEngine(cmd).moveSystem({
          system: this.arg(cmd, 0),
          to: this.arg(cmd, 1),
          ...(mode ? { mode } : {}),
          by: 'operator',
        });
        this.print(
          `operator: ${r.ok ? `move ${r.move.id} accepted (${r.move.live ? 'live' : 'cold'})` : `move refused (${r.code}): ${r.reason}`}`,
        );
        break;
      }
      case 'ssh-fails':
        this.sshFails.set(this.hostArg(cmd), this.count(cmd));
        break;
      case 'auth-fails':
        this.authFails.set(this.hostArg(cmd), this.count(cmd));
        break;
      case 'set-mode': {
        const g = this.sc.groups.find((x) => x.name === this.arg(cmd, 0));
        const mode = this.arg(cmd, 1);
        if (g === undefined || (mode !== 'manual' && mode !== 'automatic'))
          throw new ScenarioError('usage: set-mode GROUP manual|automatic', cmd.line);
        g.mode = mode;
        this.current()?.engine?.reevaluate();
        break;
      }
      case 'set-failover': {
        const s = this.world.systems.get(this.arg(cmd, 0));
        const v = this.arg(cmd, 1);
        if (s === undefined || (v !== 'on' && v !== 'off'))
          throw new ScenarioError('usage: set-failover SYSTEM on|off', cmd.line);
        s.failover = v === 'on';
        this.current()?.engine?.reevaluate();
        break;
      }
      case 'set-state': {
        const name = this.arg(cmd, 0);
        const v = this.arg(cmd, 1);
        const h = this.world.host(this.home.get(name) ?? '');
        const d = h.defs.get(name);
        if (d === undefined || (v !== 'running' && v !== 'stopped'))
          throw new ScenarioError('usage: set-state SYSTEM running|stopped (on its host)', cmd.line);
        if (h.power) d.running = v === 'running';
        break;
      }
      case 'join-host': {
        const h = this.hostArg(cmd);
        if (this.joined.has(h)) throw new ScenarioError(`host ${h} is registered already`, cmd.line);
        this.joined.add(h);
        for (const n of this.nodes) n.collector.know(h, 'unknown');
        break;
      }
      case 'partition':
      case 'heal':
        this.setLink(cmd, cmd.verb === 'heal');
        break;
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
        const m = this.current();
        if (m === undefined) throw new ScenarioError('no master is running', cmd.line);
        this.stopEngine(m);
        const down = Number(cmd.args[0] ?? '0');
        if (down > 0) await this.clock.advance(down * 1000, () => this.check());
        this.print(`master: restarting at epoch ${m.epoch}`);
        await this.startEngine(m);
        break;
      }
      case 'promote':
        if (cmd.args.length === 0) await this.promoteCutOff(cmd);
        else await this.promote(cmd);
        break;
      case 'crash':
        this.crash(this.node(this.arg(cmd, 0), cmd));
        break;
      case 'restart':
        await this.restart(cmd);
        break;
      case 'show':
        this.dump('state');
        break;
      default:
        throw new ScenarioError(`unknown command ${cmd.verb}`, cmd.line);
    }
  }

  private setLink(cmd: Command, up: boolean): void {
    const names = new Set([...this.nodes.map((n) => n.name), ...this.world.hosts.keys()]);
    const [a, ...bs] = cmd.args;
    if (a === undefined || bs.length === 0)
      throw new ScenarioError(`usage: ${cmd.verb} A B… (nodes or hosts)`, cmd.line);
    for (const x of [a, ...bs]) if (!names.has(x)) throw new ScenarioError(`unknown node or host ${x}`, cmd.line);
    for (const b of bs) this.links.set(a, b, up);
  }

  /** The script's `promote` without a node (single-node scripts): a replica takes over, the old master is cut off. */
  private async promoteCutOff(cmd: Command): Promise<void> {
    const old = this.current();
    if (old === undefined) throw new ScenarioError('no master is running', cmd.line);
    // The old master is cut off, not dead: it keeps running with its in-flight work, but the collector now feeds
    // the new master, whose higher epoch is written to the log and to shared storage.
    const epoch = old.epoch + 1;
    const n = newNode(`${old.name}-successor`, 'master', '', epoch);
    n.master = n.name;
    n.collector.copyFrom(old.collector);
    old.cutOff = true;
    this.nodes.push(n);
    this.journal.epoch = epoch;
    this.world.storageEpoch = epoch;
    this.print(`master: replica promoted at epoch ${epoch}; the old master is cut off`);
    await this.startEngine(n);
  }

  /** `promote NODE [--force]`: the operator promotes a replica, under promote-replica's rules. */
  private async promote(cmd: Command): Promise<void> {
    const n = this.node(this.arg(cmd, 0), cmd);
    const force = cmd.args.includes('--force');
    const m = this.nodes.find((x) => x.name === n.master);
    const refusal = promotionRefusal({
      role: n.up ? n.role : 'down',
      force,
      masterAddress: n.master,
      master: m === undefined || force ? undefined : describe(this.links, n, m),
      lag: 0,
      maxLag: 1000,
      peers: [
        ...this.answers(
          n,
          this.others(n).filter((o) => o !== n.master),
        ).values(),
      ],
    });
    if (refusal !== undefined) {
      this.print(`operator: promote ${n.name} refused: ${refusal}`);
      return;
    }
    const epoch = promotionEpoch(n.epoch, [...this.answers(n, this.others(n)).values()]);
    n.role = 'master';
    n.master = n.name;
    n.epoch = epoch;
    n.confirming = false;
    this.registry.delete(n.name);
    this.journal.epoch = epoch;
    this.say(n, `promoted to master at epoch ${epoch}`);
    for (const o of this.nodes) {
      if (o === n) continue;
      if (describe(this.links, n, o) === undefined) {
        this.say(n, `${o.name} not told (down or cut off)`);
        continue;
      }
      if (o.role === 'master') this.demote(o, `told to follow ${n.name} in epoch ${epoch}`, epoch, n.name);
      else {
        o.role = 'replica';
        o.master = n.name;
        o.epoch = epoch;
        this.say(o, `follows ${n.name} (told by the promotion)`);
      }
    }
    await this.startEngine(n);
  }

  private crash(n: SimNode): void {
    this.stopEngine(n);
    n.up = false;
    n.confirming = false;
    this.say(n, `crashed (role ${n.role}, epoch ${n.epoch})`);
  }

  /** `restart NODE [--role master|replica] [--master NODE] [--skip-master-check]`: under ferryd's start rules. */
  private async restart(cmd: Command): Promise<void> {
    const n = this.node(this.arg(cmd, 0), cmd);
    if (n.up) this.crash(n);
    let requested: 'master' | 'replica' | undefined;
    let master = '';
    let skip = false;
    for (let i = 1; i < cmd.args.length; i++) {
      const a = cmd.args[i];
      if (a === '--role') {
        const r = this.arg(cmd, ++i);
        if (r !== 'master' && r !== 'replica') throw new ScenarioError(`unknown role ${r}`, cmd.line);
        requested = r;
      } else if (a === '--master') master = this.node(this.arg(cmd, ++i), cmd).name;
      else if (a === '--skip-master-check') skip = true;
      else throw new ScenarioError(`restart: unknown option ${String(a)}`, cmd.line);
    }
    n.up = true;
    const target = this.nodes.find((x) => x.name === master);
    const d = startRole({
      persisted: n.role,
      requested: requested ?? 'master',
      explicit: requested !== undefined,
      epoch: n.epoch,
      requestedMaster: master,
      target: target === undefined ? undefined : describe(this.links, n, target),
    });
    if (d.warning !== undefined) this.say(n, `WARNING ${d.warning}`);
    const role: Role = d.role;
    n.role = role;
    n.master = role === 'master' ? n.name : d.switched ? master : n.master;
    this.say(n, `started as ${role}${role === 'master' ? '' : ` of ${n.master}`} (epoch ${n.epoch})`);
    if (role !== 'master') return;
    n.confirming = skip ? false : 'start';
    n.skipCheck = skip;
    if (skip) {
      this.say(n, '--skip-master-check: writes accepted without asking the replicas');
      await this.startEngine(n);
    } else this.masterDuty(n);
  }

  private requireEngine(cmd: Command): FailoverEngine {
    const e = this.current()?.engine;
    if (e === undefined) throw new ScenarioError('no master is running', cmd.line);
    return e;
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
    const req = {
      system,
      by: 'operator',
      ...(target === undefined ? {} : { target }),
      ...(start === undefined ? {} : { start }),
    };
    const r = await this.requireEngine(cmd).forceFailover(req);
    this.print(`operator: ${r.ok ? `accepted as ${r.id}` : `refused (${r.code}): ${r.reason}`}`);
  }

  private dump(title: string): void {
    this.print(`== ${title} ==`);
    const seer = this.current() ?? this.nodes[0]!;
    for (const h of this.world.hosts.values()) {
      const c = seer.collector.hosts.get(h.name);
      const defs = [...h.defs]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([s, d]) => `${s}(${d.running ? 'running' : 'stopped'})`);
      this.print(
        `  ${h.name}: power=${h.power ? 'on' : 'off'} network=${h.network ? 'on' : 'off'} collector=${c?.state ?? 'unregistered'} defs=[${defs.join(' ')}]`,
      );
    }
    for (const s of [...this.world.systems.keys()].sort())
      this.print(`  ${s}: home=${this.home.get(s)} last=${this.lastState.get(s)}`);
    if (!this.multi) return;
    for (const n of this.nodes) {
      const role = !n.up ? 'down' : n.role === 'master' && n.confirming ? 'master (confirming)' : n.role;
      this.print(
        `  node ${n.name}: ${role} epoch=${n.epoch}${n.role === 'master' ? '' : ` master=${n.master || '-'}`}`,
      );
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
    this.print(
      `check: every move recorded at most once: ${repeated.length === 0 ? 'ok' : `REPEATED ${repeated.join(', ')}`}`,
    );
    if (repeated.length > 0) this.violations.push(`repeated move results: ${repeated.join(', ')}`);
  }
}
