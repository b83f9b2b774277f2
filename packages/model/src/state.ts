// The in-memory projections: one entity per aggregate, plus the queries the API and the engines ask of them.
import { NotFoundError } from './errors.js';
import type {
  ClusterEntity,
  FailoverEntity,
  GroupEntity,
  HostEntity,
  OwnerEntity,
  RuleEntity,
  SettingEntry,
  SystemEntity,
  TokenEntity,
} from './types.js';

/** Every kind of aggregate and the entity type it projects to. */
export interface EntityByKind {
  host: HostEntity;
  system: SystemEntity;
  group: GroupEntity;
  owner: OwnerEntity;
  failover: FailoverEntity;
  token: TokenEntity;
  rule: RuleEntity;
  settings: SettingsEntity;
  cluster: ClusterEntity;
}

/** Aggregate kinds. */
export type AggregateKind = keyof EntityByKind;

/** All settings, one entity. */
export interface SettingsEntity {
  values: Record<string, SettingEntry>;
  version: number;
}

/** Any projected entity. */
export type Entity = EntityByKind[AggregateKind];

/** An aggregate id split into kind and name (see {@link parseAggregate}). */
export interface AggregateRef {
  kind: AggregateKind;
  name: string;
}

/** Kinds whose aggregates have a name (`KIND/NAME`); `settings` and `cluster` are single aggregates. */
type NamedKind = Exclude<AggregateKind, 'settings' | 'cluster'>;
const NAMED_KINDS: ReadonlySet<string> = new Set<NamedKind>([
  'host',
  'system',
  'group',
  'owner',
  'failover',
  'token',
  'rule',
]);

/** Splits `host/h1` into kind and name; `settings` and `cluster` have no name. */
export function parseAggregate(aggregate: string): AggregateRef | undefined {
  const slash = aggregate.indexOf('/');
  if (slash < 0) return aggregate === 'settings' || aggregate === 'cluster' ? { kind: aggregate, name: '' } : undefined;
  const kind = aggregate.slice(0, slash);
  return NAMED_KINDS.has(kind) ? { kind: kind as NamedKind, name: aggregate.slice(slash + 1) } : undefined;
}

/** How aggregate ids are written, for messages about one that is not. */
export const AGGREGATE_FORMS =
  'KIND/NAME with KIND one of host, system, group, owner, failover, token, rule (e.g. host/h1, system/web1), or settings, cluster';

/** Builds an aggregate id. */
export const aggregateId = (kind: AggregateKind, name = ''): string => (name ? `${kind}/${name}` : kind);

/** The projections of one node, keyed by aggregate id. */
export class ClusterState {
  readonly hosts = new Map<string, HostEntity>();
  readonly systems = new Map<string, SystemEntity>();
  readonly groups = new Map<string, GroupEntity>();
  readonly owners = new Map<string, OwnerEntity>();
  readonly failovers = new Map<string, FailoverEntity>();
  readonly tokens = new Map<string, TokenEntity>();
  readonly rules = new Map<string, RuleEntity>();
  settings: SettingsEntity = { values: {}, version: 0 };
  cluster: ClusterEntity = { replicas: [], promotions: [], version: 0 };
  /** Names of the systems recorded on each host, kept by {@link set} (the collector asks once per probe). */
  private readonly systemsByHost = new Map<string, Set<string>>();
  /** The host each system is indexed under in {@link systemsByHost}. */
  private readonly indexedHost = new Map<string, string>();

  /** Forgets everything. */
  clear(): void {
    for (const m of [
      this.hosts,
      this.systems,
      this.groups,
      this.owners,
      this.failovers,
      this.tokens,
      this.rules,
      this.systemsByHost,
      this.indexedHost,
    ])
      m.clear();
    this.settings = { values: {}, version: 0 };
    this.cluster = { replicas: [], promotions: [], version: 0 };
  }

  /** The entity of an aggregate, if any. */
  get(aggregate: string): Entity | undefined {
    const a = parseAggregate(aggregate);
    return a && this.getAt(a);
  }

  /** The entity of a parsed aggregate, if any. */
  getAt(a: AggregateRef): Entity | undefined {
    if (a.kind === 'settings') return this.settings.version ? this.settings : undefined;
    if (a.kind === 'cluster') return this.cluster.version ? this.cluster : undefined;
    return this.mapOf(a.kind).get(a.name);
  }

  /** Sets (or with undefined, deletes) the entity of an aggregate. */
  set(aggregate: string, entity: Entity | undefined): void {
    const a = parseAggregate(aggregate);
    if (a) this.setAt(a, entity);
  }

  /** Sets (or with undefined, deletes) the entity of a parsed aggregate. */
  setAt(a: AggregateRef, entity: Entity | undefined): void {
    if (a.kind === 'settings') this.settings = (entity as SettingsEntity | undefined) ?? { values: {}, version: 0 };
    else if (a.kind === 'cluster')
      this.cluster = (entity as ClusterEntity | undefined) ?? { replicas: [], promotions: [], version: 0 };
    else if (entity === undefined) this.mapOf(a.kind).delete(a.name);
    else (this.mapOf(a.kind) as Map<string, Entity>).set(a.name, entity);
    if (a.kind === 'system') this.indexSystem(a.name, (entity as SystemEntity | undefined)?.host);
  }

  private indexSystem(name: string, host: string | undefined): void {
    const was = this.indexedHost.get(name);
    if (was === host) return;
    if (was !== undefined) this.systemsByHost.get(was)?.delete(name);
    if (host === undefined) {
      this.indexedHost.delete(name);
      return;
    }
    this.indexedHost.set(name, host);
    const names = this.systemsByHost.get(host) ?? new Set<string>();
    names.add(name);
    this.systemsByHost.set(host, names);
  }

  private mapOf(kind: NamedKind): Map<string, Entity> {
    switch (kind) {
      case 'host':
        return this.hosts;
      case 'system':
        return this.systems;
      case 'group':
        return this.groups;
      case 'owner':
        return this.owners;
      case 'failover':
        return this.failovers;
      case 'token':
        return this.tokens;
      case 'rule':
        return this.rules;
    }
  }

  /** Current version of an aggregate (0 when it does not exist). */
  versionOf(aggregate: string): number {
    return this.get(aggregate)?.version ?? 0;
  }

  /** The named host; NotFoundError when there is none. */
  requireHost(name: string): HostEntity {
    const h = this.hosts.get(name);
    if (!h) throw new NotFoundError('host', name);
    return h;
  }

  /** The named group; NotFoundError when there is none. */
  requireGroup(name: string): GroupEntity {
    const g = this.groups.get(name);
    if (!g) throw new NotFoundError('group', name);
    return g;
  }

  /** The named system; NotFoundError when there is none. */
  requireSystem(name: string): SystemEntity {
    const s = this.systems.get(name);
    if (!s) throw new NotFoundError('system', name);
    return s;
  }

  /** A setting's value as shown (secrets as `***`), or undefined when never set. */
  setting(key: string): SettingEntry | undefined {
    return this.settings.values[key];
  }

  /** Members of a group: explicit hosts plus hosts carrying its location tag or in its host group, of its type. */
  groupMembers(group: GroupEntity): string[] {
    const { spec } = group;
    const names = new Set(spec.hosts);
    for (const h of this.hosts.values()) {
      if (spec.location && h.spec.tags.includes(spec.location)) names.add(h.spec.name);
      if (spec.hostGroup && h.spec.hostGroups.includes(spec.hostGroup)) names.add(h.spec.name);
    }
    return [...names].filter((n) => this.hosts.get(n)?.spec.type === spec.type).sort();
  }

  /** The groups a host belongs to. */
  groupsOfHost(host: string): GroupEntity[] {
    return [...this.groups.values()].filter((g) => this.groupMembers(g).includes(host));
  }

  /** Systems currently on a host (not vanished). */
  systemsOnHost(host: string): SystemEntity[] {
    const out: SystemEntity[] = [];
    for (const name of this.systemsByHost.get(host) ?? []) {
      const s = this.systems.get(name);
      if (s && !s.vanished) out.push(s);
    }
    return out;
  }
}
