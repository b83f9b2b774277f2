// KVM driver: libvirt's `virsh` for systems and definitions, `free -m` and /proc/loadavg for the host. The probe
// reads only machine-readable output (`virsh list --uuid`, `virsh dumpxml` parsed as XML); actions address a domain
// by its name, quoted as one shell word and passed as `--domain`, in the C locale.
import type { CommandRunner } from '../host-ref.js';
import type { DefineOptions, HostProbe, HypervisorDriver, MigrationTarget, SystemInfo } from './types.js';
import { SystemNotFoundError, UnexpectedOutputError } from '../errors.js';
import {
  C_LOCALE,
  LOADAVG_SECTION,
  MARKER,
  checkName,
  commandFailed,
  inC,
  parseSections,
  requireSection,
  runChecked,
  section,
  shQuote,
} from './shell.js';
import { hashDefinition, parseFreeM, parseLoadavg } from './parsers.js';
import { parseLibvirtDomain } from './libvirt-xml.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Names virsh would not read as a name: it looks a domain up by id, then UUID, then name, so a name that is a
 * number or a UUID could address another domain.
 */
function virshNameProblem(name: string): string | undefined {
  if (/^\d+$/.test(name)) return 'virsh would read a number as a domain id';
  if (UUID.test(name) || /^[0-9a-f]{32}$/i.test(name)) return 'virsh would read it as a domain UUID';
  return undefined;
}

/** `name` checked for use in virsh commands, as one quoted shell word. */
function domainWord(name: string): string {
  return shQuote(checkName(name, virshNameProblem));
}

/**
 * The lines of `virsh list --uuid` output: one UUID per line, a blank line at the end. Lines that are not a UUID
 * are returned in `bad` with their 1-based line numbers.
 */
export function parseVirshUuids(text: string): { uuids: string[]; bad: { line: number; text: string }[] } {
  const uuids: string[] = [];
  const bad: { line: number; text: string }[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    if (UUID.test(line)) uuids.push(line.toLowerCase());
    else bad.push({ line: i + 1, text: raw });
  });
  return { uuids, bad };
}

/** What a probe remembers of one domain definition, keyed by `UUID/a` (active) or `UUID/-` (inactive). */
export interface KvmDefinitionFacts {
  name: string;
  memoryMiB: number;
  definitionHash: string;
}

/**
 * The compound probe command: one SSH round trip for RAM, load, the active and all domains by UUID, and the
 * definitions (`virsh dumpxml --inactive UUID`, errors included in the section) of domains whose `UUID/a|-` key is
 * not in `known` (all of them when `known` is empty): a domain is dumped again when it starts or stops.
 */
export function kvmProbeCommand(known: Iterable<string> = []): string {
  const k = ` ${[...known].join(' ')} `;
  return [
    C_LOCALE,
    'set -f',
    section('free', 'free -m'),
    LOADAVG_SECTION,
    `a=$(virsh list --uuid 2>&1); ra=$?; v=$(virsh list --all --uuid 2>&1); r=$?`,
    `echo '${MARKER}active'; printf '%s\\n' "$a"; echo; echo "${MARKER}rc $ra"`,
    `echo '${MARKER}list'; printf '%s\\n' "$v"; echo; echo "${MARKER}rc $r"`,
    `k=${shQuote(k)}`,
    `if [ $r = 0 ] && [ $ra = 0 ]; then for u in $v; do case "$u" in *[!0-9a-fA-F-]*) continue;; esac; ` +
      `case "$a" in *"$u"*) s=a;; *) s=-;; esac; case "$k" in *" $u/$s "*) continue;; esac; ` +
      `${section('def', 'virsh dumpxml --inactive "$u" 2>&1', '$u/$s')}; done; fi`,
    'exit 0',
  ].join('; ');
}

/**
 * Turns the probe command's output into a HostProbe. Definitions not printed are taken from `known` (keyed
 * `UUID/a|-`); `seen` receives the facts of every readable domain. A domain whose definition cannot be read is a
 * system in state `unknown` (named by its UUID when even the name is unreadable) with the command and line in
 * `problem`; it never hides the others. Exported for tests.
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
  const active = parseVirshUuids(
    requireSection(sections, 'active', 'virsh list --uuid', hostId, stderr).lines.join('\n'),
  );
  const all = parseVirshUuids(
    requireSection(sections, 'list', 'virsh list --all --uuid', hostId, stderr).lines.join('\n'),
  );
  if (all.uuids.length === 0 && all.bad.length > 0) {
    throw new UnexpectedOutputError(
      'virsh list --all --uuid',
      `line ${all.bad[0]!.line} is not a UUID: ${JSON.stringify(all.bad[0]!.text)}`,
      stdout,
    );
  }
  const isActive = new Set(active.uuids);
  const defs = new Map<string, { lines: string[]; rc: number }>();
  for (const s of sections) if (s.name === 'def') defs.set(s.arg, { lines: s.lines, rc: s.rc });
  const systems: SystemInfo[] = [];
  for (const uuid of all.uuids) {
    const key = `${uuid}/${isActive.has(uuid) ? 'a' : '-'}`;
    const state = isActive.has(uuid) ? 'running' : 'stopped';
    const command = `virsh dumpxml --inactive ${uuid}`;
    const def = defs.get(key);
    let facts = def === undefined ? known.get(key) : undefined;
    if (def !== undefined && def.rc !== 0) {
      // Undefined between the list and the dump: gone, as the next list will say.
      if (/failed to get domain|Domain not found/i.test(def.lines.join('\n'))) continue;
      systems.push(
        unknownSystem(
          uuid,
          `${command} failed (exit ${def.rc}): ${JSON.stringify(def.lines.join(' ').trim().slice(0, 200))}`,
        ),
      );
      continue;
    }
    if (def !== undefined) {
      const xml = def.lines.join('\n');
      try {
        const d = parseLibvirtDomain(xml, command);
        facts = { name: d.name, memoryMiB: d.memoryMiB, definitionHash: hashDefinition(xml) };
      } catch (err) {
        systems.push(unknownSystem(uuid, (err as Error).message));
        continue;
      }
    }
    if (facts === undefined) {
      systems.push(unknownSystem(uuid, `${command}: no definition printed for a listed domain`));
      continue;
    }
    seen.set(key, facts);
    systems.push({ name: facts.name, state, memoryMiB: facts.memoryMiB, definitionHash: facts.definitionHash });
  }
  for (const b of [...all.bad, ...active.bad]) {
    systems.push(
      unknownSystem(
        b.text.trim() || `line ${b.line}`,
        `virsh list --uuid printed line ${b.line} ${JSON.stringify(b.text)}, not a UUID`,
      ),
    );
  }
  return { memTotalMiB: free.totalMiB, memFreeMiB: free.availableMiB, load1, systems };
}

function unknownSystem(name: string, problem: string): SystemInfo {
  return { name, state: 'unknown', memoryMiB: 0, definitionHash: null, problem };
}

/**
 * Shell snippet setting `st` from `virsh domstate`: 0 when the domain holds its memory (running, paused, crashed,
 * in shutdown, ...), 1 when shut off, 2 when virsh says there is no such domain; any other failure exits with it.
 */
const domState = (q: string) =>
  `s=$(virsh domstate --domain ${q} 2>&1); rs=$?; if [ $rs != 0 ]; then case "$s" in *"failed to get domain"*|*"Domain not found"*) st=2;; ` +
  `*) printf '%s\\n' "$s" >&2; exit $rs;; esac; else case "$s" in "shut off"*) st=1;; *) st=0;; esac; fi`;

/** Options of {@link KvmDriver}. */
export interface KvmDriverOptions {
  /**
   * A probe dumps only definitions it has not seen under the same `UUID/a|-` key (one virsh process per changed
   * domain instead of one per domain); every this many ms it dumps all of them again (default 300000; 0 = always),
   * each host at its own random phase.
   */
  definitionRefreshMs?: number;
}

/**
 * Driver for libvirt/KVM hosts. Keeps, per host id, the name, memory and hash of each domain definition between
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
    const q = domainWord(name);
    const r = await conn.exec(inC(`${domState(q)}; [ $st = 2 ] && exit 3; virsh dumpxml --inactive --domain ${q}`));
    if (r.exitCode === 3) throw new SystemNotFoundError(name, `host ${conn.hostId}: no domain ${name}`);
    if (r.exitCode !== 0) throw commandFailed(conn.hostId, `virsh dumpxml ${name}`, r);
    const d = parseLibvirtDomain(r.stdout, `virsh dumpxml --inactive ${name}`);
    if (d.name !== name)
      throw new UnexpectedOutputError(
        `virsh dumpxml --inactive ${name}`,
        `printed domain ${JSON.stringify(d.name)}`,
        r.stdout,
      );
    return r.stdout;
  }

  async define(conn: CommandRunner, name: string, definition: string, opts: DefineOptions): Promise<void> {
    this.forgetHost(conn.hostId);
    const q = domainWord(name);
    const inXml = parseLibvirtDomain(definition, 'define').name;
    if (inXml !== name)
      throw new UnexpectedOutputError(
        'define',
        `definition names domain ${JSON.stringify(inXml)}, not ${name}`,
        definition,
      );
    const start = opts.start ? `; ${domState(q)}; [ $st = 0 ] || virsh start --domain ${q} || exit $?` : '';
    await runChecked(
      conn,
      `define ${name}`,
      inC(
        `t=$(mktemp) || exit 1; cat > "$t" && virsh define --file "$t" >/dev/null; r=$?; rm -f "$t"; [ $r = 0 ] || exit $r${start}`,
      ),
      { stdin: definition },
    );
  }

  async start(conn: CommandRunner, name: string): Promise<void> {
    this.forgetHost(conn.hostId);
    const q = domainWord(name);
    const r = await conn.exec(
      inC(`${domState(q)}; [ $st = 2 ] && exit 3; [ $st = 0 ] && exit 0; virsh start --domain ${q}`),
    );
    if (r.exitCode === 3) throw new SystemNotFoundError(name, `host ${conn.hostId}: no domain ${name}`);
    if (r.exitCode !== 0) throw commandFailed(conn.hostId, `virsh start ${name}`, r);
  }

  /** Destroys the domain when it holds its memory (running, paused, crashed, ...); no-op when shut off or absent. */
  async stop(conn: CommandRunner, name: string): Promise<void> {
    this.forgetHost(conn.hostId);
    const q = domainWord(name);
    await runChecked(
      conn,
      `virsh destroy ${name}`,
      inC(`${domState(q)}; [ $st = 0 ] || exit 0; virsh destroy --domain ${q}`),
    );
  }

  readonly migrationMovesDefinition = true;

  /** `virsh migrate --live --persistent --undefinesource` to `qemu+ssh://USER@ADDRESS:PORT/system`. */
  async migrate(conn: CommandRunner, name: string, target: MigrationTarget): Promise<void> {
    this.forgetHost(conn.hostId);
    const uri = `qemu+ssh://${target.user}@${target.address}:${target.port}/system`;
    await runChecked(
      conn,
      `virsh migrate ${name}`,
      inC(`virsh migrate --live --persistent --undefinesource --domain ${domainWord(name)} --desturi ${shQuote(uri)}`),
    );
  }

  async stopAndRemove(conn: CommandRunner, name: string): Promise<void> {
    this.forgetHost(conn.hostId);
    const q = domainWord(name);
    await runChecked(
      conn,
      `stop and undefine ${name}`,
      inC(
        `${domState(q)}; [ $st = 2 ] && exit 0; if [ $st = 0 ]; then virsh destroy --domain ${q} >/dev/null || exit $?; fi; virsh undefine --domain ${q}`,
      ),
    );
  }
}
