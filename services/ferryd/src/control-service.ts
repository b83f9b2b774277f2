// The ControlPlaneService gRPC service: validates requests, runs the model's deciders through the node, shapes answers.
import { isAbsolute, resolve } from 'node:path';
import { accessSync, constants } from 'node:fs';
import type * as grpc from '@grpc/grpc-js';
import {
  assertDecoded,
  contract,
  decodingChecked,
  eventTypeNames,
  toProtoEvent,
  unary,
  failStream,
  ApiError,
} from '@ferry/api';
import { ENUM_PREFIX, TOKEN_ROLES, enumName, fromTimestamp, toTimestamp } from '@ferry/contract';
import type {
  ClusterStatus,
  ControlPlaneServiceHandlers,
  ForceFailoverRequest__Output,
  HostSpec,
  MoveSystemRequest__Output,
  PlacementRule,
  PromoteReplicaResponse,
  ReplicaStatus,
  TokenRole,
} from '@ferry/contract';
import {
  aggregateId,
  AGGREGATE_FORMS,
  commands,
  HOST_STATES,
  type ClusterState,
  type NewEvent,
  NotFoundError,
  parseAggregate,
  settingDef,
  SETTINGS,
  SHOWN_SYSTEM_STATES,
  ValidationError,
  VIRT_TYPES,
  type Problem,
} from '@ferry/model';
import { storedBytes, type LogEvent } from '@ferry/log';
import type { FerryNode } from './node.js';
import { failoverList, groupView, hostView, systemView, type FailoverView } from './views.js';
import type { Authorizer, Permission } from './auth.js';
import type { DrainView, MoveAsk, MoveView } from './failover/planned-operator.js';
import { drainMessage, enumInput, failoverMessage, hostMessage, moveMessage, systemMessage } from './wire.js';
import { checkRequestLimits } from './limits.js';
import { RecentRequests } from './recent-requests.js';

/** Operations the ControlPlaneService delegates to other parts of the daemon. */
export interface ControlExtensions {
  /** Fingerprint the host presents now. */
  fetchHostKey(address: string, port: number): Promise<string>;
  /** Proves a host (not yet registered) is usable over SSH as its type; rejects with the reason. */
  checkHost(spec: HostSpec): Promise<void>;
  replication: {
    status(): Promise<ClusterStatus>;
    promote(force: boolean): Promise<PromoteReplicaResponse>;
    addReplica(address: string): Promise<ReplicaStatus>;
    removeReplica(address: string): Promise<void>;
    off(): Promise<void>;
    join(master: string): Promise<void>;
  };
  forceFailover(req: ForceFailoverRequest__Output, actor: string): Promise<FailoverView>;
  confirmDown(host: string, actor: string): Promise<void>;
  /** Releases a group's mass-failure brake; returns the down members acknowledged. */
  releaseBrake(group: string, actor: string): Promise<string[]>;
  /** Planned operations: drain and undrain a host, move a system between live hosts. */
  planned: {
    drain(host: string, wait: boolean, actor: string): Promise<DrainView>;
    undrain(host: string, actor: string): Promise<void>;
    move(req: MoveAsk, actor: string): Promise<MoveView>;
  };
  tokens: {
    create(name: string, role: string, owner: string, actor: string): Promise<string>;
  };
}

const MAX_READ = 100_000;
/** What a seq in a request may be: 0 (none / from the start) up to the largest exact integer. */
const SEQ_RANGE = `must be a seq from 0 to ${Number.MAX_SAFE_INTEGER}`;
const isSeq = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

/** Problems of an event filter: event types the contract does not define, an aggregate id of no known form (pure). */
function eventFilterProblems(types: readonly string[], aggregate: string): Problem[] {
  const known = eventTypeNames();
  const problems: Problem[] = types
    .filter((t) => !known.includes(t))
    .map((t) => ({ field: 'types', message: `unknown event type "${t.slice(0, 60)}"; known: ${known.join(', ')}` }));
  if (aggregate && !parseAggregate(aggregate))
    problems.push({
      field: 'aggregate',
      message: `"${aggregate.slice(0, 60)}" is not an aggregate id: ${AGGREGATE_FORMS}`,
    });
  return problems;
}

/** Which permission each RPC needs. */
const PERMISSIONS: Record<string, Permission> = {
  RegisterHost: 'manage',
  UpdateHost: 'manage',
  RemoveHost: 'manage',
  GetHost: 'read',
  ListHosts: 'read',
  TrustHostKey: 'manage',
  ConfirmDown: 'operate',
  ReleaseBrake: 'operate',
  GetSystem: 'read',
  ListSystems: 'read',
  UpdateSystem: 'manage',
  CreateGroup: 'manage',
  UpdateGroup: 'manage',
  DeleteGroup: 'manage',
  GetGroup: 'read',
  ListGroups: 'read',
  GetSetting: 'read',
  SetSetting: 'admin',
  ListSettings: 'read',
  CreateOwner: 'admin',
  UpdateOwner: 'admin',
  DeleteOwner: 'admin',
  ListOwners: 'read',
  ForceFailover: 'operate',
  ListFailovers: 'read',
  ReadEvents: 'read',
  WatchEvents: 'read',
  GetClusterStatus: 'read',
  PromoteReplica: 'operate',
  AddReplica: 'admin',
  RemoveReplica: 'admin',
  ReplicationOff: 'admin',
  JoinMaster: 'admin',
  VerifyLog: 'read',
  CreateToken: 'admin',
  ListTokens: 'admin',
  RevokeToken: 'admin',
  DrainHost: 'operate',
  UndrainHost: 'operate',
  MoveSystem: 'operate',
  AddRule: 'manage',
  ListRules: 'read',
  RemoveRule: 'manage',
};

function keyFileRef(keyFile: string): string {
  if (!keyFile) return '';
  const path = isAbsolute(keyFile) ? keyFile : resolve(keyFile);
  try {
    accessSync(path, constants.R_OK);
  } catch {
    throw new ValidationError([{ field: 'key_file', message: `${path} is not a readable file on the node` }]);
  }
  return `file:${path}`;
}

/**
 * Inside a decider: refuses with ABORTED when an `expected_version` is given and `aggregate` is at another version.
 * Run in the decider, so a concurrent write that got in first (a version conflict, then a re-decision) is refused too.
 */
/**
 * The decider `decide`, run only when the client's expected version of `aggregate` (if it gave one) is the current
 * one: otherwise ABORTED, and nothing is appended (checked inside the decider, so a concurrent write is caught too).
 */
function atVersion(
  aggregate: string,
  expected: number | undefined,
  decide: (s: ClusterState) => NewEvent[],
): (s: ClusterState) => NewEvent[] {
  return (state) => {
    const actual = state.versionOf(aggregate);
    if (expected !== undefined && actual !== expected) {
      throw new ApiError(
        'ABORTED',
        `${aggregate} is at version ${actual}, not the expected version ${expected}: it changed since it was read; read it again and retry`,
      );
    }
    return decide(state);
  };
}

function required(field: string, value: string | undefined): string {
  if (!value) throw new ValidationError([{ field, message: 'is required' }]);
  return value;
}

/** Builds the ControlPlaneService handlers of a node. */
export function controlHandlers(
  node: FerryNode,
  ext: ControlExtensions,
  auth: Authorizer,
): ControlPlaneServiceHandlers {
  const onInternal = (err: unknown) => node.logger.error({ err }, 'internal error in a ControlPlaneService call');
  const state = node.state;
  type Call = grpc.ServerUnaryCall<unknown, unknown>;
  // Answers of recent writes by request id (idempotent retries; see RecentRequests for the window).
  const recent = new RecentRequests();
  const rpc = <Req, Res>(
    name: keyof ControlPlaneServiceHandlers,
    fn: (req: Req, actor: string, owner: string) => Promise<Res>,
  ) =>
    unary<Req, Res>(async (req, call) => {
      const who = auth.check((call as Call).metadata, PERMISSIONS[String(name)] ?? 'admin', String(name));
      assertDecoded(req);
      checkRequestLimits(req);
      const requestId = (req as { requestId?: unknown }).requestId;
      if (typeof requestId === 'string' && requestId !== '')
        return recent.run(who.name, requestId, String(name), () => fn(req, who.name, who.owner));
      return fn(req, who.name, who.owner);
    }, onInternal);

  return {
    RegisterHost: rpc('RegisterHost', async (req: import('@ferry/contract').RegisterHostRequest__Output, actor) => {
      const spec: HostSpec = { ...(req.spec ?? {}) };
      const outputOnly = (['credentialsRef', 'sealedKey'] as const).filter((f) => spec[f]);
      if (outputOnly.length) {
        throw new ValidationError(
          outputOnly.map((f) => ({
            field: `spec.${f === 'credentialsRef' ? 'credentials_ref' : 'sealed_key'}`,
            message: 'is set by the node (give key_file or private_key instead)',
          })),
        );
      }
      if (req.keyFile && req.privateKey)
        throw new ValidationError([{ field: 'key_file', message: 'give either key_file or private_key, not both' }]);
      if (req.keyFile) spec.credentialsRef = keyFileRef(req.keyFile);
      if (req.privateKey) {
        spec.credentialsRef = 'sealed:';
        spec.sealedKey = node.secrets.seal(req.privateKey);
      }
      if (req.check) {
        commands.registerHost(state, spec); // validation first: a check of a malformed host is pointless
        await ext.checkHost(spec);
      }
      await node.execute((s) => commands.registerHost(s, spec), actor);
      return { host: hostMessage(hostView(state.requireHost(spec.name ?? ''), node.live)) };
    }),
    UpdateHost: rpc('UpdateHost', async (req: import('@ferry/contract').UpdateHostRequest__Output, actor) => {
      const patch: Partial<HostSpec> = {};
      if (req.address !== undefined) patch.address = req.address;
      if (req.port !== undefined) patch.port = req.port;
      if (req.user !== undefined) patch.user = req.user;
      if (req.setTags) patch.tags = req.tags;
      if (req.setHostGroups) patch.hostGroups = req.hostGroups;
      if (req.keyFile !== undefined) patch.credentialsRef = keyFileRef(req.keyFile);
      if (req.fenceMethod !== undefined) patch.fenceMethod = req.fenceMethod;
      if (req.fenceCommand !== undefined) patch.fenceCommand = req.fenceCommand;
      if (req.powerStatusCommand !== undefined) patch.powerStatusCommand = req.powerStatusCommand;
      await node.execute(
        atVersion(aggregateId('host', req.name), req.expectedVersion, (s) => commands.updateHost(s, req.name, patch)),
        actor,
      );
      return { host: hostMessage(hostView(state.requireHost(req.name), node.live)) };
    }),
    RemoveHost: rpc('RemoveHost', async (req: import('@ferry/contract').RemoveHostRequest__Output, actor) => {
      await node.execute(
        atVersion(aggregateId('host', req.name), req.expectedVersion, (s) => commands.removeHost(s, req.name)),
        actor,
      );
      node.live.delete(req.name);
      return {};
    }),
    GetHost: rpc('GetHost', async (req: { name: string }) => ({
      host: hostMessage(hostView(state.requireHost(req.name), node.live)),
    })),
    ListHosts: rpc('ListHosts', async (req: import('@ferry/contract').ListHostsRequest__Output) => {
      const hostState = enumInput('state', ENUM_PREFIX.hostState, req.state, HOST_STATES);
      const type = enumInput('type', ENUM_PREFIX.virtualizationType, req.type, VIRT_TYPES);
      return {
        hosts: [...state.hosts.values()]
          .filter(
            (h) =>
              (!req.tag || h.spec.tags.includes(req.tag)) &&
              (!type || h.spec.type === type) &&
              (!hostState || h.state === hostState),
          )
          .sort((a, b) => a.spec.name.localeCompare(b.spec.name))
          .map((h) => hostMessage(hostView(h, node.live))),
      };
    }),
    TrustHostKey: rpc('TrustHostKey', async (req: import('@ferry/contract').TrustHostKeyRequest__Output, actor) => {
      const h = state.requireHost(req.name);
      const presented = await ext.fetchHostKey(h.spec.address, h.spec.port).catch(() => '');
      if (!req.fingerprint) return { presented, trusted: h.fingerprint !== '', fingerprint: h.fingerprint };
      if (presented && presented !== req.fingerprint) {
        throw new ApiError(
          'FAILED_PRECONDITION',
          `host "${req.name}" presents key ${presented}, not ${req.fingerprint}; nothing was trusted`,
        );
      }
      await node.execute((s) => commands.trustHostKey(s, req.name, req.fingerprint), actor);
      return { presented, trusted: true, fingerprint: req.fingerprint };
    }),
    ConfirmDown: rpc('ConfirmDown', async (req: { name: string }, actor) => {
      node.assertWritable();
      state.requireHost(req.name);
      await ext.confirmDown(req.name, actor);
      return {};
    }),
    ReleaseBrake: rpc('ReleaseBrake', async (req: { group: string }, actor) => {
      node.assertWritable();
      state.requireGroup(req.group);
      return { acknowledged: await ext.releaseBrake(req.group, actor) };
    }),
    GetSystem: rpc('GetSystem', async (req: { name: string }, _actor, owner) => {
      const s = state.systems.get(req.name);
      if (!s || (owner && s.owner !== owner)) throw new NotFoundError('system', req.name);
      return { system: systemMessage(systemView(s, state, node.live)) };
    }),
    ListSystems: rpc(
      'ListSystems',
      async (req: import('@ferry/contract').ListSystemsRequest__Output, _actor, owner) => {
        const shownState = enumInput('state', ENUM_PREFIX.systemState, req.state, SHOWN_SYSTEM_STATES);
        if (req.host) state.requireHost(req.host);
        const groupHosts = req.group ? state.groupMembers(state.requireGroup(req.group)) : undefined;
        return {
          systems: [...state.systems.values()]
            .map((s) => ({ entity: s, view: systemView(s, state, node.live) }))
            .filter(
              ({ entity: s, view }) =>
                (!req.host || s.host === req.host) &&
                (!groupHosts || groupHosts.includes(s.host)) &&
                (!req.owner || s.owner === req.owner) &&
                (!owner || s.owner === owner) &&
                (!shownState || view.state === shownState),
            )
            .sort((a, b) => a.entity.name.localeCompare(b.entity.name))
            .map(({ view }) => systemMessage(view)),
        };
      },
    ),
    UpdateSystem: rpc('UpdateSystem', async (req: import('@ferry/contract').UpdateSystemRequest__Output, actor) => {
      await node.execute(
        atVersion(aggregateId('system', req.name), req.expectedVersion, (s) =>
          commands.updateSystem(s, req.name, {
            ...(req.owner !== undefined ? { owner: req.owner } : {}),
            ...(req.priority !== undefined ? { priority: req.priority } : {}),
            ...(req.failover !== undefined ? { failover: req.failover } : {}),
          }),
        ),
        actor,
      );
      return { system: systemMessage(systemView(state.requireSystem(req.name), state, node.live)) };
    }),
    CreateGroup: rpc('CreateGroup', async (req: import('@ferry/contract').CreateGroupRequest__Output, actor) => {
      const spec = req.group ?? ({} as import('@ferry/contract').GroupSpec__Output);
      await node.execute((s) => commands.createGroup(s, spec), actor);
      return { group: groupView(state.requireGroup(spec.name), state) };
    }),
    UpdateGroup: rpc('UpdateGroup', async (req: import('@ferry/contract').UpdateGroupRequest__Output, actor) => {
      const spec = req.group ?? ({} as import('@ferry/contract').GroupSpec__Output);
      await node.execute(
        atVersion(aggregateId('group', spec.name), req.expectedVersion, (s) =>
          commands.updateGroup(s, spec, req.updateMask?.paths ?? []),
        ),
        actor,
      );
      return { group: groupView(state.requireGroup(spec.name ?? ''), state) };
    }),
    DeleteGroup: rpc('DeleteGroup', async (req: import('@ferry/contract').DeleteGroupRequest__Output, actor) => {
      await node.execute(
        atVersion(aggregateId('group', req.name), req.expectedVersion, (s) => commands.deleteGroup(s, req.name)),
        actor,
      );
      return {};
    }),
    GetGroup: rpc('GetGroup', async (req: { name: string }) => ({
      group: groupView(state.requireGroup(req.name), state),
    })),
    ListGroups: rpc('ListGroups', async () => ({
      groups: [...state.groups.values()]
        .sort((a, b) => a.spec.name.localeCompare(b.spec.name))
        .map((g) => groupView(g, state)),
    })),
    GetSetting: rpc('GetSetting', async (req: { key: string }) => ({ setting: settingView(req.key) })),
    SetSetting: rpc('SetSetting', async (req: { key: string; value: string }, actor) => {
      await node.execute((s) => commands.setSetting(s, req.key, req.value, (plain) => node.secrets.seal(plain)), actor);
      return { setting: settingView(req.key) };
    }),
    ListSettings: rpc('ListSettings', async () => ({ settings: SETTINGS.map((d) => settingView(d.key)) })),
    CreateOwner: rpc('CreateOwner', async (req: import('@ferry/contract').CreateOwnerRequest__Output, actor) => {
      const owner =
        req.owner ?? ({ name: '', email: '', description: '', systems: 0 } as import('@ferry/contract').Owner__Output);
      await node.execute((s) => commands.saveOwner(s, owner, true), actor);
      return { owner: ownerView(owner.name) };
    }),
    UpdateOwner: rpc('UpdateOwner', async (req: import('@ferry/contract').UpdateOwnerRequest__Output, actor) => {
      const owner =
        req.owner ?? ({ name: '', email: '', description: '', systems: 0 } as import('@ferry/contract').Owner__Output);
      await node.execute(
        atVersion(aggregateId('owner', owner.name), req.expectedVersion, (s) => commands.saveOwner(s, owner, false)),
        actor,
      );
      return { owner: ownerView(owner.name) };
    }),
    DeleteOwner: rpc('DeleteOwner', async (req: import('@ferry/contract').DeleteOwnerRequest__Output, actor) => {
      await node.execute(
        atVersion(aggregateId('owner', req.name), req.expectedVersion, (s) => commands.deleteOwner(s, req.name)),
        actor,
      );
      return {};
    }),
    ListOwners: rpc('ListOwners', async () => ({
      owners: [...state.owners.values()].sort((a, b) => a.name.localeCompare(b.name)).map((o) => ownerView(o.name)),
    })),
    ForceFailover: rpc('ForceFailover', async (req: ForceFailoverRequest__Output, actor) => {
      node.assertWritable();
      required('system', req.system);
      return { failover: failoverMessage(await ext.forceFailover(req, actor)) };
    }),
    DrainHost: rpc('DrainHost', async (req: import('@ferry/contract').DrainHostRequest__Output, actor) => {
      node.assertWritable();
      return drainMessage(await ext.planned.drain(required('name', req.name), req.wait, actor));
    }),
    UndrainHost: rpc('UndrainHost', async (req: { name: string }, actor) => {
      node.assertWritable();
      await ext.planned.undrain(required('name', req.name), actor);
      return { host: hostMessage(hostView(state.requireHost(req.name), node.live)) };
    }),
    MoveSystem: rpc('MoveSystem', async (req: MoveSystemRequest__Output, actor) => {
      node.assertWritable();
      required('system', req.system);
      required('to', req.to);
      const mode = enumInput('mode', ENUM_PREFIX.moveMode, req.mode, ['live', 'cold']);
      return moveMessage(await ext.planned.move({ system: req.system, to: req.to, mode }, actor));
    }),
    AddRule: rpc('AddRule', async (req: import('@ferry/contract').AddRuleRequest__Output, actor) => {
      const rule =
        req.rule ?? ({ name: '', kind: '', systems: [], hosts: [] } as import('@ferry/contract').PlacementRule__Output);
      await node.execute((s) => commands.addRule(s, rule), actor);
      return { rule: ruleView(rule.name) };
    }),
    ListRules: rpc('ListRules', async () => ({
      rules: [...state.rules.keys()].sort().map(ruleView),
    })),
    RemoveRule: rpc('RemoveRule', async (req: { name: string }, actor) => {
      await node.execute((s) => commands.removeRule(s, req.name), actor);
      return {};
    }),
    ListFailovers: rpc(
      'ListFailovers',
      async (req: import('@ferry/contract').ListFailoversRequest__Output, _actor, owner) => {
        const iso = fromTimestamp(req.since);
        if (req.since && !iso) throw new ValidationError([{ field: 'since', message: 'is not a valid time' }]);
        const since = iso ? Date.parse(iso) : 0;
        // An owner-scoped token sees only the moves of its owner's systems.
        return { failovers: failoverList(state, node.live, since, owner).map(failoverMessage) };
      },
    ),
    ReadEvents: rpc('ReadEvents', async (req: import('@ferry/contract').ReadEventsRequest__Output) => {
      const problems = eventFilterProblems(req.types, req.aggregate);
      if (!isSeq(req.fromSeq)) problems.push({ field: 'fromSeq', message: SEQ_RANGE });
      if (req.limit > MAX_READ) problems.push({ field: 'limit', message: `at most ${MAX_READ}` });
      if (problems.length) throw new ValidationError(problems);
      const filter = {
        ...(req.aggregate ? { aggregate: req.aggregate } : {}),
        ...(req.types.length ? { types: req.types } : {}),
      };
      const events = await node.log.read(Math.max(1, req.fromSeq), req.limit || 1000, filter);
      const data = await storedBytes(events, (from, limit) => node.log.readRaw(from, limit));
      return { events: events.map((e, i) => toProtoEvent(e, data[i]!)) };
    }),
    WatchEvents: (
      call: grpc.ServerWritableStream<
        import('@ferry/contract').WatchEventsRequest__Output,
        import('@ferry/contract').WatchEventsResponse
      >,
    ) => {
      try {
        auth.check(call.metadata, 'read', 'WatchEvents');
        assertDecoded(call.request);
        checkRequestLimits(call.request);
        const problems = eventFilterProblems(call.request.types, call.request.aggregate);
        if (!isSeq(call.request.fromSeq)) problems.push({ field: 'fromSeq', message: SEQ_RANGE });
        if (problems.length) throw new ValidationError(problems);
      } catch (err) {
        failStream(call, err, onInternal);
        return;
      }
      const req = call.request;
      const ac = new AbortController();
      call.on('cancelled', () => ac.abort());
      call.on('close', () => ac.abort());
      const matches = (e: LogEvent) =>
        (!req.aggregate || e.aggregate === req.aggregate) && (!req.types.length || req.types.includes(e.type));
      const from = req.fromSeq || node.log.head().seq + 1;
      node.log
        .tail(
          from,
          async (events: readonly LogEvent[]) => {
            const wanted = events.filter(matches);
            const data = await storedBytes(wanted, (from, limit) => node.log.readRaw(from, limit));
            for (let i = 0; i < wanted.length; i++) {
              if (!call.write({ event: toProtoEvent(wanted[i]!, data[i]!) }))
                await new Promise((r) => call.once('drain', r));
            }
          },
          ac.signal,
        )
        .catch((err: unknown) => {
          if (!ac.signal.aborted) failStream(call, err, onInternal);
        });
    },
    GetClusterStatus: rpc('GetClusterStatus', async () => ({ status: await ext.replication.status() })),
    PromoteReplica: rpc('PromoteReplica', async (req: { force: boolean }) => ext.replication.promote(req.force)),
    AddReplica: rpc('AddReplica', async (req: { address: string }) => ({
      replica: await ext.replication.addReplica(required('address', req.address)),
    })),
    RemoveReplica: rpc('RemoveReplica', async (req: { address: string }) => {
      await ext.replication.removeReplica(required('address', req.address));
      return {};
    }),
    ReplicationOff: rpc('ReplicationOff', async () => {
      await ext.replication.off();
      return { status: await ext.replication.status() };
    }),
    JoinMaster: rpc('JoinMaster', async (req: { address: string }) => {
      await ext.replication.join(required('address', req.address));
      return { status: await ext.replication.status() };
    }),
    VerifyLog: rpc('VerifyLog', async () => {
      const r = await node.log.verify();
      const quarantined = await node.log.quarantineCount();
      return {
        ok: r.ok,
        checked: r.checked,
        badSeq: r.firstBad?.seq ?? 0,
        badAggregate: r.firstBad?.aggregate ?? '',
        badType: r.firstBad?.type ?? '',
        reason: r.firstBad?.reason ?? '',
        quarantined,
      };
    }),
    CreateToken: rpc('CreateToken', async (req: import('@ferry/contract').CreateTokenRequest__Output, actor) => {
      const role = enumInput('role', ENUM_PREFIX.tokenRole, req.role, TOKEN_ROLES) || 'viewer';
      const token = await ext.tokens.create(req.name, role, req.owner, actor);
      return { name: req.name, token, role: enumName<TokenRole>(ENUM_PREFIX.tokenRole, role) };
    }),
    ListTokens: rpc('ListTokens', async () => ({
      tokens: [...state.tokens.values()].map((t) => ({
        name: t.name,
        role: enumName<TokenRole>(ENUM_PREFIX.tokenRole, t.role),
        owner: t.owner,
        createTime: toTimestamp(t.created),
      })),
    })),
    RevokeToken: rpc('RevokeToken', async (req: { name: string }, actor) => {
      await node.execute((s) => commands.revokeToken(s, req.name), actor);
      return {};
    }),
  } as ControlPlaneServiceHandlers;

  function settingView(key: string) {
    const def = settingDef(key);
    if (!def)
      throw new ValidationError([
        {
          field: 'key',
          message: `unknown setting "${key.slice(0, 60)}"; known: ${SETTINGS.map((s) => s.key).join(', ')}`,
        },
      ]);
    const entry = state.setting(key);
    return { key, value: entry?.value ?? def.default, isDefault: entry === undefined, description: def.description };
  }

  function ruleView(name: string): PlacementRule {
    const r = state.rules.get(name);
    if (!r) throw new NotFoundError('rule', name);
    return { name: r.name, kind: r.kind, systems: r.systems, hosts: r.hosts };
  }

  function ownerView(name: string) {
    const o = state.owners.get(name);
    if (!o) throw new NotFoundError('owner', name);
    const systems = [...state.systems.values()].filter((s) => s.owner === name).length;
    return {
      name: o.name,
      email: o.email,
      description: o.description,
      systems,
      version: state.versionOf(aggregateId('owner', name)),
    };
  }
}

/** Registers the ControlPlaneService on a server. */
export function registerControlPlane(server: grpc.Server, handlers: ControlPlaneServiceHandlers): void {
  server.addService(decodingChecked(contract().ferry.v1.ControlPlaneService.service), handlers);
}
