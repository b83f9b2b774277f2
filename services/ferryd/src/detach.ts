// Detaching like a classic daemon (sshd without -D): the launched process starts the real daemon as a child in
// the same process group, waits until that child reports it is serving, prints where, and exits 0 — or exits
// with the child's error. Signals to the process group still reach the daemon.
import { spawn } from 'node:child_process';

const CHILD_MARK = 'FERRY_DAEMON_CHILD';

/** Whether this process is the detached daemon itself. */
export const isDaemonChild = (): boolean => process.env[CHILD_MARK] === '1';

/** Tells the launching process that the daemon serves (no-op when not launched detached). */
export function reportReady(message: string): void {
  if (process.send) {
    process.send({ ready: true, message });
    process.disconnect();
  }
}

/** Starts the daemon as a child and resolves with the exit code the launcher should exit with. */
export function launchDetached(argv: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, ...argv], {
      env: { ...process.env, [CHILD_MARK]: '1' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.on('message', (m: { ready?: boolean; message?: string }) => {
      if (!m.ready) return;
      process.stdout.write(`${m.message} (pid ${child.pid})\n`);
      child.unref();
      child.channel?.unref();
      resolve(0);
    });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}
