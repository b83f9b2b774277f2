// Unit tests of placement rules and planned operations in the pure planner: keep-apart, keep-together, only-hosts
// (hard, refusals naming the rule), prefer-hosts (soft), the spread policy, maintenance, and the drain and move plans.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { planDrain, planFailover, planForced, planMove } from '../src/index.js';
import type { GroupView, HostView, RuleView, SystemView } from '../src/index.js';

const host = (name: string, free: number, extra: Partial<HostView> = {}): HostView => ({
  name,
  type: 'kvm',
  state: 'up',
  memTotalMiB: 16384,
  memFreeMiB: free,
  fence: { method: 'command' },
  ...extra,
});
const sys = (name: string, on: string, mem = 1024, extra: Partial<SystemView> = {}): SystemView => ({
  name,
  host: on,
  state: 'running',
  memoryMiB: mem,
  priority: 0,
  failover: true,
  definitionCaptured: true,
  ...extra,
});
const group = (extra: Partial<GroupView> = {}): GroupView => ({
  name: 'g1',
  type: 'kvm',
  mode: 'automatic',
  members: ['h1', 'h2', 'h3'],
  systems: 'all',
  timeoutSec: 60,
  notifyOwners: false,
  placement: 'most-free-ram',
  parallelism: 1,
  brake: { maxDownShare: 1, windowSec: 300 },
  ...extra,
});
const rule = (name: string, kind: RuleView['kind'], systems: string[], hosts: string[] = []): RuleView => ({
  name,
  kind,
  systems,
  hosts,
});

test('keep-apart: a failover skips the host holding the other system, although it has the most free RAM', () => {
  const hosts = [host('h1', 0, { state: 'down' }), host('h2', 8192), host('h3', 4096)];
  const systems = [sys('a', 'h1'), sys('b', 'h2')];
  const without = planFailover({ host: 'h1', group: group(), hosts, systems });
  assert.equal(
    without.moves.map((m) => m.to),
    ['h2'],
  );
  const plan = planFailover({
    host: 'h1',
    group: group(),
    hosts,
    systems,
    rules: [rule('apart1', 'keep-apart', ['a', 'b'])],
  });
  assert.equal(
    plan.moves.map((m) => m.to),
    ['h3'],
  );
});

test('keep-apart that cannot be met refuses with the rule named; two systems of one host are kept apart from each other', () => {
  const hosts = [host('h1', 0, { state: 'down' }), host('h2', 8192)];
  const systems = [sys('a', 'h1'), sys('b', 'h1')];
  const plan = planFailover({
    host: 'h1',
    group: group({ members: ['h1', 'h2'] }),
    hosts,
    systems,
    rules: [rule('apart1', 'keep-apart', ['a', 'b'])],
  });
  assert.equal(
    plan.moves.map((m) => `${m.system}>${m.to}`),
    ['a>h2'],
  );
  assert.equal(plan.refusals, [
    {
      system: 'b',
      code: 'rule-keep-apart',
      reason: 'rule apart1 (keep-apart a,b): every candidate holds another of its systems (a is on h2)',
    },
  ]);
});

test('keep-together: the second system follows the first; a partner elsewhere pins the target', () => {
  const hosts = [host('h1', 0, { state: 'down' }), host('h2', 8192), host('h3', 4096)];
  const together = [rule('pair', 'keep-together', ['a', 'b'])];
  const plan = planFailover({
    host: 'h1',
    group: group({ placement: 'spread' }),
    hosts,
    systems: [sys('a', 'h1', 2048), sys('b', 'h1', 512)],
    rules: together,
  });
  assert.equal(
    plan.moves.map((m) => `${m.system}>${m.to}`),
    ['a>h2', 'b>h2'],
  );
  const pinned = planFailover({
    host: 'h1',
    group: group(),
    hosts,
    systems: [sys('a', 'h1'), sys('b', 'h3')],
    rules: together,
  });
  assert.equal(
    pinned.moves.map((m) => `${m.system}>${m.to}`),
    ['a>h3'],
  );
  const down = [host('h1', 0, { state: 'down' }), host('h2', 8192), host('h3', 4096, { state: 'down' })];
  const refused = planFailover({
    host: 'h1',
    group: group(),
    hosts: down,
    systems: [sys('a', 'h1'), sys('b', 'h3')],
    rules: together,
  });
  assert.equal(
    refused.refusals.map((r) => r.code),
    ['rule-keep-together'],
  );
  assert.match(refused.refusals[0]!.reason, /^rule pair \(keep-together a,b\): its other systems are on h3/);
});

test('only-hosts is hard (refused, naming the rule, when none of its hosts can take it); prefer-hosts is soft', () => {
  const hosts = [host('h1', 0, { state: 'down' }), host('h2', 8192), host('h3', 4096)];
  const systems = [sys('a', 'h1')];
  const only = planFailover({
    host: 'h1',
    group: group(),
    hosts,
    systems,
    rules: [rule('lic', 'only-hosts', ['a'], ['h3'])],
  });
  assert.equal(
    only.moves.map((m) => m.to),
    ['h3'],
  );
  const none = planFailover({
    host: 'h1',
    group: group(),
    hosts,
    systems,
    rules: [rule('lic', 'only-hosts', ['a'], ['h1'])],
  });
  assert.equal(none.refusals, [
    {
      system: 'a',
      code: 'rule-only-hosts',
      reason:
        'rule lic (only-hosts a on h1): none of h1 is an up member of group g1 outside maintenance (other than h1)',
    },
  ]);
  const prefer = planFailover({
    host: 'h1',
    group: group(),
    hosts,
    systems,
    rules: [rule('p', 'prefer-hosts', ['a'], ['h3'])],
  });
  assert.equal(
    prefer.moves.map((m) => m.to),
    ['h3'],
  );
  const full = [host('h1', 0, { state: 'down' }), host('h2', 8192), host('h3', 512)];
  const soft = planFailover({
    host: 'h1',
    group: group(),
    hosts: full,
    systems,
    rules: [rule('p', 'prefer-hosts', ['a'], ['h3'])],
  });
  assert.equal(
    soft.moves.map((m) => m.to),
    ['h2'],
  );
});

test('spread balances the share of RAM in use, where most-free-ram looks at free MiB only', () => {
  // h2: 32 GiB, 12 GiB free (62% used); h3: 8 GiB, 6 GiB free (25% used).
  const hosts = [
    host('h1', 0, { state: 'down' }),
    host('h2', 12288, { memTotalMiB: 32768 }),
    host('h3', 6144, { memTotalMiB: 8192 }),
  ];
  const systems = [sys('a', 'h1', 1024)];
  assert.equal(
    planFailover({ host: 'h1', group: group(), hosts, systems }).moves.map((m) => m.to),
    ['h2'],
  );
  assert.equal(
    planFailover({ host: 'h1', group: group({ placement: 'spread' }), hosts, systems }).moves.map((m) => m.to),
    ['h3'],
  );
});

test('a host in maintenance receives nothing from a failover or a forced failover', () => {
  const hosts = [host('h1', 0, { state: 'down' }), host('h2', 8192, { maintenance: true }), host('h3', 4096)];
  const systems = [sys('a', 'h1')];
  assert.equal(
    planFailover({ host: 'h1', group: group(), hosts, systems }).moves.map((m) => m.to),
    ['h3'],
  );
  const forced = planForced({ system: 'a', target: 'h2', hosts, systems, groups: [group()] });
  assert.equal(forced.ok ? '' : forced.code, 'target-in-maintenance');
});

test('drain: every system of an up host (running first, stopped ones only defined), with refusals; a down host is refused', () => {
  const hosts = [host('h1', 0), host('h2', 2048), host('h3', 1024)];
  const systems = [
    sys('s', 'h1', 4096, { state: 'stopped', failover: false }),
    sys('a', 'h1', 2048),
    sys('b', 'h1', 1024),
    sys('big', 'h1', 8192),
  ];
  const d = planDrain({ host: 'h1', hosts, systems, groups: [group()] });
  assert.ok(d.ok);
  if (!d.ok) return;
  assert.equal(
    d.moves.map((m) => `${m.system}>${m.to}:${m.start ? 'start' : 'define'}`),
    ['a>h2', 'b>h3', 's>h2'].map((x, i) => `${x}:${i < 2 ? 'start' : 'define'}`),
  );
  assert.equal(
    d.refusals.map((r) => `${r.system}:${r.code}`),
    ['big:insufficient-ram'],
  );
  const busy = planDrain({ host: 'h1', hosts, systems, groups: [group()], busy: new Set(['a']) });
  assert.equal(busy.ok && busy.moves.map((m) => m.system), ['b', 's']);
  const down = planDrain({
    host: 'h1',
    hosts: [host('h1', 0, { state: 'down' }), host('h2', 1)],
    systems,
    groups: [group()],
  });
  assert.equal(down.ok ? '' : down.code, 'source-not-up');
});

test('move: between live members only, refusing a dead source, a target in maintenance, another group, no room, a rule', () => {
  const hosts = [host('h1', 0), host('h2', 2048), host('h3', 512, { maintenance: true }), host('x1', 8192)];
  const systems = [sys('a', 'h1', 1024), sys('b', 'h2')];
  const groups = [group(), group({ name: 'g2', members: ['x1'] })];
  const code = (r: ReturnType<typeof planMove>): string => (r.ok ? `ok>${r.move.to}` : r.code);
  assert.equal(code(planMove({ hosts, systems, groups, system: 'a', target: 'h2' })), 'ok>h2');
  assert.equal(code(planMove({ hosts, systems, groups, system: 'a', target: 'h3' })), 'target-in-maintenance');
  assert.equal(code(planMove({ hosts, systems, groups, system: 'a', target: 'x1' })), 'not-member');
  assert.equal(code(planMove({ hosts, systems, groups, system: 'a', target: 'h1' })), 'same-host');
  assert.equal(code(planMove({ hosts, systems, groups, system: 'nope', target: 'h2' })), 'unknown-system');
  assert.equal(
    code(planMove({ hosts, systems: [sys('a', 'h1', 4096)], groups, system: 'a', target: 'h2' })),
    'insufficient-ram',
  );
  assert.equal(
    code(planMove({ hosts, systems, groups, system: 'a', target: 'h2', rules: [rule('r', 'keep-apart', ['a', 'b'])] })),
    'rule-keep-apart',
  );
  const dead = hosts.map((h) => (h.name === 'h1' ? { ...h, state: 'down' as const } : h));
  assert.equal(code(planMove({ hosts: dead, systems, groups, system: 'a', target: 'h2' })), 'source-not-up');
});

test.run();
