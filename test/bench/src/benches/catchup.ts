// Bench `catchup`: events/s for a fresh replica (a real ferryd process) to copy, verify and apply a 1M-event log
// from a real ferryd master; baseline: the same stored bytes streamed over gRPC in the same batches (the master's
// stream batch bounds) by a tiny in-process Replication server to a client that only counts, measured in the same run,
// over mutual TLS like the nodes (both plaintext with FERRY_BENCH_PLAINTEXT=1).
// The notes say how long the replica's and the master's main threads ran and waited for a CPU, and how many cores the
// machine kept busy: the raw stream runs on one thread, while the replica shares the cores with the master and with
// its own LevelDB compaction.
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { createProjection } from '@ferry/model';
import { contract, type grpc, replicationClient, startServer } from '@ferry/api';
import { peerCredentials, securityNote, serverCredentials } from '../bench-tls.js';
import { EventLog, fitBatch, STREAM_BATCH_BYTES, STREAM_BATCH_EVENTS } from '@ferry/log';
import { eventMix } from '../replay-fixture.js';
import {
  clusterStatus,
  machineCpu,
  machineSince,
  schedShares,
  startFerryd,
  waitFor,
  type Ferryd,
} from '../ferryd-process.js';
import { scaled, withTempDir, type Bench } from '../harness.js';

interface RawEventMsg {
  seq: number;
  data: Buffer;
  hash: Buffer;
}
interface MasterMsg {
  batch?: { events: RawEventMsg[]; headSeq: number };
}

/**
 * Raw baseline: an in-process gRPC server with the Replication contract whose Stream sends `readRaw` batches of
 * the log at `dbPath`; a client in the same process counts events. Returns events/s and bytes moved.
 */
async function rawStream(dbPath: string, total: number): Promise<{ rate: number; bytes: number; secs: number }> {
  const log = await EventLog.open({ path: dbPath, verifyOnOpen: false });
  const server = await startServer('127.0.0.1:0', serverCredentials('m'), (s) => {
    const def = contract().ferry.v1.ReplicationService.service;
    s.addService(def, {
      Stream: (stream: grpc.ServerDuplexStream<unknown, MasterMsg>) => {
        let closed = false;
        stream.on('cancelled', () => {
          closed = true;
        });
        stream.on('error', () => {
          closed = true;
        });
        stream.once('data', () => {
          void (async () => {
            const head = log.head().seq;
            for (let next = 1; next <= head && !closed; ) {
              const raws = await log.readRaw(next, STREAM_BATCH_EVENTS);
              raws.length = fitBatch(raws, 0, STREAM_BATCH_EVENTS, STREAM_BATCH_BYTES).end;
              next = raws[raws.length - 1]!.seq + 1;
              const ok = stream.write({
                batch: {
                  events: raws.map((r) => ({ seq: r.seq, data: Buffer.from(r.data), hash: Buffer.from(r.hash) })),
                  headSeq: head,
                },
              });
              if (!ok) await new Promise<void>((r) => stream.once('drain', () => r()));
            }
            stream.end();
          })().catch((err: unknown) => stream.destroy(err as Error));
        });
      },
    });
  });
  const client = replicationClient(`127.0.0.1:${server.port}`, peerCredentials('r1'));
  try {
    const started = performance.now();
    let count = 0;
    let bytes = 0;
    const stream = client.Stream();
    stream.write({ hello: { nodeId: 'bench', headSeq: 0 } });
    for await (const msg of stream as AsyncIterable<MasterMsg>) {
      for (const e of msg.batch?.events ?? []) bytes += e.data.length + e.hash.length;
      count += msg.batch?.events.length ?? 0;
      if (count >= total) break;
    }
    stream.cancel();
    const secs = (performance.now() - started) / 1000;
    if (count < total) throw new Error(`raw stream ended after ${count} of ${total} events`);
    return { rate: count / secs, bytes, secs };
  } finally {
    client.close();
    await server.stop(500);
    await log.close();
  }
}

export const catchupBench: Bench = {
  name: 'catchup',
  description:
    'events/s for a fresh ferryd replica to apply a 1M-event log from a ferryd master; baseline raw gRPC stream of the same bytes',
  async run() {
    const total = scaled(1_000_000, 10_000);
    return withTempDir('catchup', async (dir) => {
      const masterData = join(dir, 'master');
      const dbPath = join(masterData, 'db');
      mkdirSync(masterData, { recursive: true, mode: 0o700 });
      // The master's log, written directly with its projection attached so the master does not replay on start.
      const build = await EventLog.open({ path: dbPath, verifyOnOpen: false, projection: createProjection() });
      for (const chunk of eventMix(total)) await build.append(chunk);
      await build.close();

      const raw = await rawStream(dbPath, total);

      let master: Ferryd | undefined;
      let replica: Ferryd | undefined;
      try {
        master = await startFerryd({ data: masterData, nodeId: 'm', cluster: 'bench', role: 'master' });
        const masterHead = (await clusterStatus(master)).headSeq;
        if (masterHead < total) throw new Error(`master head ${masterHead} < ${total} built events`);
        const spawned = performance.now();
        // The master's key file: a plaintext replica gets the key from the master only once registered (replicas add).
        replica = await startFerryd({
          data: join(dir, 'replica'),
          nodeId: 'r1',
          cluster: 'bench',
          role: 'replica',
          master: master.address,
          adminTokenFile: join(masterData, 'admin.token'),
          extraArgs: ['--cluster-key-file', join(masterData, 'cluster.key')],
        });
        const ready = performance.now();
        const cpuAtReady = { replica: replica.cpuSeconds(), master: master.cpuSeconds() };
        const schedAtReady = { replica: replica.mainThread(), master: master.mainThread(), machine: machineCpu() };
        let seen = 0;
        const r = replica;
        await waitFor(
          `replica to reach seq ${masterHead}`,
          30 * 60_000,
          async () => {
            seen = (await clusterStatus(r)).headSeq;
            return seen >= masterHead;
          },
          50,
        );
        const done = performance.now();
        // CPU per event is far less sensitive than wall time to other load on the machine.
        const cpuUs = (p: Ferryd, at: number) => ((p.cpuSeconds() - at) / masterHead) * 1e6;
        const replicaCpu = cpuUs(r, cpuAtReady.replica);
        const masterCpu = cpuUs(master, cpuAtReady.master);
        const secs = (done - ready) / 1000;
        // Whether the replica was short of cores rather than slow: its main thread's run-queue wait, and the machine.
        const { busyCores } = machineSince(schedAtReady.machine);
        const value = masterHead / secs;
        const masterMem = master.memory();
        return {
          value: Math.round(value),
          unit: 'events/s',
          baseline: Math.round(raw.rate),
          ratio: value / raw.rate,
          notes:
            `${securityNote()}; ` +
            `${masterHead} events (${(raw.bytes / 1e6).toFixed(0)} MB) in ${secs.toFixed(1)} s from replica ready ` +
            `(+${(ready - spawned).toFixed(0)} ms startup); raw stream ${raw.secs.toFixed(1)} s; ` +
            `replica RSS peak ${r.memory().peakMiB.toFixed(0)} MiB, master ${masterMem.peakMiB.toFixed(0)} MiB; ` +
            `CPU per event: replica ${replicaCpu.toFixed(1)} µs, master ${masterCpu.toFixed(1)} µs; ` +
            `main thread of the replica ${schedShares(schedAtReady.replica, r.mainThread(), secs)}, of the master ${schedShares(schedAtReady.master, master.mainThread(), secs)}; ` +
            `machine ${busyCores.toFixed(2)} of ${availableParallelism()} cores busy`,
        };
      } finally {
        await replica?.stop();
        await master?.stop();
      }
    });
  },
};
