// Status collection (a master duty): every host is probed on its own loop each probe-interval, so a hanging host
// never delays the others. What a probe means for the host's state is @ferry/failover's nextHostState (the rule
// the simulator runs too); which events a probe implies is @ferry/model's probeEvents. Only transitions and
// system changes are events; live figures stay in memory.
import { nextHostState } from '@ferry/failover';
import { UnexpectedOutputError, driverFor, probeFailureKind, type HostProbe } from '@ferry/hypervisors';
import { aggregateId, probeEvents, type CaptureNeed, type HostEntity, type HostState } from '@ferry/model';
import { LogError } from '@ferry/log';
import { DaemonError } from '../errors.js';
import type { Duty, FerryNode } from '../node.js';
import type { HostAccess } from './host-access.js';

/**
 * Called before a host that was not up is recorded as up again (failover reconciles moved systems there);
 * false keeps it out of `up` until a later probe.
 */
export type BeforeUp = (host: HostEntity) => Promise<boolean>;

const RESCAN_MS = 500;

/** Per-host probe loops. */
export class Collector implements Duty {
  private readonly loops = new Map<string, { stop(): void }>();
  private readonly failures = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly running = new Set<Promise<unknown>>();

  private constructor(
    private readonly node: FerryNode,
    private readonly access: HostAccess,
    private readonly beforeUp: BeforeUp,
  ) {}

  /** A collector probing every registered host from now on, and each host registered later. */
  static start(node: FerryNode, access: HostAccess, beforeUp: BeforeUp): Collector {
    const c = new Collector(node, access, beforeUp);
    c.rescan();
    c.timer = setInterval(() => c.rescan(), RESCAN_MS);
    return c;
  }

  private setting(key: string, fallback: number): number {
    const v = Number(this.node.state.setting(key)?.value);
    return Number.isFinite(v) && v > 0 ? v : fallback;
  }

  /** Starts loops for new hosts and stops those of removed hosts. */
  private rescan(): void {
    if (this.stopped) return;
    for (const name of this.node.state.hosts.keys()) if (!this.loops.has(name)) this.startLoop(name);
    for (const [name, loop] of this.loops) {
      if (!this.node.state.hosts.has(name)) {
        loop.stop();
        this.loops.delete(name);
        this.access.forget(name);
      }
    }
  }

  private startLoop(name: string): void {
    let stop = false;
    let wake: (() => void) | undefined;
    this.loops.set(name, {
      stop: () => {
        stop = true;
        wake?.();
      },
    });
    const loop = (async () => {
      // Spread the first probes over the interval so a thousand hosts do not all start at once.
      await new Promise<void>((r) => {
        const t = setTimeout(r, Math.random() * 200);
        wake = () => {
          clearTimeout(t);
          r();
        };
      });
      // Probes are due on a fixed cadence: the next one interval after this one was due, not after it started, so
      // timer lateness does not add up round after round; after a probe that overran the interval the next starts
      // at once (no burst of missed ones).
      let due = Date.now();
      while (!stop && !this.stopped) {
        const h = this.node.state.hosts.get(name);
        if (!h) break;
        await this.probeOnce(h).catch((err: unknown) => this.probeFailed(name, err));
        due = Math.max(due + this.setting('probe-interval', 5) * 1000, Date.now());
        const wait = due - Date.now();
        await new Promise<void>((r) => {
          const t = setTimeout(r, wait);
          wake = () => {
            clearTimeout(t);
            r();
          };
        });
      }
    })();
    this.running.add(loop);
    void loop.finally(() => this.running.delete(loop));
  }

  /**
   * A probe whose outcome could not be recorded. A write the cluster refuses for now (unconfirmed master, sync
   * timeout, a stopped log, a fenced node) is an expected condition reported elsewhere: one warn line, no stack.
   */
  private probeFailed(host: string, err: unknown): void {
    if (err instanceof DaemonError || err instanceof LogError)
      this.node.logger.warn({ host, reason: err.message }, 'probe result not recorded');
    else this.node.logger.error({ host, err }, 'probe handling failed');
  }

  /** Probes one host and records what changed. */
  private async probeOnce(h: HostEntity): Promise<void> {
    const name = h.spec.name;
    // A frozen host is caught by the pool's keepalives and handshake timeout within seconds; this bound is for a
    // host whose SSH works but whose tools hang, and must leave room for a first probe of many systems.
    const timeoutMs = this.setting('probe-timeout', 10) * 1000;
    const started = performance.now();
    let probe: HostProbe;
    try {
      probe = await driverFor(h.spec.type).probe(this.access.runner(h, timeoutMs));
    } catch (err) {
      if (this.stopped) return;
      if (err instanceof UnexpectedOutputError) return this.probeError(h, err, performance.now() - started);
      const kind = probeFailureKind(err);
      const count = (this.failures.get(name) ?? 0) + 1;
      this.failures.set(name, count);
      const message = (err as Error).message;
      this.node.live.set(name, {
        lastProbeMs: performance.now() - started,
        lastProbeAt: new Date().toISOString(),
        lastError: message,
      });
      const { next } = nextHostState({
        current: h.state,
        outcome: { ok: false, kind },
        failures: count,
        downAfter: this.setting('down-after', 3),
      });
      if (next !== undefined) await this.transition(h, next, `${count} failed probe(s): ${message}`);
      return;
    }
    if (this.stopped) return;
    this.failures.set(name, 0);
    const unreadable = this.unreadable(name, probe);
    this.node.live.set(name, {
      memTotalMiB: probe.memTotalMiB,
      memFreeMiB: probe.memFreeMiB,
      load: probe.load1,
      lastProbeMs: performance.now() - started,
      lastProbeAt: new Date().toISOString(),
      lastError: Object.entries(unreadable)
        .map(([s, why]) => `system ${s} unreadable: ${why}`)
        .join('; '),
      unreadable,
    });
    const decided = nextHostState({
      current: h.state,
      outcome: { ok: true },
      failures: 0,
      downAfter: this.setting('down-after', 3),
    });
    if (decided.reconcileFirst) {
      if (!(await this.beforeUp(h))) return;
      // The reconcile may have changed what runs there: probe again before counting the host as up.
      probe = await driverFor(h.spec.type).probe(this.access.runner(h, timeoutMs));
    }
    let captures: CaptureNeed[] = [];
    await this.node.execute((state) => {
      const implied = probeEvents(state, name, probe);
      captures = implied.captures;
      return implied.events;
    }, 'collector');
    if (decided.next !== undefined) await this.transition(h, decided.next, 'probe succeeded');
    await this.capture(h, captures, timeoutMs);
  }

  /**
   * A probe whose output could not be read at all: the host answers, so it is neither unreachable nor on its way
   * to `down`; it is `probe-error` with the command and the bad output as reason, until a probe reads again.
   */
  private async probeError(h: HostEntity, err: UnexpectedOutputError, ms: number): Promise<void> {
    this.failures.set(h.spec.name, 0);
    this.node.live.set(h.spec.name, { lastProbeMs: ms, lastProbeAt: new Date().toISOString(), lastError: err.message });
    const { next } = nextHostState({
      current: h.state,
      outcome: { ok: false, kind: 'output' },
      failures: 0,
      downAfter: this.setting('down-after', 3),
    });
    if (next === undefined) return;
    this.node.logger.warn({ host: h.spec.name, command: err.command, output: err.output }, 'probe output unreadable');
    await this.transition(h, next, err.message);
  }

  /** The systems a probe listed but could not read, each logged once as a warning when it becomes unreadable. */
  private unreadable(host: string, probe: HostProbe): Record<string, string> {
    const before = this.node.live.get(host).unreadable;
    const now: Record<string, string> = {};
    for (const s of probe.systems) {
      if (s.state !== 'unknown') continue;
      now[s.name] = s.problem ?? 'unreadable';
      if (before[s.name] === undefined)
        this.node.logger.warn({ host, system: s.name, problem: now[s.name] }, 'system unreadable on probe');
    }
    return now;
  }

  private async transition(h: HostEntity, to: HostState, reason: string): Promise<void> {
    const agg = aggregateId('host', h.spec.name);
    await this.node.execute((state) => {
      const now = state.hosts.get(h.spec.name);
      if (!now || now.state === to) return [];
      return [
        {
          aggregate: agg,
          type: 'HostStateChanged',
          body: { from: now.state, to, reason },
          expectedVersion: now.version,
        },
      ];
    }, 'collector');
    this.node.logger.info({ host: h.spec.name, from: h.state, to, reason }, 'host state changed');
  }

  /** Captures definitions that are new or changed, so the systems can be recreated elsewhere. */
  private async capture(h: HostEntity, captures: readonly CaptureNeed[], timeoutMs: number): Promise<void> {
    for (const c of captures) {
      const definition = await driverFor(h.spec.type).captureDefinition(this.access.runner(h, timeoutMs), c.system);
      const agg = aggregateId('system', c.system);
      await this.node.execute((state) => {
        const s = state.systems.get(c.system);
        if (!s || s.host !== h.spec.name || s.capturedHash === c.definitionHash) return [];
        return [
          {
            aggregate: agg,
            type: 'SystemDefinitionCaptured',
            body: { host: h.spec.name, definitionHash: c.definitionHash, definition },
            expectedVersion: s.version,
          },
        ];
      }, 'collector');
    }
  }

  /** Stops every loop. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.loops.forEach((l) => {
      l.stop();
    });
    this.loops.clear();
    await Promise.allSettled([...this.running]);
  }
}
