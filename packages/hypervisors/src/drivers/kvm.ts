// KVM driver: libvirt's `virsh` for systems and definitions, `free -m` and /proc/loadavg for the host.
import type { CommandRunner } from '../host-ref.js';
import type { DefineOptions, HostProbe, HypervisorDriver, SystemInfo, SystemState } from './types.js';
import { SystemNotFoundError, UnexpectedOutputError } from '../errors.js';
import { LOADAVG_SECTION, MARKER, checkName, commandFailed, parseSections, requireSection, runChecked, section, shQuote } from './shell.js';
import { hashDefinition, parseFreeM, parseLoadavg } from './parsers.js';

/** A row of `virsh list --all`. */
export interface VirshListRow {
  id: number | null;
  name: string;
  /** Raw state text, e.g. `running`, `shut off`, `paused`. */
  state: string;
}

const VIRSH_RUNNING = new Set(['running', 'idle', 'blocked', 'paused', 'in shutdown', 'pmsuspended', 'no state']);
const VIRSH_STOPPED = new Set(['shut off', 'crashed', 'dying']);

/** Maps a virsh state to Ferry's: anything that still holds the domain's memory counts as running. */
export function virshState(raw: string, command = 'virsh list --all'): SystemState {
  if (VIRSH_RUNNING.has(raw)) return 'running';
  if (VIRSH_STOPPED.has(raw)) return 'stopped';
  throw new UnexpectedOutputError(command, `unknown domain state ${JSON.stringify(raw)}`, raw);
}

/**
 * Parses `virsh list --all`:
 * ```
 *  Id   Name    State
 * -----------------------
 *  1    web1    running
 *  -    db1     shut off
 * ```
 */
export function parseVirshList(text: string, command = 'virsh list --all'): VirshListRow[] {
  const lines = text.split('\n');
  const headerAt = lines.findIndex((l) => l.trim() !== '');
  const header = lines[headerAt];
  if (header === undefined || !/^\s*Id\s+Name\s+State\s*$/.test(header)) {
    throw new UnexpectedOutputError(command, 'header is not "Id Name State"', text);
  }
  if (!/^\s*-{3,}\s*$/.test(lines[headerAt + 1] ?? '')) throw new UnexpectedOutputError(command, 'no dashed line under the header', text);
  const rows: VirshListRow[] = [];
  for (const line of lines.slice(headerAt + 2)) {
    if (line.trim() === '') continue;
    const m = /^\s*(\d+|-)\s+(\S+)\s+(\S.*?)\s*$/.exec(line);
    if (!m) throw new UnexpectedOutputError(command, `row ${JSON.stringify(line)} is not "ID NAME STATE"`, text);
    virshState(m[3]!, command);
    rows.push({ id: m[1] === '-' ? null : Number(m[1]), name: m[2]!, state: m[3]! });
  }
  return rows;
}

const UNIT_BYTES: Record<string, number> = {
  b: 1, bytes: 1, KB: 1e3, k: 1024, KiB: 1024, MB: 1e6, M: 1024 ** 2, MiB: 1024 ** 2,
  GB: 1e9, G: 1024 ** 3, GiB: 1024 ** 3, TB: 1e12, T: 1024 ** 4, TiB: 1024 ** 4,
};

/** Reads `<memory unit='KiB'>N</memory>` (default unit KiB) from a libvirt domain XML, in MiB. */
export function parseLibvirtMemoryMiB(xml: string, command = 'virsh dumpxml'): number {
  const m = /<memory(?:\s+unit\s*=\s*['"]([A-Za-z]+)['"])?\s*>\s*(\d+)\s*<\/memory>/.exec(xml);
  if (!m) throw new UnexpectedOutputError(command, 'no <memory> element', xml);
  const unit = m[1] ?? 'KiB';
  const factor = UNIT_BYTES[unit];
  if (factor === undefined) throw new UnexpectedOutputError(command, `unknown memory unit ${unit}`, xml);
  return Math.round((Number(m[2]) * factor) / 1024 ** 2);
}

/**
 * The persistent form of a domain XML: drops the runtime `id='N'` attribute of the root element, which
 * changes on every start (real `dumpxml --inactive` omits it; the lab's shim prints it anyway).
 */
export function normalizeLibvirtXml(xml: string): string {
  return xml.replace(/^(\s*<domain\b[^>]*?)\s+id=(['"])\d+\2/, '$1');
}

/** Reads the domain name from a libvirt domain XML. */
export function parseLibvirtName(xml: string): string | undefined {
  return /<name>\s*([^<]+?)\s*<\/name>/.exec(xml)?.[1];
}

/** What a probe remembers of one domain definition, keyed by `name/id` (the id changes on every start). */
export interface KvmDefinitionFacts {
  memoryMiB: number;
  definitionHash: string;
}

/**
 * The compound probe command: one SSH round trip for RAM, load, list and the definitions of domains whose
 * `name/id` key is not in `known` (all of them when `known` is empty). Spawns only free and virsh (the list is
 * walked through a here-document, not a pipe, so no subshell is forked).
 */
export function kvmProbeCommand(known: Iterable<string> = []): string {
  const k = ` ${[...known].join(' ')} `;
  return [
    'LC_ALL=C; export LC_ALL',
    section('free', 'free -m'),
    LOADAVG_SECTION,
    `v=$(virsh list --all); r=$?; echo '${MARKER}list'; printf '%s\\n' "$v"; echo; echo "${MARKER}rc $r"`,
    `k=${shQuote(k)}`,
    `[ $r = 0 ] && { read -r _; read -r _; while read -r id name st; do [ -n "$name" ] || continue; ` +
      `case "$k" in *" $name/$id "*) continue;; esac; ${section('def', 'virsh dumpxml --inactive "$name"', '$name/$id')}; done; } <<FERRY_LIST\n$v\nFERRY_LIST\n` +
      'exit 0',
  ].join('; ');
}

/** Probe command without any known definitions (dumps every domain). */
export const KVM_PROBE_COMMAND = kvmProbeCommand();

/**
 * Turns the probe command's output into a HostProbe. Definitions not printed are taken from `known`
 * (keyed `name/id`); `seen` receives the facts of every listed domain. Exported for tests.
 */
export function parseKvmProbe(
  stdout: string,
  stderr = '',
  hostId = '?',
  known: ReadonlyMap<string, KvmDefinitionFacts> = new Map(),
  seen: Map<string, KvmDefinitionFacts> = new Map(),
): HostProbe {
  const cmd = 'kvm probe';
  const sections = parseSections(stdout, cmd);
  const free = parseFreeM(requireSection(sections, 'free', cmd, hostId, stderr).lines.join('\n'));
  const load1 = parseLoadavg(requireSection(sections, 'loadavg', cmd, hostId, stderr).lines.join('\n'));
  const rows = parseVirshList(requireSection(sections, 'list', cmd, hostId, stderr).lines.join('\n'));
  const defs = new Map<string, string>();
  for (const s of sections) {
    if (s.name !== 'def') continue;
    if (s.rc !== 0) continue; // undefined between list and dumpxml: the row check below decides
    defs.set(s.arg, normalizeLibvirtXml(s.lines.join('\n')));
  }
  const systems: SystemInfo[] = rows.map((row) => {
    const key = `${row.name}/${row.id ?? '-'}`;
    const xml = defs.get(key);
    let facts: KvmDefinitionFacts | undefined;
    if (xml !== undefined) {
      facts = { memoryMiB: parseLibvirtMemoryMiB(xml, `virsh dumpxml ${row.name}`), definitionHash: hashDefinition(xml) };
    } else {
      facts = known.get(key);
    }
    if (facts === undefined) throw new UnexpectedOutputError(`virsh dumpxml ${row.name}`, 'no definition printed for a listed domain', stderr);
    seen.set(key, facts);
    return { name: row.name, state: virshState(row.state), ...facts };
  });
  return { memTotalMiB: free.totalMiB, memFreeMiB: free.availableMiB, load1, systems };
}

/** Shell snippet exiting 0 when the domain is defined and running-ish, 1 when defined and off, 2 when absent. */
const domState = (q: string) =>
  `s=$(virsh domstate ${q} 2>/dev/null) || s=absent; case "$s" in absent) st=2;; "shut off"|crashed|dying) st=1;; *) st=0;; esac`;

/** Options of {@link KvmDriver}. */
export interface KvmDriverOptions {
  /**
   * A probe dumps only definitions it has not seen under the same `name/id` (one virsh process per changed
   * domain instead of one per domain); every this many ms it dumps all of them again (default 300000; 0 = always),
   * each host at its own random phase.
   */
  definitionRefreshMs?: number;
}

/**
 * Driver for libvirt/KVM hosts. Keeps, per host id, the memory and hash of each domain definition between
 * probes (see {@link KvmDriverOptions}); every action on a domain forgets that host's cache.
 */
export class KvmDriver implements HypervisorDriver {
  readonly type = 'kvm' as const;
  readonly #refreshMs: number;
  readonly #cache = new Map<string, { facts: Map<string, KvmDefinitionFacts>; fullAt: number }>();

  constructor(opts: KvmDriverOptions = {}) {
    this.#refreshMs = opts.definitionRefreshMs ?? 300_000;
  }

  /** Drops what the driver remembers of a host's definitions; the next probe dumps them all. */
  forgetHost(hostId: string): void {
    this.#cache.delete(hostId);
  }

  async probe(conn: CommandRunner): Promise<HostProbe> {
    const cached = this.#cache.get(conn.hostId);
    const now = Date.now();
    const full = cached === undefined || now - cached.fullAt >= this.#refreshMs;
    const known = full ? new Map<string, KvmDefinitionFacts>() : cached.facts;
    const r = await runChecked(conn, 'kvm probe', kvmProbeCommand(known.keys()));
    const seen = new Map<string, KvmDefinitionFacts>();
    const probe = parseKvmProbe(r.stdout, r.stderr, conn.hostId, known, seen);
    // The first full dump is dated a random part of a period back, so hosts registered together spread their
    // periodic full dumps over the period instead of all dumping in the same round.
    const fullAt = cached === undefined ? now - Math.random() * this.#refreshMs : full ? now : cached.fullAt;
    this.#cache.set(conn.hostId, { facts: seen, fullAt });
    return probe;
  }

  async captureDefinition(conn: CommandRunner, name: string): Promise<string> {
    const q = shQuote(checkName(name));
    const r = await conn.exec(`virsh domstate ${q} >/dev/null 2>&1 || exit 3; virsh dumpxml --inactive ${q}`);
    if (r.exitCode === 3) throw new SystemNotFoundError(name, `host ${conn.hostId}: no domain ${name}`);
    if (r.exitCode !== 0) throw commandFailed(conn.hostId, `virsh dumpxml ${name}`, r);
    if (!/<domain[\s>]/.test(r.stdout)) throw new UnexpectedOutputError(`virsh dumpxml ${name}`, 'not a <domain> XML', r.stdout);
    return normalizeLibvirtXml(r.stdout);
  }

  async define(conn: CommandRunner, name: string, definition: string, opts: DefineOptions): Promise<void> {
    this.forgetHost(conn.hostId);
    const q = shQuote(checkName(name));
    const inXml = parseLibvirtName(definition);
    if (inXml !== name) throw new UnexpectedOutputError('define', `definition names domain ${JSON.stringify(inXml)}, not ${name}`, definition);
    const start = opts.start ? `; ${domState(q)}; [ $st = 0 ] || virsh start ${q} || exit $?` : '';
    await runChecked(
      conn,
      `define ${name}`,
      `t=$(mktemp) || exit 1; cat > "$t" && virsh define "$t" >/dev/null; r=$?; rm -f "$t"; [ $r = 0 ] || exit $r${start}`,
      { stdin: definition },
    );
  }

  async start(conn: CommandRunner, name: string): Promise<void> {
    this.forgetHost(conn.hostId);
    const q = shQuote(checkName(name));
    const r = await conn.exec(`${domState(q)}; [ $st = 2 ] && exit 3; [ $st = 0 ] && exit 0; virsh start ${q}`);
    if (r.exitCode === 3) throw new SystemNotFoundError(name, `host ${conn.hostId}: no domain ${name}`);
    if (r.exitCode !== 0) throw commandFailed(conn.hostId, `virsh start ${name}`, r);
  }

  async stop(conn: CommandRunner, name: string): Promise<void> {
    this.forgetHost(conn.hostId);
    const q = shQuote(checkName(name));
    await runChecked(conn, `virsh destroy ${name}`, `${domState(q)}; [ $st = 0 ] || exit 0; virsh destroy ${q}`);
  }

  async stopAndRemove(conn: CommandRunner, name: string): Promise<void> {
    this.forgetHost(conn.hostId);
    const q = shQuote(checkName(name));
    await runChecked(
      conn,
      `stop and undefine ${name}`,
      `${domState(q)}; [ $st = 2 ] && exit 0; if [ $st = 0 ]; then virsh destroy ${q} >/dev/null || exit $?; fi; virsh undefine ${q}`,
    );
  }
}
