// What the ssh2 engine reads of a KVM lab host to answer Ferry's probe in-process: `free -m` from the state the
// Python shims keep (host.json, run.tab), printed as labfast.awk prints it. (virsh answers are the real virsh's,
// see real-virsh.ts.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One `run` row of run.tab (the field `free` needs). */
interface RunningDomain {
  memoryMiB: string;
}

/** What a KVM lab host looks like right now. */
export interface KvmHost {
  dir: string;
  ramMiB: number;
  running: RunningDomain[];
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
  const tab = readText(join(dir, 'run.tab')) ?? '';
  for (const line of tab.split('\n')) {
    const f = line.split('\t');
    if (f[0] === 'run') running.push({ memoryMiB: f[4] ?? '' });
  }
  return { dir, ramMiB: ram ? Number(ram[1]) : 0, running };
}

/** `free -m`. */
export function freeM(h: KvmHost): string {
  const used = h.running.reduce((s, r) => s + awkNumber(r.memoryMiB), 0);
  const free = h.ramMiB - used;
  const n = (v: number) => Math.trunc(v).toFixed(0).padStart(12);
  const head = ['total', 'used', 'free', 'shared', 'buff/cache', 'available'].map((s) => s.padStart(12)).join('');
  return `        ${head}\nMem:    ${n(h.ramMiB)}${n(used)}${n(free)}${'0'.padStart(12)}${'0'.padStart(12)}${n(free)}\nSwap:   ${['0', '0', '0'].map((s) => s.padStart(12)).join('')}\n`;
}
