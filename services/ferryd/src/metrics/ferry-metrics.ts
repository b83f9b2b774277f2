// Ferry's Prometheus metrics (prom-client): log head, appends and storage condition, group-commit batch sizes, replica lag, host
// and system states, pending failovers, each group's spare capacity (can it lose its biggest member), probe latency, failovers by outcome, mail outcomes and spool, NATS publishing. Gauges are read from the node when scraped;
// appends and batch sizes are counted from the log's durable batches.
import { spooledCount } from '../failover/mail-stats.js';
import { join } from 'node:path';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ClusterStatus } from '@ferry/contract';
import { biggestLoss, pendingFailovers, type GroupCapacity } from '@ferry/failover';
import { HOST_STATES } from '@ferry/model';
import { snapshot } from '../failover/failover-duty.js';
import { systemView } from '../views.js';
import type { FerryNode } from '../node.js';

/** A status field as the generated contract types it (number, Long or string). */
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(String(v ?? 0)) || 0);

/** Where the metrics read figures the node itself does not hold. */
export interface MetricsSources {
  /** The cluster status as `ferry status` shows it (replica lag on a master, own lag on a replica). */
  status(): Promise<ClusterStatus>;
  /** Last seq NATS acknowledged, when NATS is configured. */
  natsPublishedSeq?(): number;
  /** The lease's renewals and failures since start and whether this node may write under it (--auto-promote). */
  lease?(): { renewals: number; failures: number; held: boolean };
}

const OUTCOMES = ['running', 'succeeded', 'partial', 'failed', 'cancelled'] as const;

/** The registry of one node, with a subscription to its log. */
export class FerryMetrics {
  /** The registry to serve. */
  readonly registry = new Registry();
  private readonly unsubscribe: () => void;

  constructor(node: FerryNode, sources: MetricsSources) {
    const r = this.registry;
    r.setDefaultLabels({ node: node.config.nodeId, cluster: node.config.cluster });
    collectDefaultMetrics({ register: r, prefix: 'ferry_' });
    let status: Promise<ClusterStatus> | undefined;
    // One status call per scrape, shared by the gauges that need it.
    const currentStatus = (): Promise<ClusterStatus> =>
      (status ??= sources.status().finally(() => setTimeout(() => (status = undefined), 100)));

    new Gauge({
      name: 'ferry_head_seq',
      help: 'Seq of the last event in the local log',
      registers: [r],
      collect() {
        this.set(node.log.head().seq);
      },
    });
    new Gauge({
      name: 'ferry_epoch',
      help: 'Highest epoch this node knows',
      registers: [r],
      collect() {
        this.set(node.log.knownMaxEpoch);
      },
    });
    new Gauge({
      name: 'ferry_role',
      help: 'Role of this node (1 for the current role)',
      labelNames: ['role'],
      registers: [r],
      collect() {
        for (const role of ['master', 'replica', 'fenced']) this.set({ role }, node.role === role ? 1 : 0);
      },
    });
    new Gauge({
      name: 'ferry_storage_writable',
      registers: [r],
      help: 'Whether the event log accepts writes: 0 after a storage write failed (disk full, I/O error) until it has re-opened and verified its store, or when that check failed; ferry status says why',
      collect() {
        this.set(node.log.storage.state === 'ok' ? 1 : 0);
      },
    });
    const appends = new Counter({
      name: 'ferry_appends_total',
      help: 'Events committed to the local log since start (appended or replicated)',
      registers: [r],
    });
    const batches = new Histogram({
      name: 'ferry_commit_batch_events',
      help: 'Events per durable group-commit batch',
      registers: [r],
      buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 4096],
    });
    this.unsubscribe = node.log.subscribe((events) => {
      appends.inc(events.length);
      batches.observe(events.length);
    });
    new Gauge({
      name: 'ferry_replica_lag_events',
      help: 'Events a replica is behind the master',
      labelNames: ['replica'],
      registers: [r],
      async collect() {
        this.reset();
        const s = await currentStatus();
        if (s.role === 'master')
          for (const rep of s.replicas ?? [])
            this.set({ replica: rep.nodeId || rep.address || '?' }, num(rep.lagEvents));
        else this.set({ replica: s.nodeId ?? '?' }, num(s.lagEvents));
      },
    });
    new Gauge({
      name: 'ferry_replica_lag_ms',
      help: 'Age in ms of the oldest event a replica lacks (master), or since the last contact with the master (replica)',
      labelNames: ['replica'],
      registers: [r],
      async collect() {
        this.reset();
        const s = await currentStatus();
        if (s.role === 'master')
          for (const rep of s.replicas ?? []) this.set({ replica: rep.nodeId || rep.address || '?' }, num(rep.lagMs));
        else this.set({ replica: s.nodeId ?? '?' }, num(s.lagMs));
      },
    });
    new Gauge({
      name: 'ferry_replica_connected',
      help: 'Whether a replica streams from this master (1) or not (0)',
      labelNames: ['replica'],
      registers: [r],
      async collect() {
        this.reset();
        const s = await currentStatus();
        for (const rep of s.replicas ?? [])
          this.set({ replica: rep.nodeId || rep.address || '?' }, rep.connected ? 1 : 0);
      },
    });
    new Gauge({
      name: 'ferry_quarantined_events',
      help: 'Events kept in quarantine (divergent tails)',
      registers: [r],
      async collect() {
        this.set(num((await currentStatus()).quarantined));
      },
    });
    new Gauge({
      name: 'ferry_hosts',
      help: 'Hosts by state',
      labelNames: ['state'],
      registers: [r],
      collect() {
        const counts = new Map<string, number>(HOST_STATES.map((s) => [s, 0]));
        for (const h of node.state.hosts.values()) counts.set(h.state, (counts.get(h.state) ?? 0) + 1);
        for (const [state, n] of counts) this.set({ state }, n);
      },
    });
    new Gauge({
      name: 'ferry_systems',
      help: 'Systems by state as `systems list` shows them (unknown: their host is not up or was unreadable)',
      labelNames: ['state'],
      registers: [r],
      collect() {
        this.reset();
        const counts = new Map<string, number>();
        for (const s of node.state.systems.values()) {
          const shown = systemView(s, node.state, node.live).state ?? 'unknown';
          counts.set(shown, (counts.get(shown) ?? 0) + 1);
        }
        for (const [state, n] of counts) this.set({ state }, n);
      },
    });
    new Gauge({
      name: 'ferry_failovers_pending',
      help: 'Down hosts of automatic groups whose failover has not started yet (counting down their timeout)',
      registers: [r],
      collect() {
        const underWay = new Set([...node.state.failovers.values()].filter((f) => f.outcome === '').map((f) => f.host));
        this.set(pendingFailovers(snapshot(node.state, node.live), underWay).length);
      },
    });
    const groupCapacity = (): { group: string; capacity: GroupCapacity }[] => {
      const snap = snapshot(node.state, node.live);
      return snap.groups.flatMap((g) => {
        const capacity = biggestLoss(snap, g);
        return capacity ? [{ group: g.name, capacity }] : [];
      });
    };
    new Gauge({
      name: 'ferry_group_survives_biggest_loss',
      help: "1 when the group's other members can restart every running system of its biggest up member, else 0 (absent: fewer than two members up)",
      labelNames: ['group'],
      registers: [r],
      collect() {
        this.reset();
        for (const { group, capacity } of groupCapacity()) this.set({ group }, capacity.absorbed ? 1 : 0);
      },
    });
    new Gauge({
      name: 'ferry_group_biggest_member_running_mib',
      help: "Memory (MiB) of the running systems of the group's biggest up member: what losing it would move",
      labelNames: ['group'],
      registers: [r],
      collect() {
        this.reset();
        for (const { group, capacity } of groupCapacity()) this.set({ group }, capacity.runningMiB);
      },
    });
    new Gauge({
      name: 'ferry_unreadable_systems',
      help: 'Systems the last probe of a host listed but could not read (state unknown)',
      labelNames: ['host'],
      registers: [r],
      collect() {
        this.reset();
        for (const name of node.state.hosts.keys())
          this.set({ host: name }, Object.keys(node.live.get(name).unreadable).length);
      },
    });
    new Gauge({
      name: 'ferry_probe_latency_seconds',
      help: 'Duration of the last status probe of a host',
      labelNames: ['host'],
      registers: [r],
      collect() {
        this.reset();
        for (const name of node.state.hosts.keys()) {
          const f = node.live.get(name);
          if (f.lastProbeAt) this.set({ host: name }, f.lastProbeMs / 1000);
        }
      },
    });
    new Counter({
      name: 'ferry_failovers_total',
      help: 'Failovers recorded in the log, by outcome (running = not finished)',
      labelNames: ['outcome'],
      registers: [r],
      collect() {
        const counts = new Map<string, number>(OUTCOMES.map((o) => [o, 0]));
        for (const f of node.state.failovers.values()) {
          const o = f.outcome || 'running';
          counts.set(o, (counts.get(o) ?? 0) + 1);
        }
        this.reset();
        for (const [outcome, n] of counts) this.inc({ outcome }, n);
      },
    });
    new Counter({
      name: 'ferry_mail_total',
      help: 'Mail outcomes since start: sent, failed (every attempt failed), interrupted (left in the spool)',
      labelNames: ['outcome'],
      registers: [r],
      collect() {
        this.reset();
        const m = node.mailStats;
        for (const [outcome, n] of [
          ['sent', m.sent],
          ['failed', m.failed],
          ['interrupted', m.interrupted],
        ] as const)
          this.inc({ outcome }, n);
      },
    });
    new Gauge({
      name: 'ferry_mail_spooled',
      help: 'Mail waiting in DATA/mail-spool for delivery',
      registers: [r],
      collect() {
        this.set(spooledCount(join(node.config.data, 'mail-spool')));
      },
    });
    if (sources.natsPublishedSeq) {
      const published = sources.natsPublishedSeq;
      new Gauge({
        name: 'ferry_nats_published_seq',
        help: 'Last seq NATS acknowledged (master)',
        registers: [r],
        collect() {
          this.set(published());
        },
      });
    }
    if (sources.lease) {
      const lease = sources.lease;
      new Counter({
        name: 'ferry_lease_renewals_total',
        help: 'Lease writes (takes and renewals) that succeeded since start (--auto-promote)',
        registers: [r],
        collect() {
          this.reset();
          this.inc(lease().renewals);
        },
      });
      new Counter({
        name: 'ferry_lease_renew_failures_total',
        help: 'Lease renewals that failed since start (--auto-promote)',
        registers: [r],
        collect() {
          this.reset();
          this.inc(lease().failures);
        },
      });
      new Gauge({
        name: 'ferry_lease_held',
        help: '1 while this node holds the lease and may write under it, else 0 (--auto-promote)',
        registers: [r],
        collect() {
          this.set(lease().held ? 1 : 0);
        },
      });
    }
  }

  /** The exposition text. */
  async text(): Promise<string> {
    return this.registry.metrics();
  }

  /** Stops counting. */
  close(): void {
    this.unsubscribe();
    this.registry.clear();
  }
}
