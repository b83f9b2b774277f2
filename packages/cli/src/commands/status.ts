// `ferry status`: the node's role, epoch, head and replicas (GetClusterStatus), and a summary of what it manages:
// hosts by state (naming those not up), groups, failovers in progress.
import type { Command } from 'commander';
import type { Connection } from '../connection.js';
import { action } from '../context.js';
import { addGlobalOptions } from '../options.js';
import { emit, keyValues, table } from '../output.js';
import {
  failoverJson,
  hostJson,
  statusJson,
  type FailoverJson,
  type HostJson,
  type LeaseJson,
  type StatusJson,
} from '../views.js';
import { present } from '../connection.js';

/** What `ferry status` adds to the node's own status. */
export interface ClusterSummary {
  /** Hosts by state, e.g. `{up: 3, down: 1}`. */
  hosts: Record<string, number>;
  /** Hosts not up, with their state. */
  hostsNotUp: { name: string; state: string }[];
  groups: number;
  /** Failovers with a move still in progress: id, source host and how many systems. */
  failoversInProgress: { id: string; from: string; systems: number }[];
}

/** The summary of hosts, groups and failover moves (pure). */
export function clusterSummary(
  hosts: readonly HostJson[],
  groups: number,
  moves: readonly FailoverJson[],
): ClusterSummary {
  const byState: Record<string, number> = {};
  for (const h of hosts) byState[h.state] = (byState[h.state] ?? 0) + 1;
  const running = new Map<string, { id: string; from: string; systems: number }>();
  for (const m of moves.filter((x) => x.outcome === 'in-progress')) {
    const f = running.get(m.id) ?? { id: m.id, from: m.from, systems: 0 };
    f.systems++;
    running.set(m.id, f);
  }
  return {
    hosts: byState,
    hostsNotUp: hosts.filter((h) => h.state !== 'up').map((h) => ({ name: h.name, state: h.state })),
    groups,
    failoversInProgress: [...running.values()],
  };
}

/** Human lines of a summary (pure). */
export function summaryText(s: ClusterSummary): string {
  const total = Object.values(s.hosts).reduce((a, b) => a + b, 0);
  const states = Object.entries(s.hosts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  const notUp = s.hostsNotUp.map((h) => `${h.name} ${h.state}`).join(', ');
  const running = s.failoversInProgress.map((f) => `${f.id} off ${f.from}, ${f.systems} system(s)`).join('; ');
  return keyValues({
    hosts: total ? `${total} (${states})${notUp ? `; not up: ${notUp}` : ''}` : '-',
    groups: s.groups,
    failovers: running ? `in progress: ${running}` : 'none in progress',
  });
}

/** The summary from the node (undefined when it refuses a list, e.g. to a token that may not read it). */
async function summaryOf(conn: Connection): Promise<ClusterSummary | undefined> {
  try {
    const [hosts, groups, failovers] = await Promise.all([
      conn.unary('ListHosts', { tag: '' }),
      conn.unary('ListGroups', {}),
      conn.unary('ListFailovers', {}),
    ]);
    return clusterSummary(
      (hosts.hosts ?? []).map(hostJson),
      (groups.groups ?? []).length,
      (failovers.failovers ?? []).map(failoverJson),
    );
  } catch {
    return undefined;
  }
}

/** Fields that describe following a master: shown for a replica or a fenced node, not for a master (JSON keeps them). */
const FOLLOWER_FIELDS = ['connected', 'lagEvents', 'lagMs'] as const;

/** The lease in one line (pure): holder, expiry and last renewal, this node's renewals, and what it waits for. */
export function leaseText(l: LeaseJson): string {
  if (l.state === 'off') return 'off (ferryd --auto-promote not set)';
  const holder = l.holder
    ? ` by ${l.holder} (${l.holderAddress}, epoch ${l.epoch}), expires ${l.expiresAt}, renewed ${l.renewedAt}`
    : '';
  const counts = `; ttl ${l.ttlS} s; renewals ${l.renewals}, failed ${l.renewFailures}`;
  return `${l.state}${holder}${counts}${l.detail ? `; ${l.detail}` : ''}`;
}

/** Human text of a status (pure). */
export function statusText(st: StatusJson): string {
  const { replicas, lease, ...rest } = st;
  const shown: Record<string, unknown> = { ...rest, lease: leaseText(lease) };
  if (st.role === 'master') for (const f of FOLLOWER_FIELDS) delete shown[f];
  const head = keyValues(shown);
  if (replicas.length === 0) return head;
  return `${head}\n\n${table(
    ['REPLICA', 'NODE', 'CONNECTED', 'ACKED', 'LAG', 'LAG MS', 'LAST CONTACT'],
    replicas.map((r) => [
      r.address,
      r.nodeId,
      r.connected,
      r.ackedSeq,
      r.lagEvents,
      Math.round(r.lagMs),
      r.lastContact,
    ]),
  )}`;
}

/** Registers `status`. */
export function registerStatus(program: Command): void {
  addGlobalOptions(
    program
      .command('status')
      .description('show this node (role, epoch, head, master, replicas) and a summary of hosts, groups, failovers'),
  ).action(
    action(async (ctx) => {
      const st = statusJson(present((await ctx.conn().unary('GetClusterStatus', {})).status, 'status'));
      const summary = await summaryOf(ctx.conn());
      await emit(
        ctx.globals.json,
        { ...st, ...(summary ? { summary } : {}) },
        () => statusText(st) + (summary ? `\n\n${summaryText(summary)}` : ''),
      );
    }),
  );
}
