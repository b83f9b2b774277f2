// OpenVZ driver: `vzlist -a` for containers, `vzctl` to start/stop, the CTID.conf files in the vz
// config directory as stored definitions, `free -m` and /proc/loadavg for the host. Containers are
// named by their NAME (else CTID). Removal deletes only the conf file, never the private area (it lives on shared storage).
import type { CommandRunner } from '../host-ref.js';
import type { DefineOptions, HostProbe, HypervisorDriver, MigrationTarget, SystemInfo } from './types.js';
import {
  CommandFailedError,
  InvalidSystemNameError,
  SystemNotFoundError,
  UnexpectedOutputError,
  truncate,
} from '../errors.js';
import {
  C_LOCALE,
  LOADAVG_SECTION,
  PRINT_FILE_F,
  checkName,
  commandFailed,
  ereEscape,
  inC,
  parseSections,
  requireSection,
  runChecked,
  section,
  shQuote,
} from './shell.js';
import { hashDefinition, parseFreeM, parseLoadavg } from './parsers.js';

/** A row of `vzlist -a`. */
export interface VzlistRow {
  ctid: string;
  nproc: number | null;
  status: string;
  ipAddr: string;
  hostname: string;
}

/** Container statuses of vzlist (vzctl 3/4, OpenVZ 7 / Virtuozzo 7) that hold the container's memory. */
const VZ_HOLDS_MEMORY = new Set(['running', 'paused']);
/** Statuses of a container that holds no memory: stopped, mounted (private area only), suspended (dumped to disk). */
const VZ_DOWN = new Set(['stopped', 'mounted', 'suspended']);

/** Ferry's state of a vzlist status; undefined for a status it does not know (`unknown`, anything new). */
export function vzState(status: string): 'running' | 'stopped' | undefined {
  return VZ_HOLDS_MEMORY.has(status) ? 'running' : VZ_DOWN.has(status) ? 'stopped' : undefined;
}

/** vzlist's "nothing to list" messages: vzctl 4 `Container(s) not found`, vzctl 3 `VE not found`, OpenVZ 7 `Container is not found`. */
const NONE_FOUND = /^(Container\(s\)|Containers?|VE|CT)\s+(is\s+)?not\s+found\b/i;

/** A CTID: a number, or (OpenVZ 7 / Virtuozzo 7) a UUID-like word. */
const CTID = /^[0-9A-Za-z][0-9A-Za-z-]*$/;

/**
 * Parses `vzlist -a` in the default layout, columns found by the header (`CTID`, or `VEID` on vzctl 3; OpenVZ 7 may
 * print wider CTIDs): every column but the last is one word, the last (HOSTNAME) takes the rest of the line.
 * ```
 *       CTID      NPROC STATUS    IP_ADDR         HOSTNAME
 *        101         18 running   10.0.0.101      ct101.example.com
 *        102          - stopped   10.0.0.102      ct102
 * ```
 * `Container(s) not found` / `VE not found` (no containers at all) is an empty list. Rows that do not read are
 * returned in `bad` (1-based line, text), never thrown.
 */
export function parseVzlist(
  text: string,
  command = 'vzlist -a',
): { rows: VzlistRow[]; bad: { line: number; text: string }[] } {
  const lines = text.split('\n');
  const headerAt = lines.findIndex((l) => l.trim() !== '');
  if (headerAt < 0 || NONE_FOUND.test(lines[headerAt]!.trim())) return { rows: [], bad: [] };
  const header = lines[headerAt]!.trim().split(/\s+/);
  const col = (...names: string[]) => header.findIndex((h) => names.includes(h));
  const [ci, ni, si, ii, hi] = [col('CTID', 'VEID'), col('NPROC'), col('STATUS'), col('IP_ADDR'), col('HOSTNAME')];
  if (ci !== 0 || si < 0)
    throw new UnexpectedOutputError(
      command,
      `line ${headerAt + 1} is not a vzlist header "CTID|VEID ... STATUS ...": ${JSON.stringify(lines[headerAt])}`,
      text,
    );
  const rows: VzlistRow[] = [];
  const bad: { line: number; text: string }[] = [];
  lines.forEach((line, i) => {
    if (i <= headerAt || line.trim() === '') return;
    const cells = line.trim().split(/\s+/);
    const last = cells.slice(header.length - 1).join(' ');
    const cell = (k: number) => (k < 0 ? '' : k === header.length - 1 ? last : (cells[k] ?? ''));
    const nproc = cell(ni);
    if (
      cells.length < header.length - (hi === header.length - 1 ? 1 : 0) ||
      !CTID.test(cell(ci)) ||
      (ni >= 0 && !/^(\d+|-)$/.test(nproc))
    ) {
      bad.push({ line: i + 1, text: line });
      return;
    }
    rows.push({
      ctid: cell(ci),
      nproc: /^\d+$/.test(nproc) ? Number(nproc) : null,
      status: cell(si),
      ipAddr: cell(ii),
      hostname: cell(hi),
    });
  });
  return { rows, bad };
}

/** vzctl writes "unlimited" as LONG_MAX of its host: 2^63-1, or 2^31-1 by a 32-bit vzctl; no real limit comes near. */
const UNLIMITED_FROM = 2147483647n;

/**
 * Parses one vzctl resource value (`262144`, `1024M`, `1.5G`, `unlimited`) into bytes; plain numbers are 4 KiB
 * pages (vzctl(8) "Resource limits": a suffix K, M, G, T or P, fractions allowed, gives bytes).
 */
function vzBytes(v: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)([KMGTP]?)$/i.exec(v.trim());
  if (!m) return undefined;
  if (/^\d+$/.test(m[1]!) && BigInt(m[1]!) >= UNLIMITED_FROM) return undefined;
  const n = Number(m[1]);
  switch (m[2]!.toUpperCase()) {
    case 'K':
      return n * 1024;
    case 'M':
      return n * 1024 ** 2;
    case 'G':
      return n * 1024 ** 3;
    case 'T':
      return n * 1024 ** 4;
    case 'P':
      return n * 1024 ** 5;
    default:
      return Math.round(n) * 4096; // pages
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

const CTID_HEADER = /^# ferry-ctid: ([0-9A-Za-z][0-9A-Za-z-]*)\n/;

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
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell parameter expansion, run by the host's sh
  return confDir === undefined ? '"${VZ_CONF_DIR:-/etc/vz/conf}"' : shQuote(confDir);
}

/** Shell `case` pattern of conf file names that are not a container's (`0.conf` is the host's, samples have dots). */
const NOT_CTID = `''|0|*[!0-9A-Za-z-]*`;

/** The compound probe command; `dirWord` is a shell word from {@link vzDirWord}. */
export function openvzProbeCommand(dirWord: string): string {
  return [
    C_LOCALE,
    section('free', 'free -m'),
    LOADAVG_SECTION,
    section('list', 'vzlist -a 2>&1'),
    `for f in ${dirWord}/*.conf; do [ -f "$f" ] || continue; id=\${f##*/}; id=\${id%.conf}; case "$id" in ${NOT_CTID}) continue;; esac; ${section('def', PRINT_FILE_F, '$id')}; done`,
  ].join('; ');
}

/**
 * Turns the probe command's output into a HostProbe. Systems are named by NAME, else CTID. A row, status or conf
 * that does not read is a system in state `unknown` with the command and line in `problem`; it never hides the
 * others. Exported for tests.
 */
export function parseOpenvzProbe(stdout: string, stderr = '', hostId = '?'): HostProbe {
  const cmd = 'openvz probe';
  const sections = parseSections(stdout, cmd);
  const free = parseFreeM(requireSection(sections, 'free', cmd, hostId, stderr).lines.join('\n'));
  const load1 = parseLoadavg(requireSection(sections, 'loadavg', cmd, hostId, stderr).lines.join('\n'));
  const list = sections.find((s) => s.name === 'list');
  if (!list) throw new UnexpectedOutputError(cmd, 'section list missing', stdout);
  const listText = list.lines.join('\n');
  if (list.rc !== 0 && !NONE_FOUND.test(listText.trim())) {
    throw new CommandFailedError(
      `host ${hostId}: vzlist -a failed (exit ${list.rc}): ${truncate(listText, 400)}`,
      list.rc,
      truncate(stderr, 2000),
    );
  }
  const { rows, bad } = parseVzlist(listText);
  const defs = new Map<string, string>();
  for (const s of sections) if (s.name === 'def' && s.rc === 0) defs.set(s.arg, s.lines.join('\n'));
  const systems: SystemInfo[] = [];
  const unknown = (name: string, problem: string) =>
    systems.push({ name, state: 'unknown', memoryMiB: 0, definitionHash: null, problem });
  for (const row of rows) {
    const conf = defs.get(row.ctid);
    if (conf === undefined) {
      unknown(row.ctid, `cat ${row.ctid}.conf: no conf printed for a container vzlist -a lists`);
      continue;
    }
    const name = parseVzConfName(conf) ?? row.ctid;
    const state = vzState(row.status);
    const memoryMiB = parseVzConfMemoryMiB(conf);
    if (state === undefined) unknown(name, `vzlist -a: container ${row.ctid} has status ${JSON.stringify(row.status)}`);
    else if (memoryMiB === undefined) unknown(name, `cat ${row.ctid}.conf: no limited PHYSPAGES or PRIVVMPAGES`);
    else systems.push({ name, state, memoryMiB, definitionHash: hashDefinition(vzDefinition(row.ctid, conf)) });
  }
  for (const b of bad) {
    const ctid = b.text.trim().split(/\s+/)[0] ?? '';
    const conf = defs.get(ctid);
    unknown(
      (conf && parseVzConfName(conf)) || ctid || `vzlist line ${b.line}`,
      `vzlist -a line ${b.line} is not "CTID NPROC STATUS IP_ADDR HOSTNAME": ${JSON.stringify(b.text)}`,
    );
  }
  return { memTotalMiB: free.totalMiB, memFreeMiB: free.availableMiB, load1, systems };
}

/** Shell snippet setting `id` and `f` to the CTID and conf file of the container named NAME (or with CTID NAME); exits 3 if none. */
function findCt(dirWord: string, name: string): string {
  const re = shQuote(`^[[:space:]]*NAME="?${ereEscape(name)}"?[[:space:]]*$`);
  return (
    `f=; for c in ${dirWord}/*.conf; do [ -f "$c" ] || continue; id=\${c##*/}; id=\${id%.conf}; case "$id" in ${NOT_CTID}) continue;; esac; ` +
    `if [ "$id" = ${shQuote(name)} ] || grep -qE ${re} "$c"; then f=$c; break; fi; done; [ -n "$f" ] || exit 3`
  );
}

/** What a conf's NAME="..." cannot carry: vzctl's scripts read the conf as shell assignments. */
function vzNameProblem(name: string): string | undefined {
  return /["\\$`]/.test(name) ? 'an OpenVZ conf value cannot hold ", \\, $ or `' : undefined;
}

/** `name` checked for a conf NAME and the driver's shell snippets. */
function vzName(name: string): string {
  return checkName(name, vzNameProblem);
}

/** Shell snippet setting `st` from `vzctl status $id`: running (or paused: holding memory), down, or absent. */
const VZ_STATUS = `s=$(vzctl status "$id" 2>/dev/null); case "$s" in *running*|*paused*) st=running;; *deleted*|'') st=absent;; *) st=down;; esac`;

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
    const r = await conn.exec(inC(`${findCt(this.#dir, vzName(name))}; echo "# ferry-ctid: $id"; cat "$f"`));
    if (r.exitCode === 3) throw new SystemNotFoundError(name, `host ${conn.hostId}: no container ${name}`);
    if (r.exitCode !== 0) throw commandFailed(conn.hostId, `read conf of ${name}`, r);
    return r.stdout;
  }

  /** Writes CTID.conf (CTID from the definition's header, or the name when numeric); refuses to overwrite another container's conf. */
  async define(conn: CommandRunner, name: string, definition: string, opts: DefineOptions): Promise<void> {
    vzName(name);
    const { ctid, conf } = splitVzDefinition(definition);
    const id = ctid ?? (/^[1-9]\d{0,9}$/.test(name) ? name : undefined);
    if (id === undefined)
      throw new InvalidSystemNameError(name, `the definition has no "# ferry-ctid: N" line and the name is no CTID`);
    const inConf = parseVzConfName(conf) ?? id;
    if (inConf !== name)
      throw new UnexpectedOutputError('define', `conf names container ${JSON.stringify(inConf)}, not ${name}`, conf);
    const f = `${this.#dir}/${shQuote(`${id}.conf`)}`;
    const clash = shQuote(`^[[:space:]]*NAME="?${ereEscape(name)}"?[[:space:]]*$`);
    const guard =
      /^\d+$/.test(name) && name === id
        ? ''
        : `if [ -f ${f} ] && ! grep -qE ${clash} ${f}; then echo "CTID ${id} is taken by another container" >&2; exit 4; fi; `;
    const start = opts.start ? `; id=${shQuote(id)}; ${VZ_STATUS}; [ $st = running ] || vzctl start "$id"` : '';
    await runChecked(
      conn,
      `define ${name}`,
      inC(`${guard}mkdir -p ${this.#dir} && cat > ${f}.ferry-new && mv -f ${f}.ferry-new ${f}${start}`),
      {
        stdin: conf,
      },
    );
  }

  async start(conn: CommandRunner, name: string): Promise<void> {
    const r = await conn.exec(
      inC(`${findCt(this.#dir, vzName(name))}; ${VZ_STATUS}; [ $st = running ] && exit 0; vzctl start "$id"`),
    );
    if (r.exitCode === 3) throw new SystemNotFoundError(name, `host ${conn.hostId}: no container ${name}`);
    if (r.exitCode !== 0) throw commandFailed(conn.hostId, `vzctl start ${name}`, r);
  }

  async stop(conn: CommandRunner, name: string): Promise<void> {
    const r = await conn.exec(
      inC(`${findCt(this.#dir, vzName(name))}; ${VZ_STATUS}; [ $st = running ] || exit 0; vzctl stop "$id"`),
    );
    if (r.exitCode !== 0 && r.exitCode !== 3) throw commandFailed(conn.hostId, `vzctl stop ${name}`, r);
  }

  readonly migrationMovesDefinition = true;

  /** `vzmigrate --online --ssh='-p PORT' USER@ADDRESS CTID`. */
  async migrate(conn: CommandRunner, name: string, target: MigrationTarget): Promise<void> {
    const dest = shQuote(`${target.user}@${target.address}`);
    const r = await conn.exec(
      inC(`${findCt(this.#dir, vzName(name))}; vzmigrate --online --ssh=${shQuote(`-p ${target.port}`)} ${dest} "$id"`),
    );
    if (r.exitCode === 3) throw new SystemNotFoundError(name, `host ${conn.hostId}: no container ${name}`);
    if (r.exitCode !== 0) throw commandFailed(conn.hostId, `vzmigrate ${name}`, r);
  }

  /** Stops the container and deletes its conf only; never `vzctl destroy`, which would wipe the shared private area. */
  async stopAndRemove(conn: CommandRunner, name: string): Promise<void> {
    const r = await conn.exec(
      inC(
        `${findCt(this.#dir, vzName(name))}; ${VZ_STATUS}; if [ $st = running ]; then vzctl stop "$id" || exit $?; fi; rm -f "$f"`,
      ),
    );
    if (r.exitCode !== 0 && r.exitCode !== 3) throw commandFailed(conn.hostId, `stop and remove ${name}`, r);
  }
}
