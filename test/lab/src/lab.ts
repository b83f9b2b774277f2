// The Lab: brings up "hypervisor hosts" with shimmed virsh/xl/vzctl, served by real sshd units (the default) or by
// the ssh2 engine (scale benchmarks), injects faults, reports systems.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { LabError } from './errors.js';
import { findDoubleRuns, readHistory, type DoubleRun } from './history.js';
import {
  paths,
  readConfig,
  readUnitState,
  writeAtomic,
  writeUnitState,
  type HostRecord,
  type LabConfig,
  type LabEngine,
  type LabType,
  type PowerState,
  type UnitRecord,
} from './layout.js';
import { engineControl, engineLog, startEngine } from './engine-control.js';
import { allocatePorts } from './ports.js';
import { freezeUnit, isAlive, killUnits, thawUnits, type UnitRef } from './processes.js';
import { findPython, findVirsh, installShims, runLabctl } from './shims.js';
import { generateEd25519 } from './ssh-keys.js';
import { checkSshdConfig, findSshd, renderSshdConfig, startSshd, unitMarkers, waitSshdReady } from './sshd.js';
import { withLock } from './unit-lock.js';

/** Options of {@link Lab.up}. */
export interface LabUpOptions {
  /** Number of hosts. */
  hosts: number;
  type: LabType;
  /** Total RAM of each host in MiB. */
  ramMiB: number;
  /** Systems per host (all running after up). */
  systems: number;
  /** Memory of each system in MiB (default 1024). */
  systemRamMiB?: number;
  /** Host name prefix (default: the type); hosts are `<prefix>-h1..N`. */
  prefix?: string;
  /** Host ports served by one sshd (default 1: every host its own sshd and host key). */
  portsPerSshd?: number;
  /** What serves SSH (default openssh; ssh2 serves every host from one process, each with its own host key). */
  engine?: LabEngine;
  /**
   * One address per host that its sshd listens on too, besides 127.0.0.1 (openssh engine only): how nodes in other
   * network namespaces reach the hosts, each on its own address so a partition can cut one host.
   */
  hostAddresses?: string[];
}

/** How to reach one lab host (the JSON `lab up` prints). */
export interface LabHostInfo {
  name: string;
  address: string;
  port: number;
  user: string;
  keyFile: string;
  hostKeyFingerprint: string;
}

/** What `lab up` prints. */
export interface LabInfo {
  hosts: LabHostInfo[];
  sharedDir: string;
  /** known_hosts file listing every host's key (`[127.0.0.1]:PORT ssh-ed25519 ...`). */
  knownHostsFile: string;
}

/** State of a lab system: paused and crashed ones still hold their memory (crashed: KVM and Xen only). */
export type LabSystemState = 'running' | 'stopped' | 'paused' | 'crashed';

/** One definition of a system on one host. */
export interface LabSystem {
  name: string;
  host: string;
  state: LabSystemState;
  memoryMiB: number;
}

/** Options of {@link Lab.addSystem}. */
export interface AddSystemOptions {
  /** Memory of the system in MiB. */
  ramMiB: number;
  /** Default running. */
  state?: LabSystemState;
}

const HOST_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** A lab directory with its sshd hosts. Obtain with {@link Lab.up} or {@link Lab.attach}. */
export class Lab {
  /** Absolute lab directory. */
  readonly dir: string;
  /** Static description (lab.json). */
  readonly config: LabConfig;

  private constructor(dir: string, config: LabConfig) {
    this.dir = dir;
    this.config = config;
  }

  /** Opens an existing lab directory (throws NO_LAB if there is none). */
  static async attach(dir: string): Promise<Lab> {
    const abs = resolve(dir);
    return new Lab(abs, readConfig(abs));
  }

  /** Creates a lab in `dir` (must not already hold one), starts every sshd, and returns it. */
  static async up(dir: string, opts: LabUpOptions): Promise<Lab> {
    const abs = resolve(dir);
    validateUpOptions(opts);
    if (existsSync(paths.config(abs)))
      throw new LabError('LAB_EXISTS', `${abs} already holds a lab (run "lab down" and use a fresh directory)`);
    const engine = opts.engine ?? 'openssh';
    const sshd = engine === 'openssh' ? findSshd() : '';
    const python = findPython();
    const user = userInfo().username;
    const prefix = opts.prefix ?? opts.type;
    const perSshd = opts.portsPerSshd ?? 1;
    const systemRam = opts.systemRamMiB ?? 1024;
    mkdirSync(join(abs, 'client'), { recursive: true });
    const sharedDir = join(abs, 'shared');

    const client = generateEd25519(`ferry-lab@${prefix}`);
    const keyFile = join(abs, 'client', 'id_ed25519');
    writeFileSync(keyFile, client.privateKey, { mode: 0o600 });
    writeFileSync(`${keyFile}.pub`, `${client.publicKey}\n`);
    writeFileSync(join(abs, 'client', 'authorized_keys'), `${client.publicKey}\n`, { mode: 0o600 });

    const ports = await allocatePorts(opts.hosts);
    const hosts: HostRecord[] = ports.map((port, i) => ({
      name: `${prefix}-h${i + 1}`,
      port,
      unit: Math.floor(i / perSshd),
      ramMiB: opts.ramMiB,
      ...(opts.hostAddresses ? { address: opts.hostAddresses[i] } : {}),
    }));
    const units: UnitRecord[] = [];
    for (let u = 0; u * perSshd < hosts.length; u++) {
      const unitHosts = hosts.filter((h) => h.unit === u);
      const unitPorts = unitHosts.map((h) => h.port);
      const key = generateEd25519(`ferry-lab-sshd-${u}`);
      mkdirSync(paths.unitDir(abs, u), { recursive: true });
      writeFileSync(paths.unitHostKey(abs, u), key.privateKey, { mode: 0o600 });
      writeFileSync(`${paths.unitHostKey(abs, u)}.pub`, `${key.publicKey}\n`);
      if (engine === 'openssh') writeFileSync(paths.unitConfig(abs, u), renderSshdConfig(abs, u, unitHosts, user));
      units.push({ id: u, ports: unitPorts, hostKeyFingerprint: key.fingerprint, hostKeyPublic: key.publicKey });
    }
    const knownHostsFile = join(abs, 'client', 'known_hosts');
    writeFileSync(
      knownHostsFile,
      hosts
        .map(
          (h) =>
            `[127.0.0.1]:${h.port} ${(units[h.unit] as UnitRecord).hostKeyPublic.split(' ').slice(0, 2).join(' ')}\n`,
        )
        .join(''),
    );

    const virsh = opts.type === 'kvm' ? findVirsh() : undefined;
    installShims(abs, opts.type, python, virsh);
    let ctid = 101;
    const spec = {
      type: opts.type,
      sharedDir,
      hosts: hosts.map((h, hi) => ({
        name: h.name,
        ramMiB: h.ramMiB,
        cpus: 8,
        systems: Array.from({ length: opts.systems }, (_, k) => {
          const n = ctid++;
          const g = hi * opts.systems + k + 1;
          return {
            name: `vm-${h.name}-${k + 1}`,
            uuid: randomUUID(),
            memoryMiB: systemRam,
            vcpus: 1,
            ctid: n,
            ip: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
            mac: `52:54:00:${((g >> 16) & 255).toString(16).padStart(2, '0')}:${((g >> 8) & 255).toString(16).padStart(2, '0')}:${(g & 255).toString(16).padStart(2, '0')}`,
          };
        }),
      })),
    };
    runLabctl(abs, python, ['init', abs], JSON.stringify(spec));

    const config: LabConfig = {
      version: 1,
      type: opts.type,
      engine,
      user,
      address: '127.0.0.1',
      sharedDir,
      keyFile,
      knownHostsFile,
      sshdPath: sshd,
      pythonPath: python,
      ...(virsh !== undefined ? { virshPath: virsh } : {}),
      hosts,
      units,
    };
    writeAtomic(paths.config(abs), JSON.stringify(config, null, 2));
    const lab = new Lab(abs, config);
    try {
      if (engine === 'ssh2') await lab.bootEngine();
      else {
        checkSshdConfig(sshd, abs, 0);
        await mapLimit(units, 32, (u) => lab.bootUnit(u.id));
      }
    } catch (err) {
      await lab.down().catch(() => undefined);
      throw err;
    }
    return lab;
  }

  /** The JSON description printed by `lab up`. */
  info(): LabInfo {
    return {
      hosts: this.config.hosts.map((h) => this.hostInfo(h.name)),
      sharedDir: this.config.sharedDir,
      knownHostsFile: this.config.knownHostsFile,
    };
  }

  /** Connection data of one host. */
  hostInfo(name: string): LabHostInfo {
    const h = this.host(name);
    return {
      name: h.name,
      address: h.address ?? this.config.address,
      port: h.port,
      user: this.config.user,
      keyFile: this.config.keyFile,
      hostKeyFingerprint: (this.config.units[h.unit] as UnitRecord).hostKeyFingerprint,
    };
  }

  /** Names of the hosts, in order. */
  hostNames(): string[] {
    return this.config.hosts.map((h) => h.name);
  }

  /** Names of the hosts sharing `name`'s sshd (faults act on all of them; just `name` when ports-per-sshd is 1). */
  unitHosts(name: string): string[] {
    const unit = this.host(name).unit;
    return this.config.hosts.filter((h) => h.unit === unit).map((h) => h.name);
  }

  /**
   * Makes every later live migration copy memory for `ms` before its switch-over (the system runs on the source
   * meanwhile), so a test can act in the middle of one; 0 restores the default (no delay).
   */
  slowMigrations(ms: number): void {
    writeFileSync(join(this.dir, 'migrate-delay-ms'), String(Math.max(0, Math.round(ms))));
  }

  /** Crash: SIGKILL the host's sshd and all its sessions; its systems stop (definitions stay). Idempotent. */
  async crash(name: string): Promise<void> {
    await this.powerOff(name);
  }

  /** Power off (fence): like crash, idempotent, also works on a partitioned host. */
  async powerOff(name: string): Promise<void> {
    const unit = this.host(name).unit;
    await withLock(paths.unitLock(this.dir, unit), async () => {
      const st = readUnitState(this.dir, unit);
      if (this.engine === 'ssh2') await engineControl(this.dir, 'crash', name);
      else await killUnits([this.ref(unit, st.pid)]);
      if (st.power !== 'off') {
        runLabctl(this.dir, this.config.pythonPath, ['stop-all', this.dir, ...this.unitHosts(name)]);
      }
      writeUnitState(this.dir, unit, { power: 'off', ...this.enginePid(st), changedAt: Date.now() });
    });
  }

  /** Partition: SIGSTOP the host's sshd and sessions (the port still accepts TCP, nothing answers). */
  async partition(name: string): Promise<void> {
    const unit = this.host(name).unit;
    await withLock(paths.unitLock(this.dir, unit), async () => {
      const st = readUnitState(this.dir, unit);
      if (st.power === 'off')
        throw new LabError('HOST_OFF', `host ${name} is off (crashed or powered off); restore it first`);
      if (this.engine === 'ssh2') await engineControl(this.dir, 'partition', name);
      else freezeUnit(this.ref(unit, st.pid));
      writeUnitState(this.dir, unit, { ...st, power: 'partitioned', changedAt: Date.now() });
    });
  }

  /** Restore: SIGCONT a partitioned host, or boot a crashed one (same port and host key, no system running). */
  async restore(name: string): Promise<void> {
    const unit = this.host(name).unit;
    await withLock(paths.unitLock(this.dir, unit), async () => {
      const st = readUnitState(this.dir, unit);
      if (this.engine === 'ssh2') {
        await engineControl(this.dir, 'restore', name);
        writeUnitState(this.dir, unit, { ...st, power: 'on', changedAt: Date.now() });
      } else if (st.power === 'partitioned') {
        thawUnits([this.ref(unit, st.pid)]);
        writeUnitState(this.dir, unit, { ...st, power: 'on', changedAt: Date.now() });
      } else if (st.power === 'off' || st.pid === undefined || !isAlive(st.pid)) {
        await this.startUnitLocked(unit, false);
      }
    });
  }

  /** `on` unless the host was crashed / powered off (a partitioned host is on). */
  async powerStatus(name: string): Promise<'on' | 'off'> {
    const st = readUnitState(this.dir, this.host(name).unit);
    return st.power === 'off' ? 'off' : 'on';
  }

  /** Power state including `partitioned`. */
  async powerState(name: string): Promise<PowerState> {
    return readUnitState(this.dir, this.host(name).unit).power;
  }

  /** Every definition of every system on every host, with its state and memory. */
  async systems(): Promise<LabSystem[]> {
    return JSON.parse(runLabctl(this.dir, this.config.pythonPath, ['systems', this.dir])) as LabSystem[];
  }

  /**
   * Defines a system called `name` (any name the host's tools accept: spaces, dots, non-ASCII) on host `host` and
   * puts it in `state`; names are unique in the lab. Returns the new system.
   */
  async addSystem(host: string, name: string, opts: AddSystemOptions): Promise<LabSystem> {
    this.host(host);
    if (!Number.isInteger(opts.ramMiB) || opts.ramMiB < 1)
      throw new LabError('BAD_OPTION', `--ram must be an integer >= 1 (got ${opts.ramMiB})`);
    const args = ['add-system', this.dir, host, name, String(opts.ramMiB), opts.state ?? 'running'];
    return JSON.parse(runLabctl(this.dir, this.config.pythonPath, args)) as LabSystem;
  }

  /**
   * Runs `argv` on lab host `host` through a real SSH session as Ferry opens one (the lab's client key, the host's
   * pinned key, an exec request whose command line is `argv` quoted for the user's shell). Output goes to this
   * process's stdout and stderr; resolves with the command's exit status (255: ssh itself failed).
   */
  async exec(host: string, argv: string[]): Promise<number> {
    const h = this.hostInfo(host);
    if (argv.length === 0) throw new LabError('BAD_OPTION', 'exec needs a command (lab exec DIR HOST -- CMD...)');
    const sshArgs = [
      '-T',
      '-p',
      String(h.port),
      '-i',
      h.keyFile,
      '-o',
      'BatchMode=yes',
      '-o',
      'IdentitiesOnly=yes',
      '-o',
      'StrictHostKeyChecking=yes',
      '-o',
      `UserKnownHostsFile=${this.config.knownHostsFile}`,
      '-o',
      'LogLevel=ERROR',
      `${h.user}@${h.address}`,
      '--',
      argv.map(shellWord).join(' '),
    ];
    return new Promise((resolveExit, reject) => {
      const child = spawn('ssh', sshArgs, { stdio: ['ignore', 'inherit', 'inherit'] });
      child.on('error', (err) => reject(new LabError('TOOL_FAILED', `ssh could not be started: ${err.message}`)));
      child.on('exit', (code, signal) => resolveExit(code ?? (signal ? 255 : 0)));
    });
  }

  /** Systems that ran on two hosts at once, from the run history. */
  async doubleRuns(): Promise<DoubleRun[]> {
    return findDoubleRuns(readHistory(paths.history(this.dir)));
  }

  /** Stops every sshd of the lab with all its sessions (frozen ones too: SIGCONT, then SIGKILL). Idempotent. */
  async down(): Promise<void> {
    const refs = this.config.units.map((u) => this.ref(u.id, readUnitState(this.dir, u.id).pid));
    thawUnits(refs);
    await killUnits(refs);
    for (const u of this.config.units) {
      if (readUnitState(this.dir, u.id).power !== 'off')
        writeUnitState(this.dir, u.id, { power: 'off', changedAt: Date.now() });
    }
  }

  private get engine(): LabEngine {
    return this.config.engine ?? 'openssh';
  }

  /** The engine pid to keep in a powered-off unit's state (`down` still has to stop the engine). */
  private enginePid(st: { pid?: number }): { pid?: number } {
    return this.engine === 'ssh2' && st.pid !== undefined ? { pid: st.pid } : {};
  }

  private ref(unit: number, rootPid: number | undefined): UnitRef {
    return { rootPid, markers: unitMarkers(this.dir, unit) };
  }

  private host(name: string): HostRecord {
    const h = this.config.hosts.find((x) => x.name === name);
    if (!h) {
      const known = this.config.hosts
        .slice(0, 5)
        .map((x) => x.name)
        .join(', ');
      throw new LabError(
        'UNKNOWN_HOST',
        `unknown lab host "${name}" (hosts: ${known}${this.config.hosts.length > 5 ? ', ...' : ''})`,
      );
    }
    return h;
  }

  /** Starts the ssh2 engine serving every host; each unit (host) records it as its process. */
  private async bootEngine(): Promise<void> {
    const pid = startEngine(this.dir);
    for (const u of this.config.units) writeUnitState(this.dir, u.id, { power: 'on', pid, changedAt: Date.now() });
    try {
      await waitSshdReady(
        'ssh2 engine',
        engineLog(this.dir),
        pid,
        this.config.hosts.map((h) => h.port),
        60_000,
      );
    } catch (err) {
      await killUnits([this.ref(0, pid)]);
      throw err;
    }
  }

  private async bootUnit(unit: number): Promise<void> {
    await withLock(paths.unitLock(this.dir, unit), () => this.startUnitLocked(unit, true));
  }

  private async startUnitLocked(unit: number, fresh: boolean): Promise<void> {
    const rec = this.config.units[unit] as UnitRecord;
    if (!fresh) await killUnits([this.ref(unit, readUnitState(this.dir, unit).pid)]);
    const pid = startSshd(this.config.sshdPath, this.dir, unit);
    writeUnitState(this.dir, unit, { power: 'on', pid, changedAt: Date.now() });
    try {
      await waitSshdReady(`sshd of unit ${unit}`, paths.unitLog(this.dir, unit), pid, rec.ports);
    } catch (err) {
      await killUnits([this.ref(unit, pid)]);
      writeUnitState(this.dir, unit, { power: 'off', changedAt: Date.now() });
      throw err;
    }
  }
}

/** One word for a POSIX shell (plain words stay as they are, so logs read naturally). */
function shellWord(s: string): string {
  return /^[A-Za-z0-9_./:=@%+,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

function validateUpOptions(o: LabUpOptions): void {
  const posInt = (v: number | undefined, what: string, min = 1) => {
    if (v !== undefined && (!Number.isInteger(v) || v < min))
      throw new LabError('BAD_OPTION', `${what} must be an integer >= ${min} (got ${v})`);
  };
  posInt(o.hosts, '--hosts');
  posInt(o.ramMiB, '--ram');
  posInt(o.systems, '--systems', 0);
  posInt(o.systemRamMiB, '--system-ram');
  posInt(o.portsPerSshd, '--ports-per-sshd');
  // OpenSSH compiles in MAX_LISTEN_SOCKS = 16 listen sockets per sshd.
  if ((o.portsPerSshd ?? 1) > 16)
    throw new LabError('BAD_OPTION', `--ports-per-sshd must be <= 16 (sshd's MAX_LISTEN_SOCKS)`);
  if (o.engine !== undefined && o.engine !== 'openssh' && o.engine !== 'ssh2')
    throw new LabError('BAD_OPTION', `--engine must be openssh or ssh2 (got ${o.engine})`);
  if (o.engine === 'ssh2' && (o.portsPerSshd ?? 1) !== 1)
    throw new LabError('BAD_OPTION', '--ports-per-sshd applies to the openssh engine only');
  if (o.hostAddresses !== undefined) {
    if (o.engine === 'ssh2') throw new LabError('BAD_OPTION', 'host addresses apply to the openssh engine only');
    if (o.hostAddresses.length !== o.hosts)
      throw new LabError('BAD_OPTION', `host addresses: one per host (${o.hosts}), got ${o.hostAddresses.length}`);
    if (o.hostAddresses.some((a) => !/^\d{1,3}(\.\d{1,3}){3}$/.test(a)))
      throw new LabError('BAD_OPTION', 'host addresses must be IPv4 addresses');
  }
  if (!['kvm', 'xen', 'openvz'].includes(o.type))
    throw new LabError('BAD_OPTION', `--type must be kvm, xen or openvz (got ${o.type})`);
  if (o.prefix !== undefined && !HOST_NAME.test(o.prefix))
    throw new LabError('BAD_OPTION', `--prefix must match ${HOST_NAME}`);
  if (o.systems * (o.systemRamMiB ?? 1024) > o.ramMiB) {
    throw new LabError(
      'BAD_OPTION',
      `${o.systems} systems of ${o.systemRamMiB ?? 1024} MiB do not fit in ${o.ramMiB} MiB`,
    );
  }
}

async function mapLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const errors: unknown[] = [];
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      try {
        await fn(item);
      } catch (err) {
        errors.push(err);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (errors.length > 0) throw errors[0];
}
