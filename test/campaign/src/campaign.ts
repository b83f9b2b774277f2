// One campaign run: network namespaces, a lab of sshd hosts in a failover group, a master and two replicas; a writer
// creating owners on whichever node is master; the seeded faults applied one after another; an invariant monitor
// throughout; then everything healed and the end state checked. Everything the run creates (namespaces, tmpfs
// mounts, processes, lab) is removed in `finally`, and on SIGINT/SIGTERM; after a SIGKILL, by the next run.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { call } from '@ferry/api';
import type {
  ClusterStatus__Output,
  ReadEventsResponse__Output,
  ListOwnersResponse__Output,
  VerifyLogResponse__Output,
} from '@ferry/contract';
import { Lab } from '@ferry/lab';
import { Cluster, type Node } from './cluster.js';
import { record, release, sweep } from './leftovers.js';
import { Network } from './network.js';
import { LAB_CLI } from './paths.js';
import { describeFault, drawSchedule, type Fault } from './schedule.js';

/** The invariants a campaign checks. */
export type Invariant = 'acknowledged-kept' | 'one-chain' | 'chain-verifies' | 'no-double-run' | 'one-writer-per-epoch';

/** One broken invariant. */
export interface Violation {
  invariant: Invariant;
  detail: string;
}

/** What to run. */
export interface CampaignOptions {
  seed: number;
  /** Length of the fault phase. */
  minutes: number;
  /** Indices of the seed's schedule to apply (all when absent): a shrunk reproduction. */
  only?: number[];
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

/** What a run found. */
export interface CampaignResult {
  seed: number;
  /** The faults applied. */
  faults: Fault[];
  violations: Violation[];
  /** Writes acknowledged / attempted. */
  acknowledged: number;
  attempted: number;
  /** Monitor polls that saw two nodes accepting writes at once in different epochs (a stale master's window). */
  staleWindows: number;
  durationMs: number;
}

const NODES = 3;
const HOSTS = 3;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Fails with a clear message unless this process may create network namespaces and mount tmpfs. */
export function checkPrivileges(): void {
  if (process.getuid?.() !== 0) throw new Error('the fault campaign needs root (network namespaces, tmpfs mounts)');
  try {
    execFileSync('ip', ['netns', 'list'], { stdio: 'ignore' });
  } catch {
    throw new Error('the fault campaign needs iproute2 ("ip netns"); install the Debian package iproute2');
  }
}

/** Runs one campaign. */
export async function runCampaign(opts: CampaignOptions): Promise<CampaignResult> {
  checkPrivileges();
  const log = opts.log ?? (() => {});
  const started = Date.now();
  for (const prefix of await sweep()) log(`removed the leftovers of killed campaign ${prefix}`);
  const schedule = drawSchedule(opts.seed, opts.minutes * 60_000, NODES, HOSTS);
  const faults = opts.only ? schedule.filter((f) => opts.only!.includes(f.index)) : schedule;
  const dir = mkdtempSync(join(tmpdir(), 'ferry-campaign-'));
  let network: Network | undefined;
  let cluster: Cluster | undefined;
  let lab: Lab | undefined;
  const cleanup = async () => {
    cluster?.close();
    for (const n of cluster?.nodes ?? []) {
      n.resume();
      await n.kill();
      n.unmount();
    }
    await lab?.down().catch(() => undefined);
    network?.destroy();
    rmSync(dir, { recursive: true, force: true });
    if (network) release(network.prefix);
  };
  const onSignal = (sig: NodeJS.Signals) => void cleanup().finally(() => process.kill(process.pid, sig));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    network = Network.create(NODES, HOSTS);
    record(network.prefix, dir, [...network.nodeNamespaces, network.router]);
    log(`network ${network.prefix}: nodes ${network.nodeIps.join(', ')}; lab hosts ${network.hostIps.join(', ')}`);
    lab = await Lab.up(join(dir, 'lab'), {
      hosts: HOSTS,
      type: 'kvm',
      ramMiB: 4096,
      systems: 2,
      prefix: 'h',
      hostAddresses: network.hostIps,
    });
    cluster = new Cluster(dir, network);
    const c = cluster;
    await setUp(c, lab, log).catch((err: Error) => {
      throw new Error(`${err.message}\n${c.nodes.map((n) => `--- ${n.name} log:\n${n.logTail()}`).join('\n')}`);
    });
    const run = new Run(cluster, lab, network, log);
    run.startMonitor();
    run.startWriter();
    for (const f of faults) {
      log(`fault ${describeFault(f)}`);
      await run.apply(f);
    }
    await run.settle();
    const violations = [...run.violations, ...(await run.finalChecks())];
    if (violations.length) for (const n of cluster.nodes) log(`--- ${n.name} log (last lines):\n${n.logTail(12)}`);
    return {
      seed: opts.seed,
      faults,
      violations,
      acknowledged: run.acked.size,
      attempted: run.attempted,
      staleWindows: run.staleWindows,
      durationMs: Date.now() - started,
    };
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanup();
  }
}

/** Master n0, replicas n1 and n2 (registered), the lab hosts registered with fencing, one automatic failover group. */
async function setUp(cluster: Cluster, lab: Lab, log: (line: string) => void): Promise<void> {
  const [m, ...replicas] = cluster.nodes as [Node, ...Node[]];
  cluster.nodes.forEach((n) => {
    n.mount();
  });
  m.start();
  const tokenFile = join(m.data, 'admin.token');
  await until("the master's first admin token", async () => existsSync(tokenFile), 60_000);
  cluster.token = readFileSync(tokenFile, 'utf8').trim();
  await until('the master to answer', async () => (await cluster.status(m))?.role === 'master', 60_000);
  replicas.forEach((r) => {
    r.start(['--role', 'replica', '--master', m.address]);
  });
  for (const r of replicas) {
    await until(`replica ${r.name} to answer`, async () => (await cluster.status(r)) !== undefined, 60_000);
    await cluster.cliOk(m, ['replicas', 'add', r.address]);
  }
  for (const name of lab.hostNames()) {
    const h = lab.hostInfo(name);
    await cluster.cliOk(m, [
      'hosts',
      'add',
      name,
      '--address',
      h.address,
      '--port',
      String(h.port),
      '--user',
      h.user,
      '--type',
      'kvm',
      '--key-file',
      h.keyFile,
    ]);
    await cluster.cliOk(m, ['hosts', 'trust', name, '--fingerprint', h.hostKeyFingerprint]);
    const lab_ = (verb: string) =>
      `${JSON.stringify(process.execPath)} ${JSON.stringify(LAB_CLI)} ${verb} ${JSON.stringify(lab.dir)} ${name}`;
    await cluster.cliOk(m, [
      'hosts',
      'update',
      name,
      '--fence-command',
      lab_('power-off'),
      '--power-status-command',
      lab_('power-status'),
    ]);
  }
  await cluster.cliOk(m, [
    'groups',
    'create',
    'g1',
    '--type',
    'kvm',
    '--mode',
    'automatic',
    '--hosts',
    lab.hostNames().join(','),
    '--down-timeout',
    '0',
    '--fence',
    'command',
  ]);
  await until(
    'replicas to connect',
    async () => {
      const st = (
        await call<{ status: ClusterStatus__Output }>(
          cluster.control(m),
          cluster.control(m).GetClusterStatus,
          {},
          { metadata: cluster.metadata(), timeoutMs: 2_000 },
        )
      ).status;
      return st.replicas.filter((r) => r.connected).length === replicas.length;
    },
    60_000,
  );
  log(
    `cluster up: master ${m.address}, replicas ${replicas.map((r) => r.address).join(', ')}, ${lab.hostNames().length} lab hosts in group g1`,
  );
}

async function until(what: string, check: () => Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`campaign set-up: timed out waiting for ${what}`);
    await sleep(250);
  }
}

/** The running campaign: writer, monitor, fault application, settling and the final checks. */
class Run {
  readonly violations: Violation[] = [];
  /** Owner names whose creation a master acknowledged. */
  readonly acked = new Set<string>();
  attempted = 0;
  private stopped = false;
  private writer: Promise<void> | undefined;
  private monitor: Promise<void> | undefined;
  /** Node ids seen accepting writes, per epoch. */
  private readonly writersByEpoch = new Map<number, Set<string>>();
  /** Times two nodes accepted writes at once in different epochs (the stale-master window: not this invariant). */
  staleWindows = 0;
  private master: Node | undefined;

  constructor(
    private readonly cluster: Cluster,
    private readonly lab: Lab,
    private readonly network: Network,
    private readonly log: (line: string) => void,
  ) {}

  /** Every second: which node accepts writes in which epoch (two nodes in one epoch is a violation). */
  startMonitor(): void {
    this.monitor = (async () => {
      while (!this.stopped) {
        await this.observe();
        await sleep(1_000);
      }
    })();
  }

  private async observe(): Promise<Map<Node, ClusterStatus__Output | undefined>> {
    const infos = new Map<Node, ClusterStatus__Output | undefined>();
    await Promise.all(this.cluster.nodes.map(async (n) => infos.set(n, await this.cluster.status(n, 800))));
    let best: { node: Node; epoch: number } | undefined;
    const writers: string[] = [];
    for (const [n, info] of infos) {
      if (info?.role !== 'master') continue;
      if (!best || info.epoch > best.epoch) best = { node: n, epoch: info.epoch };
      const epoch = await this.writerEpoch(n, info);
      if (epoch === undefined) continue;
      writers.push(`${n.name}@e${epoch}`);
      const seen = this.writersByEpoch.get(epoch) ?? new Set<string>();
      if (!seen.has(n.name) && seen.size === 1) {
        this.violations.push({
          invariant: 'one-writer-per-epoch',
          detail: `epoch ${epoch}: ${[...seen][0]} and ${n.name} both accepted writes`,
        });
      }
      seen.add(n.name);
      this.writersByEpoch.set(epoch, seen);
    }
    if (writers.length > 1) {
      this.staleWindows++;
      this.log(`  note: two nodes accept writes at once: ${writers.join(', ')}`);
    }
    if (best) this.master = best.node;
    return infos;
  }

  /**
   * The epoch a master writes in, when it accepts writes: the epoch of its head event (a promotion's first event is
   * its MasterPromoted), unless it already knows a newer epoch (its log then refuses appends).
   */
  private async writerEpoch(n: Node, info: ClusterStatus__Output): Promise<number | undefined> {
    if (info.headSeq === 0) return info.epoch;
    const c = this.cluster.control(n);
    const head = await call<ReadEventsResponse__Output>(
      c,
      c.ReadEvents,
      { fromSeq: info.headSeq, limit: 1 },
      { metadata: this.cluster.metadata(), timeoutMs: 800 },
    ).catch(() => undefined);
    const epoch = head?.events[0]?.epoch;
    return epoch !== undefined && epoch === info.epoch ? epoch : undefined;
  }

  /** Creates owners on the current master, one at a time; remembers each acknowledged one. */
  startWriter(): void {
    this.writer = (async () => {
      for (let i = 1; !this.stopped; i++) {
        const m = this.master ?? this.cluster.nodes[0]!;
        const name = `w${i}`;
        this.attempted++;
        try {
          await call(
            this.cluster.control(m),
            this.cluster.control(m).CreateOwner,
            { owner: { name, email: `${name}@campaign.test` } },
            { metadata: this.cluster.metadata(), timeoutMs: 5_000 },
          );
          this.acked.add(name);
        } catch {
          await sleep(200);
        }
        await sleep(25);
      }
    })();
  }

  /** Applies one fault, waits its duration, heals it, waits its gap. */
  async apply(f: Fault): Promise<void> {
    const node = this.cluster.nodes[f.node]!;
    const host = this.lab.hostNames()[f.other]!;
    const ips = this.network.nodeIps;
    let heal: () => Promise<void> | void = () => {};
    switch (f.kind) {
      case 'crash':
        await node.kill();
        heal = () => node.start();
        break;
      case 'pause':
        node.pause();
        heal = () => node.resume();
        break;
      case 'partition':
        this.network.cut(ips[f.node]!, ips[f.other]!);
        heal = () => this.network.heal(ips[f.node]!, ips[f.other]!);
        break;
      case 'isolate': {
        const others = [...ips.filter((_, i) => i !== f.node), ...this.network.hostIps];
        others.forEach((o) => {
          this.network.cut(ips[f.node]!, o);
        });
        heal = () =>
          others.forEach((o) => {
            this.network.heal(ips[f.node]!, o);
          });
        break;
      }
      case 'disk-full':
        node.fillDisk();
        heal = () => node.freeDisk();
        break;
      case 'promote': {
        // A failover of Ferry itself: the master is killed (even `other`) or cut off from every node and host (odd),
        // then an operator promotes the most advanced replica without --force (refused if the master still answers).
        // The heal restarts or reconnects the old master with its unchanged command line.
        const m = this.master ?? this.cluster.nodes[0]!;
        const mi = this.cluster.nodes.indexOf(m);
        if (f.other % 2 === 0) {
          await m.kill();
          heal = () => m.start();
        } else {
          const others = [...ips.filter((_, i) => i !== mi), ...this.network.hostIps];
          others.forEach((o) => {
            this.network.cut(ips[mi]!, o);
          });
          heal = () =>
            others.forEach((o) => {
              this.network.heal(ips[mi]!, o);
            });
        }
        this.log(`  master ${m.name} ${f.other % 2 === 0 ? 'killed' : 'cut off'}`);
        await sleep(1_500);
        await this.promoteMostAdvanced(false);
        break;
      }
      case 'host-crash':
        await this.lab.crash(host);
        heal = () => this.lab.restore(host);
        break;
      case 'host-partition':
        this.network.cut(ips[f.node]!, this.network.hostIps[f.other]!);
        heal = () => this.network.heal(ips[f.node]!, this.network.hostIps[f.other]!);
        break;
    }
    await sleep(f.durationMs);
    await heal();
    await sleep(f.gapMs);
  }

  /** promote-replica on the reachable replica with the highest head (an operator's choice); false when none. */
  private async promoteMostAdvanced(force: boolean): Promise<boolean> {
    const infos = await this.observe();
    const replicas = [...infos]
      .filter(([, i]) => i?.role === 'replica')
      .sort(([, a], [, b]) => b!.headSeq - a!.headSeq);
    const target = replicas[0]?.[0];
    if (!target) {
      this.log('  no reachable replica to promote');
      return false;
    }
    const r = await this.cluster.cli(target, ['promote-replica', ...(force ? ['--force'] : []), '--json'], 20_000);
    this.log(`  promote-replica on ${target.name}: exit ${r.code} ${r.out.trim().split('\n')[0]}`);
    return r.code === 0;
  }

  /** Ends the faults: stops the writer, heals everything, restarts what is down; waits for one master and one chain. */
  async settle(): Promise<void> {
    this.stopped = true;
    await this.writer;
    await this.monitor;
    this.network.healAll();
    for (const n of this.cluster.nodes) {
      n.resume();
      n.freeDisk();
      if (!n.running) n.start();
    }
    for (const h of this.lab.hostNames()) if ((await this.lab.powerState(h)) !== 'on') await this.lab.restore(h);
    // One master: wait for it, else (nothing writes any more) force the most advanced replica's promotion.
    let masters = await this.waitForMaster(20_000);
    if (masters.length === 0 && (await this.promoteMostAdvanced(true))) masters = await this.waitForMaster(20_000);
    const master = masters[0];
    if (!master) return;
    // A fenced node that knows no master is re-joined by the operator (RUNBOOK section 4).
    await sleep(5_000);
    for (const [n, info] of await this.observe()) {
      if (info?.role === 'fenced') {
        const r = await this.cluster.cli(n, ['replication', 'join', master.address], 20_000);
        this.log(`  join ${master.name} on fenced ${n.name}: exit ${r.code} ${r.out.trim().split('\n')[0]}`);
      }
    }
  }

  private async waitForMaster(ms: number): Promise<Node[]> {
    const end = Date.now() + ms;
    for (;;) {
      const infos = await this.observe();
      const top = Math.max(0, ...[...infos.values()].map((i) => i?.epoch ?? 0));
      const masters = [...infos].filter(([, i]) => i?.role === 'master' && i.epoch === top).map(([n]) => n);
      if (masters.length || Date.now() > end) return masters;
      await sleep(500);
    }
  }

  /** Convergence to one verifying chain holding every acknowledged write, and no system on two hosts. */
  async finalChecks(): Promise<Violation[]> {
    const out: Violation[] = [];
    const end = Date.now() + 90_000;
    let heads: string[] = [];
    for (;;) {
      const infos = await this.observe();
      heads = [...infos].map(
        ([n, i]) => `${n.name}:${i ? `${i.role}/e${i.epoch}/${i.headSeq}/${i.headHash.slice(0, 12)}` : 'silent'}`,
      );
      const distinct = new Set([...infos.values()].map((i) => (i ? `${i.headSeq}/${i.headHash}` : 'silent')));
      if (distinct.size === 1 && !distinct.has('silent')) break;
      if (Date.now() > end) {
        out.push({ invariant: 'one-chain', detail: `the nodes did not converge within 90 s: ${heads.join('  ')}` });
        break;
      }
      await sleep(1_000);
    }
    this.log(`  end state: ${heads.join('  ')}`);
    for (const n of this.cluster.nodes) {
      const v = await call<VerifyLogResponse__Output>(
        this.cluster.control(n),
        this.cluster.control(n).VerifyLog,
        {},
        { metadata: this.cluster.metadata(), timeoutMs: 30_000 },
      ).catch(
        (err: Error) =>
          ({ ok: false, checked: 0, badSeq: 0, message: err.message }) as unknown as VerifyLogResponse__Output,
      );
      if (!v.ok) out.push({ invariant: 'chain-verifies', detail: `${n.name}: ${JSON.stringify(v)}` });
    }
    const master = this.master ?? this.cluster.nodes[0]!;
    const owners = await call<ListOwnersResponse__Output>(
      this.cluster.control(master),
      this.cluster.control(master).ListOwners,
      {},
      { metadata: this.cluster.metadata(), timeoutMs: 10_000 },
    ).catch(() => undefined);
    const present = new Set(owners?.owners.map((o) => o.name) ?? []);
    const lost = [...this.acked].filter((n) => !present.has(n));
    if (!owners)
      out.push({ invariant: 'acknowledged-kept', detail: `the final master ${master.name} does not list owners` });
    else if (lost.length)
      out.push({
        invariant: 'acknowledged-kept',
        detail: `${lost.length} of ${this.acked.size} acknowledged writes are missing on ${master.name}: ${lost.slice(0, 10).join(', ')}${lost.length > 10 ? ' …' : ''}`,
      });
    const doubles = await this.lab.doubleRuns();
    if (doubles.length) out.push({ invariant: 'no-double-run', detail: JSON.stringify(doubles) });
    return out;
  }
}
