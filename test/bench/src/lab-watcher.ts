// A detached watcher that tears down a bench's lab, its ferryd and its temp directory when the bench process dies
// without doing so itself (SIGKILL, OOM kill): a 1,000-host lab left behind would load the machine for everyone.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { labMain } from './ferryd-process.js';

const SCRIPT = [
  'while kill -0 "$1" 2>/dev/null; do sleep 1; done',
  'f="$5/ferryd.pid"; [ -f "$f" ] && kill -9 "$(cat "$f")" 2>/dev/null',
  '"$2" "$3" down "$4" >/dev/null 2>&1',
  'rm -rf "$5"',
].join('\n');

/** A running watcher. */
export interface LabWatcher {
  /** Records the ferryd to kill if the bench dies. */
  watchFerryd(pid: number): void;
  /** The bench cleaned up itself: ends the watcher. */
  stop(): void;
}

/** Starts a watcher of this process for the lab in `labDir` and the temp directory `tmpDir` holding it. */
export function watchLab(labDir: string, tmpDir: string): LabWatcher {
  const child = spawn(
    '/bin/sh',
    ['-c', SCRIPT, 'ferry-bench-watcher', String(process.pid), process.execPath, labMain, labDir, tmpDir],
    {
      detached: true,
      stdio: 'ignore',
    },
  );
  child.unref();
  return {
    watchFerryd: (pid) => writeFileSync(join(tmpDir, 'ferryd.pid'), String(pid)),
    stop: () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    },
  };
}
