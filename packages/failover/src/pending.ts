// What is about to happen: the hosts of a group that are down and whose failover has not started yet. For an
// automatic group it starts once the host has been down for the group's timeout (the engine's rule, see
// engine.ts `due`); a manual group waits for an operator. Pure, so the API, the CLI and the console show the same.
import type { ClusterSnapshot, GroupView } from './types.js';

/** A failover that has not started. */
export interface PendingFailover {
  host: string;
  group: string;
  mode: 'automatic' | 'manual';
  /** When the host went down (ms since epoch). */
  downSinceMs: number;
  /** When an automatic failover starts (ms since epoch); absent for a manual group. */
  failoverAtMs?: number;
  timeoutSec: number;
}

/** The group that acts for a down `host`: an automatic group of it first, else its first group by name. */
export function failoverGroupOf(snap: ClusterSnapshot, host: string): GroupView | undefined {
  const gs = snap.groups.filter((g) => g.members.includes(host)).sort((a, b) => (a.name < b.name ? -1 : 1));
  return gs.find((g) => g.mode === 'automatic') ?? gs[0];
}

/**
 * The pending failovers of `snap`: each `down` host with a known down time, not in maintenance (it raises no
 * failover), that is a member of a group and has no failover under way (`started`), with the group that would act ({@link failoverGroupOf}).
 */
export function pendingFailovers(snap: ClusterSnapshot, started: ReadonlySet<string>): PendingFailover[] {
  const out: PendingFailover[] = [];
  for (const h of snap.hosts) {
    if (h.state !== 'down' || h.downSinceMs === undefined || started.has(h.name) || h.maintenance === true) continue;
    const g = failoverGroupOf(snap, h.name);
    if (!g) continue;
    out.push({
      host: h.name,
      group: g.name,
      mode: g.mode,
      downSinceMs: h.downSinceMs,
      timeoutSec: g.timeoutSec,
      ...(g.mode === 'automatic' ? { failoverAtMs: h.downSinceMs + g.timeoutSec * 1000 } : {}),
    });
  }
  return out.sort((a, b) => a.downSinceMs - b.downSinceMs || a.host.localeCompare(b.host));
}
