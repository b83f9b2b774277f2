// Xen driver: `xl` for running domains and host memory (`xl info`), cfg files in the xl config
// directory as the stored definitions (xl keeps no other persistent domain store).
import type { CommandRunner } from '../host-ref.js';
import type { DefineOptions, HostProbe, HypervisorDriver, SystemInfo, SystemState } from './types.js';
import { SystemNotFoundError, UnexpectedOutputError } from '../errors.js';
import { LOADAVG_SECTION, PRINT_FILE_F, checkName, commandFailed, parseSections, requireSection, runChecked, section, shQuote } from './shell.js';
import { hashDefinition, parseLoadavg } from './parsers.js';

/** A row of `xl list`. */
export interface XlListRow {
  name: string;
  id: number;
  memMiB: number;
  vcpus: number;
  /** Six state flags `rbpscd`, `-` where unset. */
  flags: string;
}

/**
 * Parses `xl list`:
 * ```
 * Name                                        ID   Mem VCPUs      State   Time(s)
 * Domain-0                                     0  1024     2     r-----     123.4
 * web1                                         3  1024     1     -b----      12.3
 * ```
 */
export function parseXlList(text: string, command = 'xl list'): XlListRow[] {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (!/^Name\s+ID\s+Mem\s+VCPUs\s+State\s+Time\(s\)/.test(lines[0] ?? '')) {
    throw new UnexpectedOutputError(command, 'header is not "Name ID Mem VCPUs State Time(s)"', text);
  }
  return lines.slice(1).map((line) => {
    const m = /^(\S+)\s+(\d+)\s+(\d+)\s+(\d+)\s+([-rbpscd]{6})\s+(\d+(?:\.\d+)?)(?:\s.*)?$/.exec(line.trim());
    if (!m) throw new UnexpectedOutputError(command, `row ${JSON.stringify(line)} is not "NAME ID MEM VCPUS STATE TIME"`, text);
    return { name: m[1]!, id: Number(m[2]), memMiB: Number(m[3]), vcpus: Number(m[4]), flags: m[5]! };
  });
}

/** A domain with any of the shutdown / crashed / dying flags no longer runs. */
export function xlState(flags: string): SystemState {
  return /[scd]/.test(flags) ? 'stopped' : 'running';
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
  return configDir === undefined ? '"${XEN_CONFIG_DIR:-/etc/xen}"' : shQuote(configDir);
}

/** The compound probe command; `dirWord` is a shell word from {@link xenDirWord}. */
export function xenProbeCommand(dirWord: string): string {
  return [
    'LC_ALL=C; export LC_ALL',
    section('info', 'xl info'),
    LOADAVG_SECTION,
    section('list', 'xl list'),
    `for f in ${dirWord}/*.cfg; do [ -f "$f" ] || continue; ${section('def', PRINT_FILE_F, '$f')}; done`,
  ].join('; ');
}

/** Turns the probe command's output into a HostProbe. Exported for tests. */
export function parseXenProbe(stdout: string, stderr = '', hostId = '?'): HostProbe {
  const cmd = 'xen probe';
  const sections = parseSections(stdout, cmd);
  const info = parseXlInfo(requireSection(sections, 'info', cmd, hostId, stderr).lines.join('\n'));
  const load1 = parseLoadavg(requireSection(sections, 'loadavg', cmd, hostId, stderr).lines.join('\n'));
  const rows = parseXlList(requireSection(sections, 'list', cmd, hostId, stderr).lines.join('\n')).filter((r) => r.id !== 0);
  const byName = new Map<string, SystemInfo>();
  for (const s of sections) {
    if (s.name !== 'def' || s.rc !== 0) continue;
    const text = s.lines.join('\n');
    const cfg = parseXlCfg(text);
    if (cfg.name === undefined) throw new UnexpectedOutputError(`cat ${s.arg}`, 'xl cfg without name = "..."', text);
    const row = rows.find((r) => r.name === cfg.name);
    const memoryMiB = cfg.memoryMiB ?? row?.memMiB;
    if (memoryMiB === undefined) throw new UnexpectedOutputError(`cat ${s.arg}`, 'xl cfg without memory = N', text);
    byName.set(cfg.name, {
      name: cfg.name,
      state: row ? xlState(row.flags) : 'stopped',
      memoryMiB,
      definitionHash: hashDefinition(text),
    });
  }
  for (const row of rows) {
    if (!byName.has(row.name)) byName.set(row.name, { name: row.name, state: xlState(row.flags), memoryMiB: row.memMiB, definitionHash: null });
  }
  return { memTotalMiB: info.totalMiB, memFreeMiB: info.freeMiB, load1, systems: [...byName.values()] };
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
    const re = shQuote(`^[[:space:]]*name[[:space:]]*=[[:space:]]*["']${name.replace(/\./g, '\\.')}["']`);
    return `f=${dir}/${shQuote(name + '.cfg')}; [ -f "$f" ] || f=$(grep -lE ${re} ${dir}/*.cfg 2>/dev/null | head -n 1)`;
  }

  async probe(conn: CommandRunner): Promise<HostProbe> {
    const r = await runChecked(conn, 'xen probe', xenProbeCommand(this.#dir));
    return parseXenProbe(r.stdout, r.stderr, conn.hostId);
  }

  async captureDefinition(conn: CommandRunner, name: string): Promise<string> {
    const r = await conn.exec(`${this.#findCfg(checkName(name))}; [ -n "$f" ] && [ -f "$f" ] || exit 3; cat "$f"`);
    if (r.exitCode === 3) throw new SystemNotFoundError(name, `host ${conn.hostId}: no xl cfg for ${name} in the xl config directory`);
    if (r.exitCode !== 0) throw commandFailed(conn.hostId, `read cfg of ${name}`, r);
    return r.stdout;
  }

  async define(conn: CommandRunner, name: string, definition: string, opts: DefineOptions): Promise<void> {
    const q = shQuote(checkName(name));
    const inCfg = parseXlCfg(definition).name;
    if (inCfg !== name) throw new UnexpectedOutputError('define', `cfg names domain ${JSON.stringify(inCfg)}, not ${name}`, definition);
    const file = `${this.#dir}/${shQuote(name + '.cfg')}`;
    const start = opts.start ? `; xl list ${q} >/dev/null 2>&1 || xl create ${file}` : '';
    await runChecked(conn, `define ${name}`, `mkdir -p ${this.#dir} && cat > ${file}.ferry-new && mv -f ${file}.ferry-new ${file}${start}`, {
      stdin: definition,
    });
  }

  async start(conn: CommandRunner, name: string): Promise<void> {
    const q = shQuote(checkName(name));
    const r = await conn.exec(`xl list ${q} >/dev/null 2>&1 && exit 0; ${this.#findCfg(name)}; [ -n "$f" ] && [ -f "$f" ] || exit 3; xl create "$f"`);
    if (r.exitCode === 3) throw new SystemNotFoundError(name, `host ${conn.hostId}: no xl cfg for ${name} in the xl config directory`);
    if (r.exitCode !== 0) throw commandFailed(conn.hostId, `xl create ${name}`, r);
  }

  async stop(conn: CommandRunner, name: string): Promise<void> {
    const q = shQuote(checkName(name));
    await runChecked(conn, `xl destroy ${name}`, `xl list ${q} >/dev/null 2>&1 || exit 0; xl destroy ${q}`);
  }

  async stopAndRemove(conn: CommandRunner, name: string): Promise<void> {
    const q = shQuote(checkName(name));
    await runChecked(
      conn,
      `stop and remove ${name}`,
      `if xl list ${q} >/dev/null 2>&1; then xl destroy ${q} || exit $?; fi; ${this.#findCfg(name)}; [ -n "$f" ] && rm -f "$f"; exit 0`,
    );
  }
}
