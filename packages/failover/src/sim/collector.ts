// The simulated status collector of one Ferry node: each probe round it probes the hosts it knows (in declaration
// order) over the simulated network and applies the daemon's own rule, nextHostState, to the outcome: a host
// silent for down-after rounds goes down (the engine's hostDown), one that answers again is reconciled by the
// engine before it counts as up. What it believes is the node's projection of host states.

import type { FailoverEngine } from '../engine.js';
import { nextHostState, type CollectorState, type ProbeOutcome } from '../host-state.js';

/** What the collector believes of one host. */
export interface CollectedHost {
  state: CollectorState;
  failures: number;
  downAt?: number;
  returning: boolean;
  lastNotUp: boolean;
}

/** What a probe round needs from the simulation. */
export interface ProbeEnv {
  now(): number;
  downAfter: number;
  /** Probes `host` from this node: ok, or how it failed. */
  probe(host: string): ProbeOutcome;
  /** The host answered while up: refresh the last known state of its systems. */
  refresh(host: string): void;
  /** Whether `host` still answers (after a reconcile). */
  answers(host: string): boolean;
  print(line: string): void;
}

/** Host states as one node's collector (or, on a replica, its replicated projection) holds them. */
export class SimCollector {
  readonly hosts = new Map<string, CollectedHost>();

  /** Starts knowing `host` in `state` (declared hosts start up; a joining one unknown). */
  know(host: string, state: CollectorState): void {
    this.hosts.set(host, { state, failures: 0, returning: false, lastNotUp: false });
  }

  /** Copies another collector's beliefs (a replica's projection follows its master's). */
  copyFrom(other: SimCollector): void {
    this.hosts.clear();
    for (const [h, c] of other.hosts) this.hosts.set(h, { ...c, returning: false });
  }

  /** One probe round; `engine` is told of hosts going down and asked to reconcile returning ones. */
  round(env: ProbeEnv, engine: FailoverEngine | undefined): void {
    for (const [host, c] of this.hosts) {
      const outcome = env.probe(host);
      c.failures = outcome.ok ? 0 : c.failures + 1;
      const d = nextHostState({ current: c.state, outcome, failures: c.failures, downAfter: env.downAfter });
      if (outcome.ok) {
        if (!d.reconcileFirst) env.refresh(host);
        else this.answered(host, c, env, engine);
        continue;
      }
      if (d.next === undefined) continue;
      c.state = d.next;
      if (d.next === 'down') {
        c.downAt = env.now();
        c.lastNotUp = false;
        env.print(`collector: ${host} down (${c.failures} missed probes)`);
        engine?.hostDown(host);
      } else {
        env.print(`collector: ${host} ${d.next} (${c.failures} failed probe(s): ${outcome.kind})`);
      }
    }
  }

  private answered(host: string, c: CollectedHost, env: ProbeEnv, engine: FailoverEngine | undefined): void {
    if (c.returning || engine === undefined) return;
    c.returning = true;
    void engine.hostReturned(host).then((up) => {
      c.returning = false;
      if (up && env.answers(host)) {
        c.state = 'up';
        delete c.downAt;
        env.print(`collector: ${host} up`);
      } else if (!up && !c.lastNotUp) {
        c.lastNotUp = true;
        env.print(`collector: ${host} answers but does not count as up yet`);
      }
    });
  }
}
