// Entity -> views for the ControlPlaneService answers and the web console (the one place that shapes API views). The
// views hold the domain's texts (`down`, ISO 8601 times); wire.ts turns them into the contract's messages (enums,
// Timestamps, Durations).
import type { Group } from '@ferry/contract';
import { pendingFailovers, type PendingFailover } from '@ferry/failover';
import type { ClusterState, FailoverEntity, GroupEntity, HostEntity, SystemEntity } from '@ferry/model';
import type { LiveStatus } from './live-status.js';
import { snapshot } from './failover/failover-duty.js';

/** A host with its live figures, as the domain says it (states and types as text, times as ISO 8601). */
export interface HostView {
  name: string;
  address: string;
  port: number;
  user: string;
  type: string;
  tags: string[];
  state: string;
  hostKeyFingerprint: string;
  credentialsRef: string;
  fenceMethod: string;
  fenceCommand: string;
  powerStatusCommand: string;
  hostGroups: string[];
  memTotalMib?: number;
  memFreeMib?: number;
  load?: number;
  lastProbeMs?: number;
  lastError?: string;
  lastProbeAt?: string;
  stateSince?: string;
  downSince?: string;
  maintenance: boolean;
  version: number;
}

/** A system as shown (state as text). */
export interface SystemView {
  name: string;
  host: string;
  state: string;
  memoryMib: number;
  owner: string;
  priority: number;
  failover: boolean;
  definitionHash: string;
  definitionCaptured: boolean;
  version: number;
}

/** One system's failover, or a pending one (outcome as text, times as ISO 8601, '' when none). */
export interface FailoverView {
  id: string;
  system: string;
  from: string;
  to: string;
  outcome: string;
  reason: string;
  started: boolean;
  at: string;
  finishedAt: string;
  failoverAt: string;
}

/** A host with its live figures. */
export function hostView(h: HostEntity, live: LiveStatus): HostView {
  const f = live.get(h.spec.name);
  return {
    name: h.spec.name,
    address: h.spec.address,
    port: h.spec.port,
    user: h.spec.user,
    type: h.spec.type,
    tags: h.spec.tags,
    state: h.state,
    hostKeyFingerprint: h.fingerprint,
    credentialsRef: h.spec.credentialsRef,
    fenceMethod: h.spec.fenceMethod,
    fenceCommand: h.spec.fenceCommand,
    powerStatusCommand: h.spec.powerStatusCommand,
    hostGroups: h.spec.hostGroups,
    memTotalMib: f.memTotalMiB,
    memFreeMib: f.memFreeMiB,
    load: f.load,
    lastProbeMs: f.lastProbeMs,
    lastError: f.lastError,
    lastProbeAt: f.lastProbeAt,
    stateSince: h.stateSince,
    downSince: h.downSince,
    maintenance: h.maintenance === true,
    version: h.version,
  };
}

/**
 * A system as operators see it; its state is `unknown` while its host cannot be probed, or while the last probe
 * listed it but could not read it (the host's `lastError` and the log say why).
 */
export function systemView(s: SystemEntity, state: ClusterState, live: LiveStatus): SystemView {
  const hostState = state.hosts.get(s.host)?.state;
  const readable = live.get(s.host).unreadable[s.name] === undefined;
  const shown = s.vanished
    ? 'vanished'
    : (hostState === 'up' || hostState === undefined) && readable
      ? s.state
      : 'unknown';
  return {
    name: s.name,
    host: s.host,
    state: shown,
    memoryMib: s.memoryMiB,
    owner: s.owner,
    priority: s.priority,
    failover: s.failover,
    definitionHash: s.definitionHash,
    definitionCaptured: s.definition !== '',
    version: s.version,
  };
}

/** A group with its resolved members. */
export function groupView(g: GroupEntity, state: ClusterState): Group {
  return { spec: g.spec, members: state.groupMembers(g), version: g.version };
}

/** One record per system of a failover. */
export function failoverRecords(f: FailoverEntity): FailoverView[] {
  return f.moves.map((m) => ({
    id: f.id,
    system: m.system,
    from: m.from,
    to: m.to,
    outcome: m.outcome,
    reason: m.reason,
    started: m.started,
    at: f.startedAt,
    finishedAt: m.finishedAt,
    failoverAt: '',
  }));
}

/** A failover that has not started, as a record: outcome `pending`, no system, the reason saying what it waits for. */
export function pendingRecord(p: PendingFailover): FailoverView {
  const at = p.failoverAtMs === undefined ? '' : new Date(p.failoverAtMs).toISOString();
  const reason =
    p.mode === 'automatic'
      ? `automatic failover at ${at} (group ${p.group}, timeout ${p.timeoutSec} s)`
      : `manual group ${p.group}: waiting for an operator (ferry failover-system SYSTEM, or ferry confirm-down ${p.host} when its fence cannot be confirmed)`;
  return {
    id: '',
    system: '',
    from: p.host,
    to: '',
    outcome: 'pending',
    reason,
    started: false,
    at: new Date(p.downSinceMs).toISOString(),
    finishedAt: '',
    failoverAt: at,
  };
}

/**
 * Every failover move since `sinceMs` (oldest first; only the moves of `owner`'s systems when given), then the
 * pending failovers (down hosts whose failover has not started; hosts, not systems, so not for an owner).
 */
export function failoverList(state: ClusterState, live: LiveStatus, sinceMs = 0, owner = ''): FailoverView[] {
  const records = [...state.failovers.values()]
    .filter((f) => Date.parse(f.startedAt) >= sinceMs)
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.id.localeCompare(b.id))
    .flatMap(failoverRecords)
    .filter((r) => !owner || state.systems.get(r.system ?? '')?.owner === owner);
  if (owner) return records;
  const underWay = new Set([...state.failovers.values()].filter((f) => f.outcome === '').map((f) => f.host));
  return [...records, ...pendingFailovers(snapshot(state, live), underWay).map(pendingRecord)];
}
