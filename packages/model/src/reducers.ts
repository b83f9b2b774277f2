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
  switch (e.type) {
    case 'HostUpdated':
      return { ...h, spec: normalizeHostSpec(b.spec as HostSpec), version: e.version };
    case 'HostKeyTrusted':
      return { ...h, fingerprint: String(b.fingerprint ?? ''), version: e.version };
    case 'HostStateChanged': {
      const to = String(b.to) as HostState;
      const downSince = to === 'down' || to === 'fenced' ? h.downSince || e.time : '';
      return {
        ...h, state: to, stateReason: String(b.reason ?? ''), stateSince: e.time, downSince,
        confirmedDown: to === 'up' ? false : h.confirmedDown, version: e.version,
      };
    }
    case 'HostDownConfirmed':
      return { ...h, confirmedDown: true, version: e.version };
    case 'HostMaintenanceSet':
      return { ...h, maintenance: b.maintenance === true, version: e.version };
    default:
      return { ...h, version: e.version };
  }
}

function reduceSystem(s: SystemEntity | undefined, e: CommittedEvent, b: B, name: string): SystemEntity | undefined {
  const base: SystemEntity = s ?? {
    name, host: '', state: 'stopped', memoryMiB: 0, definitionHash: '', definition: '', capturedHash: '',
    owner: '', priority: 0, failover: true, vanished: false, version: 0,
  };
  switch (e.type) {
    case 'SystemDiscovered':
    case 'SystemChanged':
      return {
        ...base, host: String(b.host), state: String(b.state) as SystemState, memoryMiB: Number(b.memoryMib ?? 0),
        definitionHash: String(b.definitionHash ?? ''), vanished: false, version: e.version,
      };
    case 'SystemVanished':
      return { ...base, vanished: true, version: e.version };
    case 'SystemDefinitionCaptured':
      return { ...base, definition: String(b.definition ?? ''), capturedHash: String(b.definitionHash ?? ''), version: e.version };
    case 'SystemSettingsChanged':
      return { ...base, owner: String(b.owner ?? ''), priority: Number(b.priority ?? 0), failover: b.failover !== false, version: e.version };
    default:
      return s ? { ...s, version: e.version } : undefined;
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

/** Applies one event to the entity of its aggregate; returns the new entity (undefined when it no longer exists). */
export function reduce(entity: Entity | undefined, event: CommittedEvent): Entity | undefined {
  const a = parseAggregate(event.aggregate);
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
