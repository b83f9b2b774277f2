// The `ferry` commands that register a lab's hosts with a Ferry master, as shell lines an operator can read, edit
// or pipe to `sh`: `hosts add` with the host's address, port, user, type and key, `hosts trust` with its pinned
// fingerprint, and `hosts update` with fence and power-status commands that call this lab.
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { LabInfo } from './lab.js';
import type { LabType } from './layout.js';

/** The compiled `lab` entry point, which the fence commands run with this Node. */
const LAB_MAIN = fileURLToPath(new URL('./main.js', import.meta.url));

/** `s` quoted for a POSIX shell (single quotes; a single quote inside becomes '\''). */
export function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./:=@+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

const line = (words: readonly string[]): string => words.map(shellQuote).join(' ');

/** Three `ferry` lines per host of the lab in `dir` (add, trust, fence), in host order. */
export function ferryCommands(dir: string, type: LabType, info: LabInfo): string[] {
  const lab = (verb: string, host: string): string => line([process.execPath, LAB_MAIN, verb, resolve(dir), host]);
  return info.hosts.flatMap((h) => [
    line([
      'ferry',
      'hosts',
      'add',
      h.name,
      '--address',
      h.address,
      '--port',
      String(h.port),
      '--user',
      h.user,
      '--type',
      type,
      '--key-file',
      h.keyFile,
    ]),
    line(['ferry', 'hosts', 'trust', h.name, '--fingerprint', h.hostKeyFingerprint]),
    line([
      'ferry',
      'hosts',
      'update',
      h.name,
      '--fence-command',
      lab('power-off', h.name),
      '--power-status-command',
      lab('power-status', h.name),
    ]),
  ]);
}
