// The real virsh's answers on a KVM lab host's node.xml (libvirt's test driver), memoized per version of that file:
// the ssh2 engine prints them in-process without forking a shell and a virsh per probe, yet they are the bytes the
// real virsh prints, because they are its output for the same file (the shims rewrite node.xml, by rename, on
// every change of state).
import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';

/** What one virsh run printed (stdout and stderr as `2>&1` joins them: virsh writes one of the two here). */
export interface VirshRun {
  out: string;
  code: number;
}

const memo = new Map<string, { stamp: string; runs: Map<string, Promise<VirshRun>> }>();

/** The node file of lab host `host`. */
export const nodeFile = (labDir: string, host: string): string => join(labDir, 'hosts', host, 'node.xml');

/**
 * `virsh -c test://NODE ARGS` of lab host `host` under LC_ALL=C, run once per version of its node.xml (inode, size,
 * mtime); undefined when the host has no node file.
 */
export function realVirsh(virsh: string, labDir: string, host: string, args: string[]): Promise<VirshRun> | undefined {
  const node = nodeFile(labDir, host);
  let stamp: string;
  try {
    const st = statSync(node);
    stamp = `${st.ino}:${st.size}:${st.mtimeMs}`;
  } catch {
    return undefined;
  }
  let entry = memo.get(node);
  if (entry?.stamp !== stamp) {
    entry = { stamp, runs: new Map() };
    memo.set(node, entry);
  }
  const key = args.join('\0');
  let run = entry.runs.get(key);
  if (run === undefined) {
    run = new Promise<VirshRun>((resolve) => {
      execFile(
        virsh,
        ['-c', `test://${node}`, ...args],
        { env: { LC_ALL: 'C', PATH: '/usr/bin:/bin' }, encoding: 'utf8' },
        (err, stdout, stderr) => {
          const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
          resolve({ out: stdout + stderr, code });
        },
      );
    });
    entry.runs.set(key, run);
  }
  return run;
}
