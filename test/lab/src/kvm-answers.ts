// The ssh2 engine's in-process answers to Ferry's KVM probe command (packages/hypervisors kvmProbeCommand) and to
// its definition capture (KvmDriver.captureDefinition): the command text must be exactly that script (for some
// set of known `name/id` keys, or some domain name), and the answer is the bytes the user's shell running it with
// the shims would print. Any other command, or a host state the query outputs do not cover, yields undefined and
// runs in a real shell. The hypervisors package's lab-engine test compares both byte for byte, so a change of the
// driver's scripts shows up there, not as a silently slower bench.
import { readFileSync } from 'node:fs';
import { readKvmHost, freeM, virshDumpxmlInactive, virshListAll } from './kvm-queries.js';

const M = '@@ferry:';

/** The probe script for the single-quoted word `k` (the driver's known keys, space-separated and space-padded). */
function kvmProbeScript(k: string): string {
  const section = (name: string, cmd: string) => `echo '${M}${name}'; ${cmd}; r=$?; echo; echo "${M}rc $r"`;
  return [
    'LC_ALL=C; export LC_ALL',
    section('free', 'free -m'),
    section('loadavg', `read -r l < /proc/loadavg && printf '%s\\n' "$l"`),
    `v=$(virsh list --all); r=$?; echo '${M}list'; printf '%s\\n' "$v"; echo; echo "${M}rc $r"`,
    `k='${k}'`,
    `[ $r = 0 ] && { read -r _; read -r _; while read -r id name st; do [ -n "$name" ] || continue; ` +
      `case "$k" in *" $name/$id "*) continue;; esac; printf '%s\\n' "${M}def $name/$id"; virsh dumpxml --inactive "$name"; ` +
      `r=$?; echo; echo "${M}rc $r"; done; } <<FERRY_LIST\n$v\nFERRY_LIST\nexit 0`,
  ].join('; ');
}

const K_RE = /; k='([^']*)'; \[ \$r = 0 \]/;
/** Characters that would make the script's `case` pattern differ from a plain substring test. */
const GLOB = /[*?[\]\\]/;

/** Strips trailing newlines, as `$(...)` does. */
const chompAll = (s: string) => s.replace(/\n+$/, '');

const CAPTURE_RE = /^virsh domstate '([A-Za-z0-9_][A-Za-z0-9._-]*)' >\/dev\/null 2>&1 \|\| exit 3; virsh dumpxml --inactive '([^']*)'$/;

/**
 * stdout of the KVM definition capture `command` (`virsh domstate` then `virsh dumpxml --inactive` of one domain;
 * exit status 0, empty stderr), or undefined when `command` is not that script or the domain is not a plain
 * persistent one.
 */
export function answerKvmCapture(labDir: string, host: string, command: string): string | undefined {
  const m = CAPTURE_RE.exec(command);
  if (!m || m[1] !== m[2]) return undefined;
  const h = readKvmHost(labDir, host);
  return h && virshDumpxmlInactive(h, m[1]!);
}

/**
 * stdout of the KVM probe `command` on lab host `host` of `labDir` (exit status 0, empty stderr), or undefined
 * when `command` is not the probe script or the host's state needs the shims.
 */
export function answerKvmProbe(labDir: string, host: string, command: string): string | undefined {
  const k = K_RE.exec(command)?.[1];
  if (k === undefined || command !== kvmProbeScript(k)) return undefined;
  const h = readKvmHost(labDir, host);
  if (!h) return undefined;
  const list = chompAll(virshListAll(h));
  let out = `${M}free\n${freeM(h)}\n${M}rc 0\n`;
  const load = readFileSync('/proc/loadavg', 'latin1').split('\n')[0]!.trim();
  out += `${M}loadavg\n${load}\n\n${M}rc 0\n`;
  out += `${M}list\n${list}\n\n${M}rc 0\n`;
  for (const line of (list + '\n').split('\n').slice(2)) {
    const [id = '', name = ''] = line.trim().split(/[ \t\n]+/);
    if (name === '') continue;
    if (GLOB.test(name) || GLOB.test(id)) return undefined;
    if (k.includes(` ${name}/${id} `)) continue;
    const xml = virshDumpxmlInactive(h, name);
    if (xml === undefined) return undefined;
    out += `${M}def ${name}/${id}\n${xml}\n${M}rc 0\n`;
  }
  return out;
}
