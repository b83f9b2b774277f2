// The JSON shapes `ferry --json` prints, made from contract messages or from model entities (for audit
// state-at). Field names here are the CLI's stable output contract; keep them in step with README.md.
import type {
  ClusterStatus__Output,
  FailoverRecord__Output,
  LeaseStatus__Output,
  Group__Output,
  Host__Output,
  Owner__Output,
  PromoteReplicaResponse__Output,
  ReplicaStatus__Output,
  Setting__Output,
  System__Output,
  TokenInfo__Output,
  VerifyLogResponse__Output,
} from '@ferry/contract';
import { durationMs, ENUM_PREFIX, enumText, fromTimestamp } from '@ferry/contract';
import type { ClusterState, FailoverEntity, GroupEntity, HostEntity, OwnerEntity, SystemEntity } from '@ferry/model';

/** A replica as `status --json` prints it. */
export interface ReplicaJson {
  address: string;
  nodeId: string;
  connected: boolean;
  ackedSeq: number;
  lagEvents: number;
  lagMs: number;
  lastContact: string;
}

/**
 * The automatic-promotion lease as `status --json` prints it (`state: off` without ferryd --auto-promote): holder,
 * when it expires unless renewed, when the holder last renewed it, and this node's renewals and failures.
 */
export interface LeaseJson {
  state: string;
  holder: string;
  holderAddress: string;
  epoch: number;
  expiresAt: string;
  renewedAt: string;
  renewals: number;
  renewFailures: number;
  ttlS: number;
  detail: string;
}

/** `status --json`. */
export interface StatusJson {
  nodeId: string;
  cluster: string;
  role: string;
  epoch: number;
  headSeq: number;
  headHash: string;
  master: string;
  address: string;
  connected: boolean;
  lagEvents: number;
  lagMs: number;
  quarantined: number;
  storage: string;
  mail: string;
  writes: string;
  lease: LeaseJson;
  replicas: ReplicaJson[];
}

/**
 * A host as `hosts list --json` prints it. Free memory and load are present only while the host is up: those of a
 * host that stopped answering are old (`lastProbeAt` says when it last answered); absent when rebuilt from the log.
 */
export interface HostJson {
  name: string;
  address: string;
  port: number;
  user: string;
  type: string;
  state: string;
  tags: string[];
  hostGroups: string[];
  hostKeyFingerprint: string;
  credentialsRef: string;
  fenceMethod: string;
  fenceCommand: string;
  powerStatusCommand: string;
  memTotalMiB?: number;
  memFreeMiB?: number;
  load?: number;
  lastProbeMs?: number;
  lastProbeAt?: string;
  lastError?: string;
  /** When the host entered its current state. */
  stateSince?: string;
  /** When it went down, while it is down or fenced. */
  downSince?: string;
  /** In maintenance (`hosts drain`): receives no system and raises no failover. */
  maintenance: boolean;
}

/** A system as `systems list --json` prints it. */
export interface SystemJson {
  name: string;
  host: string;
  state: string;
  memoryMiB: number;
  owner: string;
  priority: number;
  failover: boolean;
  definitionCaptured: boolean;
}

/** A group as `groups list --json` prints it. */
export interface GroupJson {
  name: string;
  type: string;
  description: string;
  mode: string;
  hosts: string[];
  members: string[];
  location: string;
  hostGroup: string;
  systems: string[];
  timeout: number;
  notifyOwners: boolean;
  placement: string;
  parallelism: number;
  fence: string;
  brakeShare: number;
  brakeWindow: number;
  epochFile: string;
  failback: boolean;
  failbackAfter: number;
}

/** A setting. */
export interface SettingJson {
  key: string;
  value: string;
  isDefault: boolean;
  description: string;
}

/** An owner. */
export interface OwnerJson {
  name: string;
  email: string;
  description: string;
  systems: number;
}

/** One system's failover. */
export interface FailoverJson {
  id: string;
  system: string;
  from: string;
  to: string;
  outcome: string;
  reason: string;
  started: boolean;
  at: string;
  finishedAt: string;
  /** For a pending failover of an automatic group: when it starts. */
  failoverAt?: string;
}

/** A token without its secret. */
export interface TokenJson {
  name: string;
  role: string;
  owner: string;
  created: string;
}

/** Result of `audit verify`. */
export interface VerifyJson {
  ok: boolean;
  checked: number;
  badSeq: number;
  badAggregate: string;
  badType: string;
  reason: string;
  quarantined: number;
}

const n = (x: unknown): number => (typeof x === 'number' ? x : Number(x ?? 0)) || 0;
const s = (x: unknown): string => (x === undefined || x === null ? '' : String(x));
const arr = (x: unknown): string[] => (Array.isArray(x) ? x.map(String) : []);

/** ReplicaStatus -> JSON. */
export function replicaJson(r: ReplicaStatus__Output): ReplicaJson {
  return {
    address: s(r.address),
    nodeId: s(r.nodeId),
    connected: Boolean(r.connected),
    ackedSeq: n(r.ackedSeq),
    lagEvents: n(r.lagEvents),
    lagMs: n(r.lagMs),
    lastContact: s(r.lastContact),
  };
}

/** LeaseStatus -> JSON (an absent one is `off`). */
export function leaseJson(l: LeaseStatus__Output | null | undefined): LeaseJson {
  return {
    state: s(l?.state) || 'off',
    holder: s(l?.holder),
    holderAddress: s(l?.holderAddress),
    epoch: n(l?.epoch),
    expiresAt: s(l?.expiresAt),
    renewedAt: s(l?.renewedAt),
    renewals: n(l?.renewals),
    renewFailures: n(l?.renewFailures),
    ttlS: n(l?.ttlS),
    detail: s(l?.detail),
  };
}

/** ClusterStatus -> JSON. */
export function statusJson(c: ClusterStatus__Output): StatusJson {
  return {
    nodeId: s(c.nodeId),
    cluster: s(c.cluster),
    role: s(c.role),
    epoch: n(c.epoch),
    headSeq: n(c.headSeq),
    headHash: s(c.headHash),
    master: s(c.master),
    address: s(c.address),
    connected: Boolean(c.connected),
    lagEvents: n(c.lagEvents),
    lagMs: n(c.lagMs),
    quarantined: n(c.quarantined),
    storage: s(c.storage) || 'ok',
    mail: s(c.mail) || 'ok',
    writes: s(c.writes) || 'ok',
    lease: leaseJson(c.lease),
    replicas: (c.replicas ?? []).map(replicaJson),
  };
}

/** Host message -> JSON (with live figures). */
export function hostJson(h: Host__Output): HostJson {
  const state = enumText(ENUM_PREFIX.hostState, h.state);
  const up = state === 'up';
  const probeMs = durationMs(h.lastProbeDuration);
  const downSince = fromTimestamp(h.downSince);
  return {
    name: s(h.name),
    address: s(h.address),
    port: n(h.port),
    user: s(h.user),
    type: enumText(ENUM_PREFIX.virtualizationType, h.type),
    state,
    tags: arr(h.tags),
    hostGroups: arr(h.hostGroups),
    hostKeyFingerprint: s(h.hostKeyFingerprint),
    credentialsRef: s(h.credentialsRef),
    fenceMethod: s(h.fenceMethod),
    fenceCommand: s(h.fenceCommand),
    powerStatusCommand: s(h.powerStatusCommand),
    memTotalMiB: n(h.memTotalMib),
    ...(up ? { memFreeMiB: n(h.memFreeMib), load: n(h.load) } : {}),
    lastProbeMs: probeMs === undefined ? 0 : Math.round(probeMs * 1000) / 1000,
    lastProbeAt: fromTimestamp(h.lastProbeTime),
    lastError: s(h.lastError),
    stateSince: fromTimestamp(h.stateSince),
    ...(downSince ? { downSince } : {}),
    maintenance: Boolean(h.maintenance),
  };
}

/** System message -> JSON. */
export function systemJson(x: System__Output): SystemJson {
  return {
    name: s(x.name),
    host: s(x.host),
    state: enumText(ENUM_PREFIX.systemState, x.state),
    memoryMiB: n(x.memoryMib),
    owner: s(x.owner),
    priority: n(x.priority),
    failover: Boolean(x.failover),
    definitionCaptured: Boolean(x.definitionCaptured),
  };
}

/** Group message -> JSON. */
export function groupJson(g: Group__Output): GroupJson {
  const p = g.spec;
  return {
    name: s(p?.name),
    type: s(p?.type),
    description: s(p?.description),
    mode: s(p?.mode),
    hosts: arr(p?.hosts),
    members: arr(g.members),
    location: s(p?.location),
    hostGroup: s(p?.hostGroup),
    systems: arr(p?.systems),
    timeout: n(p?.timeoutSec),
    notifyOwners: Boolean(p?.notifyOwners),
    placement: s(p?.placement),
    parallelism: n(p?.parallelism),
    fence: s(p?.fence),
    brakeShare: n(p?.brakeMaxDownShare),
    brakeWindow: n(p?.brakeWindowSec),
    epochFile: s(p?.epochFile),
    failback: Boolean(p?.failback),
    failbackAfter: n(p?.failbackAfterSec),
  };
}

/** Setting message -> JSON. */
export function settingJson(x: Setting__Output): SettingJson {
  return { key: s(x.key), value: s(x.value), isDefault: Boolean(x.isDefault), description: s(x.description) };
}

/** Owner message -> JSON. */
export function ownerJson(o: Owner__Output): OwnerJson {
  return { name: s(o.name), email: s(o.email), description: s(o.description), systems: n(o.systems) };
}

/** FailoverRecord -> JSON (`failovers list`); `failover-system` prints the same without finishedAt. */
export function failoverJson(f: FailoverRecord__Output): FailoverJson {
  return {
    id: s(f.id),
    system: s(f.system),
    from: s(f.from),
    to: s(f.to),
    outcome: enumText(ENUM_PREFIX.failoverOutcome, f.outcome),
    reason: s(f.reason),
    started: Boolean(f.started),
    at: fromTimestamp(f.startTime),
    finishedAt: fromTimestamp(f.finishTime),
    ...(fromTimestamp(f.failoverTime) ? { failoverAt: fromTimestamp(f.failoverTime) } : {}),
  };
}

/** `failover-system --json`: `{id, system, from, to, outcome, reason, started, at}` (the id as in `failovers list`). */
export function forcedFailoverJson(f: FailoverRecord__Output): Omit<FailoverJson, 'finishedAt'> {
  const { id, system, from, to, outcome, reason, started, at } = failoverJson(f);
  return { id, system, from, to, outcome, reason, started, at };
}

/** `promote-replica --json`. */
export function promoteJson(p: PromoteReplicaResponse__Output): {
  epoch: number;
  tookMs: number;
  lastSeqFromPrevious: number;
  followers: string[];
} {
  return {
    epoch: n(p.epoch),
    tookMs: n(p.tookMs),
    lastSeqFromPrevious: n(p.lastSeqFromPrevious),
    followers: arr(p.followers),
  };
}

/** TokenInfo -> JSON. */
export function tokenJson(t: TokenInfo__Output): TokenJson {
  return {
    name: s(t.name),
    role: enumText(ENUM_PREFIX.tokenRole, t.role),
    owner: s(t.owner),
    created: fromTimestamp(t.createTime),
  };
}

/** VerifyLogResponse -> JSON. */
export function verifyJson(v: VerifyLogResponse__Output): VerifyJson {
  return {
    ok: Boolean(v.ok),
    checked: n(v.checked),
    badSeq: n(v.badSeq),
    badAggregate: s(v.badAggregate),
    badType: s(v.badType),
    reason: s(v.reason),
    quarantined: n(v.quarantined),
  };
}

// ------------------------------------------------------------------------------------- from model entities

/** A host entity (rebuilt from the log) -> JSON without live figures. */
export function hostEntityJson(h: HostEntity): HostJson {
  const p = h.spec;
  return {
    name: p.name,
    address: p.address,
    port: n(p.port),
    user: p.user,
    type: p.type,
    state: h.state,
    tags: arr(p.tags),
    hostGroups: arr(p.hostGroups),
    hostKeyFingerprint: h.fingerprint,
    credentialsRef: p.credentialsRef,
    fenceMethod: p.fenceMethod,
    fenceCommand: p.fenceCommand,
    powerStatusCommand: p.powerStatusCommand,
    maintenance: h.maintenance === true,
  };
}

/** A system entity -> JSON; its state shows `unknown` while its host is not up, `vanished` once gone (as the daemon shows it). */
export function systemEntityJson(x: SystemEntity, state: ClusterState): SystemJson {
  const hostState = state.hosts.get(x.host)?.state;
  const shown = x.vanished ? 'vanished' : hostState === 'up' || hostState === undefined ? x.state : 'unknown';
  return {
    name: x.name,
    host: x.host,
    state: shown,
    memoryMiB: x.memoryMiB,
    owner: x.owner,
    priority: x.priority,
    failover: x.failover,
    definitionCaptured: x.definition !== '',
  };
}

/** A group entity -> JSON with its members resolved in that state. */
export function groupEntityJson(g: GroupEntity, state: ClusterState): GroupJson {
  return groupJson({ spec: g.spec, members: state.groupMembers(g), version: g.version } as Group__Output);
}

/** An owner entity -> JSON with the number of systems it owns in that state. */
export function ownerEntityJson(o: OwnerEntity, state: ClusterState): OwnerJson {
  let systems = 0;
  for (const x of state.systems.values()) if (x.owner === o.name && !x.vanished) systems++;
  return { name: o.name, email: o.email, description: o.description, systems };
}

/** A failover entity -> one record per system move. */
export function failoverEntityJson(f: FailoverEntity): FailoverJson[] {
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
  }));
}
