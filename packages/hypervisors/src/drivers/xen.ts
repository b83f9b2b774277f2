// Xen driver: `xl` for running domains and host memory (`xl info`), cfg files in the xl config
// directory as the stored definitions (xl keeps no other persistent domain store).
import type { CommandRunner } from '../host-ref.js';
import type { DefineOptions, HostProbe, HypervisorDriver, MigrationTarget, SystemInfo } from './types.js';
import { SystemNotFoundError, UnexpectedOutputError } from '../errors.js';
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
import { hashDefinition, parseLoadavg } from './parsers.js';

/** A row of `xl list`. */
export interface XlListRow {
  name: string;
  id: number;
  memMiB: number;
  vcpus: number;
  /**
   * Six state letters (tools/xl/xl_list.c): running `r`, blocked `b`, paused `p`, shutdown `s`, the shutdown reason
   * (`-` poweroff, `r` reboot, `s` suspend, `c` crash, `w` watchdog, `S` soft reset, `?`), dying `d`; `-` where
   * unset. xm and old xl print `c` (crashed) in the fifth place as well.
   */
  flags: string;
}

const XL_ROW = /^(.*\S)\s+(\d+)\s+(\d+)\s+(\d+)\s+([-rbpscdwS?]{6})\s+(\d+(?:\.\d+)?)\s*$/;
/** The same, for `xl list -v` and the like: more columns (UUID, reason code, security label) after Time(s). */
const XL_ROW_WIDE = /^(.*\S)\s+(\d+)\s+(\d+)\s+(\d+)\s+([-rbpscdwS?]{6})\s+(\d+(?:\.\d+)?)(?:\s+\S.*)?$/;

/**
 * Parses `xl list` (also `xl list -v`, whose further columns are ignored), whose names may hold spaces (printed left-aligned in 40 columns, longer
 * names push the row right):
 * ```
 * Name                                        ID   Mem VCPUs\tState\tTime(s)
 * Domain-0                                     0  1024     2     r-----     123.4
 * SQL LUBSS227                                 3  1024     1     -b----      12.3
 * ```
 * Rows that do not read are returned in `bad` (1-based line, text), never thrown: they must not hide the others.
 */
export function parseXlList(
  text: string,
  command = 'xl list',
): { rows: XlListRow[]; bad: { line: number; text: string }[] } {
  const lines = text.split('\n');
  const headerAt = lines.findIndex((l) => l.trim() !== '');
  if (headerAt < 0 || !/^Name\s+ID\s+Mem\s+VCPUs\s+State\s+Time\(s\)/.test(lines[headerAt]!)) {
    throw new UnexpectedOutputError(
      command,
      `line ${headerAt + 1} is not the header "Name ID Mem VCPUs State Time(s)"`,
      text,
    );
  }
  const rows: XlListRow[] = [];
  const bad: { line: number; text: string }[] = [];
  const row = /Time\(s\)\s*\S/.test(lines[headerAt]!) ? XL_ROW_WIDE : XL_ROW;
  lines.forEach((line, i) => {
    if (i <= headerAt || line.trim() === '') return;
    const m = row.exec(line.trimEnd());
    if (!m) bad.push({ line: i + 1, text: line });
    else
      rows.push({ name: m[1]!.trimStart(), id: Number(m[2]), memMiB: Number(m[3]), vcpus: Number(m[4]), flags: m[5]! });
  });
  return { rows, bad };
}

/** Host memory from `xl info` (`total_memory : 8192`, `free_memory : 6144`, in MiB). */
export function parseXlInfo(text: string, command = 'xl info'): { totalMiB: number; freeMiB: number } {
  const get = (key: string): number => {
    const m = new RegExp(`^${key}\\s*:\\s*(\\d+)\\s*$`, 'm').exec(text);
    if (!m) throw new UnexpectedOutputError(command, `no numeric ${key} line`, text);
    return Number(m[1]);
  };
  return { totalMiB: get('total_memory'), freeMiB: get('free_memory') };
}

/** `name` and `memory` (MiB) of an xl domain cfg file; either may be missing. */
export function parseXlCfg(text: string): { name?: string; memoryMiB?: number } {
  const name = /^\s*name\s*=\s*["']([^"']+)["']/m.exec(text)?.[1];
  const mem = /^\s*memory\s*=\s*["']?(\d+)["']?/m.exec(text)?.[1];
  return { ...(name !== undefined ? { name } : {}), ...(mem !== undefined ? { memoryMiB: Number(mem) } : {}) };
}

/** Shell word for the cfg directory: the given one, else `$XEN_CONFIG_DIR` (as the lab sets it), else /etc/xen. */
export function xenDirWord(configDir?: string): string {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell parameter expansion, run by the host's sh
  return configDir === undefined ? '"${XEN_CONFIG_DIR:-/etc/xen}"' : shQuote(configDir);
}

/** The compound probe command; `dirWord` is a shell word from {@link xenDirWord}. */
export function xenProbeCommand(dirWord: string): string {
  return [
    C_LOCALE,
    section('info', 'xl info'),
    LOADAVG_SECTION,
    section('list', 'xl list'),
    `for f in ${dirWord}/*.cfg; do [ -f "$f" ] || continue; ${section('def', PRINT_FILE_F, '$f')}; done`,
  ].join('; ');
}

/**
 * Turns the probe command's output into a HostProbe. Every domain `xl list` shows holds its memory until it is
 * destroyed, whatever its letters say (running, blocked, paused, shut down or crashed but not yet cleaned up,
 * dying): for Ferry it is running; a cfg file without a domain is stopped. A cfg file without a name, or one whose memory is unknown,
 * and an `xl list` row that does not read are systems in state `unknown` with the file or line in `problem`; they
 * never hide the others. Exported for tests.
 */
export function parseXenProbe(stdout: string, stderr = '', hostId = '?'): HostProbe {
  const cmd = 'xen probe';
  const sections = parseSections(stdout, cmd);
  const info = parseXlInfo(requireSection(sections, 'info', cmd, hostId, stderr).lines.join('\n'));
  const load1 = parseLoadavg(requireSection(sections, 'loadavg', cmd, hostId, stderr).lines.join('\n'));
  const list = parseXlList(requireSection(sections, 'list', cmd, hostId, stderr).lines.join('\n'));
  const rows = list.rows.filter((r) => r.id !== 0);
  const byName = new Map<string, SystemInfo>();
  const unknown = (name: string, problem: string) =>
    byName.set(name, { name, state: 'unknown', memoryMiB: 0, definitionHash: null, problem });
  for (const s of sections) {
    if (s.name !== 'def' || s.rc !== 0) continue;
    const text = s.lines.join('\n');
    const cfg = parseXlCfg(text);
    if (cfg.name === undefined) {
      unknown(s.arg, `cat ${s.arg}: no line name = "..."`);
      continue;
    }
    const row = rows.find((r) => r.name === cfg.name);
    const memoryMiB = cfg.memoryMiB ?? row?.memMiB;
    if (memoryMiB === undefined) {
      unknown(cfg.name, `cat ${s.arg}: no line memory = N`);
      continue;
    }
    byName.set(cfg.name, {
      name: cfg.name,
      state: row ? 'running' : 'stopped',
      memoryMiB,
      definitionHash: hashDefinition(text),
    });
  }
  for (const row of rows) {
    if (!byName.has(row.name))
      byName.set(row.name, { name: row.name, state: 'running', memoryMiB: row.memMiB, definitionHash: null });
  }
  for (const b of list.bad) {
    // xl pads names to 40 columns: the first 40 are the best reading of the name there is.
    const name = b.text.slice(0, 40).trim() || `xl list line ${b.line}`;
    unknown(name, `xl list line ${b.line} is not "NAME ID MEM VCPUS STATE TIME": ${JSON.stringify(b.text)}`);
  }
  return { memTotalMiB: info.totalMiB, memFreeMiB: info.freeMiB, load1, systems: [...byName.values()] };
}

/** xl's own limits on a name: it goes into a quoted cfg value and must not read as an option. */
function xlNameProblem(name: string): string | undefined {
  if (/["'\\]/.test(name)) return 'an xl cfg value cannot hold quotes or backslashes';
  if (name.startsWith('-')) return 'xl would read it as an option';
  return undefined;
}

/** `name` checked for xl commands and cfg files. */
function xlName(name: string): string {
  return checkName(name, xlNameProblem);
}

/** Driver for Xen hosts managed with the xl toolstack. */
export class XenDriver implements HypervisorDriver {
  readonly type = 'xen' as const;
  readonly #dir: string;

  /** @param configDir where domain cfg files live (default `$XEN_CONFIG_DIR`, else `/etc/xen`). */
  constructor(configDir?: string) {
    this.#dir = xenDirWord(configDir);
  }

  /** Shell snippet setting `f` to the cfg file of domain `name` ('' when none). */
  #findCfg(name: string): string {
    const dir = this.#dir;
    const re = shQuote(`^[[:space:]]*name[[:space:]]*=[[:space:]]*["']${ereEscape(name)}["']`);
    return `f=${dir}/${shQuote(`${name}.cfg`)}; [ -f "$f" ] || f=$(grep -lE ${re} ${dir}/*.cfg 2>/dev/null | head -n 1)`;
  }

  async probe(conn: CommandRunner): Promise<HostProbe> {
    const r = await runChecked(conn, 'xen probe', xenProbeCommand(this.#dir));
    return parseXenProbe(r.stdout, r.stderr, conn.hostId);
  }

  async captureDefinition(conn: CommandRunner, name: string): Promise<string> {
    const r = await conn.exec(inC(`${this.#findCfg(xlName(name))}; [ -n "$f" ] && [ -f "$f" ] || exit 3; cat "$f"`));
    if (r.exitCode === 3)
      throw new SystemNotFoundError(name, `host ${conn.hostId}: no xl cfg for ${name} in the xl config directory`);
    if (r.exitCode !== 0) throw commandFailed(conn.hostId, `read cfg of ${name}`, r);
    return r.stdout;
  }

  async define(conn: CommandRunner, name: string, definition: string, opts: DefineOptions): Promise<void> {
    const q = shQuote(xlName(name));
    const inCfg = parseXlCfg(definition).name;
    if (inCfg !== name)
      throw new UnexpectedOutputError('define', `cfg names domain ${JSON.stringify(inCfg)}, not ${name}`, definition);
    const file = `${this.#dir}/${shQuote(`${name}.cfg`)}`;
    const start = opts.start ? `; xl list ${q} >/dev/null 2>&1 || xl create ${file}` : '';
    await runChecked(
      conn,
      `define ${name}`,
      inC(`mkdir -p ${this.#dir} && cat > ${file}.ferry-new && mv -f ${file}.ferry-new ${file}${start}`),
      {
        stdin: definition,
      },
    );
  }

  async start(conn: CommandRunner, name: string): Promise<void> {
    const q = shQuote(xlName(name));
    const r = await conn.exec(
      inC(
        `xl list ${q} >/dev/null 2>&1 && exit 0; ${this.#findCfg(name)}; [ -n "$f" ] && [ -f "$f" ] || exit 3; xl create "$f"`,
      ),
    );
    if (r.exitCode === 3)
      throw new SystemNotFoundError(name, `host ${conn.hostId}: no xl cfg for ${name} in the xl config directory`);
    if (r.exitCode !== 0) throw commandFailed(conn.hostId, `xl create ${name}`, r);
  }

  async stop(conn: CommandRunner, name: string): Promise<void> {
    const q = shQuote(xlName(name));
    await runChecked(conn, `xl destroy ${name}`, inC(`xl list ${q} >/dev/null 2>&1 || exit 0; xl destroy ${q}`));
  }

  readonly migrationMovesDefinition = false;

  /** `xl migrate -s 'ssh -p PORT -l USER' NAME ADDRESS`. */
  async migrate(conn: CommandRunner, name: string, target: MigrationTarget): Promise<void> {
    const ssh = `ssh -p ${target.port} -l ${target.user}`;
    await runChecked(
      conn,
      `xl migrate ${name}`,
      inC(`xl migrate -s ${shQuote(ssh)} ${shQuote(xlName(name))} ${shQuote(target.address)}`),
    );
  }

  async stopAndRemove(conn: CommandRunner, name: string): Promise<void> {
    const q = shQuote(xlName(name));
    await runChecked(
      conn,
      `stop and remove ${name}`,
      inC(
        `if xl list ${q} >/dev/null 2>&1; then xl destroy ${q} || exit $?; fi; ${this.#findCfg(name)}; [ -n "$f" ] && rm -f "$f"; exit 0`,
      ),
    );
  }
}
