// What a campaign killed with SIGKILL (a test runner's timeout, an operator) could not remove itself: each run
// records its namespaces and directory under /run/ferry-campaign/, and the next run removes the leftovers of every
// record whose process is gone: the processes in its namespaces, its tmpfs mounts, its lab's sshd hosts, the
// namespaces and the directory.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lab } from '@ferry/lab';

const RECORDS = '/run/ferry-campaign';

/** One run's record. */
interface RunRecord {
  pid: number;
  dir: string;
  namespaces: string[];
}

/** Notes that this process owns `namespaces` and `dir` until {@link release}. */
export function record(prefix: string, dir: string, namespaces: string[]): void {
  mkdirSync(RECORDS, { recursive: true });
  writeFileSync(
    join(RECORDS, `${prefix}.json`),
    JSON.stringify({ pid: process.pid, dir, namespaces } satisfies RunRecord),
  );
}

/** Drops the record of a run that cleaned up after itself. */
export function release(prefix: string): void {
  rmSync(join(RECORDS, `${prefix}.json`), { force: true });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Removes the leftovers of every recorded run whose process no longer exists; returns their prefixes. */
export async function sweep(): Promise<string[]> {
  if (!existsSync(RECORDS)) return [];
  const swept: string[] = [];
  for (const file of readdirSync(RECORDS).filter((f) => f.endsWith('.json'))) {
    const rec = JSON.parse(readFileSync(join(RECORDS, file), 'utf8')) as RunRecord;
    if (alive(rec.pid)) continue;
    for (const ns of rec.namespaces) {
      const pids = run('ip', ['netns', 'pids', ns]).split('\n').filter(Boolean).map(Number);
      for (const pid of pids) {
        try {
          process.kill(pid, 'SIGCONT');
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
    if (existsSync(join(rec.dir, 'lab', 'lab.json')))
      await (await Lab.attach(join(rec.dir, 'lab'))).down().catch(() => undefined);
    const mounts = readFileSync('/proc/mounts', 'utf8')
      .split('\n')
      .map((l) => l.split(' ')[1] ?? '')
      .filter((m) => m.startsWith(`${rec.dir}/`));
    for (const m of mounts) run('umount', ['-l', m]);
    for (const ns of rec.namespaces) run('ip', ['netns', 'del', ns]);
    rmSync(rec.dir, { recursive: true, force: true });
    rmSync(join(RECORDS, file), { force: true });
    swept.push(file.slice(0, -'.json'.length));
  }
  return swept;
}

/** Runs a command, returning its stdout ('' when it fails: a sweep removes what it can). */
function run(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return '';
  }
}
