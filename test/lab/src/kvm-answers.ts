// The ssh2 engine's in-process answers to Ferry's KVM probe command (packages/hypervisors kvmProbeCommand) and to
// its definition capture (KvmDriver.captureDefinition): the command text must be exactly that script (for some set
// of known `UUID/a|-` keys, or some domain name), and the answer is the bytes the user's shell running it prints:
// `free -m` from the lab state as the awk shim prints it, every virsh answer the real virsh's on the host's
// node.xml (real-virsh.ts). Any other command, or an answer outside the common case (a virsh error), yields
// undefined and runs in a real shell. The hypervisors package's lab-engine test compares both byte for byte, so a
// change of the driver's scripts shows up there, not as a silently slower bench.
import { readFileSync } from 'node:fs';
import { freeM, readKvmHost } from './kvm-queries.js';
import { realVirsh } from './real-virsh.js';

const M = '@@ferry:';

/** The probe script for the single-quoted word `k` (the driver's known keys, space-separated and space-padded). */
function kvmProbeScript(k: string): string {
  const section = (name: string, cmd: string, arg?: string) =>
    `${arg === undefined ? `echo '${M}${name}'` : `printf '%s\\n' "${M}${name} ${arg}"`}; ${cmd}; r=$?; echo; echo "${M}rc $r"`;
  return [
    'LC_ALL=C; export LC_ALL',
    'set -f',
    section('free', 'free -m'),
    section('loadavg', `read -r l < /proc/loadavg && printf '%s\\n' "$l"`),
    'a=$(virsh list --uuid 2>&1); ra=$?; v=$(virsh list --all --uuid 2>&1); r=$?',
    `echo '${M}active'; printf '%s\\n' "$a"; echo; echo "${M}rc $ra"`,
    `echo '${M}list'; printf '%s\\n' "$v"; echo; echo "${M}rc $r"`,
    `k='${k}'`,
    `if [ $r = 0 ] && [ $ra = 0 ]; then for u in $v; do case "$u" in *[!0-9a-fA-F-]*) continue;; esac; ` +
      `case "$a" in *"$u"*) s=a;; *) s=-;; esac; case "$k" in *" $u/$s "*) continue;; esac; ` +
      `${section('def', 'virsh dumpxml --inactive "$u" 2>&1', '$u/$s')}; done; fi`,
    'exit 0',
  ].join('; ');
}

/** The driver's snippet setting `st` from `virsh domstate` of the quoted domain word `q`. */
const domState = (q: string) =>
  `s=$(virsh domstate --domain ${q} 2>&1); rs=$?; if [ $rs != 0 ]; then case "$s" in *"failed to get domain"*|*"Domain not found"*) st=2;; ` +
  `*) printf '%s\\n' "$s" >&2; exit $rs;; esac; else case "$s" in "shut off"*) st=1;; *) st=0;; esac; fi`;

const K_RE = /; k='([^']*)'; if \[ \$r = 0 \]/;
/** Characters that would make the script's `case` pattern differ from a plain substring test. */
const GLOB = /[*?[\]\\]/;
const CAPTURE_RE = /virsh dumpxml --inactive --domain ('(?:[^']|'\\'')*')$/;

/** Strips trailing newlines, as `$(...)` does. */
const chompAll = (s: string) => s.replace(/\n+$/, '');

/** The word of a single-quoted shell word. */
const unquote = (q: string) => q.slice(1, -1).replace(/'\\''/g, "'");

/**
 * stdout of the KVM definition capture `command` (`virsh domstate`, then `virsh dumpxml --inactive` of one domain;
 * exit status 0, empty stderr), or undefined when `command` is not that script or virsh fails.
 */
export async function answerKvmCapture(
  virsh: string,
  labDir: string,
  host: string,
  command: string,
): Promise<string | undefined> {
  const q = CAPTURE_RE.exec(command)?.[1];
  if (q === undefined) return undefined;
  const name = unquote(q);
  if (
    command !== `LC_ALL=C; export LC_ALL; ${domState(q)}; [ $st = 2 ] && exit 3; virsh dumpxml --inactive --domain ${q}`
  )
    return undefined;
  const state = await realVirsh(virsh, labDir, host, ['domstate', '--domain', name]);
  if (state === undefined || state.code !== 0) return undefined;
  const xml = await realVirsh(virsh, labDir, host, ['dumpxml', '--inactive', '--domain', name])!;
  return xml.code === 0 ? xml.out : undefined;
}

/**
 * stdout of the KVM probe `command` on lab host `host` of `labDir` (exit status 0, empty stderr), or undefined
 * when `command` is not the probe script or a virsh answer is an error.
 */
export async function answerKvmProbe(
  virsh: string,
  labDir: string,
  host: string,
  command: string,
): Promise<string | undefined> {
  const k = K_RE.exec(command)?.[1];
  if (k === undefined || GLOB.test(k) || command !== kvmProbeScript(k)) return undefined;
  const h = readKvmHost(labDir, host);
  const activeRun = realVirsh(virsh, labDir, host, ['list', '--uuid']);
  const allRun = realVirsh(virsh, labDir, host, ['list', '--all', '--uuid']);
  if (!h || !activeRun || !allRun) return undefined;
  const [active, all] = await Promise.all([activeRun, allRun]);
  if (active.code !== 0 || all.code !== 0) return undefined;
  const a = chompAll(active.out);
  const v = chompAll(all.out);
  let out = `${M}free\n${freeM(h)}\n${M}rc 0\n`;
  const load = readFileSync('/proc/loadavg', 'latin1').split('\n')[0]!.trim();
  out += `${M}loadavg\n${load}\n\n${M}rc 0\n`;
  out += `${M}active\n${a}\n\n${M}rc 0\n${M}list\n${v}\n\n${M}rc 0\n`;
  for (const u of v.split(/[ \t\n]+/).filter((w) => w !== '')) {
    if (/[^0-9a-fA-F-]/.test(u)) continue;
    const s = a.includes(u) ? 'a' : '-';
    if (k.includes(` ${u}/${s} `)) continue;
    const dump = await realVirsh(virsh, labDir, host, ['dumpxml', '--inactive', u]);
    if (dump === undefined || dump.code !== 0) return undefined;
    out += `${M}def ${u}/${s}\n${dump.out}\n${M}rc 0\n`;
  }
  return out;
}
