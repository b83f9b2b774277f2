// Host-side epoch fencing: before the master defines, starts or removes a system on a group member, it raises the
// number in the group's epoch file (on the members' shared storage) to its own epoch under flock, and stops when
// the file already holds a higher epoch. A replaced master that cannot tell yet (cut off from the new one, still
// reaching the hosts) is refused by the hosts themselves, not only by the log.
import type { CommandRunner } from '@ferry/hypervisors';
import type { ActionResult } from '@ferry/failover';
import type { ClusterState, HostEntity } from '@ferry/model';

/** Exit status of the guard when the file holds a higher epoch (EX_TEMPFAIL, as sysexits.h names 75). */
const STALE_EXIT = 75;
const GUARD_TIMEOUT_MS = 20_000;

/**
 * The guard as one POSIX sh command (pure). `file` is a validated absolute path (no characters needing quotes),
 * `epoch` a non-negative integer; it still goes in single quotes.
 */
export function epochGuardCommand(file: string, epoch: number): string {
  if (!Number.isSafeInteger(epoch) || epoch < 0) throw new Error(`invalid epoch ${epoch}`);
  return [
    `f='${file}'; e=${epoch}`,
    `[ -d "$(dirname "$f")" ] || { echo "folder of epoch file $f does not exist" >&2; exit 3; }`,
    `exec 9>>"$f.lock" || exit 3`,
    `flock -w 10 9 || { echo "epoch file $f stayed locked for 10 s" >&2; exit 3; }`,
    `cur=$(cat "$f" 2>/dev/null); cur=\${cur:-0}`,
    `case $cur in *[!0-9]*) echo "epoch file $f holds \\"$cur\\", not an epoch" >&2; exit 3;; esac`,
    `[ "$cur" -le "$e" ] || { echo "stale epoch: $f holds epoch $cur, this master has epoch $e" >&2; exit ${STALE_EXIT}; }`,
    `[ "$cur" -eq "$e" ] || { echo "$e" > "$f.tmp.$$" && mv "$f.tmp.$$" "$f"; } || exit 3`,
  ].join('\n');
}

/** The epoch file of the group `host` belongs to (a host is in at most one group of its type), or ''. */
export function epochFileOf(state: ClusterState, host: HostEntity): string {
  return (
    state.groupsOfHost(host.spec.name).find((g) => g.spec.type === host.spec.type && g.spec.epochFile)?.spec
      .epochFile ?? ''
  );
}

/** A refusal by the guard; `newerEpoch` is the epoch the file holds when it refused as stale. */
export type GuardRefusal = ActionResult & { ok: false; newerEpoch?: number };

/** Runs the guard on a host; undefined when this master may act, else the refusal (`stale-epoch` or `epoch-guard-failed`). */
export async function guardEpoch(
  runner: CommandRunner,
  file: string,
  epoch: number,
): Promise<GuardRefusal | undefined> {
  const r = await runner.exec(epochGuardCommand(file, epoch), { timeoutMs: GUARD_TIMEOUT_MS });
  if (r.exitCode === 0) return undefined;
  const said = (r.stderr || r.stdout).trim().slice(0, 500) || `exit ${r.exitCode ?? r.signal}`;
  const held = Number(/holds epoch (\d+),/.exec(said)?.[1]);
  if (r.exitCode === STALE_EXIT && held > epoch)
    return { ok: false, code: 'stale-epoch', message: `${runner.hostId} refused: ${said}`, newerEpoch: held };
  return { ok: false, code: 'epoch-guard-failed', message: `epoch guard on ${runner.hostId} failed: ${said}` };
}
