// Cleanup registry for e2e tests: every process, lab and temp directory a test starts registers a disposer here;
// `cleanupAll()` (called from each file's `after` hook) runs them newest first, and a process-exit hook SIGKILLs
// whatever child is still alive if the file dies before its hooks run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';

type Disposer = () => Promise<void> | void;

const disposers: Disposer[] = [];
const children = new Set<ChildProcess>();

/** Registers a disposer run by {@link cleanupAll} (newest first). */
export function onCleanup(d: Disposer): void {
  disposers.push(d);
}

/** Tracks a child process so it is SIGKILLed at the latest when this test process exits. */
export function trackChild(child: ChildProcess): void {
  children.add(child);
  child.once('exit', () => children.delete(child));
}

process.once('exit', () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

/** Runs every registered disposer (errors are printed, never thrown) and SIGKILLs tracked children. */
export async function cleanupAll(): Promise<void> {
  while (disposers.length) {
    const d = disposers.pop()!;
    try {
      await d();
    } catch (err) {
      process.stderr.write(`[e2e cleanup] ${(err as Error).message}\n`);
    }
  }
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
}

/** A fresh temp directory removed on cleanup (unless FERRY_E2E_KEEP=1). */
export function tempDir(tag: string): string {
  const dir = mkdtempSync(join(tmpdir(), `ferry-e2e-${tag}-`));
  onCleanup(() => {
    if (process.env.FERRY_E2E_KEEP === '1') process.stderr.write(`[e2e] kept ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}
