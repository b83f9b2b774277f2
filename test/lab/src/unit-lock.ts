// A small cross-process lock (O_EXCL lock file holding the owner's pid) serialising fault operations on one sshd unit.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { LabError } from './errors.js';
import { isAlive } from './processes.js';

/** Runs `fn` while holding the lock file `path`; steals locks of dead owners; gives up after `timeoutMs`. */
export async function withLock<T>(path: string, fn: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let owner = NaN;
      try {
        owner = Number(readFileSync(path, 'utf8'));
      } catch {
        continue;
      }
      if (!Number.isFinite(owner) || owner <= 0 || !isAlive(owner)) {
        try {
          unlinkSync(path);
        } catch {
          // someone else stole it first
        }
        continue;
      }
      if (Date.now() > deadline) throw new LabError('BUSY', `lock ${path} held by pid ${owner}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  try {
    return await fn();
  } finally {
    try {
      unlinkSync(path);
    } catch {
      // already removed
    }
  }
}
