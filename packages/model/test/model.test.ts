// Unit tests of the pure model: deciders validate and produce events, reducers fold them into entities, and the
// projection stages rows that match a fresh replay.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  ClusterState,
  commands,
  createProjection,
  reduce,
  ValidationError,
  AlreadyExistsError,
  NotFoundError,
  PreconditionError,
  splitSecret,
  joinSecret,
  type CommittedEvent,
  type NewEvent,
} from '../src/index.js';

let seq = 0;
/** Commits decided events into a projection, like the log would (versions counted per aggregate). */
function commit(p: ReturnType<typeof createProjection>, events: NewEvent[]): CommittedEvent[] {
  const committed = events.map((e) => ({
    seq: ++seq,
    epoch: 1,
    time: new Date(1_700_000_000_000 + seq * 1000).toISOString(),
    aggregate: e.aggregate,
    version: p.state.versionOf(e.aggregate) + 1,
    type: e.type,
    body: e.body,
  }));
  p.stage(committed).commit();
  return committed;
}

const host = (name: string, type = 'kvm') => ({
  name,
  address: `${name}.example.test`,
  port: 22,
  user: 'root',
  type,
  tags: ['rack1'],
});

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof ValidationError) return err.problems.map((p) => p.field);
    throw err;
  }
  assert.unreachable('expected a ValidationError');
  return [];
}

test('registerHost validates every field and names each', () => {
  const s = new ClusterState();
  const fields = problemsOf(() =>
    commands.registerHost(s, { name: 'bad name', address: '', port: 70000, user: '', type: 'hyperv' }),
  );
  assert.equal(fields.sort(), ['address', 'name', 'port', 'type', 'user']);
});

test('registerHost then duplicate is ALREADY_EXISTS; remove is refused while a group lists the host', () => {
  const p = createProjection();
  commit(p, commands.registerHost(p.state, host('h1')));
  commit(p, commands.registerHost(p.state, host('h2')));
  assert.throws(
    () => commands.registerHost(p.state, host('h1')),
    (e: unknown) => e instanceof AlreadyExistsError,
  );
  commit(
    p,
    commands.createGroup(p.state, { name: 'g1', type: 'kvm', mode: 'manual', hosts: ['h1', 'h2'], timeoutSec: 30 }),
  );
  assert.throws(
    () => commands.removeHost(p.state, 'h1'),
    (e: unknown) => e instanceof PreconditionError,
  );
  assert.throws(
    () => commands.removeHost(p.state, 'nope'),
    (e: unknown) => e instanceof NotFoundError,
  );
});

test('a second host at the address and port of a registered one is refused, naming it', () => {
  const p = createProjection();
  commit(p, commands.registerHost(p.state, host('h1')));
  const again = { ...host('h1-again'), address: 'H1.example.test' };
  assert.throws(
    () => commands.registerHost(p.state, again),
    (e: unknown) =>
      e instanceof ValidationError &&
      e.problems.some(
        (x) => x.field === 'address' && /host "h1" is already registered at H1\.example\.test:22/.test(x.message),
      ),
  );
  commit(p, commands.registerHost(p.state, { ...again, port: 2222 }));
  assert.equal(
    problemsOf(() => commands.updateHost(p.state, 'h1-again', { port: 22 })),
    ['address'],
  );
  assert.equal(commands.updateHost(p.state, 'h1', { user: 'ferry' }).length, 1, 'a host may keep its own address');
});

test('a host knows since when it is in its state, and since when it is down while it is down or fenced', () => {
  const p = createProjection();
  const [reg] = commit(p, commands.registerHost(p.state, host('h1')));
  assert.is(p.state.hosts.get('h1')!.stateSince, reg!.time);
  const change = (to: string) =>
    commit(p, [{ aggregate: 'host/h1', type: 'HostStateChanged', body: { from: '', to, reason: '' } }])[0]!.time;
  change('up');
  change('unreachable');
  const down = change('down');
  assert.is(p.state.hosts.get('h1')!.downSince, down);
  const fenced = change('fenced');
  assert.equal(
    [p.state.hosts.get('h1')!.stateSince, p.state.hosts.get('h1')!.downSince],
    [fenced, down],
    'the fence keeps the time it went down',
  );
  const up = change('up');
  assert.equal([p.state.hosts.get('h1')!.stateSince, p.state.hosts.get('h1')!.downSince], [up, '']);
});

test('groups need two members of their type and a host may be in one group per type', () => {
  const p = createProjection();
  for (const h of ['a', 'b', 'c']) commit(p, commands.registerHost(p.state, host(h)));
  commit(p, commands.registerHost(p.state, host('x', 'xen')));
  assert.equal(
    problemsOf(() => commands.createGroup(p.state, { name: 'g', type: 'kvm', hosts: ['a'] })),
    ['hosts'],
  );
  assert.equal(
    problemsOf(() => commands.createGroup(p.state, { name: 'g', type: 'kvm', hosts: ['a', 'x'] })),
    ['hosts[1]'],
  );
  commit(p, commands.createGroup(p.state, { name: 'g1', type: 'kvm', hosts: ['a', 'b'] }));
  assert.equal(
    problemsOf(() => commands.createGroup(p.state, { name: 'g2', type: 'kvm', hosts: ['b', 'c'] })),
    ['hosts'],
  );
  // Members by location tag: every kvm host tagged rack1.
  commit(p, commands.deleteGroup(p.state, 'g1'));
  commit(p, commands.createGroup(p.state, { name: 'g3', type: 'kvm', location: 'rack1' }));
  assert.equal(p.state.groupMembers(p.state.groups.get('g3')!), ['a', 'b', 'c']);
  const g = p.state.groups.get('g3')!;
  assert.is(g.spec.timeoutSec, 60);
  assert.is(g.spec.placement, 'most-free-ram');
});

test('updateGroup changes only the named fields and refuses unknown ones', () => {
  const p = createProjection();
  for (const h of ['a', 'b']) commit(p, commands.registerHost(p.state, host(h)));
  commit(
    p,
    commands.createGroup(p.state, { name: 'g', type: 'kvm', mode: 'automatic', hosts: ['a', 'b'], timeoutSec: 0 }),
  );
  commit(p, commands.updateGroup(p.state, { name: 'g', mode: 'manual', timeoutSec: 99 }, ['mode']));
  const g = p.state.groups.get('g')!;
  assert.is(g.spec.mode, 'manual');
  assert.is(g.spec.timeoutSec, 0);
  assert.equal(
    problemsOf(() => commands.updateGroup(p.state, { name: 'g' }, ['colour'])),
    ['fields'],
  );
  assert.equal(commands.updateGroup(p.state, { name: 'g', mode: 'manual' }, ['mode']), [], 'no change, no event');
  commit(
    p,
    commands.updateGroup(p.state, { name: 'g', epochFile: '/var/lib/libvirt/images/.ferry-epoch' }, ['epoch_file']),
  );
  assert.is(p.state.groups.get('g')!.spec.epochFile, '/var/lib/libvirt/images/.ferry-epoch');
  for (const bad of ['relative/path', '/a/../etc/passwd', "/x'; reboot", '/x y', '/'.repeat(1025)]) {
    assert.equal(
      problemsOf(() => commands.updateGroup(p.state, { name: 'g', epochFile: bad }, ['epoch_file'])),
      ['epoch_file'],
      bad.slice(0, 30),
    );
  }
  commit(p, commands.updateGroup(p.state, { name: 'g', epochFile: '' }, ['epoch_file']));
  assert.is(p.state.groups.get('g')!.spec.epochFile, '', 'an empty path turns the guard off');
});

test('settings: unknown keys and bad values refused; the SMTP password is sealed and shown as ***', () => {
  const p = createProjection();
  assert.equal(
    problemsOf(() => commands.setSetting(p.state, 'colour', 'red', (x) => x)),
    ['key'],
  );
  assert.equal(
    problemsOf(() => commands.setSetting(p.state, 'probe-interval', '0', (x) => x)),
    ['value'],
  );
  const events = commands.setSetting(
    p.state,
    'smtp-url',
    'smtp://mailer:Sup3r@127.0.0.1:2525',
    (x) => `sealed(${x.length})`,
  );
  assert.is(JSON.stringify(events).includes('Sup3r'), false);
  commit(p, events);
  assert.equal(p.state.setting('smtp-url'), { value: 'smtp://mailer:***@127.0.0.1:2525', sealed: 'sealed(5)' });
  assert.is(joinSecret('smtp-url', 'smtp://mailer:***@127.0.0.1:2525', 'p@ss'), 'smtp://mailer:p%40ss@127.0.0.1:2525');
  assert.equal(splitSecret('smtp-url', 'smtp://127.0.0.1:25'), { shown: 'smtp://127.0.0.1:25', secret: '' });
  commit(
    p,
    commands.setSetting(p.state, 'probe-interval', '2', (x) => x),
  );
  assert.equal(
    commands.setSetting(p.state, 'probe-interval', '2', (x) => x),
    [],
    'unchanged value appends nothing',
  );
});

test('systems: discovered, changed, moved by failover, vanished; owners must exist', () => {
  const p = createProjection();
  commit(p, [
    {
      aggregate: 'system/web1',
      type: 'SystemDiscovered',
      body: { host: 'h1', state: 'running', memoryMib: 1024, definitionHash: 'ab' },
    },
  ]);
  assert.throws(
    () => commands.updateSystem(p.state, 'web1', { owner: 'alice' }),
    (e: unknown) => e instanceof ValidationError,
  );
  commit(p, commands.saveOwner(p.state, { name: 'alice', email: 'alice@example.test' }, true));
  commit(p, commands.updateSystem(p.state, 'web1', { owner: 'alice', priority: 5 }));
  commit(p, [
    {
      aggregate: 'system/web1',
      type: 'SystemChanged',
      body: { host: 'h2', state: 'stopped', memoryMib: 1024, definitionHash: 'ab' },
    },
  ]);
  const s = p.state.systems.get('web1')!;
  assert.equal([s.host, s.state, s.owner, s.priority], ['h2', 'stopped', 'alice', 5]);
  assert.throws(
    () => commands.deleteOwner(p.state, 'alice'),
    (e: unknown) => e instanceof PreconditionError,
  );
  commit(p, [{ aggregate: 'system/web1', type: 'SystemVanished', body: { host: 'h2' } }]);
  assert.is(p.state.systems.get('web1')!.vanished, true);
  assert.equal(p.state.systemsOnHost('h2'), []);
});

test('systemsOnHost follows discoveries, moves and vanishing', () => {
  const p = createProjection();
  const on = (h: string) =>
    p.state
      .systemsOnHost(h)
      .map((s) => s.name)
      .sort();
  const body = (host: string) => ({ host, state: 'running', memoryMib: 512, definitionHash: 'ab' });
  commit(p, [
    { aggregate: 'system/a', type: 'SystemDiscovered', body: body('h1') },
    { aggregate: 'system/b', type: 'SystemDiscovered', body: body('h1') },
    { aggregate: 'system/c', type: 'SystemDiscovered', body: body('h2') },
  ]);
  assert.equal([on('h1'), on('h2'), on('h3')], [['a', 'b'], ['c'], []]);
  commit(p, [{ aggregate: 'system/a', type: 'SystemChanged', body: body('h2') }]);
  assert.equal([on('h1'), on('h2')], [['b'], ['a', 'c']]);
  commit(p, [{ aggregate: 'system/c', type: 'SystemVanished', body: { host: 'h2' } }]);
  commit(p, [{ aggregate: 'system/c', type: 'SystemDiscovered', body: body('h3') }]);
  assert.equal([on('h1'), on('h2'), on('h3')], [['b'], ['a'], ['c']]);
  p.state.clear();
  assert.equal([on('h1'), on('h2'), on('h3')], [[], [], []]);
});

test('failover events fold into one record per system, open moves failing when the failover ends', () => {
  const p = createProjection();
  commit(p, [
    {
      aggregate: 'failover/fo-1',
      type: 'FailoverStarted',
      body: { id: 'fo-1', host: 'h1', group: 'g', reason: 'automatic' },
    },
    {
      aggregate: 'failover/fo-1',
      type: 'FailoverPlanned',
      body: {
        id: 'fo-1',
        moves: [
          { system: 'a', from: 'h1', to: 'h2', start: true, memoryMiB: 512 },
          { system: 'b', from: 'h1', to: 'h3', start: false, memoryMiB: 256 },
        ],
        refusals: [
          { system: 'c', code: 'insufficient-ram', reason: 'needs 4096 MiB; best candidate h3 has 2048 MiB free' },
        ],
      },
    },
    {
      aggregate: 'failover/fo-1',
      type: 'SystemMoved',
      body: { id: 'fo-1', system: 'a', from: 'h1', to: 'h2', started: true },
    },
    { aggregate: 'failover/fo-1', type: 'FailoverCompleted', body: { id: 'fo-1', outcome: 'partial' } },
  ]);
  const f = p.state.failovers.get('fo-1')!;
  assert.equal(
    f.moves.map((m) => [m.system, m.outcome, m.to, m.started]),
    [
      ['a', 'succeeded', 'h2', true],
      ['b', 'failed', 'h3', false],
      ['c', 'failed', '', false],
    ],
  );
  assert.match(f.moves[2]!.reason, /needs 4096 MiB/);
  assert.is(f.outcome, 'partial');
});

test('staged rows equal a replay from scratch, and unknown event types are ignored', () => {
  const live = createProjection();
  const all: CommittedEvent[] = [];
  all.push(...commit(live, commands.registerHost(live.state, host('h1'))));
  all.push(
    ...commit(live, [
      { aggregate: 'host/h1', type: 'HostStateChanged', body: { from: 'unknown', to: 'up', reason: 'probe' } },
    ]),
  );
  all.push(...commit(live, [{ aggregate: 'host/h1', type: 'SomethingFromTheFuture', body: {} }]));
  all.push(...commit(live, commands.trustHostKey(live.state, 'h1', `SHA256:${'A'.repeat(43)}`)));
  const replayed = createProjection();
  const staged = replayed.stage(all);
  staged.commit();
  assert.equal(replayed.state.hosts.get('h1'), live.state.hosts.get('h1'));
  assert.equal([...staged.keys], ['host/h1']);
  assert.equal(JSON.parse(replayed.row('host/h1')!), replayed.state.hosts.get('h1'));
  assert.is(replayed.row('host/nope'), undefined);
  assert.is(live.state.hosts.get('h1')!.state, 'up');
  assert.is(reduce(undefined, { ...all[1]!, aggregate: 'nonsense/x' }), undefined);
});

test('tokens: role checked, hash stored, revoke', () => {
  const p = createProjection();
  assert.equal(
    problemsOf(() => commands.createToken(p.state, 't', 'root', '', 'h')),
    ['role'],
  );
  commit(p, commands.createToken(p.state, 't', 'viewer', '', 'abc'));
  assert.is(p.state.tokens.get('t')!.tokenHash, 'abc');
  commit(p, commands.revokeToken(p.state, 't'));
  assert.is(p.state.tokens.has('t'), false);
});

test.run();
