// The KVM query outputs the ssh2 engine prints in-process: `free -m`, `virsh list --all` and
// `virsh dumpxml --inactive NAME`, from the state the Python shims keep (host.json, run.tab, domain XML files).
// Mirrors labfast.awk for exactly these commands; anything it cannot answer the same way yields undefined, and
// the caller leaves the command to the real shims.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One `run` row of run.tab (the fields the queries need). */
interface RunningDomain {
  name: string;
  id: string;
  memoryMiB: string;
}

/** What a KVM lab host looks like right now. */
export interface KvmHost {
  dir: string;
  ramMiB: number;
  running: RunningDomain[];
  /** Names of the persistent domains (`def` rows): their XML is `etc/libvirt/qemu/NAME.xml`. */
  defs: string[];
}

const readText = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'latin1');
  } catch {
    return undefined;
  }
};

/** awk's numeric value of a string: its leading number, or 0. */
const awkNumber = (s: string): number => {
  const m = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(s);
  return m ? Number(m[0]) : 0;
};

/** Reads host `name` of lab `labDir`; undefined unless it is a KVM host whose host.json the shims would read. */
export function readKvmHost(labDir: string, name: string): KvmHost | undefined {
  const dir = join(labDir, 'hosts', name);
  const hostJson = readText(join(dir, 'host.json'));
  if (!hostJson || !/"type": *"kvm"/.test(hostJson)) return undefined;
  const ram = /"ramMiB": *(-?\d+)/.exec(hostJson);
  const running: RunningDomain[] = [];
  const defs: string[] = [];
  const tab = readText(join(dir, 'run.tab')) ?? '';
  for (const line of tab.split('\n')) {
    const f = line.split('\t');
    if (f[0] === 'run') running.push({ name: f[1] ?? '', id: f[2] ?? '', memoryMiB: f[4] ?? '' });
    else if (f[0] === 'def') defs.push(f[1] ?? '');
  }
  return { dir, ramMiB: ram ? Number(ram[1]) : 0, running, defs };
}

const defPath = (h: KvmHost, name: string) => join(h.dir, 'etc', 'libvirt', 'qemu', `${name}.xml`);

/** `free -m`. */
export function freeM(h: KvmHost): string {
  const used = h.running.reduce((s, r) => s + awkNumber(r.memoryMiB), 0);
  const free = h.ramMiB - used;
  const n = (v: number) => Math.trunc(v).toFixed(0).padStart(12);
  const head = ['total', 'used', 'free', 'shared', 'buff/cache', 'available'].map((s) => s.padStart(12)).join('');
  return `        ${head}\nMem:    ${n(h.ramMiB)}${n(used)}${n(free)}${'0'.padStart(12)}${'0'.padStart(12)}${n(free)}\nSwap:   ${['0', '0', '0'].map((s) => s.padStart(12)).join('')}\n`;
}

const NAME_RE = /<name>\s*[^<\s]+\s*<\/name>/;

/** The domain name of a definition file as `virsh list` reads it (up to the line holding `</name>`). */
function listedName(path: string): string | undefined {
  const text = readText(path);
  if (text === undefined) return undefined;
  let upTo = '';
  for (const line of text.split('\n')) {
    upTo += '\n' + line;
    if (line.includes('</name>')) break;
  }
  const m = NAME_RE.exec(upTo);
  return m ? m[0].slice(6, -7).replace(/\s/g, '') : undefined;
}

/** `virsh list --all`: running domains by id, then the defined ones that do not run, by name. */
export function virshListAll(h: KvmHost): string {
  const running = new Set(h.running.map((r) => r.name));
  const defined = new Set<string>();
  for (const d of h.defs) {
    const name = listedName(defPath(h, d));
    if (name !== undefined) defined.add(name);
  }
  const active = [...h.running].sort((a, b) => awkNumber(a.id) - awkNumber(b.id));
  const inactive = [...defined].filter((n) => !running.has(n)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rows: [string, string, string][] = [
    ['Id', 'Name', 'State'],
    ...active.map((r): [string, string, string] => [r.id, r.name, 'running']),
    ...inactive.map((n): [string, string, string] => ['-', n, 'shut off']),
  ];
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) => ` ${r[0].padEnd(w[0]! + 2)} ${r[1].padEnd(w[1]! + 2)} ${r[2]}`);
  lines.splice(1, 0, '-'.repeat(w[0]! + w[1]! + w[2]! + 9));
  return lines.join('\n') + '\n\n';
}

const MEMORY_RE = /<memory(\s+unit\s*=\s*['"][A-Za-z0-9_]+['"])?\s*>\s*[0-9]+\s*<\/memory>/;
const UNITS = new Set(['b', 'bytes', 'k', 'kib', 'kb', 'm', 'mib', 'mb', 'g', 'gib', 'gb', 't', 'tib']);

/**
 * `virsh dumpxml --inactive NAME` of a persistent domain whose NAME.xml defines NAME (the shims' quick path);
 * undefined for anything else (transient or missing domains, files the shims would reject).
 */
export function virshDumpxmlInactive(h: KvmHost, name: string): string | undefined {
  if (!h.defs.includes(name)) return undefined;
  const text = readText(defPath(h, name));
  if (!text) return undefined;
  const n = NAME_RE.exec(text);
  if (!n || n[0].slice(6, -7).replace(/\s/g, '') !== name) return undefined;
  const mem = MEMORY_RE.exec(text);
  if (!mem) return undefined;
  const unit = /unit\s*=\s*['"]([A-Za-z0-9_]+)/.exec(mem[0]);
  if (unit && !UNITS.has(unit[1]!.toLowerCase())) return undefined;
  return text.endsWith('\n') ? text : text + '\n';
}
