// Argument -> request mapping of the CLI commands (pure functions, no server).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { registerHostRequest, updateHostRequest, listHostsRequest } from '../src/commands/hosts.js';
import {
  automaticNotes,
  createGroupRequest,
  fenceWarnings,
  groupOptionsOf,
  updateGroupRequest,
} from '../src/commands/groups.js';
import { ruleRequest } from '../src/commands/rules.js';
import type { FailoverJson, GroupJson, HostJson } from '../src/views.js';
import { listSystemsRequest, moveSystemRequest, updateSystemRequest } from '../src/commands/systems.js';
import { forceFailoverRequest } from '../src/commands/failover.js';
import { readEventsRequest, watchEventsRequest } from '../src/commands/events.js';
import { mergeOwner } from '../src/commands/owners.js';
import { stopAt } from '../src/commands/audit.js';
import { UsageError } from '../src/errors.js';

test('hosts add: spec fields, repeatable tags, key file resolved against INIT_CWD', () => {
  const r = registerHostRequest(
    'h1',
    { address: '10.0.0.1', port: 22, user: 'root', type: 'kvm', tag: ['a', 'b'], keyFile: 'keys/id' },
    { INIT_CWD: '/home/op' },
    '/repo',
  );
  assert.equal(r.spec?.name, 'h1');
  assert.equal(r.spec?.tags, ['a', 'b']);
  assert.equal(r.spec?.type, 'kvm');
  assert.is(r.keyFile, '/home/op/keys/id');
  assert.is(r.check, false);
  const r2 = registerHostRequest('h2', { address: 'a', port: 1, user: 'u', type: 'xen', keyFile: 'k' }, {}, '/repo');
  assert.is(r2.keyFile, '/repo/k');
  const r3 = registerHostRequest(
    'h3',
    { address: 'a', port: 1, user: 'u', type: 'xen', keyFile: '/abs/k', check: true },
    { INIT_CWD: '/x' },
  );
  assert.is(r3.keyFile, '/abs/k');
  assert.is(r3.check, true);
});

test('hosts update: only given fields; tags replace the list', () => {
  assert.equal(updateHostRequest('h1', {}), { name: 'h1' });
  const r = updateHostRequest('h1', { fenceCommand: 'off', powerStatusCommand: 'st', tag: ['x'], port: 2200 });
  assert.equal(r, {
    name: 'h1',
    port: 2200,
    fenceCommand: 'off',
    powerStatusCommand: 'st',
    tags: ['x'],
    setTags: true,
  });
  assert.equal(updateHostRequest('h1', { clearTags: true }), { name: 'h1', tags: [], setTags: true });
  assert.equal(listHostsRequest({ state: 'up' }), {
    tag: '',
    type: 'VIRTUALIZATION_TYPE_UNSPECIFIED',
    state: 'HOST_STATE_UP',
  });
  assert.equal(listHostsRequest({ state: 'probe-error', type: 'openvz' }).state, 'HOST_STATE_PROBE_ERROR');
});

test('groups create: GroupSpec field names', () => {
  const spec = createGroupRequest('g1', {
    type: 'kvm',
    mode: 'manual',
    hosts: ['h1', 'h2'],
    downTimeout: 60,
    brakeShare: 0.3,
    brakeWindow: 120,
    notifyOwners: true,
    hostGroup: 'hg',
  });
  assert.equal(spec, {
    name: 'g1',
    type: 'kvm',
    mode: 'manual',
    hosts: ['h1', 'h2'],
    timeoutSec: 60,
    brakeMaxDownShare: 0.3,
    brakeWindowSec: 120,
    notifyOwners: true,
    hostGroup: 'hg',
  });
});

test('groups update: the update mask holds the snake_case names of the options given', () => {
  assert.equal(updateGroupRequest('g1', { mode: 'manual' }), {
    group: { name: 'g1', mode: 'manual' },
    updateMask: { paths: ['mode'] },
  });
  const r = updateGroupRequest('g1', { downTimeout: 0, notifyOwners: false, hostGroup: 'x', brakeShare: 0.5 });
  assert.equal(r.updateMask?.paths?.sort(), ['brake_max_down_share', 'host_group', 'notify_owners', 'timeout_sec']);
  assert.is(r.group?.timeoutSec, 0);
  assert.throws(
    () => updateGroupRequest('g1', {}),
    (e: unknown) => e instanceof UsageError,
  );
  assert.equal(updateGroupRequest('g1', { failback: true, failbackAfter: 120 }), {
    group: { name: 'g1', failback: true, failbackAfterSec: 120 },
    updateMask: { paths: ['failback', 'failback_after_sec'] },
  });
});

test('groups: --timeout is read as --down-timeout with a warning, and refused beside it', () => {
  assert.equal(groupOptionsOf({ downTimeout: 30, mode: 'manual' }), { options: { downTimeout: 30, mode: 'manual' } });
  const old = groupOptionsOf({ timeout: 45 });
  assert.equal(old.options, { downTimeout: 45 });
  assert.match(old.warning ?? '', "'--timeout' of groups create/update is deprecated, use '--down-timeout'");
  assert.throws(
    () => groupOptionsOf({ timeout: 45, downTimeout: 30 }),
    (e: unknown) => e instanceof UsageError && /--down-timeout alone/.test(e.message),
  );
});

test('systems move: --to required, --live and --cold exclude each other, mode unspecified when neither', () => {
  assert.equal(moveSystemRequest('web1', { to: 'h2' }), { system: 'web1', to: 'h2', mode: 'MOVE_MODE_UNSPECIFIED' });
  assert.equal(moveSystemRequest('web1', { to: 'h2', live: true }).mode, 'MOVE_MODE_LIVE');
  assert.equal(moveSystemRequest('web1', { to: 'h2', cold: true }).mode, 'MOVE_MODE_COLD');
  assert.throws(
    () => moveSystemRequest('web1', { to: 'h2', live: true, cold: true }),
    (e: unknown) => e instanceof UsageError,
  );
  assert.throws(
    () => moveSystemRequest('web1', {}),
    (e: unknown) => e instanceof UsageError,
  );
});

test('rules add: exactly one kind; --prefer-hosts and --only-hosts need --systems', () => {
  assert.equal(ruleRequest('r', { keepApart: ['a', 'b'] }), {
    name: 'r',
    kind: 'keep-apart',
    systems: ['a', 'b'],
    hosts: [],
  });
  assert.equal(ruleRequest('r', { systems: ['a'], onlyHosts: ['h1'] }), {
    name: 'r',
    kind: 'only-hosts',
    systems: ['a'],
    hosts: ['h1'],
  });
  assert.equal(ruleRequest('r', { systems: ['a'], preferHosts: ['h1'] }).kind, 'prefer-hosts');
  assert.throws(
    () => ruleRequest('r', { keepApart: ['a', 'b'], keepTogether: ['a', 'b'] }),
    (e: unknown) => e instanceof UsageError,
  );
  assert.throws(
    () => ruleRequest('r', { onlyHosts: ['h1'] }),
    (e: unknown) => e instanceof UsageError,
  );
  assert.throws(
    () => ruleRequest('r', {}),
    (e: unknown) => e instanceof UsageError,
  );
});

test('systems set / list', () => {
  assert.equal(updateSystemRequest('web1', { owner: 'alice' }), { name: 'web1', owner: 'alice' });
  assert.equal(updateSystemRequest('web1', { failover: false, priority: 5 }), {
    name: 'web1',
    priority: 5,
    failover: false,
  });
  assert.throws(
    () => updateSystemRequest('web1', {}),
    (e: unknown) => e instanceof UsageError,
  );
  assert.equal(listSystemsRequest({ host: 'h1' }), {
    host: 'h1',
    group: '',
    owner: '',
    state: 'SYSTEM_STATE_UNSPECIFIED',
  });
});

test('failover-system: start left unset unless given', () => {
  assert.equal(forceFailoverRequest('web1', {}), { system: 'web1', targetHost: '', sourceIsDead: false });
  assert.equal(forceFailoverRequest('web1', { target: 'h2', start: false }), {
    system: 'web1',
    targetHost: 'h2',
    sourceIsDead: false,
    start: false,
  });
  assert.equal(forceFailoverRequest('web1', { start: true, sourceIsDead: true }).start, true);
});

test('events read / watch requests', () => {
  assert.equal(readEventsRequest({}), { fromSeq: 1, limit: 1000, aggregate: '', types: [] });
  assert.equal(readEventsRequest({ from: 5, limit: 10, aggregate: 'host/h1', type: ['A', 'B'] }), {
    fromSeq: 5,
    limit: 10,
    aggregate: 'host/h1',
    types: ['A', 'B'],
  });
  assert.equal(watchEventsRequest({}), { fromSeq: 0, aggregate: '', types: [] });
});

test('owners update merges with the current owner', () => {
  const cur = { name: 'alice', email: 'a@x', description: 'old', systems: 2 };
  assert.equal(mergeOwner(cur, { description: 'new' }), { name: 'alice', email: 'a@x', description: 'new' });
  assert.throws(
    () => mergeOwner(cur, {}),
    (e: unknown) => e instanceof UsageError,
  );
});

test('audit state-at needs exactly one of --seq / --time', () => {
  assert.equal(stopAt({ seq: 3 }), { seq: 3 });
  assert.equal(stopAt({ time: '2024-01-01T00:00:00.000Z' }), { time: '2024-01-01T00:00:00.000Z' });
  assert.throws(
    () => stopAt({}),
    (e: unknown) => e instanceof UsageError,
  );
  assert.throws(
    () => stopAt({ seq: 1, time: 'x' }),
    (e: unknown) => e instanceof UsageError,
  );
});

test('a group that fences by command warns of members with no fence command, naming what to run', () => {
  const host = (name: string, fenceCommand: string, fenceMethod = 'command') =>
    ({ name, fenceMethod, fenceCommand }) as HostJson;
  const group = { name: 'g1', fence: 'command', members: ['h1', 'h2', 'h3'] } as GroupJson;
  const hosts = [host('h1', 'ipmitool power off'), host('h2', ''), host('h3', '', 'none-unsafe'), host('h4', '')];
  const lines = fenceWarnings(group, hosts);
  assert.is(lines.length, 1);
  assert.match(
    lines[0]!,
    /^warning: host h2 has no fence command: a failover off it waits for 'ferry confirm-down h2'/,
  );
  assert.match(lines[0]!, /'ferry hosts update h2 --fence-command CMD'/);
  assert.equal(fenceWarnings({ ...group, fence: 'none-unsafe' }, hosts), []);
});

test('switching a group to automatic says which failovers it started and which are pending', () => {
  const group = { name: 'g1', members: ['h1', 'h2', 'h3'] } as GroupJson;
  const f = (from: string, outcome: string, at: string, extra: Partial<FailoverJson> = {}) =>
    ({ id: outcome === 'pending' ? '' : `f-${from}`, from, outcome, at, ...extra }) as FailoverJson;
  const since = Date.parse('2026-12-04T10:00:00Z');
  const notes = automaticNotes(
    group,
    [
      f('h1', 'in-progress', '2026-12-04T10:00:00.300Z'),
      f('h1', 'in-progress', '2026-12-04T10:00:00.300Z'),
      f('h2', 'pending', '2026-12-04T09:59:50Z', { failoverAt: '2026-12-04T10:00:50Z' }),
      f('h3', 'succeeded', '2026-12-01T00:00:00Z'),
      f('h9', 'pending', '2026-12-04T09:59:00Z', { failoverAt: '2026-12-04T10:00:00Z' }),
    ],
    since,
  );
  assert.equal(notes, [
    "failover of h1 started (it was down longer than the group's timeout); see 'ferry failovers list'",
    'failover of h2 (down since 2026-12-04T09:59:50Z) starts at 2026-12-04T10:00:50Z unless it comes back',
  ]);
});

test.run();
