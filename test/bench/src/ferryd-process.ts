// Real ferryd processes for the cluster benches: spawn in the foreground on a free loopback port, wait for the
// "listening" line, talk to them over gRPC, read their memory from /proc, and stop or SIGKILL them.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { call, controlClient } from '@ferry/api';
import { clientCredentials, nodeTlsArgs } from './bench-tls.js';

/** The ControlPlane client type (kept local: the bench does not depend on @ferry/contract directly). */
export type ControlPlaneServiceClient = ReturnType<typeof controlClient>;

/** The fields of ClusterStatus the benches read. */
export interface ClusterStatusView {
  nodeId: string;
  role: string;
  epoch: number;
  headSeq: number;
  headHash: string;
  master: string;
  connected: boolean;
  lagEvents: number;
  replicas: { address: string; nodeId: string; connected?: boolean; ackedSeq?: number }[];
}

/** Repository root (test/bench/dist/src -> ../../../..). */
export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
/** ferryd's entry point. */
export const ferrydMain = `${repoRoot}services/ferryd/dist/src/main.js`;
/** The lab CLI's entry point (fence and power-status commands). */
export const labMain = `${repoRoot}test/lab/dist/src/main.js`;

/** Options of {@link startFerryd}. */
export interface FerrydOptions {
  data: string;
  nodeId: string;
  cluster: string;
  role?: 'master' | 'replica';
  master?: string;
  /** Listen address (default 127.0.0.1:0). */
  listen?: string;
  extraArgs?: string[];
  /** The admin token the client presents (default DATA/admin.token: a master's own; a replica's is its master's). */
  adminTokenFile?: string;
  /** Milliseconds to wait for the listening line (default 120 s: a master may load a large log first). */
  readyTimeoutMs?: number;
}

/** A running ferryd. */
export interface Ferryd {
  address: string;
  pid: number;
  proc: ChildProcess;
  client: ControlPlaneServiceClient;
  /** ms from spawn to the listening line. */
  startupMs: number;
  /** Last lines of its output (for error messages). */
  output(): string;
  /** Resident set size now and the peak (VmHWM), MiB. */
  memory(): { rssMiB: number; peakMiB: number };
  /** CPU seconds used so far (user + system). */
  cpuSeconds(): number;
  /** Seconds its main (JavaScript) thread has run, and waited runnable for a CPU, so far. */
  mainThread(): ThreadSched;
  /** SIGKILL, and wait for the exit. */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/** Starts ferryd in the foreground and resolves once it prints that it is listening. */
export async function startFerryd(o: FerrydOptions): Promise<Ferryd> {
  const args = [
    ferrydMain,
    '--foreground',
    '--listen',
    o.listen ?? '127.0.0.1:0',
    '--data',
    o.data,
    '--node-id',
    o.nodeId,
    '--cluster',
    o.cluster,
    '--log-level',
    'warn',
    ...nodeTlsArgs(o.nodeId),
    ...(o.role ? ['--role', o.role] : []),
    ...(o.master ? ['--master', o.master] : []),
    ...(o.extraArgs ?? []),
  ];
  // FERRY_BENCH_CPU_PROF=DIR writes a V8 CPU profile of every ferryd the benches start into DIR (on clean exit).
  const prof = process.env.FERRY_BENCH_CPU_PROF;
  if (prof) args.unshift('--cpu-prof', '--cpu-prof-dir', prof);
  const started = performance.now();
  const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-8_000);
  };
  proc.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const address = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`ferryd ${o.nodeId} did not start within ${o.readyTimeoutMs ?? 120_000} ms:\n${tail}`)),
      o.readyTimeoutMs ?? 120_000,
    );
    proc.stdout!.on('data', (chunk: Buffer) => {
      keep(chunk);
      const m = /listening on (\S+:\d+)/.exec(tail);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    proc.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`ferryd ${o.nodeId} exited (${code ?? signal}) before serving:\n${tail}`));
    });
  });
  const startupMs = performance.now() - started;
  const pid = proc.pid!;
  const client = controlClient(address, clientCredentials(o.adminTokenFile ?? join(o.data, 'admin.token')));
  const statusField = (field: string): number => {
    try {
      const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : NaN;
    } catch {
      return NaN;
    }
  };
  const kill = async (signal: NodeJS.Signals) => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
    await exited;
  };
  return {
    address,
    pid,
    proc,
    client,
    startupMs,
    output: () => tail,
    memory: () => ({ rssMiB: statusField('VmRSS'), peakMiB: statusField('VmHWM') }),
    cpuSeconds: () => procCpuSeconds(pid),
    mainThread: () => threadSched(pid, pid),
    kill: async () => {
      client.close();
      await kill('SIGKILL');
    },
    stop: async (graceMs = 5_000) => {
      client.close();
      const t = setTimeout(() => proc.kill('SIGKILL'), graceMs);
      await kill('SIGTERM');
      clearTimeout(t);
    },
  };
}

/** CPU seconds (user + system) of a process, from /proc/PID/stat; NaN when gone. */
export function procCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return NaN;
  }
}

/** Scheduler time of one thread: seconds on a CPU, and seconds runnable but waiting for one. */
export interface ThreadSched {
  runSecs: number;
  waitSecs: number;
}

/** A thread's scheduler time so far, from /proc/PID/task/TID/schedstat (nanoseconds, exact; not tick-sampled). */
export function threadSched(pid: number, tid: number): ThreadSched {
  try {
    const [run, wait] = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ').map(Number);
    return { runSecs: run! / 1e9, waitSecs: wait! / 1e9 };
  } catch {
    return { runSecs: NaN, waitSecs: NaN };
  }
}

/**
 * How a thread spent a wall-clock interval since `before` (taken `wallSecs` ago): the shares of it on a CPU and
 * waiting for one, as "ran N%, waited for a CPU M%". A thread that waits much is short of cores, not of speed.
 */
export function schedShares(before: ThreadSched, after: ThreadSched, wallSecs: number): string {
  const pct = (secs: number) => `${Math.round((100 * secs) / wallSecs)}%`;
  return `ran ${pct(after.runSecs - before.runSecs)}, waited for a CPU ${pct(after.waitSecs - before.waitSecs)}`;
}

/** Busy and total CPU seconds of the whole machine so far (all cores). */
export interface MachineCpu {
  busy: number;
  total: number;
}

/** Busy and total CPU seconds of the whole machine so far (all cores), from /proc/stat. */
export function machineCpu(): MachineCpu {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  const total = v.reduce((a, b) => a + b, 0);
  const idle = (v[3] ?? 0) + (v[4] ?? 0);
  return { busy: (total - idle) / 100, total: total / 100 };
}

/** The machine since `start`: the interval's wall-clock seconds, and how many cores were busy on average. */
export function machineSince(start: MachineCpu): { secs: number; busyCores: number } {
  const now = machineCpu();
  const secs = (now.total - start.total) / Math.max(1, availableParallelism());
  return { secs, busyCores: (now.busy - start.busy) / secs };
}

/** GetClusterStatus of a node. */
export async function clusterStatus(node: Ferryd, timeoutMs = 5_000): Promise<ClusterStatusView> {
  return (await call<{ status: ClusterStatusView }>(node.client, node.client.GetClusterStatus, {}, { timeoutMs }))
    .status;
}

/** Polls `check` every `everyMs` until it returns true; throws after `timeoutMs` with `what`. */
export async function waitFor(
  what: string,
  timeoutMs: number,
  check: () => Promise<boolean> | boolean,
  everyMs = 100,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastErr: unknown;
  for (;;) {
    try {
      if (await check()) return;
    } catch (err) {
      lastErr = err;
    }
    if (Date.now() > deadline)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${lastErr ? ` (last error: ${(lastErr as Error).message})` : ''}`,
      );
    await sleep(everyMs);
  }
}

/** Resolves after `ms`. */
export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
