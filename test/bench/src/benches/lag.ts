// Bench `lag`: p99 ms from commit on a ferryd master to applied on both of its two ferryd replicas, while a client
// writes through the API at 2,000 events/s for ~10 s. Each event's commit time is its `time` on the master; it
// counts as applied on a replica when that replica's WatchEvents delivers it (the replica emits only applied
// events), and an event's lag is the later of the two arrivals minus its commit time. The writer runs in a worker
// thread (lag-writer.ts) so its CPU does not delay the arrival timestamps taken here. Each process's event-loop
// delay during the write phase (its Prometheus endpoint's monitorEventLoopDelay p99 and max) and CPU per event
// (the bench process: writer and watchers together) are reported alongside, and how long each main thread ran and
// waited for a CPU (a main thread that waits much is short of cores).
import { createServer, type AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { grpc } from '@ferry/api';
import { benchPki, plaintext, securityNote } from '../bench-tls.js';
import {
  clusterStatus,
  machineCpu,
  machineSince,
  schedShares,
  sleep,
  startFerryd,
  waitFor,
  type Ferryd,
} from '../ferryd-process.js';
import { quantile, scale, withTempDir, type Bench } from '../harness.js';
import type { WriterJob, WriterReport } from './lag-writer.js';

// FERRY_BENCH_LAG_RATE overrides the write rate, to see how the lag and the CPU per event change with it.
const RATE = Number(process.env.FERRY_BENCH_LAG_RATE ?? 2_000);
const TICK_MS = 5;
const WARMUP_MS = 1_000;

interface WatchedEvent {
  seq: number;
  time: string;
  aggregate: string;
}

/** A loopback port free right now (for the metrics endpoints). */
async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

/** Event-loop delay p99 and max (ms) since the previous scrape of the endpoint (prom-client resets it per scrape). */
async function loopDelay(metrics: string): Promise<{ p99: number; max: number }> {
  const text = await (await fetch(`http://${metrics}/metrics`)).text();
  const get = (name: string) =>
    Number(/^\S+ (\S+)$/.exec(text.split('\n').find((l) => l.startsWith(name)) ?? '')?.[1] ?? NaN) * 1000;
  return { p99: get('ferry_nodejs_eventloop_lag_p99_seconds'), max: get('ferry_nodejs_eventloop_lag_max_seconds') };
}

/** Wall clock in ms with sub-ms resolution. */
const nowMs = (): number => performance.timeOrigin + performance.now();

export const lagBench: Bench = {
  name: 'lag',
  description: `p99 ms from commit on the master to applied on both replicas at ${RATE.toLocaleString('en')} events/s (3 ferryd processes)`,
  async run() {
    if (!(RATE > 0) || !Number.isFinite(RATE))
      throw new Error(
        `FERRY_BENCH_LAG_RATE must be a positive number of events/s, not "${process.env.FERRY_BENCH_LAG_RATE}"`,
      );
    const durationMs = Math.max(2_000, Math.round(10_000 * Math.min(1, scale())));
    return withTempDir('lag', async (dir) => {
      const nodes: Ferryd[] = [];
      const streams: grpc.ClientReadableStream<{ event: WatchedEvent }>[] = [];
      try {
        const metrics = [
          `127.0.0.1:${await freePort()}`,
          `127.0.0.1:${await freePort()}`,
          `127.0.0.1:${await freePort()}`,
        ];
        const master = await startFerryd({
          data: join(dir, 'm'),
          nodeId: 'm',
          cluster: 'bench',
          role: 'master',
          extraArgs: ['--metrics', metrics[0]!],
        });
        nodes.push(master);
        // The master's key file: a plaintext replica gets the key from the master only once registered (replicas add).
        const key = ['--cluster-key-file', join(dir, 'm', 'cluster.key')];
        const replicas = [
          await startFerryd({
            data: join(dir, 'r1'),
            nodeId: 'r1',
            cluster: 'bench',
            role: 'replica',
            master: master.address,
            adminTokenFile: join(dir, 'm', 'admin.token'),
            extraArgs: ['--metrics', metrics[1]!, ...key],
          }),
          await startFerryd({
            data: join(dir, 'r2'),
            nodeId: 'r2',
            cluster: 'bench',
            role: 'replica',
            master: master.address,
            adminTokenFile: join(dir, 'm', 'admin.token'),
            extraArgs: ['--metrics', metrics[2]!, ...key],
          }),
        ];
        nodes.push(...replicas);
        for (const r of replicas)
          await waitFor(`replica ${r.address} connected`, 30_000, async () => (await clusterStatus(r)).connected);

        // Arrival (ms) of every bench event on each replica, by seq; commit time by seq.
        const arrival = replicas.map(() => new Map<number, number>());
        const commit = new Map<number, number>();
        replicas.forEach((r, i) => {
          const s = r.client.WatchEvents({ fromSeq: 0 }) as unknown as grpc.ClientReadableStream<{
            event: WatchedEvent;
          }>;
          s.on('data', ({ event: e }: { event: WatchedEvent }) => {
            const t = nowMs();
            if (!e.aggregate.startsWith('owner/lag-')) return;
            arrival[i]!.set(e.seq, t);
            commit.set(e.seq, Date.parse(e.time));
          });
          s.on('error', () => undefined);
          streams.push(s);
        });
        await sleep(300);

        // Paced writer in a worker thread: every tick, as many CreateOwner calls as the schedule asks for.
        await Promise.all(metrics.map(loopDelay));
        const cpuAtStart = nodes.map((n) => n.cpuSeconds());
        const schedAtStart = nodes.map((n) => n.mainThread());
        const benchCpuAtStart = process.cpuUsage();
        const machineAtStart = machineCpu();
        const job: WriterJob = {
          address: master.address,
          tokenFile: join(dir, 'm', 'admin.token'),
          pki: plaintext() ? undefined : benchPki(),
          rate: RATE,
          durationMs,
          tickMs: TICK_MS,
        };
        const writer = new Worker(new URL('./lag-writer.js', import.meta.url), { workerData: job });
        const { sent, failed, maxInflight, writeSecs, firstError } = await new Promise<WriterReport>(
          (resolve, reject) => {
            writer.once('message', resolve);
            writer.once('error', reject);
            writer.once('exit', (code) => reject(new Error(`the lag writer exited (${code}) without a report`)));
          },
        );
        const delays = await Promise.all(metrics.map(loopDelay));
        // CPU per written event, far less sensitive than latency to other load on the machine.
        const cpuUs = nodes.map((n, i) => ((n.cpuSeconds() - cpuAtStart[i]!) / Math.max(1, sent - failed)) * 1e6);
        const benchCpu = process.cpuUsage(benchCpuAtStart);
        const benchCpuUs = (benchCpu.user + benchCpu.system) / Math.max(1, sent - failed);
        // Cores busy during the write phase: the whole machine, and what of it other processes used (others' load).
        const phase = machineSince(machineAtStart);
        const mainThreads = nodes.map((n, i) => schedShares(schedAtStart[i]!, n.mainThread(), phase.secs));
        const ownSecs =
          nodes.reduce((sum, n, i) => sum + n.cpuSeconds() - cpuAtStart[i]!, 0) +
          (benchCpu.user + benchCpu.system) / 1e6;
        const otherCores = Math.max(0, phase.busyCores - ownSecs / phase.secs);
        const head = (await clusterStatus(master)).headSeq;
        await waitFor('both replicas at the master head', 30_000, async () => {
          for (const r of replicas) if ((await clusterStatus(r)).headSeq < head) return false;
          return true;
        });
        // The watchers may trail the replicas' heads: wait for every written event, so the slowest are not left out.
        await waitFor('both replicas to deliver every written event to the watchers', 30_000, () =>
          arrival.every((m) => m.size >= sent - failed),
        );

        // Per event: the later arrival of the two replicas minus the commit time; warm-up events left out.
        const firstCommit = Math.min(...commit.values());
        const lags: number[] = [];
        let missing = 0;
        for (const [seq, t0] of commit) {
          if (t0 < firstCommit + WARMUP_MS) continue;
          const a = arrival.map((m) => m.get(seq));
          if (a.some((x) => x === undefined)) {
            missing++;
            continue;
          }
          lags.push(Math.max(...(a as number[])) - t0);
        }
        if (lags.length === 0) throw new Error('no events observed on the replicas');
        const achieved = (sent - failed) / writeSecs;
        return {
          value: Number(quantile(lags, 0.99).toFixed(2)),
          unit: 'ms p99',
          baseline: null,
          ratio: null,
          notes:
            `${securityNote()}; ` +
            `${lags.length} events measured (${sent} written at ${achieved.toFixed(0)}/s, ${failed} failed, ${missing} not seen on both, max ${maxInflight} in flight); ` +
            `p50 ${quantile(lags, 0.5).toFixed(2)} ms, p90 ${quantile(lags, 0.9).toFixed(2)} ms, max ${Math.max(...lags).toFixed(1)} ms; commit times have 1 ms resolution; ` +
            `event-loop delay p99/max ms ${['m', 'r1', 'r2'].map((n, i) => `${n} ${delays[i]!.p99.toFixed(0)}/${delays[i]!.max.toFixed(0)}`).join(', ')}; ` +
            `CPU µs per event ${['m', 'r1', 'r2'].map((n, i) => `${n} ${cpuUs[i]!.toFixed(0)}`).join(', ')}, bench (writer + watchers) ${benchCpuUs.toFixed(0)}` +
            `; machine ${phase.busyCores.toFixed(2)} of ${availableParallelism()} cores busy while writing, ${otherCores.toFixed(2)} by other processes` +
            `; main threads while writing: ${['m', 'r1', 'r2'].map((n, i) => `${n} ${mainThreads[i]}`).join(', ')}` +
            (firstError ? `; first failure: ${firstError}` : ''),
        };
      } finally {
        for (const s of streams) s.cancel();
        for (const n of nodes.reverse()) await n.stop();
      }
    });
  },
};
