// Can a group survive losing its biggest member? The planner, run as if the up member whose running systems take
// the most memory went down now: what would move, and what could not, with the planner's own reasons. Pure, so the
// console answers with the rule a real failover applies.
import type { RefusalBody } from './events.js';
import { planFailover } from './plan.js';
import type { ClusterSnapshot, GroupView } from './types.js';

/** The answer for one group. */
export interface GroupCapacity {
  group: string;
  /** The member whose loss was planned (the up member with the most memory in running systems). */
  host: string;
  /** Memory of that member's running systems (MiB). */
  runningMiB: number;
  /** Every system that would fail over finds a place. */
  absorbed: boolean;
  refusals: RefusalBody[];
}

/** The loss of `group`'s biggest up member, planned; undefined when fewer than two members are up. */
export function biggestLoss(snap: ClusterSnapshot, group: GroupView): GroupCapacity | undefined {
  const up = group.members.filter((m) => snap.hosts.find((h) => h.name === m)?.state === 'up');
  if (up.length < 2) return undefined;
  const running = (host: string): number =>
    snap.systems.filter((s) => s.host === host && s.state === 'running').reduce((sum, s) => sum + s.memoryMiB, 0);
  const host = [...up].sort((a, b) => running(b) - running(a) || a.localeCompare(b))[0]!;
  const hosts = snap.hosts.map((h) => (h.name === host ? { ...h, state: 'down' as const } : h));
  const plan = planFailover({ host, group, hosts, systems: snap.systems });
  return {
    group: group.name,
    host,
    runningMiB: running(host),
    absorbed: plan.refusals.length === 0,
    refusals: plan.refusals,
  };
}
