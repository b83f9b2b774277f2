// The reducers one event at a time, for the entities safety decisions read: a host's state and the operator's
// confirmation that it is down (cleared when it comes back), a system's home host and vanished flag, the cluster's
// replicas and promotions, and a failover's fence and move outcomes. (Written for mutants the command tests left
// alive, see docs/mutation.md.)
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  reduce,
  type ClusterEntity,
  type Entity,
  type FailoverEntity,
  type HostEntity,
  type SystemEntity,
} from '../src/index.js';

/** Folds `[type, body]` events into the entity of `aggregate`, with versions 1, 2, … and seconds as times. */
function fold<T extends Entity>(
  aggregate: string,
  events: [string, Record<string, unknown>][],
  from?: T,
): T | undefined {
  let entity: Entity | undefined = from;
  events.forEach(([type, body], i) => {
    entity = reduce(entity, {
      seq: i + 1,
      epoch: 2,
      time: `2026-01-01T00:00:0${i}.000Z`,
      aggregate,
      version: i + 1,
      type,
      body,
    });
  });
  return entity as T | undefined;
}

const spec = { name: 'h1', address: '10.0.0.1', port: 22, user: 'root', type: 'kvm' };

test('host: state and reason, the operator confirmation cleared by up, the key, removal', () => {
  const h = fold<HostEntity>('host/h1', [
    ['HostRegistered', { spec }],
    ['HostStateChanged', { to: 'down', reason: '3 failed probes' }],
    ['HostDownConfirmed', { by: 'alice' }],
    ['HostKeyTrusted', { fingerprint: 'SHA256:abc' }],
  ])!;
  assert.equal(
    [h.state, h.stateReason, h.confirmedDown, h.fingerprint, h.version],
    ['down', '3 failed probes', true, 'SHA256:abc', 4],
  );
  assert.is(h.spec.address, '10.0.0.1');
  const stillDown = fold<HostEntity>('host/h1', [['HostStateChanged', { to: 'unreachable' }]], h)!;
  assert.is(stillDown.confirmedDown, true, 'only up clears the confirmation');
  assert.is(stillDown.stateReason, '');
  const up = fold<HostEntity>('host/h1', [['HostStateChanged', { to: 'up' }]], h)!;
  assert.equal([up.state, up.confirmedDown], ['up', false]);
  const updated = fold<HostEntity>('host/h1', [['HostUpdated', { spec: { ...spec, address: '10.0.0.2' } }]], h)!;
  assert.equal([updated.spec.address, updated.state, updated.confirmedDown], ['10.0.0.2', 'down', true]);
  assert.is(fold('host/h1', [['HostRemoved', {}]], h), undefined);
  assert.is(
    fold('host/h9', [['HostStateChanged', { to: 'up' }]]),
    undefined,
    'no entity from an event on an unknown host',
  );
  assert.equal(
    fold<HostEntity>('host/h1', [['SomethingNewer', {}]], h),
    { ...h, version: 1 },
    'unknown events keep the entity',
  );
});

test('system: discovered, changed, captured, vanished and back; settings', () => {
  const s = fold<SystemEntity>('system/web1', [
    ['SystemDiscovered', { host: 'h1', state: 'running', memoryMib: 2048, definitionHash: 'd1' }],
    ['SystemDefinitionCaptured', { definition: '<domain/>', definitionHash: 'd1' }],
    ['SystemSettingsChanged', { owner: 'alice', priority: 5, failover: false }],
    ['SystemVanished', {}],
  ])!;
  assert.equal(
    [
      s.name,
      s.host,
      s.state,
      s.memoryMiB,
      s.definitionHash,
      s.definition,
      s.capturedHash,
      s.owner,
      s.priority,
      s.failover,
      s.vanished,
    ],
    ['web1', 'h1', 'running', 2048, 'd1', '<domain/>', 'd1', 'alice', 5, false, true],
  );
  const back = fold<SystemEntity>('system/web1', [['SystemChanged', { host: 'h2', state: 'stopped' }]], s)!;
  assert.equal(
    [back.host, back.state, back.vanished, back.memoryMiB, back.definition],
    ['h2', 'stopped', false, 0, '<domain/>'],
  );
  assert.is(
    fold<SystemEntity>('system/web1', [['SystemSettingsChanged', {}]], s)!.failover,
    true,
    'failover defaults to on',
  );
  assert.is(fold('system/x', [['SomethingNewer', {}]]), undefined);
});

test('cluster: replicas listed once per address, removed, and a promotion takes the promoted node off the list', () => {
  const c = fold<ClusterEntity>('cluster', [
    ['ReplicaAdded', { address: 'r1:1', nodeId: 'r1' }],
    ['ReplicaAdded', { address: 'r2:1', nodeId: 'r2' }],
    ['ReplicaAdded', { address: 'r1:1', nodeId: 'r1b' }],
    ['MasterPromoted', { epoch: 2, nodeId: 'r2', previousMaster: 'm:1', lastSeqFromPrevious: 40, address: 'r2:1' }],
  ])!;
  assert.equal(c.replicas, [{ address: 'r1:1', nodeId: 'r1b' }]);
  assert.equal(c.promotions, [
    {
      epoch: 2,
      nodeId: 'r2',
      previousMaster: 'm:1',
      lastSeqFromPrevious: 40,
      address: 'r2:1',
      time: '2026-01-01T00:00:03.000Z',
    },
  ]);
  assert.equal(fold<ClusterEntity>('cluster', [['ReplicaRemoved', { address: 'r1:1' }]], c)!.replicas, []);
});

test('failover: fence confirmation, move outcomes, and moves still open at the end counted failed', () => {
  const f = fold<FailoverEntity>('failover/fo-1', [
    ['FailoverStarted', { host: 'h1', group: 'g1', reason: 'automatic' }],
    [
      'FailoverPlanned',
      {
        moves: [
          { system: 'a', from: 'h1', to: 'h2', start: true, memoryMiB: 1 },
          { system: 'b', from: 'h1', to: 'h2', start: false, memoryMiB: 2 },
          { system: 'c', from: 'h1', to: 'h3', start: true, memoryMiB: 3 },
        ],
        refusals: [{ system: 'd', code: 'insufficient-ram', reason: 'needs 9 MiB' }],
      },
    ],
    ['HostFenced', { confirmed: false }],
    ['SystemMoved', { system: 'a', to: 'h2', started: true }],
    ['FailoverMoveFailed', { system: 'b', to: 'h2', code: 'define-failed', message: 'no pool' }],
    ['FailoverCompleted', { outcome: 'partial' }],
  ])!;
  assert.equal(
    [f.id, f.host, f.group, f.reason, f.epoch, f.planned, f.fenced, f.fenceConfirmed, f.outcome],
    ['fo-1', 'h1', 'g1', 'automatic', 2, true, true, false, 'partial'],
  );
  const by = Object.fromEntries(f.moves.map((m) => [m.system, [m.to, m.outcome, m.started, m.code]]));
  assert.equal(by, {
    a: ['h2', 'succeeded', true, ''],
    b: ['h2', 'failed', false, 'define-failed'],
    c: ['h3', 'failed', false, 'not-done'],
    d: ['', 'failed', false, 'insufficient-ram'],
  });
  assert.is(fold<FailoverEntity>('failover/fo-1', [['HostFenced', { confirmed: true }]], f)!.fenceConfirmed, true);
  assert.is(fold('failover/fo-9', [['HostFenced', { confirmed: true }]]), undefined);
});

test('host and system reducers leave the entity they are given as it was and keep its fields in order', () => {
  const h = fold<HostEntity>('host/h1', [
    ['HostRegistered', { spec }],
    ['HostStateChanged', { to: 'down', reason: 'r' }],
  ])!;
  const s = fold<SystemEntity>('system/web1', [
    ['SystemDiscovered', { host: 'h1', state: 'running', memoryMib: 2048 }],
  ])!;
  const [hBefore, sBefore] = [JSON.stringify(h), JSON.stringify(s)];
  const events: [string, Entity, [string, Record<string, unknown>][]][] = [
    [
      'host/h1',
      h,
      [
        ['HostStateChanged', { to: 'up' }],
        ['HostDownConfirmed', {}],
        ['HostKeyTrusted', { fingerprint: 'f' }],
        ['HostUpdated', { spec }],
        ['SomethingNewer', {}],
      ],
    ],
    [
      'system/web1',
      s,
      [
        ['SystemChanged', { host: 'h2', state: 'stopped' }],
        ['SystemVanished', {}],
        ['SystemDefinitionCaptured', { definition: 'd' }],
        ['SystemSettingsChanged', { owner: 'o' }],
        ['SomethingNewer', {}],
      ],
    ],
  ];
  for (const [aggregate, entity, list] of events) {
    for (const event of list) {
      const next = fold(aggregate, [event], entity)!;
      assert.is.not(next, entity, `${event[0]} returns a new entity`);
      assert.equal(Object.keys(next), Object.keys(entity), `${event[0]} keeps the fields and their order`);
      assert.is(next.version, 1);
    }
  }
  assert.is(JSON.stringify(h), hBefore);
  assert.is(JSON.stringify(s), sBefore);
});

test.run();
