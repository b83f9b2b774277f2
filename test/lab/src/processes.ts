// Process helpers: start a lab server detached, and, over /proc, find every process of a lab sshd (listener,
// per-connection and session processes, which sshd moves into their own sessions) and signal them as a unit.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { LabError } from './errors.js';

/**
 * Starts `cmd ARGS` detached in its own process group, stdout and stderr appended to `logFile`, and lets it
 * outlive this process; returns its pid.
 * @throws LabError SSHD_FAILED when it cannot be spawned.
 */
export function spawnDetached(cmd: string, args: string[], logFile: string, env?: NodeJS.ProcessEnv): number {
  const log = openSync(logFile, 'a');
  try {
    const child = spawn(cmd, args, { detached: true, stdio: ['ignore', log, log], ...(env ? { env } : {}) });
    child.on('error', () => undefined);
    child.unref();
    if (child.pid === undefined) throw new LabError('SSHD_FAILED', `could not spawn ${cmd} ${args.join(' ')}`);
    return child.pid;
  } finally {
    closeSync(log);
  }
}

/** Identifies one sshd unit's processes: the listener pid and the SetEnv markers its sessions carry. */
export interface UnitRef {
  rootPid: number | undefined;
  /** `FERRY_LAB_DIR=...` and `FERRY_LAB_UNIT=...` entries. */
  markers: string[];
}

interface ProcInfo {
  ppid: number;
  state: string;
}

function readStat(pid: number): ProcInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: rest[0] ?? '?', ppid: Number(rest[1]) };
  } catch {
    return undefined;
  }
}

/** True when the process exists and is not a zombie. */
export function isAlive(pid: number): boolean {
  const info = readStat(pid);
  return info !== undefined && info.state !== 'Z' && info.state !== 'X';
}

function markerKey(markers: string[]): string {
  return [...markers].sort().join('\0');
}

/** Live processes of each unit (same order as `units`), from one scan of /proc. Never includes this process. */
export function unitsProcesses(units: UnitRef[]): number[][] {
  const infos = new Map<number, ProcInfo>();
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    const info = readStat(pid);
    if (!info || info.state === 'Z' || info.state === 'X') continue;
    infos.set(pid, info);
    const list = children.get(info.ppid) ?? [];
    list.push(pid);
    children.set(info.ppid, list);
  }
  const byMarker = new Map<string, number>();
  units.forEach((u, i) => {
    byMarker.set(markerKey(u.markers), i);
  });
  const result = units.map(() => new Set<number>());
  units.forEach((u, i) => {
    if (u.rootPid === undefined || !infos.has(u.rootPid)) return;
    const stack = [u.rootPid];
    const found = result[i] as Set<number>;
    while (stack.length > 0) {
      const p = stack.pop() as number;
      if (found.has(p)) continue;
      found.add(p);
      stack.push(...(children.get(p) ?? []));
    }
  });
  for (const pid of infos.keys()) {
    let env: string[];
    try {
      env = readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0');
    } catch {
      continue;
    }
    const dir = env.find((e) => e.startsWith('FERRY_LAB_DIR='));
    const unit = env.find((e) => e.startsWith('FERRY_LAB_UNIT='));
    if (!dir || !unit) continue;
    const idx = byMarker.get(markerKey([dir, unit]));
    if (idx !== undefined) result[idx]?.add(pid);
  }
  return result.map((s) => {
    s.delete(process.pid);
    return [...s];
  });
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

/** SIGSTOPs every process of the unit, rescanning until no new process appears (forks in flight). */
export function freezeUnit(unit: UnitRef): number {
  const stopped = new Set<number>();
  for (let round = 0; round < 10; round++) {
    const fresh = (unitsProcesses([unit])[0] ?? []).filter((p) => !stopped.has(p));
    if (fresh.length === 0) break;
    for (const p of fresh) {
      signal(p, 'SIGSTOP');
      stopped.add(p);
    }
  }
  return stopped.size;
}

/** SIGCONTs every process of the units. */
export function thawUnits(units: UnitRef[]): void {
  for (const pids of unitsProcesses(units)) for (const p of pids) signal(p, 'SIGCONT');
}

/** Freezes then SIGKILLs every process of the units and waits (up to 10 s) until none is left. */
export async function killUnits(units: UnitRef[]): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const pids = unitsProcesses(units).flat();
    if (pids.length === 0) return;
    if (Date.now() > deadline) throw new Error(`processes survived SIGKILL: ${pids.join(' ')}`);
    for (const p of pids) signal(p, 'SIGSTOP');
    for (const p of pids) {
      signal(p, 'SIGKILL');
      signal(p, 'SIGCONT');
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}
