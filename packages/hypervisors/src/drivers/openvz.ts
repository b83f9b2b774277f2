// OpenVZ driver: `vzlist -a` for containers, `vzctl` to start/stop, the CTID.conf files in the vz
// config directory as stored definitions, `free -m` and /proc/loadavg for the host. Containers are
// named by CTID. Removal deletes only the conf file, never the private area (it lives on shared storage).
import type { CommandRunner } from '../host-ref.js';
import type { DefineOptions, HostProbe, HypervisorDriver, SystemInfo, SystemState } from './types.js';
import { CommandFailedError, InvalidSystemNameError, SystemNotFoundError, UnexpectedOutputError, truncate } from '../errors.js';
import { commandFailed, parseSections, requireSection, runChecked, section, shQuote } from './shell.js';
import { hashDefinition, parseFreeM, parseLoadavg } from './parsers.js';

/** A row of `vzlist -a`. */
export interface VzlistRow {
  ctid: string;
  nproc: number | null;
  status: string;
  ipAddr: string;
  hostname: string;
}

const VZ_STATUSES = new Set(['running', 'stopped', 'mounted', 'suspended']);

/** Only a running container holds memory; mounted and suspended ones do not. */
export function vzState(status: string): SystemState {
  return status === 'running' ? 'running' : 'stopped';
}

/**
 * Parses `vzlist -a`:
 * ```
 *       CTID      NPROC STATUS    IP_ADDR         HOSTNAME
 *        101         18 running   10.0.0.101      ct101.example.com
 *        102          - stopped   10.0.0.102      ct102
 * ```
 * `Container(s) not found` (no containers at all) is an empty list.
 */
export function parseVzlist(text: string, command = 'vzlist -a'): VzlistRow[] {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 1 && /^Containers?\(s\) not found|^Container\(s\) not found/.test(lines[0]!.trim())) return [];
  if (!/^\s*CTID\s+NPROC\s+STATUS\s+IP_ADDR\s+HOSTNAME\s*$/.test(lines[0] ?? '')) {
    throw new UnexpectedOutputError(command, 'header is not "CTID NPROC STATUS IP_ADDR HOSTNAME"', text);
  }
  return lines.slice(1).map((line) => {
    const m = /^\s*(\d+)\s+(\d+|-)\s+(\S+)\s+(\S+)\s*(.*?)\s*$/.exec(line);
    if (!m || !VZ_STATUSES.has(m[3]!)) throw new UnexpectedOutputError(command, `row ${JSON.stringify(line)} is not "CTID NPROC STATUS IP_ADDR HOSTNAME"`, text);
    return { ctid: m[1]!, nproc: m[2] === '-' ? null : Number(m[2]), status: m[3]!, ipAddr: m[4]!, hostname: m[5] ?? '' };
  });
}

const UNLIMITED = 9223372036854775807n;

/** Parses one vzctl resource value (`262144`, `1024M`, `1G`, `unlimited`) into bytes; plain numbers are 4 KiB pages. */
function vzBytes(v: string): number | undefined {
  const m = /^(\d+)([KMGTP]?)$/i.exec(v.trim());
  if (!m) return undefined;
  if (BigInt(m[1]!) >= UNLIMITED) return undefined;
  const n = Number(m[1]);
  switch (m[2]!.toUpperCase()) {
    case 'K': return n * 1024;
    case 'M': return n * 1024 ** 2;
    case 'G': return n * 1024 ** 3;
    case 'T': return n * 1024 ** 4;
    default: return n * 4096; // pages (also 'P')
  }
}

/**
 * Memory of a container from its conf, in MiB: the limit of PHYSPAGES (vSwap kernels), falling back to
 * PRIVVMPAGES (older UBC configs). `barrier:limit` uses the limit. Undefined when neither is limited.
 */
export function parseVzConfMemoryMiB(conf: string): number | undefined {
  for (const key of ['PHYSPAGES', 'PRIVVMPAGES']) {
    const m = new RegExp(`^\\s*${key}\\s*=\\s*"?([^"\\n]*)"?`, 'm').exec(conf);
    if (!m) continue;
    const parts = m[1]!.split(':');
    const limit = vzBytes(parts[parts.length - 1] ?? '');
    if (limit !== undefined && limit > 0) return Math.round(limit / 1024 ** 2);
  }
  return undefined;
}

/** The compound probe command for a conf directory. */
export function openvzProbeCommand(confDir: string): string {
  return [
    'LC_ALL=C; export LC_ALL',
    section('free', 'free -m'),
    section('loadavg', 'cat /proc/loadavg'),
    section('list', 'vzlist -a 2>&1'),
    `for f in ${shQuote(confDir)}/*.conf; do [ -f "$f" ] || continue; id=$(basename "$f" .conf); case "$id" in ''|0|*[!0-9]*) continue;; esac; ${section('def', 'cat "$f"', '$id')}; done`,
  ].join('; ');
}

/** Turns the probe command's output into a HostProbe. Exported for tests. */
export function parseOpenvzProbe(stdout: string, stderr = '', hostId = '?'): HostProbe {
  const cmd = 'openvz probe';
  const sections = parseSections(stdout, cmd);
  const free = parseFreeM(requireSection(sections, 'free', cmd, hostId, stderr).lines.join('\n'));
  const load1 = parseLoadavg(requireSection(sections, 'loadavg', cmd, hostId, stderr).lines.join('\n'));
  const list = sections.find((s) => s.name === 'list');
  if (!list) throw new UnexpectedOutputError(cmd, 'section list missing', stdout);
  const listText = list.lines.join('\n');
  const rows = parseVzlist(listText);
  if (list.rc !== 0 && rows.length > 0) {
    throw new CommandFailedError(`host ${hostId}: vzlist -a failed (exit ${list.rc}): ${truncate(listText, 400)}`, list.rc, truncate(stderr, 2000));
  }
  const defs = new Map<string, string>();
  for (const s of sections) if (s.name === 'def' && s.rc === 0) defs.set(s.arg, s.lines.join('\n'));
  const systems: SystemInfo[] = rows.map((row) => {
    const conf = defs.get(row.ctid);
    if (conf === undefined) throw new UnexpectedOutputError(`cat ${row.ctid}.conf`, 'no conf printed for a listed container', stderr);
    const memoryMiB = parseVzConfMemoryMiB(conf);
    if (memoryMiB === undefined) throw new UnexpectedOutputError(`cat ${row.ctid}.conf`, 'no limited PHYSPAGES or PRIVVMPAGES', conf);
    return { name: row.ctid, state: vzState(row.status), memoryMiB, definitionHash: hashDefinition(conf) };
  });
  return { memTotalMiB: free.totalMiB, memFreeMiB: free.availableMiB, load1, systems };
}

/** OpenVZ names systems by numeric CTID (101 and up). */
function checkCtid(name: string): string {
  if (!/^[1-9]\d{0,9}$/.test(name)) throw new InvalidSystemNameError(name);
  return name;
}

/** Shell snippet setting `st` to the container status word from `vzctl status` (`running`, `down`, `deleted`...). */
const vzStatus = (id: string) =>
  `s=$(vzctl status ${id} 2>/dev/null); case "$s" in *running*) st=running;; *deleted*|'') st=absent;; *) st=down;; esac`;

/** Driver for OpenVZ hosts. */
export class OpenvzDriver implements HypervisorDriver {
  readonly type = 'openvz' as const;
  readonly #dir: string;

  /** @param confDir where CTID.conf files live (default `/etc/vz/conf`). */
  constructor(confDir = '/etc/vz/conf') {
    this.#dir = confDir;
  }

  #conf(id: string): string {
    return `${shQuote(this.#dir)}/${id}.conf`;
  }

  async probe(conn: CommandRunner): Promise<HostProbe> {
    const r = await runChecked(conn, 'openvz probe', openvzProbeCommand(this.#dir));
    return parseOpenvzProbe(r.stdout, r.stderr, conn.hostId);
  }

  async captureDefinition(conn: CommandRunner, name: string): Promise<string> {
    const f = this.#conf(checkCtid(name));
    const r = await conn.exec(`[ -f ${f} ] || exit 3; cat ${f}`);
    if (r.exitCode === 3) throw new SystemNotFoundError(name, `host ${conn.hostId}: no ${name}.conf in ${this.#dir}`);
    if (r.exitCode !== 0) throw commandFailed(conn.hostId, `read ${name}.conf`, r);
    return r.stdout;
  }

  async define(conn: CommandRunner, name: string, definition: string, opts: DefineOptions): Promise<void> {
    const id = checkCtid(name);
    const f = this.#conf(id);
    const start = opts.start ? `; ${vzStatus(id)}; [ $st = running ] || vzctl start ${id}` : '';
    await runChecked(conn, `define ${name}`, `mkdir -p ${shQuote(this.#dir)} && cat > ${f}.ferry-new && mv -f ${f}.ferry-new ${f}${start}`, {
      stdin: definition,
    });
  }

  async start(conn: CommandRunner, name: string): Promise<void> {
    const id = checkCtid(name);
    const r = await conn.exec(`[ -f ${this.#conf(id)} ] || exit 3; ${vzStatus(id)}; [ $st = running ] && exit 0; vzctl start ${id}`);
    if (r.exitCode === 3) throw new SystemNotFoundError(name, `host ${conn.hostId}: no ${name}.conf in ${this.#dir}`);
    if (r.exitCode !== 0) throw commandFailed(conn.hostId, `vzctl start ${name}`, r);
  }

  async stop(conn: CommandRunner, name: string): Promise<void> {
    const id = checkCtid(name);
    await runChecked(conn, `vzctl stop ${name}`, `${vzStatus(id)}; [ $st = running ] || exit 0; vzctl stop ${id}`);
  }

  async stopAndRemove(conn: CommandRunner, name: string): Promise<void> {
    const id = checkCtid(name);
    await runChecked(conn, `stop and remove ${name}`, `${vzStatus(id)}; if [ $st = running ]; then vzctl stop ${id} || exit $?; fi; rm -f ${this.#conf(id)}`);
  }
}
