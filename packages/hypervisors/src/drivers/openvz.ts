// OpenVZ driver: `vzlist -a` for containers, `vzctl` to start/stop, the CTID.conf files in the vz
// config directory as stored definitions, `free -m` and /proc/loadavg for the host. Containers are
// named by their NAME (else CTID). Removal deletes only the conf file, never the private area (it lives on shared storage).
import type { CommandRunner } from '../host-ref.js';
import type { DefineOptions, HostProbe, HypervisorDriver, SystemInfo, SystemState } from './types.js';
import { CommandFailedError, InvalidSystemNameError, SystemNotFoundError, UnexpectedOutputError, truncate } from '../errors.js';
import { LOADAVG_SECTION, PRINT_FILE_F, checkName, commandFailed, parseSections, requireSection, runChecked, section, shQuote } from './shell.js';
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

/** The `NAME="..."` of a container conf, if set. */
export function parseVzConfName(conf: string): string | undefined {
  const v = /^\s*NAME\s*=\s*"?([^"\n]*?)"?\s*$/m.exec(conf)?.[1];
  return v === undefined || v === '' ? undefined : v;
}

const CTID_HEADER = /^# ferry-ctid: (\d+)\n/;

/**
 * An OpenVZ definition is the CTID.conf text preceded by one line `# ferry-ctid: N`, because the conf itself
 * does not say which CTID it belongs to and a container must keep its CTID on another host.
 */
export function vzDefinition(ctid: string, conf: string): string {
  return `# ferry-ctid: ${ctid}\n${conf}`;
}

/** Splits a definition made by {@link vzDefinition} back into CTID and conf text. */
export function splitVzDefinition(definition: string): { ctid?: string; conf: string } {
  const m = CTID_HEADER.exec(definition);
  return m ? { ctid: m[1]!, conf: definition.slice(m[0].length) } : { conf: definition };
}

/** Shell word for the conf directory: the given one, else `$VZ_CONF_DIR` (as the lab sets it), else /etc/vz/conf. */
export function vzDirWord(confDir?: string): string {
  return confDir === undefined ? '"${VZ_CONF_DIR:-/etc/vz/conf}"' : shQuote(confDir);
}

/** The compound probe command; `dirWord` is a shell word from {@link vzDirWord}. */
export function openvzProbeCommand(dirWord: string): string {
  return [
    'LC_ALL=C; export LC_ALL',
    section('free', 'free -m'),
    LOADAVG_SECTION,
    section('list', 'vzlist -a 2>&1'),
    `for f in ${dirWord}/*.conf; do [ -f "$f" ] || continue; id=\${f##*/}; id=\${id%.conf}; case "$id" in ''|0|*[!0-9]*) continue;; esac; ${section('def', PRINT_FILE_F, '$id')}; done`,
  ].join('; ');
}

/** Turns the probe command's output into a HostProbe. Systems are named by NAME, else CTID. Exported for tests. */
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
    return {
      name: parseVzConfName(conf) ?? row.ctid,
      state: vzState(row.status),
      memoryMiB,
      definitionHash: hashDefinition(vzDefinition(row.ctid, conf)),
    };
  });
  return { memTotalMiB: free.totalMiB, memFreeMiB: free.availableMiB, load1, systems };
}

/** Shell snippet setting `id` and `f` to the CTID and conf file of the container named NAME (or with CTID NAME); exits 3 if none. */
function findCt(dirWord: string, name: string): string {
  const re = shQuote(`^[[:space:]]*NAME="?${name.replace(/\./g, '\\.')}"?[[:space:]]*$`);
  return (
    `f=; for c in ${dirWord}/*.conf; do [ -f "$c" ] || continue; id=$(basename "$c" .conf); case "$id" in ''|0|*[!0-9]*) continue;; esac; ` +
    `if [ "$id" = ${shQuote(name)} ] || grep -qE ${re} "$c"; then f=$c; break; fi; done; [ -n "$f" ] || exit 3`
  );
}

/** Shell snippet setting `st` from `vzctl status $id`: running, down, or absent. */
const VZ_STATUS = `s=$(vzctl status "$id" 2>/dev/null); case "$s" in *running*) st=running;; *deleted*|'') st=absent;; *) st=down;; esac`;

/** Driver for OpenVZ hosts. */
export class OpenvzDriver implements HypervisorDriver {
  readonly type = 'openvz' as const;
  readonly #dir: string;

  /** @param confDir where CTID.conf files live (default `$VZ_CONF_DIR`, else `/etc/vz/conf`). */
  constructor(confDir?: string) {
    this.#dir = vzDirWord(confDir);
  }

  async probe(conn: CommandRunner): Promise<HostProbe> {
    const r = await runChecked(conn, 'openvz probe', openvzProbeCommand(this.#dir));
    return parseOpenvzProbe(r.stdout, r.stderr, conn.hostId);
  }

  /** Returns `# ferry-ctid: N` + the conf text (see {@link vzDefinition}). */
  async captureDefinition(conn: CommandRunner, name: string): Promise<string> {
    const r = await conn.exec(`${findCt(this.#dir, checkName(name))}; echo "# ferry-ctid: $id"; cat "$f"`);
    if (r.exitCode === 3) throw new SystemNotFoundError(name, `host ${conn.hostId}: no container ${name}`);
    if (r.exitCode !== 0) throw commandFailed(conn.hostId, `read conf of ${name}`, r);
    return r.stdout;
  }

  /** Writes CTID.conf (CTID from the definition's header, or the name when numeric); refuses to overwrite another container's conf. */
  async define(conn: CommandRunner, name: string, definition: string, opts: DefineOptions): Promise<void> {
    checkName(name);
    const { ctid, conf } = splitVzDefinition(definition);
    const id = ctid ?? (/^[1-9]\d{0,9}$/.test(name) ? name : undefined);
    if (id === undefined) throw new InvalidSystemNameError(`${name} (definition has no "# ferry-ctid: N" line)`);
    const inConf = parseVzConfName(conf) ?? id;
    if (inConf !== name) throw new UnexpectedOutputError('define', `conf names container ${JSON.stringify(inConf)}, not ${name}`, conf);
    const f = `${this.#dir}/${id}.conf`;
    const clash = shQuote(`^[[:space:]]*NAME="?${name.replace(/\./g, '\\.')}"?[[:space:]]*$`);
    const guard = /^\d+$/.test(name) && name === id ? '' : `if [ -f ${f} ] && ! grep -qE ${clash} ${f}; then echo "CTID ${id} is taken by another container" >&2; exit 4; fi; `;
    const start = opts.start ? `; id=${id}; ${VZ_STATUS}; [ $st = running ] || vzctl start ${id}` : '';
    await runChecked(conn, `define ${name}`, `${guard}mkdir -p ${this.#dir} && cat > ${f}.ferry-new && mv -f ${f}.ferry-new ${f}${start}`, {
      stdin: conf,
    });
  }

  async start(conn: CommandRunner, name: string): Promise<void> {
    const r = await conn.exec(`${findCt(this.#dir, checkName(name))}; ${VZ_STATUS}; [ $st = running ] && exit 0; vzctl start "$id"`);
    if (r.exitCode === 3) throw new SystemNotFoundError(name, `host ${conn.hostId}: no container ${name}`);
    if (r.exitCode !== 0) throw commandFailed(conn.hostId, `vzctl start ${name}`, r);
  }

  async stop(conn: CommandRunner, name: string): Promise<void> {
    const r = await conn.exec(`${findCt(this.#dir, checkName(name))}; ${VZ_STATUS}; [ $st = running ] || exit 0; vzctl stop "$id"`);
    if (r.exitCode !== 0 && r.exitCode !== 3) throw commandFailed(conn.hostId, `vzctl stop ${name}`, r);
  }

  /** Stops the container and deletes its conf only; never `vzctl destroy`, which would wipe the shared private area. */
  async stopAndRemove(conn: CommandRunner, name: string): Promise<void> {
    const r = await conn.exec(
      `${findCt(this.#dir, checkName(name))}; ${VZ_STATUS}; if [ $st = running ]; then vzctl stop "$id" || exit $?; fi; rm -f "$f"`,
    );
    if (r.exitCode !== 0 && r.exitCode !== 3) throw commandFailed(conn.hostId, `stop and remove ${name}`, r);
  }
}
