// On-disk layout of a lab directory and its lab.json / per-sshd state files.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LabError } from './errors.js';

/** Virtualization type emulated by a lab. */
export type LabType = 'kvm' | 'xen' | 'openvz';

/**
 * What serves the lab's SSH: `openssh`, real sshd processes (the default), or `ssh2`, one Node process serving
 * every host with the ssh2 library (for scale benchmarks; see the README).
 */
export type LabEngine = 'openssh' | 'ssh2';

/** One lab host as recorded in lab.json. */
export interface HostRecord {
  name: string;
  port: number;
  /** Index of the sshd ("unit") serving this host's port. */
  unit: number;
  ramMiB: number;
  /** Another address the host listens on besides 127.0.0.1 (openssh engine), when `lab up` was given one. */
  address?: string;
}

/** One sshd process ("unit") serving one or more host ports; with the ssh2 engine, one host's key and power state. */
export interface UnitRecord {
  id: number;
  ports: number[];
  hostKeyFingerprint: string;
  hostKeyPublic: string;
}

/** The static description of a lab, written once by `up`. */
export interface LabConfig {
  version: 1;
  type: LabType;
  /** Absent in labs written before engines existed: openssh. */
  engine?: LabEngine;
  user: string;
  address: string;
  sharedDir: string;
  keyFile: string;
  knownHostsFile: string;
  sshdPath: string;
  pythonPath: string;
  /** KVM labs: the real virsh answering the hosts' read commands (libvirt's test driver). */
  virshPath?: string;
  hosts: HostRecord[];
  units: UnitRecord[];
}

/** Power state of an sshd unit: `partitioned` = SIGSTOPped, `off` = killed (crash / power-off / down). */
export type PowerState = 'on' | 'partitioned' | 'off';

/** Runtime state of an sshd unit. */
export interface UnitState {
  power: PowerState;
  /** The unit's sshd, or with the ssh2 engine the engine process (kept while the host is off). */
  pid?: number;
  changedAt: number;
}

/** Paths inside a lab directory. */
export const paths = {
  config: (dir: string) => join(dir, 'lab.json'),
  history: (dir: string) => join(dir, 'history.jsonl'),
  unitDir: (dir: string, unit: number) => join(dir, 'units', String(unit)),
  unitState: (dir: string, unit: number) => join(dir, 'units', String(unit), 'state.json'),
  unitConfig: (dir: string, unit: number) => join(dir, 'units', String(unit), 'sshd_config'),
  unitHostKey: (dir: string, unit: number) => join(dir, 'units', String(unit), 'ssh_host_ed25519_key'),
  unitLog: (dir: string, unit: number) => join(dir, 'units', String(unit), 'sshd.log'),
  unitLock: (dir: string, unit: number) => join(dir, 'units', String(unit), 'lock'),
  shims: (dir: string) => join(dir, 'shims'),
  bin: (dir: string) => join(dir, 'bin'),
};

/** Writes a file atomically (temp file + rename). */
export function writeAtomic(path: string, text: string, mode = 0o644): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text, { mode });
  renameSync(tmp, path);
}

/** Reads lab.json; throws NO_LAB when `dir` holds no lab. */
export function readConfig(dir: string): LabConfig {
  const file = paths.config(dir);
  if (!existsSync(file)) throw new LabError('NO_LAB', `no lab in ${dir} (missing lab.json; run "lab up" first)`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LabConfig;
  } catch (cause) {
    throw new LabError('NO_LAB', `unreadable lab.json in ${dir}`, { cause });
  }
}

/** Reads the runtime state of a unit (defaults to off when never started). */
export function readUnitState(dir: string, unit: number): UnitState {
  try {
    return JSON.parse(readFileSync(paths.unitState(dir, unit), 'utf8')) as UnitState;
  } catch {
    return { power: 'off', changedAt: 0 };
  }
}

/** Replaces the runtime state of a unit. */
export function writeUnitState(dir: string, unit: number, state: UnitState): void {
  writeAtomic(paths.unitState(dir, unit), JSON.stringify(state));
}
