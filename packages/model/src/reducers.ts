// Pure reducers: (entity before, event) -> entity after, one per aggregate kind. Unknown event types leave the
// entity as it is, so an older node can still replay a newer log.
import type { FerryEvent, GroupSpec, HostSpec } from '@ferry/contract';
import { normalizeGroupSpec, normalizeHostSpec } from './normalize.js';
import type { Entity, SettingsEntity } from './state.js';
import { parseAggregate } from './state.js';
import type {
  ClusterEntity,
  CommittedEvent,
  FailoverEntity,
  FailoverMove,
  GroupEntity,
  HostEntity,
  HostState,
  OwnerEntity,
  RuleEntity,
  SystemEntity,
  SystemState,
  TokenEntity,
} from './types.js';

// Hosts and systems carry nearly every event (each probe's state changes), so their reducers copy an entity with
// copyHost / copySystem, one object literal naming every field, and set the changed fields on the fresh copy: V8
// builds such a copy several times faster than a spread with overrides (`{ ...h, version }`).

/** A copy of `h` at `version`. */
function copyHost(h: HostEntity, version: number): HostEntity {
  return {
    spec: h.spec,
    state: h.state,
    stateReason: h.stateReason,
    stateSince: h.stateSince,
    downSince: h.downSince,
    fingerprint: h.fingerprint,
    confirmedDown: h.confirmedDown,
    maintenance: h.maintenance,
    version,
  };
}

function reduceHost(h: HostEntity | undefined, e: CommittedEvent, ev: FerryEvent): HostEntity | undefined {
  switch (ev.type) {
    case 'HostRegistered':
      return {
        spec: normalizeHostSpec((ev.body.spec ?? {}) as HostSpec),
        state: 'unknown',
        stateReason: '',
        stateSince: e.time,
        downSince: '',
        fingerprint: '',
        confirmedDown: false,
        maintenance: false,
        version: e.version,
      };
    case 'HostRemoved':
      return undefined;
  }
  if (!h) return undefined;
  const next = copyHost(h, e.version);
  switch (ev.type) {
    case 'HostUpdated':
      next.spec = normalizeHostSpec((ev.body.spec ?? {}) as HostSpec);
      break;
    case 'HostKeyTrusted':
      next.fingerprint = ev.body.fingerprint ?? '';
      break;
    case 'HostStateChanged': {
      const to = String(ev.body.to) as HostState;
      next.state = to;
      next.stateReason = ev.body.reason ?? '';
      next.stateSince = e.time;
      next.downSince = to === 'down' || to === 'fenced' ? h.downSince || e.time : '';
      if (to === 'up') next.confirmedDown = false;
      break;
    }
    case 'HostDownConfirmed':
      next.confirmedDown = true;
      break;
    case 'HostMaintenanceSet':
      next.maintenance = ev.body.maintenance === true;
      break;
  }
  return next;
}

/** A copy of `s` at `version`. */
function copySystem(s: SystemEntity, version: number): SystemEntity {
  return {
    name: s.name,
    host: s.host,
    state: s.state,
    memoryMiB: s.memoryMiB,
    definitionHash: s.definitionHash,
    definition: s.definition,
    capturedHash: s.capturedHash,
    owner: s.owner,
    priority: s.priority,
    failover: s.failover,
    vanished: s.vanished,
    version,
  };
}

/** A system no event has described yet. */
function newSystem(name: string, version: number): SystemEntity {
  return {
    name,
    host: '',
    state: 'stopped',
    memoryMiB: 0,
    definitionHash: '',
    definition: '',
    capturedHash: '',
    owner: '',
    priority: 0,
    failover: true,
    vanished: false,
    version,
  };
}

function reduceSystem(
  s: SystemEntity | undefined,
  e: CommittedEvent,
  ev: FerryEvent,
  name: string,
): SystemEntity | undefined {
  const next = s ? copySystem(s, e.version) : newSystem(name, e.version);
  switch (ev.type) {
    case 'SystemDiscovered':
    case 'SystemChanged':
      next.host = String(ev.body.host);
      next.state = String(ev.body.state) as SystemState;
      next.memoryMiB = Number(ev.body.memoryMib ?? 0);
      next.definitionHash = ev.body.definitionHash ?? '';
      next.vanished = false;
      return next;
    case 'SystemVanished':
      next.vanished = true;
      return next;
    case 'SystemDefinitionCaptured':
      next.definition = ev.body.definition ?? '';
      next.capturedHash = ev.body.definitionHash ?? '';
      return next;
    case 'SystemSettingsChanged':
      next.owner = ev.body.owner ?? '';
      next.priority = ev.body.priority ?? 0;
      next.failover = ev.body.failover !== false;
      return next;
    default:
      return s ? next : undefined;
  }
}

function reduceGroup(g: GroupEntity | undefined, e: CommittedEvent, ev: FerryEvent): GroupEntity | undefined {
  switch (ev.type) {
    case 'GroupCreated':
    case 'GroupUpdated':
      return { spec: normalizeGroupSpec((ev.body.spec ?? {}) as GroupSpec), version: e.version };
    case 'GroupDeleted':
      return undefined;
    default:
      return g ? { ...g, version: e.version } : undefined;
  }
}

function reduceOwner(
  o: OwnerEntity | undefined,
  e: CommittedEvent,
  ev: FerryEvent,
  name: string,
): OwnerEntity | undefined {
  switch (ev.type) {
    case 'OwnerCreated':
    case 'OwnerUpdated':
      return { name, email: ev.body.email ?? '', description: ev.body.description ?? '', version: e.version };
    case 'OwnerDeleted':
      return undefined;
    default:
      return o ? { ...o, version: e.version } : undefined;
  }
}

function reduceToken(
  t: TokenEntity | undefined,
  e: CommittedEvent,
  ev: FerryEvent,
  name: string,
): TokenEntity | undefined {
  switch (ev.type) {
    case 'TokenCreated':
      return {
        name,
        role: ev.body.role as TokenEntity['role'],
        owner: ev.body.owner ?? '',
        tokenHash: String(ev.body.tokenHash),
        created: e.time,
        version: e.version,
      };
    case 'TokenRevoked':
      return undefined;
    default:
      return t ? { ...t, version: e.version } : undefined;
  }
}

function reduceRule(
  r: RuleEntity | undefined,
  e: CommittedEvent,
  ev: FerryEvent,
  name: string,
): RuleEntity | undefined {
  switch (ev.type) {
    case 'PlacementRuleAdded': {
      const rule = ev.body.rule ?? {};
      return {
        name,
        kind: rule.kind as RuleEntity['kind'],
        systems: [...(rule.systems ?? [])],
        hosts: [...(rule.hosts ?? [])],
        version: e.version,
      };
    }
    case 'PlacementRuleRemoved':
      return undefined;
    default:
      return r ? { ...r, version: e.version } : undefined;
  }
}

function reduceSettings(s: SettingsEntity | undefined, e: CommittedEvent, ev: FerryEvent): SettingsEntity {
  const values = { ...(s?.values ?? {}) };
  if (ev.type === 'SettingChanged')
    values[String(ev.body.key)] = { value: ev.body.value ?? '', sealed: ev.body.sealed ?? '' };
  return { values, version: e.version };
}

function reduceCluster(c: ClusterEntity | undefined, e: CommittedEvent, ev: FerryEvent): ClusterEntity {
  const base = c ?? { replicas: [], promotions: [], version: 0 };
  switch (ev.type) {
    case 'ReplicaAdded': {
      const address = String(ev.body.address);
      return {
        ...base,
        replicas: [...base.replicas.filter((r) => r.address !== address), { address, nodeId: ev.body.nodeId ?? '' }],
        version: e.version,
      };
    }
    case 'ReplicaRemoved':
      return { ...base, replicas: base.replicas.filter((r) => r.address !== ev.body.address), version: e.version };
    case 'MasterPromoted':
      return {
        ...base,
        // The promoted node is the master now, no longer one of the replicas.
        replicas: base.replicas.filter((r) => r.address !== ev.body.address),
        promotions: [
          ...base.promotions,
          {
            epoch: Number(ev.body.epoch),
            nodeId: ev.body.nodeId ?? '',
            previousMaster: ev.body.previousMaster ?? '',
            lastSeqFromPrevious: Number(ev.body.lastSeqFromPrevious ?? 0),
            address: ev.body.address ?? '',
            time: e.time,
          },
        ],
        version: e.version,
      };
    default:
      return { ...base, version: e.version };
  }
}

function updateMove(f: FailoverEntity, system: string, patch: Partial<FailoverMove>): FailoverMove[] {
  const found = f.moves.some((m) => m.system === system);
  const moves = found
    ? f.moves
    : [
        ...f.moves,
        {
          system,
          from: f.host,
          to: '',
          start: false,
          memoryMiB: 0,
          outcome: 'in-progress' as const,
          started: false,
          reason: '',
          code: '',
          finishedAt: '',
        },
      ];
  return moves.map((m) => (m.system === system ? { ...m, ...patch } : m));
}

function reduceFailover(
  f: FailoverEntity | undefined,
  e: CommittedEvent,
  ev: FerryEvent,
  name: string,
): FailoverEntity | undefined {
  if (ev.type === 'FailoverStarted') {
    return {
      id: name,
      host: String(ev.body.host),
      group: ev.body.group ?? '',
      reason: ev.body.reason ?? '',
      epoch: e.epoch,
      startedAt: e.time,
      planned: false,
      fenced: false,
      fenceConfirmed: false,
      moves: [],
      outcome: '',
      finishedAt: '',
      version: e.version,
    };
  }
  if (!f) return undefined;
  switch (ev.type) {
    case 'FailoverPlanned': {
      const moves: FailoverMove[] = [
        ...(ev.body.moves ?? []).map((m) => ({
          system: String(m.system),
          from: String(m.from),
          to: String(m.to),
          start: Boolean(m.start),
          memoryMiB: m.memoryMiB ?? 0,
          outcome: 'in-progress' as const,
          started: false,
          reason: '',
          code: '',
          finishedAt: '',
        })),
        ...(ev.body.refusals ?? []).map((r) => ({
          system: String(r.system),
          from: f.host,
          to: '',
          start: false,
          memoryMiB: 0,
          outcome: 'failed' as const,
          started: false,
          reason: r.reason ?? '',
          code: r.code ?? '',
          finishedAt: e.time,
        })),
      ];
      return { ...f, planned: true, moves, version: e.version };
    }
    case 'HostFenced':
      return { ...f, fenced: true, fenceConfirmed: Boolean(ev.body.confirmed), version: e.version };
    case 'SystemMoved': {
      const moved = {
        to: String(ev.body.to),
        outcome: 'succeeded' as const,
        started: Boolean(ev.body.started),
        finishedAt: e.time,
      };
      return { ...f, moves: updateMove(f, String(ev.body.system), moved), version: e.version };
    }
    case 'FailoverMoveFailed':
      return {
        ...f,
        moves: updateMove(f, String(ev.body.system), {
          to: ev.body.to ?? '',
          outcome: 'failed',
          code: ev.body.code ?? '',
          reason: ev.body.message ?? '',
          finishedAt: e.time,
        }),
        version: e.version,
      };
    case 'FailoverCompleted':
      return {
        ...f,
        outcome: String(ev.body.outcome) as FailoverEntity['outcome'],
        // Moves still open when the failover ends did not happen.
        moves: f.moves.map((m) =>
          m.outcome === 'in-progress'
            ? {
                ...m,
                outcome: 'failed',
                code: m.code || 'not-done',
                reason: m.reason || 'the failover ended before this move',
                finishedAt: e.time,
              }
            : m,
        ),
        finishedAt: e.time,
        version: e.version,
      };
    default:
      return { ...f, version: e.version };
  }
}

/**
 * Applies one event to the entity of its aggregate; returns the new entity (undefined when it no longer exists).
 * `a` is the event's aggregate parsed, for callers that have it already.
 */
export function reduce(
  entity: Entity | undefined,
  event: CommittedEvent,
  a = parseAggregate(event.aggregate),
): Entity | undefined {
  if (!a) return entity;
  // The one place a stored event meets its type: its body is the canonical JSON of the events.proto message its
  // `type` names. A type this node does not know matches no case below and leaves the entity as it is.
  const ev = event as unknown as FerryEvent;
  switch (a.kind) {
    case 'host':
      return reduceHost(entity as HostEntity | undefined, event, ev);
    case 'system':
      return reduceSystem(entity as SystemEntity | undefined, event, ev, a.name);
    case 'group':
      return reduceGroup(entity as GroupEntity | undefined, event, ev);
    case 'owner':
      return reduceOwner(entity as OwnerEntity | undefined, event, ev, a.name);
    case 'token':
      return reduceToken(entity as TokenEntity | undefined, event, ev, a.name);
    case 'rule':
      return reduceRule(entity as RuleEntity | undefined, event, ev, a.name);
    case 'settings':
      return reduceSettings(entity as SettingsEntity | undefined, event, ev);
    case 'cluster':
      return reduceCluster(entity as ClusterEntity | undefined, event, ev);
    case 'failover':
      return reduceFailover(entity as FailoverEntity | undefined, event, ev, a.name);
  }
}
