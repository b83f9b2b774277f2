// Pure deciders: (state, command) -> events to append, or a DomainError naming what is wrong.
// Nothing here does I/O; the daemon appends what they return with the expected versions they set.
import { TOKEN_ROLES } from '@ferry/contract';
import type { GroupSpec, HostSpec } from '@ferry/contract';
import type { FullGroupSpec } from './types.js';
import type { Problem } from './errors.js';
import { AlreadyExistsError, assertValid, NotFoundError, PreconditionError, ValidationError } from './errors.js';
import { normalizeGroupSpec, normalizeHostSpec } from './normalize.js';
import { settingDef, SETTINGS, splitSecret } from './settings.js';
import type { ClusterState } from './state.js';
import { aggregateId } from './state.js';
import type { NewEvent } from './types.js';
import {
  checkEmail,
  checkFingerprint,
  checkName,
  groupSpecProblems,
  hostSpecProblems,
  MAX_LIST_LENGTH,
  RULE_KINDS,
} from './validation.js';

const ev = (state: ClusterState, aggregate: string, type: string, body: Record<string, unknown>): NewEvent => ({
  aggregate,
  type,
  body,
  expectedVersion: state.versionOf(aggregate),
});

/** Registers a host. */
export function registerHost(state: ClusterState, input: HostSpec): NewEvent[] {
  const spec = normalizeHostSpec(input);
  assertValid(hostSpecProblems(spec));
  if (state.hosts.has(spec.name)) throw new AlreadyExistsError('host', spec.name);
  assertValid(sameEndpointProblems(state, spec));
  return [ev(state, aggregateId('host', spec.name), 'HostRegistered', { spec })];
}

/**
 * A host registered at the address and port of another one: one machine under two names would be probed, fenced
 * and failed over twice, and could receive its own systems (pure).
 */
function sameEndpointProblems(state: ClusterState, spec: Required<HostSpec>): Problem[] {
  const other = [...state.hosts.values()].find(
    (h) =>
      h.spec.name !== spec.name &&
      h.spec.address.toLowerCase() === spec.address.toLowerCase() &&
      h.spec.port === spec.port,
  );
  return other
    ? [{ field: 'address', message: `host "${other.spec.name}" is already registered at ${spec.address}:${spec.port}` }]
    : [];
}

/** Replaces a host's spec with `patch` applied; no event when nothing changes. */
export function updateHost(state: ClusterState, name: string, patch: Partial<HostSpec>): NewEvent[] {
  const h = state.requireHost(name);
  const spec = normalizeHostSpec({ ...h.spec, ...patch, name });
  const problems = [...hostSpecProblems(spec), ...sameEndpointProblems(state, spec)];
  if (spec.type !== h.spec.type && state.groupsOfHost(name).length > 0) {
    problems.push({
      field: 'type',
      message: `cannot change while the host is in group ${state
        .groupsOfHost(name)
        .map((g) => g.spec.name)
        .join(', ')}`,
    });
  }
  assertValid(problems);
  if (JSON.stringify(spec) === JSON.stringify(h.spec)) return [];
  return [ev(state, aggregateId('host', name), 'HostUpdated', { spec })];
}

/** Removes a host that no group lists explicitly. */
export function removeHost(state: ClusterState, name: string): NewEvent[] {
  state.requireHost(name);
  const listing = [...state.groups.values()].filter((g) => g.spec.hosts.includes(name)).map((g) => g.spec.name);
  if (listing.length)
    throw new PreconditionError(
      `host "${name}" is a member of group ${listing.join(', ')}; remove it from the group first`,
    );
  return [ev(state, aggregateId('host', name), 'HostRemoved', { name })];
}

/** Pins a host key fingerprint. */
export function trustHostKey(state: ClusterState, name: string, fingerprint: string): NewEvent[] {
  const h = state.requireHost(name);
  const problems: Problem[] = [];
  checkFingerprint('fingerprint', fingerprint, problems);
  assertValid(problems);
  if (h.fingerprint === fingerprint) return [];
  return [ev(state, aggregateId('host', name), 'HostKeyTrusted', { fingerprint })];
}

/** Changes owner, priority or failover inclusion of a system. */
export function updateSystem(
  state: ClusterState,
  name: string,
  patch: { owner?: string; priority?: number; failover?: boolean },
): NewEvent[] {
  const s = state.requireSystem(name);
  const problems: Problem[] = [];
  if (patch.owner && !state.owners.has(patch.owner))
    problems.push({ field: 'owner', message: `owner "${patch.owner}" does not exist` });
  if (patch.priority !== undefined && (!Number.isInteger(patch.priority) || Math.abs(patch.priority) > 1_000_000)) {
    problems.push({ field: 'priority', message: 'must be a whole number from -1000000 to 1000000' });
  }
  assertValid(problems);
  const next = {
    owner: patch.owner ?? s.owner,
    priority: patch.priority ?? s.priority,
    failover: patch.failover ?? s.failover,
  };
  if (next.owner === s.owner && next.priority === s.priority && next.failover === s.failover) return [];
  return [ev(state, aggregateId('system', name), 'SystemSettingsChanged', next)];
}

function groupMembershipProblems(state: ClusterState, spec: FullGroupSpec): Problem[] {
  const out: Problem[] = [];
  spec.hosts.forEach((h, i) => {
    const entity = state.hosts.get(h);
    if (!entity) out.push({ field: `hosts[${i}]`, message: `host "${h}" does not exist` });
    else if (entity.spec.type !== spec.type)
      out.push({ field: `hosts[${i}]`, message: `host "${h}" is ${entity.spec.type}, the group is ${spec.type}` });
  });
  if (out.length) return out;
  const members = state.groupMembers({ spec, version: 0 });
  if (members.length < 2)
    out.push({
      field: 'hosts',
      message: `a failover group needs at least two ${spec.type} hosts (it would have ${members.length})`,
    });
  for (const other of state.groups.values()) {
    if (other.spec.name === spec.name || other.spec.type !== spec.type) continue;
    const shared = state.groupMembers(other).filter((m) => members.includes(m));
    if (shared.length)
      out.push({ field: 'hosts', message: `${shared.join(', ')} already in ${spec.type} group "${other.spec.name}"` });
  }
  spec.systems.forEach((s, i) => {
    if (!state.systems.has(s)) out.push({ field: `systems[${i}]`, message: `system "${s}" does not exist` });
  });
  return out;
}

/** Creates a failover group. */
export function createGroup(state: ClusterState, input: GroupSpec): NewEvent[] {
  const spec = normalizeGroupSpec(input);
  const problems = groupSpecProblems(spec);
  if (!problems.length && state.groups.has(spec.name)) throw new AlreadyExistsError('group', spec.name);
  assertValid(problems.length ? problems : groupMembershipProblems(state, spec));
  return [ev(state, aggregateId('group', spec.name), 'GroupCreated', { spec })];
}

/** GroupSpec fields an update may name (snake_case as in the proto). */
export const GROUP_FIELDS = [
  'type',
  'description',
  'mode',
  'hosts',
  'location',
  'host_group',
  'systems',
  'timeout_sec',
  'notify_owners',
  'placement',
  'parallelism',
  'fence',
  'brake_max_down_share',
  'brake_window_sec',
  'epoch_file',
  'failback',
  'failback_after_sec',
] as const;

const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Changes the named fields of a group. */
export function updateGroup(state: ClusterState, input: GroupSpec, fields: string[]): NewEvent[] {
  const name = input.name ?? '';
  const g = state.requireGroup(name);
  const unknown = fields.filter((f) => !(GROUP_FIELDS as readonly string[]).includes(f));
  if (unknown.length)
    throw new ValidationError(
      unknown.map((f) => ({ field: 'fields', message: `unknown group field "${f.slice(0, 40)}"` })),
    );
  const merged: Record<string, unknown> = { ...g.spec };
  for (const f of fields) merged[camel(f)] = (input as Record<string, unknown>)[camel(f)];
  const spec = normalizeGroupSpec(merged as GroupSpec);
  const problems = groupSpecProblems(spec);
  assertValid(problems.length ? problems : groupMembershipProblems(state, spec));
  if (JSON.stringify(spec) === JSON.stringify(g.spec)) return [];
  return [ev(state, aggregateId('group', name), 'GroupUpdated', { spec })];
}

/** Deletes a group. */
export function deleteGroup(state: ClusterState, name: string): NewEvent[] {
  state.requireGroup(name);
  return [ev(state, aggregateId('group', name), 'GroupDeleted', { name })];
}

/** Sets a setting; `seal` encrypts the secret part (the SMTP password). No event when nothing changes. */
export function setSetting(
  state: ClusterState,
  key: string,
  value: string,
  seal: (plain: string) => string,
): NewEvent[] {
  const def = settingDef(key);
  if (!def)
    throw new ValidationError([
      {
        field: 'key',
        message: `unknown setting "${key.slice(0, 60)}"; known: ${SETTINGS.map((s) => s.key).join(', ')}`,
      },
    ]);
  const problem = value.length > 2048 ? 'at most 2048 characters' : def.check(value);
  if (problem) throw new ValidationError([{ field: 'value', message: `${key} ${problem}` }]);
  const { shown, secret } = splitSecret(key, value);
  const current = state.setting(key);
  if (current && current.value === shown && !secret && !current.sealed) return [];
  return [ev(state, 'settings', 'SettingChanged', { key, value: shown, sealed: secret ? seal(secret) : '' })];
}

/** Creates or updates an owner account. */
export function saveOwner(
  state: ClusterState,
  owner: { name?: string; email?: string; description?: string },
  create: boolean,
): NewEvent[] {
  const problems: Problem[] = [];
  checkName('name', owner.name, problems);
  checkEmail('email', owner.email ?? '', problems);
  assertValid(problems);
  const name = owner.name as string;
  const existing = state.owners.get(name);
  if (create && existing) throw new AlreadyExistsError('owner', name);
  if (!create && !existing) throw new NotFoundError('owner', name);
  const body = { name, email: owner.email ?? '', description: owner.description ?? '' };
  if (existing && existing.email === body.email && existing.description === body.description) return [];
  return [ev(state, aggregateId('owner', name), create ? 'OwnerCreated' : 'OwnerUpdated', body)];
}

/** Deletes an owner that owns no system. */
export function deleteOwner(state: ClusterState, name: string): NewEvent[] {
  if (!state.owners.has(name)) throw new NotFoundError('owner', name);
  const owned = [...state.systems.values()].filter((s) => s.owner === name).map((s) => s.name);
  if (owned.length)
    throw new PreconditionError(
      `owner "${name}" still owns ${owned.slice(0, 5).join(', ')}${owned.length > 5 ? ', …' : ''}`,
    );
  return [ev(state, aggregateId('owner', name), 'OwnerDeleted', { name })];
}

/** Records a new token (its hash only). */
export function createToken(
  state: ClusterState,
  name: string,
  role: string,
  owner: string,
  tokenHash: string,
): NewEvent[] {
  const problems: Problem[] = [];
  checkName('name', name, problems);
  if (!(TOKEN_ROLES as readonly string[]).includes(role))
    problems.push({ field: 'role', message: `must be one of ${TOKEN_ROLES.join(', ')} (got "${role.slice(0, 20)}")` });
  if (owner && !state.owners.has(owner)) problems.push({ field: 'owner', message: `owner "${owner}" does not exist` });
  assertValid(problems);
  if (state.tokens.has(name)) throw new AlreadyExistsError('token', name);
  return [ev(state, aggregateId('token', name), 'TokenCreated', { name, role, owner, tokenHash })];
}

/** Revokes a token. */
export function revokeToken(state: ClusterState, name: string): NewEvent[] {
  if (!state.tokens.has(name)) throw new NotFoundError('token', name);
  return [ev(state, aggregateId('token', name), 'TokenRevoked', { name })];
}

/** A placement rule as given by an operator. */
export interface RuleInput {
  name?: string;
  kind?: string;
  systems?: readonly string[];
  hosts?: readonly string[];
}

/**
 * Adds a placement rule. Systems and hosts are names (they need not exist yet: a rule may be written before its
 * systems are discovered); keep-apart and keep-together bind at least two systems, prefer-hosts and only-hosts at
 * least one system and one host.
 */
export function addRule(state: ClusterState, input: RuleInput): NewEvent[] {
  const problems: Problem[] = [];
  checkName('name', input.name, problems);
  const kind = input.kind ?? '';
  if (!(RULE_KINDS as readonly string[]).includes(kind))
    problems.push({ field: 'kind', message: `must be one of ${RULE_KINDS.join(', ')} (got "${kind.slice(0, 40)}")` });
  const systems = [...new Set(input.systems ?? [])];
  const hosts = [...new Set(input.hosts ?? [])];
  systems.forEach((s, i) => {
    checkName(`systems[${i}]`, s, problems);
  });
  hosts.forEach((h, i) => {
    checkName(`hosts[${i}]`, h, problems);
  });
  if (systems.length > MAX_LIST_LENGTH || hosts.length > MAX_LIST_LENGTH)
    problems.push({ field: 'systems', message: `at most ${MAX_LIST_LENGTH} entries` });
  const byHost = kind === 'prefer-hosts' || kind === 'only-hosts';
  if (byHost && systems.length < 1)
    problems.push({ field: 'systems', message: `a ${kind} rule needs at least one system` });
  if (byHost && hosts.length < 1) problems.push({ field: 'hosts', message: `a ${kind} rule needs at least one host` });
  if (!byHost && systems.length < 2)
    problems.push({ field: 'systems', message: `a ${kind || 'keep-apart'} rule needs at least two distinct systems` });
  if (!byHost && hosts.length > 0) problems.push({ field: 'hosts', message: `a ${kind} rule names systems only` });
  assertValid(problems);
  if (state.rules.has(input.name!)) throw new AlreadyExistsError('rule', input.name!);
  return [
    ev(state, aggregateId('rule', input.name!), 'PlacementRuleAdded', {
      rule: { name: input.name, kind, systems, hosts },
    }),
  ];
}

/** Removes a placement rule. */
export function removeRule(state: ClusterState, name: string): NewEvent[] {
  if (!state.rules.has(name)) throw new NotFoundError('rule', name);
  return [ev(state, aggregateId('rule', name), 'PlacementRuleRemoved', { name })];
}
