// Pure reducers: (entity before, event) -> entity after, one per aggregate kind. Unknown event types leave the
// entity as it is, so an older node can still replay a newer log.
import type { GroupSpec, HostSpec } from '@ferry/contract';
import { normalizeGroupSpec, normalizeHostSpec } from './normalize.js';
import type { Entity, SettingsEntity } from './state.js';
import { parseAggregate } from './state.js';
import type {
  ClusterEntity, CommittedEvent, FailoverEntity, FailoverMove, GroupEntity, HostEntity, HostState, OwnerEntity,
  RuleEntity, SystemEntity, SystemState, TokenEntity,
} from './types.js';

type B = Record<string, any>; // event bodies are JSON objects shaped by events.proto (camelCase fields)

// Hosts and systems carry nearly every event (each probe's state changes), so their reducers copy an entity with
// copyHost / copySystem, one object literal naming every field, and set the changed fields on the fresh copy: V8
// builds such a copy several times faster than a spread with overrides (`{ ...h, version }`).

/** A copy of `h` at `version`. */
function copyHost(h: HostEntity, version: number): HostEntity {
  return {
    spec: h.spec, state: h.state, stateReason: h.stateReason, stateSince: h.stateSince, downSince: h.downSince,
    fingerprint: h.fingerprint, confirmedDown: h.confirmedDown, maintenance: h.maintenance, version,
  };
}

function reduceHost(h: HostEntity | undefined, e: CommittedEvent, b: B): HostEntity | undefined {
  switch (e.type) {
    case 'HostRegistered':
      return {
        spec: normalizeHostSpec(b.spec as HostSpec), state: 'unknown', stateReason: '', stateSince: e.time, downSince: '', fingerprint: '',
        confirmedDown: false, maintenance: false, version: e.version,
      };
    case 'HostRemoved':
      return undefined;
  }
  if (!h) return undefined;
  const next = copyHost(h, e.version);
  switch (e.type) {
    case 'HostUpdated':
      next.spec = normalizeHostSpec(b.spec as HostSpec);
      break;
    case 'HostKeyTrusted':
      next.fingerprint = String(b.fingerprint ?? '');
      break;
    case 'HostStateChanged': {
      const to = String(b.to) as HostState;
      next.state = to;
      next.stateReason = String(b.reason ?? '');
      next.stateSince = e.time;
      next.downSince = to === 'down' || to === 'fenced' ? h.downSince || e.time : '';
      if (to === 'up') next.confirmedDown = false;
      break;
    }
    case 'HostDownConfirmed':
      next.confirmedDown = true;
      break;
    case 'HostMaintenanceSet':
      next.maintenance = b.maintenance === true;
      break;
  }
  return next;
}

/** A copy of `s` at `version`. */
function copySystem(s: SystemEntity, version: number): SystemEntity {
  return {
    name: s.name, host: s.host, state: s.state, memoryMiB: s.memoryMiB, definitionHash: s.definitionHash, definition: s.definition,
    capturedHash: s.capturedHash, owner: s.owner, priority: s.priority, failover: s.failover, vanished: s.vanished, version,
  };
}

/** A system no event has described yet. */
function newSystem(name: string, version: number): SystemEntity {
  return {
    name, host: '', state: 'stopped', memoryMiB: 0, definitionHash: '', definition: '', capturedHash: '',
    owner: '', priority: 0, failover: true, vanished: false, version,
  };
}

function reduceSystem(s: SystemEntity | undefined, e: CommittedEvent, b: B, name: string): SystemEntity | undefined {
  const next = s ? copySystem(s, e.version) : newSystem(name, e.version);
  switch (e.type) {
    case 'SystemDiscovered':
    case 'SystemChanged':
      next.host = String(b.host);
      next.state = String(b.state) as SystemState;
      next.memoryMiB = Number(b.memoryMib ?? 0);
      next.definitionHash = String(b.definitionHash ?? '');
      next.vanished = false;
      return next;
    case 'SystemVanished':
      next.vanished = true;
      return next;
    case 'SystemDefinitionCaptured':
      next.definition = String(b.definition ?? '');
      next.capturedHash = String(b.definitionHash ?? '');
      return next;
    case 'SystemSettingsChanged':
      next.owner = String(b.owner ?? '');
      next.priority = Number(b.priority ?? 0);
      next.failover = b.failover !== false;
      return next;
    default:
      return s ? next : undefined;
  }
}

function reduceGroup(g: GroupEntity | undefined, e: CommittedEvent, b: B): GroupEntity | undefined {
  switch (e.type) {
    case 'GroupCreated':
    case 'GroupUpdated':
      return { spec: normalizeGroupSpec(b.spec as GroupSpec), version: e.version };
    case 'GroupDeleted':
      return undefined;
    default:
      return g ? { ...g, version: e.version } : undefined;
  }
}

function reduceOwner(o: OwnerEntity | undefined, e: CommittedEvent, b: B, name: string): OwnerEntity | undefined {
  switch (e.type) {
    case 'OwnerCreated':
    case 'OwnerUpdated':
      return { name, email: String(b.email ?? ''), description: String(b.description ?? ''), version: e.version };
    case 'OwnerDeleted':
      return undefined;
    default:
      return o ? { ...o, version: e.version } : undefined;
  }
}

function reduceToken(t: TokenEntity | undefined, e: CommittedEvent, b: B, name: string): TokenEntity | undefined {
  switch (e.type) {
    case 'TokenCreated':
      return { name, role: b.role, owner: String(b.owner ?? ''), tokenHash: String(b.tokenHash), created: e.time, version: e.version };
    case 'TokenRevoked':
      return undefined;
    default:
      return t ? { ...t, version: e.version } : undefined;
  }
}

function reduceRule(r: RuleEntity | undefined, e: CommittedEvent, b: B, name: string): RuleEntity | undefined {
  switch (e.type) {
    case 'PlacementRuleAdded': {
      const rule = (b.rule ?? {}) as B;
      return { name, kind: rule.kind, systems: [...(rule.systems ?? [])].map(String), hosts: [...(rule.hosts ?? [])].map(String), version: e.version };
    }
    case 'PlacementRuleRemoved':
      return undefined;
    default:
      return r ? { ...r, version: e.version } : undefined;
  }
}

function reduceSettings(s: SettingsEntity | undefined, e: CommittedEvent, b: B): SettingsEntity {
  const values = { ...(s?.values ?? {}) };
  if (e.type === 'SettingChanged') values[String(b.key)] = { value: String(b.value ?? ''), sealed: String(b.sealed ?? '') };
  return { values, version: e.version };
}

function reduceCluster(c: ClusterEntity | undefined, e: CommittedEvent, b: B): ClusterEntity {
  const base = c ?? { replicas: [], promotions: [], version: 0 };
  switch (e.type) {
    case 'ReplicaAdded':
      return { ...base, replicas: [...base.replicas.filter((r) => r.address !== b.address), { address: String(b.address), nodeId: String(b.nodeId ?? '') }], version: e.version };
    case 'ReplicaRemoved':
      return { ...base, replicas: base.replicas.filter((r) => r.address !== b.address), version: e.version };
    case 'MasterPromoted':
      return {
        ...base,
        // The promoted node is the master now, no longer one of the replicas.
        replicas: base.replicas.filter((r) => r.address !== b.address),
        promotions: [...base.promotions, {
          epoch: Number(b.epoch), nodeId: String(b.nodeId ?? ''), previousMaster: String(b.previousMaster ?? ''),
          lastSeqFromPrevious: Number(b.lastSeqFromPrevious ?? 0), address: String(b.address ?? ''), time: e.time,
        }],
        version: e.version,
      };
    default:
      return { ...base, version: e.version };
  }
}

function updateMove(f: FailoverEntity, system: string, patch: Partial<FailoverMove>): FailoverMove[] {
  const found = f.moves.some((m) => m.system === system);
  const moves = found ? f.moves : [...f.moves, { system, from: f.host, to: '', start: false, memoryMiB: 0, outcome: 'in-progress' as const, started: false, reason: '', code: '', finishedAt: '' }];
  return moves.map((m) => (m.system === system ? { ...m, ...patch } : m));
}

function reduceFailover(f: FailoverEntity | undefined, e: CommittedEvent, b: B, name: string): FailoverEntity | undefined {
  if (e.type === 'FailoverStarted') {
    return {
      id: name, host: String(b.host), group: String(b.group ?? ''), reason: String(b.reason ?? ''), epoch: Number(b.epoch ?? e.epoch),
      startedAt: e.time, planned: false, fenced: false, fenceConfirmed: false, moves: [], outcome: '', finishedAt: '', version: e.version,
    };
  }
  if (!f) return undefined;
  switch (e.type) {
    case 'FailoverPlanned': {
      const moves: FailoverMove[] = [
        ...(b.moves ?? []).map((m: B) => ({
          system: String(m.system), from: String(m.from), to: String(m.to), start: Boolean(m.start), memoryMiB: Number(m.memoryMiB ?? 0),
          outcome: 'in-progress' as const, started: false, reason: '', code: '', finishedAt: '',
        })),
        ...(b.refusals ?? []).map((r: B) => ({
          system: String(r.system), from: f.host, to: '', start: false, memoryMiB: 0,
          outcome: 'failed' as const, started: false, reason: String(r.reason ?? ''), code: String(r.code ?? ''), finishedAt: e.time,
        })),
      ];
      return { ...f, planned: true, moves, version: e.version };
    }
    case 'HostFenced':
      return { ...f, fenced: true, fenceConfirmed: Boolean(b.confirmed), version: e.version };
    case 'SystemMoved':
      return { ...f, moves: updateMove(f, String(b.system), { to: String(b.to), outcome: 'succeeded', started: Boolean(b.started), finishedAt: e.time }), version: e.version };
    case 'FailoverMoveFailed':
      return {
        ...f,
        moves: updateMove(f, String(b.system), { to: String(b.to ?? ''), outcome: 'failed', code: String(b.code ?? ''), reason: String(b.message ?? ''), finishedAt: e.time }),
        version: e.version,
      };
    case 'FailoverCompleted':
      return {
        ...f,
        outcome: String(b.outcome) as FailoverEntity['outcome'],
        // Moves still open when the failover ends did not happen.
        moves: f.moves.map((m) => (m.outcome === 'in-progress' ? { ...m, outcome: 'failed', code: m.code || 'not-done', reason: m.reason || 'the failover ended before this move', finishedAt: e.time } : m)),
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
export function reduce(entity: Entity | undefined, event: CommittedEvent, a = parseAggregate(event.aggregate)): Entity | undefined {
  if (!a) return entity;
  const b = event.body as B;
  switch (a.kind) {
    case 'host': return reduceHost(entity as HostEntity | undefined, event, b);
    case 'system': return reduceSystem(entity as SystemEntity | undefined, event, b, a.name);
    case 'group': return reduceGroup(entity as GroupEntity | undefined, event, b);
    case 'owner': return reduceOwner(entity as OwnerEntity | undefined, event, b, a.name);
    case 'token': return reduceToken(entity as TokenEntity | undefined, event, b, a.name);
    case 'rule': return reduceRule(entity as RuleEntity | undefined, event, b, a.name);
    case 'settings': return reduceSettings(entity as SettingsEntity | undefined, event, b);
    case 'cluster': return reduceCluster(entity as ClusterEntity | undefined, event, b);
    case 'failover': return reduceFailover(entity as FailoverEntity | undefined, event, b, a.name);
  }
}
