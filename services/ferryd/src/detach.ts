// Detaching like a classic daemon (ferryd without --foreground; sshd without -D): the launched process starts the
// real daemon as a child in the same process group with its output appended to DATA/ferryd.log, waits until that
// child reports it is serving, prints where, and exits 0 — or prints the log's last lines and exits with the child's
// error. Signals to the process group still reach the daemon.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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

/**
 * Starts the daemon as a child writing to `dataDir/ferryd.log` and resolves with the exit code the launcher should
 * exit with; the terminal gets one line when it serves, or the log's tail when it failed to start.
 */
export function launchDetached(argv: string[], dataDir: string): Promise<number> {
  mkdirSync(dataDir, { recursive: true });
  const logPath = join(dataDir, 'ferryd.log');
  const log = openSync(logPath, 'a');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, ...argv], {
      env: { ...process.env, [CHILD_MARK]: '1' },
      stdio: ['ignore', log, log, 'ipc'],
    });
    closeSync(log);
    child.on('message', (m: { ready?: boolean; message?: string }) => {
      if (!m.ready) return;
      process.stdout.write(`${m.message} (pid ${child.pid}; log ${logPath})\n`);
      child.unref();
      child.channel?.unref();
      resolve(0);
    });
    child.on('exit', (code) => {
      const tail = readFileSync(logPath, 'utf8').trimEnd().split('\n').slice(-5).join('\n');
      process.stderr.write(`ferryd did not start (exit ${code ?? 'by signal'}); last lines of ${logPath}:\n${tail}\n`);
      resolve(code ?? 1);
    });
  });
}
